import { describe, expect, it } from "vitest";
import { ALL_ACTORS, fixtures, troops } from "../../test/fixtures";
import { summarizeTimeline, summaryAsText } from "./summary";
import { buildTimelineChartState } from "./timelineChartState";

const confirmed = fixtures.statements.filter((s) => s.status === "confirmed");
const stateFor = (selectedActors: string[]) =>
  buildTimelineChartState({ topic: troops, actors: fixtures.actors, selectedActors, timeline: fixtures.timeline, statements: confirmed, events: fixtures.events });

describe("plain-text chart summary", () => {
  it("answers when Moscow escalated to explicit threats, and with what words", () => {
    const summary = summarizeTimeline(stateFor(["moscow"]), troops);
    expect(summary.actorLines).toEqual([
      "Moscow opposed throughout, from “opposes” in February 2025 to “threatens” in January 2026; 7 statements; intensity rose from 1 in February 2025 to 3 in January 2026; " +
        "it first reached 3 (explicit threat of force) on 16 March 2025: Dmitry Medvedev, “That means war with NATO. Consult with Trump, scumbags”.",
    ]);
  });

  it("describes a position that moved and came back", () => {
    const london = summarizeTimeline(stateFor(["london"]), troops).actorLines[0];
    expect(london).toMatch(/^London was at “commits” in February 2025, moved to “conditional” in March 2025 and returned to “commits” in March 2025; 4 statements; intensity fell from 1 in February 2025 to 0 in December 2025\.$/);
  });

  it("describes a position carried in from before the period", () => {
    const kyiv = summarizeTimeline(stateFor(["kyiv"]), troops).actorLines[0];
    expect(kyiv).toBe("Kyiv in favour throughout, from “commits” in January 2025 to “open to” in January 2026; 2 statements; intensity fell from 1 in January 2026 to 0 in January 2026.");
  });

  it("describes a move across sides of the question", () => {
    const kellogg = confirmed.find((s) => s.key === "w-kellogg-2025-02-15")!;
    const later = { ...kellogg, id: 999, date: "2025-09-01", stance: -1, intensity: 2, quote: "No American troops will be part of it.", verbatim: true };
    const state = buildTimelineChartState({ topic: troops, actors: fixtures.actors, selectedActors: ["washington"], timeline: fixtures.timeline, statements: [kellogg, later], events: [] });
    expect(summarizeTimeline(state, troops).actorLines[0]).toBe(
      "Washington moved from “conditional” in February 2025 to “opposes” in September 2025; 2 statements; intensity rose from 1 in February 2025 to 2 in September 2025; " +
        "it first reached 2 (warning of consequences) on 1 September 2025: Keith Kellogg, “No American troops will be part of it”.",
    );
  });

  it("describes a single statement with its speaker and words", () => {
    const copenhagen = summarizeTimeline(stateFor(["copenhagen"]), troops).actorLines[0];
    expect(copenhagen).toBe(
      "Copenhagen in favour throughout (“open to”); one statement, intensity 0 (descriptive), on 10 March 2025: Lars Løkke Rasmussen, “if it comes to the point where a European presence is needed for a ceasefire or peace agreement to be reached, then…”.",
    );
  });

  it("leads with the question, period and counts, and names silent capitals", () => {
    const state = buildTimelineChartState({ topic: troops, actors: fixtures.actors, selectedActors: ALL_ACTORS, timeline: { ...fixtures.timeline, series: fixtures.timeline.series.filter((s) => s.actor !== "washington") }, statements: confirmed.filter((s) => s.actor !== "washington"), events: [] });
    const summary = summarizeTimeline(state, troops);
    expect(summary.lead).toBe(
      `${troops.question} 1 February 2025 – 31 January 2026: 16 confirmed statements from 6 capitals. Stance runs from “threatens” (−2) to “commits” (+2); intensity from 0 (descriptive) to 3 (explicit threat of force).`,
    );
    expect(summary.silent).toBe("No confirmed statements from Washington in this period.");
    expect(summaryAsText(summary).split("\n")).toHaveLength(1 + 5 + 1);
  });
});
