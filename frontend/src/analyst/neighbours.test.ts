import { describe, expect, it } from "vitest";
import { neighbourLines } from "./neighbours";

describe("neighbours", () => {
  it("lists the confirmed statements closest first, with their coding and closeness", () => {
    const lines = neighbourLines([
      { id: 7, quote: "Italy will not send troops to Ukraine.", topic: "troops", stance: -1, similarity: 0.612 },
      { id: 3, quote: "Britain is ready to put boots on the ground.", topic: "troops", stance: 2, similarity: 0.804 },
    ], (k) => (k === "troops" ? "Western troops" : k));
    expect(lines.map((l) => l.href)).toEqual(["?view=statements&statement=3", "?view=statements&statement=7"]);
    expect(lines[0].coding).toBe("Western troops, stance +2");
    expect(lines[1].coding).toBe("Western troops, stance −1");
    expect(lines[0].closeness).toBe("80 % alike");
  });

  it("shows nothing when the rules decided alone, and cuts long quotes", () => {
    expect(neighbourLines(undefined)).toEqual([]);
    expect(neighbourLines([])).toEqual([]);
    const long = "a".repeat(300);
    const [line] = neighbourLines([{ id: null, quote: long, topic: "nato-membership", stance: 0, similarity: 0.5 }]);
    expect(line.href).toBeNull();
    expect(line.quote.length).toBe(140);
    expect(line.quote.endsWith("…")).toBe(true);
    expect(line.coding).toBe("nato-membership, stance 0");
  });
});
