import { describe, expect, it } from "vitest";
import { ALL_ACTORS, fixtures, troops } from "../../test/fixtures";
import type { Timeline } from "../api/types";
import { buildTimelineChartState, dodgeLabels, stepLines, type ChartInput } from "./timelineChartState";

const input = (overrides: Partial<ChartInput> = {}): ChartInput => ({
  topic: troops,
  actors: fixtures.actors,
  selectedActors: ALL_ACTORS,
  timeline: fixtures.timeline,
  statements: fixtures.statements.filter((s) => s.status === "confirmed"),
  events: fixtures.events,
  ...overrides,
});

describe("timeline chart state", () => {
  const state = buildTimelineChartState(input());

  it("titles the chart with the question and the period", () => {
    expect(state.title).toBe(troops.question);
    expect(state.subtitle).toBe("All capitals · 1 February 2025 – 31 January 2026");
    expect(state.yTicks.map((t) => t.label)).toEqual(["threatens", "opposes", "conditional", "open to", "commits"]);
  });

  it("draws one series per actor with statements, in display order, with AA-readable label colours", () => {
    expect(state.series.map((s) => s.actor)).toEqual(["moscow", "london", "paris", "washington", "kyiv", "copenhagen"]);
    expect(state.series.find((s) => s.actor === "washington")!.labelColour).not.toBe("#E69F00");
    expect(state.series.find((s) => s.actor === "london")!.labelColour).toBe("#0072B2");
  });

  it("counts only confirmed statements of the topic inside the period", () => {
    // Kyiv's statement of 21 January 2025 lies before the period and is carried in instead.
    expect(state.statementCount).toBe(17);
    const kyiv = state.series.find((s) => s.actor === "kyiv")!;
    expect(kyiv.carriedIn).toEqual({ stance: 2, date: "2025-01-21" });
    expect(kyiv.markers.map((m) => m.date)).toEqual(["2026-01-07", "2026-01-08"]);
  });

  it("maps intensity to marker shape and size", () => {
    const moscow = state.series.find((s) => s.actor === "moscow")!;
    const medvedev = moscow.markers.find((m) => m.speaker === "Dmitry Medvedev")!;
    expect(medvedev).toMatchObject({ date: "2025-03-16", stance: -2, intensity: 3, symbol: "triangle", size: 17, outlet: "ZeroHedge", role: "Deputy Chairman of the Security Council of Russia" });
    expect(moscow.markers[0]).toMatchObject({ speaker: "Dmitry Peskov", intensity: 1, symbol: "circle" });
  });

  it("draws positions as steps that go stale after staleAfterDays", () => {
    const moscow = state.series.find((s) => s.actor === "moscow")!;
    const y = -2 + moscow.offset;
    // -1 from 17 Feb, -2 from 6 Mar; restated 16 Mar; stale 90 days later until December.
    expect(moscow.line.slice(0, 4)).toEqual([["2025-02-17", -1 + moscow.offset], ["2025-03-06", -1 + moscow.offset], ["2025-03-06", y], ["2025-03-16", y]]);
    expect(moscow.staleLine[0]).toEqual(["2025-06-14", y]);
    expect(moscow.staleLine[1]).toEqual(["2025-12-11", y]);
    expect(moscow.end).toMatchObject({ date: "2026-01-31", stance: -2, stale: false });
  });

  it("numbers the events inside the period in date order, periods included", () => {
    expect(state.events).toHaveLength(11);
    expect(state.events[0]).toMatchObject({ number: 1, date: "2025-02-12", kind: "announcement" });
    expect(state.events[10]).toMatchObject({ number: 11, date: "2026-01-07", endDate: "2026-01-08", kind: "strike" });
  });

  it("keeps end labels apart", () => {
    const ys = state.series.map((s) => s.end!.labelY).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect(ys[i] - ys[i - 1]).toBeGreaterThanOrEqual(0.239);
  });

  it("says so when the selection has nothing to draw, but still gives axes and period", () => {
    const empty = buildTimelineChartState(input({ statements: [], timeline: { ...fixtures.timeline, series: [] }, selectedActors: ["washington"] }));
    expect(empty.series).toEqual([]);
    expect(empty.silentActors).toEqual(["Washington"]);
    expect(empty.message).toBe("No confirmed statements on this question from Washington between 1 February 2025 and 31 January 2026.");
    expect(empty.yTicks).toHaveLength(5);
  });

  it("shows carried-in positions as stale lines when a period has no new statements", () => {
    const timeline: Timeline = {
      ...fixtures.timeline,
      from: "2025-07-01",
      to: "2025-09-30",
      series: [{ actor: "moscow", points: [{ start: "2025-07-01", end: "2025-07-31", count: 0, meanStance: null, minStance: null, maxStance: null, maxIntensity: null, position: -2, positionStatementId: 105, positionDate: "2025-03-16", stale: true }] }],
    };
    const quiet = buildTimelineChartState(input({ timeline, selectedActors: ["moscow"], events: [] }));
    expect(quiet.statementCount).toBe(0);
    expect(quiet.message).toMatch(/No new statements in this period/);
    expect(quiet.series[0].line).toEqual([["2025-07-01", -2]]);
    expect(quiet.series[0].staleLine).toEqual([["2025-07-01", -2], ["2025-09-30", -2]]);
  });

  it("matches the stored snapshot (chart state for the default view)", async () => {
    await expect(JSON.stringify(state, null, 1)).toMatchFileSnapshot("__snapshots__/timeline-chart-state.json");
  });
});

describe("step lines", () => {
  it("breaks the solid line where a position goes stale and joins the next step vertically", () => {
    const { line, staleLine } = stepLines(
      [
        { start: "2025-01-01", stance: 1, said: "2025-01-01" },
        { start: "2025-06-01", stance: -1, said: "2025-06-01" },
      ],
      "2025-07-01",
      0,
      30,
    );
    expect(line).toEqual([["2025-01-01", 1], ["2025-01-31", 1], null, ["2025-06-01", 1], ["2025-06-01", -1], ["2025-07-01", -1]]);
    expect(staleLine).toEqual([["2025-01-31", 1], ["2025-06-01", 1]]);
  });
});

describe("label dodging", () => {
  it("keeps order and spacing, and stays inside the axis", () => {
    expect(dodgeLabels([2, 2, 2], 0.25)).toEqual([1.9, 2.15, 2.4]);
    expect(dodgeLabels([-2, 1, 1.1], 0.25)).toEqual([-2, 1, 1.25]);
  });
});
