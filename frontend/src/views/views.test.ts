import { describe, expect, it } from "vitest";
import { ALL_ACTORS, fixtures } from "../../test/fixtures";
import type { Shift } from "../api/types";
import { buildEscalationGrid } from "./escalationGrid";
import { newestFirst, shiftDate, shiftSpeaker, sideDate } from "./shifts";
import { segmentText } from "./sourceSegments";
import { markCues } from "./statementPanel";

describe("escalation grid", () => {
  const grid = buildEscalationGrid(fixtures.timeline, fixtures.actors, ALL_ACTORS);

  it("has a row per selected actor and a column per month", () => {
    expect(grid.rows.map((r) => r.actor)).toEqual(ALL_ACTORS);
    expect(grid.columns).toHaveLength(12);
    expect(grid.columns[0]).toEqual({ start: "2025-02-01", end: "2025-02-28", label: "Feb 2025" });
  });

  it("gives each cell the highest intensity and the count", () => {
    const moscow = grid.rows[0];
    expect(moscow.cells[1]).toMatchObject({ start: "2025-03-01", count: 2, maxIntensity: 3 });
    expect(moscow.cells[1].description).toBe("Moscow, 1 March 2025 – 31 March 2025: 2 statements, highest intensity 3 (explicit threat of force)");
    expect(moscow.cells[2]).toMatchObject({ count: 0, maxIntensity: null, description: "Moscow, 1 April 2025 – 30 April 2025: no statements" });
    expect(grid.maxIntensity).toBe(3);
    expect(grid.totalCount).toBe(17);
  });

  it("keeps only the selected actors", () => {
    expect(buildEscalationGrid(fixtures.timeline, fixtures.actors, ["kyiv", "moscow"]).rows.map((r) => r.actor)).toEqual(["moscow", "kyiv"]);
  });
});

describe("source text segments", () => {
  it("splits text at span boundaries, innermost statement first", () => {
    const text = "He said: that means war. Then left.";
    const segments = segmentText(text, [
      { id: 1, span: { start: 9, end: 24 } },
      { id: 2, span: { start: 14, end: 23 } },
      { id: 3, span: { start: 30, end: 99 } },
    ]);
    expect(segments.map((s) => [s.text, s.statementIds])).toEqual([
      ["He said: ", []],
      ["that ", [1]],
      ["means war", [2, 1]],
      [".", [1]],
      [" Then left.", []],
    ]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
  });

  it("highlights every statement of a fixture source exactly at its quote", () => {
    const source = fixtures.sources[0];
    const statements = fixtures.statements.filter((s) => s.source.id === source.id);
    const segments = segmentText(source.text, statements);
    for (const s of statements) {
      const covered = segments.filter((seg) => seg.statementIds.includes(s.id)).map((seg) => seg.text).join("");
      expect(covered).toBe(s.quote);
    }
  });
});

describe("cue marking", () => {
  it("marks cues case-insensitively without overlaps", () => {
    expect(markCues("That means war with NATO. Consult with Trump, scumbags", ["war with NATO", "Scumbags", "war"])).toEqual([
      { text: "That means ", cue: false },
      { text: "war with NATO", cue: true },
      { text: ". Consult with Trump, ", cue: false },
      { text: "scumbags", cue: true },
    ]);
    expect(markCues("nothing here", ["absent"])).toEqual([{ text: "nothing here", cue: false }]);
  });
});

describe("shifts", () => {
  it("names the speaker whether the API sends a name and role or an object", () => {
    const end = { id: 1, date: "2025-03-16", stance: -2, intensity: 3, quote: "q" };
    expect(shiftSpeaker({ ...end, speaker: "Dmitry Medvedev", role: "Deputy Chairman" })).toBe("Dmitry Medvedev, Deputy Chairman");
    expect(shiftSpeaker({ ...end, speaker: { id: 1, key: "medvedev", name: "Dmitry Medvedev", role: "Deputy Chairman" } })).toBe("Dmitry Medvedev, Deputy Chairman");
    expect(shiftSpeaker({ ...end, speaker: null })).toBe("unattributed");
  });

  it("orders newest first", () => {
    const side = { id: 1, date: "2025-01-01", stance: 0, intensity: 0, quote: "", speaker: null };
    const shift = (date: string, id: number): Shift => ({ actor: "moscow", date, stanceChange: -1, intensityChange: 0, before: side, after: { ...side, id, date } });
    expect(newestFirst([shift("2025-03-01", 2), shift("2026-01-08", 3), shift("2026-01-08", 4)]).map((s) => s.after.id)).toEqual([4, 3, 2]);
  });

  it("dates each shift and each of its statements as exactly as the API says they are known", () => {
    // Putin's "longstanding threat" (month) after Zakharova's warning (day), as /api/shifts sends them.
    const before = { id: 7, date: "2026-01-08", precision: "day", stance: -2, intensity: 2, quote: "", speaker: "Maria Zakharova" };
    const after = { id: 9, date: "2026-01-01", precision: "month", stance: -2, intensity: 3, quote: "", speaker: "Vladimir Putin" };
    const shift: Shift = { actor: "moscow", date: "2026-01-01", precision: "month", stanceChange: 0, intensityChange: 1, before, after };
    expect(shiftDate(shift)).toBe("January 2026");
    expect(sideDate(after)).toBe("January 2026");
    expect(sideDate(before)).toBe("8 January 2026");
    expect(sideDate({ ...after, date: "2025-03-17", precision: "week" })).toBe("week of 17 March 2025");
    expect(shiftDate({ ...shift, precision: undefined })).toBe("January 2026");
  });
});
