import { describe, expect, it } from "vitest";
import type { Matrix } from "../api/watchTypes";
import { matrixModel } from "./matrixModel";

const cell = (topic: string, actor: string, stance: number | null) => ({ topic, actor, stance, word: null, intensity: null, date: null, datePrecision: null, statementId: null, stale: false, daysSince: null, lastChange: null, lastChangePrecision: null, timeline: "" });
const M: Matrix = {
  at: "2026-03-01",
  staleAfterDays: 90,
  topics: [{ key: "a", question: "A?", labels: {} }, { key: "b", question: "B?", labels: {} }],
  actors: [{ key: "paris", name: "Paris", colour: "#000" }, { key: "kyiv", name: "Kyiv", colour: "#000" }, { key: "oslo", name: "Oslo", colour: "#000" }],
  cells: [cell("a", "paris", -1), cell("a", "kyiv", 2), cell("a", "oslo", null), cell("b", "paris", 0), cell("b", "kyiv", null), cell("b", "oslo", null)],
};

describe("matrix model", () => {
  it("sorts capitals by their stance on one question, those without one last", () => {
    const up = matrixModel(M, { filter: "", topics: [], hideEmpty: false, sort: { by: "topic", topic: "a", descending: false } });
    expect(up.actors.map((a) => a.key)).toEqual(["paris", "kyiv", "oslo"]);
    const down = matrixModel(M, { filter: "", topics: [], hideEmpty: false, sort: { by: "topic", topic: "a", descending: true } });
    expect(down.actors.map((a) => a.key)).toEqual(["kyiv", "paris", "oslo"]);
  });

  it("filters capitals by name, questions by key, and hides capitals with no position", () => {
    expect(matrixModel(M, { filter: "KY", topics: [], hideEmpty: false, sort: { by: "order" } }).actors.map((a) => a.key)).toEqual(["kyiv"]);
    const b = matrixModel(M, { filter: "", topics: ["b"], hideEmpty: true, sort: { by: "name" } });
    expect(b.topics.map((t) => t.key)).toEqual(["b"]);
    expect(b.actors.map((a) => a.key)).toEqual(["paris"]);
  });
});
