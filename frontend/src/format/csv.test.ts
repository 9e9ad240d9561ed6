import { describe, expect, it } from "vitest";
import { fixtures, troops } from "../../test/fixtures";
import { csvCell, STATEMENT_CSV_HEADER, statementsToCsv, toCsv } from "./csv";

describe("CSV", () => {
  it("quotes cells with commas, quotes and line breaks (RFC 4180)", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell('said "no", twice')).toBe('"said ""no"", twice"');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell(null)).toBe("");
    expect(csvCell(" padded ")).toBe('" padded "');
  });

  it("neutralises cells a spreadsheet would run as formulas", () => {
    expect(csvCell("=HYPERLINK(\"http://x\")")).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell("+44 20")).toBe("'+44 20");
    expect(csvCell("-cmd|' /C calc'!A0")).toBe("'-cmd|' /C calc'!A0");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\tstart")).toBe("'\tstart");
  });

  it("leaves plain numbers alone, negative stances included", () => {
    expect(csvCell(-2)).toBe("-2");
    expect(csvCell("-0.5")).toBe("-0.5");
    expect(csvCell(3)).toBe("3");
  });

  it("writes one header and one row per statement, with CRLF line ends", () => {
    const medvedev = fixtures.statements.find((s) => s.key === "m-medvedev-2025-03-16")!;
    const csv = statementsToCsv([medvedev], troops);
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe(STATEMENT_CSV_HEADER.join(","));
    expect(lines[1]).toBe(
      '105,2025-03-16,day,16 March 2025,moscow,Dmitry Medvedev,Deputy Chairman of the Security Council of Russia,troops,-2,threatens,3,explicit threat of force,"That means war with NATO. Consult with Trump, scumbags",true,war with NATO; scumbags,0.95,confirmed,analyst,1,"Playing Dumb: Paris, London Want To Drag NATO Into War, Medvedev Says",ZeroHedge,https://www.zerohedge.com/geopolitical/playing-dumb-paris-london-want-drag-nato-war-medvedev-says,2025-03-17',
    );
    expect(lines[2]).toBe("");
    expect(toCsv([["a", "b"]])).toBe("a,b\r\n");
  });

  it("writes each date in words with its precision beside the ISO date", () => {
    const lavrov = fixtures.statements.find((s) => s.key === "m-lavrov-2025-03-telegraph")!;
    const peskov = fixtures.statements.find((s) => s.key === "m-peskov-2025-02-17")!;
    const [header, first, second] = statementsToCsv([lavrov, peskov], troops).split("\r\n").map((l) => l.split(","));
    expect(header.slice(1, 4)).toEqual(["date", "date_precision", "date_label"]);
    expect(first.slice(1, 4)).toEqual(["2025-03-01", "month", "March 2025"]);
    expect(second.slice(1, 4)).toEqual(["2025-02-17", "week", "week of 17 February 2025"]);
  });
});
