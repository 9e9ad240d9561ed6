// The chart "in words", for screen readers, for readers who want the gist, and for the embed page.
// The server writes it with the chart model (org.stanceline.chart.ChartWords), so the dashboard,
// the static charts and the briefings say the same thing.
import type { TimelineChartState } from "./timelineChartState";

export type ChartSummary = TimelineChartState["summary"];

export function summarizeTimeline(state: TimelineChartState): ChartSummary {
  return state.summary;
}

export function summaryAsText(summary: ChartSummary): string {
  return [summary.lead, ...summary.actorLines, ...(summary.silent ? [summary.silent] : [])].join("\n");
}
