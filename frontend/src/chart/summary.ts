// A plain-text account of what the overview chart shows, for screen readers, for readers who
// want the gist, and for the embed page. Built from the chart state only.
import type { Topic } from "../api/types";
import { formatDay, formatMonth, formatOnDate, formatRange } from "../format/dates";
import { intensityLabel, stanceLabel, stanceSide } from "../format/scale";
import { excerpt, listInWords, plural } from "../format/text";
import type { ActorSeries, StatementMarker, TimelineChartState } from "./timelineChartState";

const quoted = (s: string) => `“${s}”`;

function sideWords(side: "opposed" | "neutral" | "supportive", topic: Topic): string {
  if (side === "opposed") return "opposed";
  if (side === "supportive") return "in favour";
  return quoted(stanceLabel(0, topic));
}

function stanceSentence(series: ActorSeries, topic: Topic): string {
  const positions: { stance: number; date: string }[] = [
    ...(series.carriedIn ? [series.carriedIn] : []),
    ...series.markers.map((m) => ({ stance: m.stance, date: m.date })),
  ];
  const first = positions[0];
  const last = positions[positions.length - 1];
  const sides = new Set(positions.map((p) => stanceSide(p.stance)));
  const distinct = [...new Set(positions.map((p) => p.stance))];
  if (sides.size === 1) {
    const side = `${series.name} ${sideWords(stanceSide(first.stance), topic)} throughout`;
    if (distinct.length === 1) return sideWords(stanceSide(first.stance), topic) === quoted(stanceLabel(first.stance, topic)) ? side : `${side} (${quoted(stanceLabel(first.stance, topic))})`;
    if (first.stance !== last.stance) return `${side}, from ${quoted(stanceLabel(first.stance, topic))} in ${formatMonth(first.date)} to ${quoted(stanceLabel(last.stance, topic))} in ${formatMonth(last.date)}`;
    return `${side} (between ${quoted(stanceLabel(Math.min(...distinct), topic))} and ${quoted(stanceLabel(Math.max(...distinct), topic))})`;
  }
  if (first.stance === last.stance) {
    const awayIndex = positions.findIndex((p) => p.stance !== first.stance);
    const away = positions[awayIndex];
    const back = positions.slice(awayIndex).find((p) => p.stance === last.stance)!;
    return `${series.name} was at ${quoted(stanceLabel(first.stance, topic))} in ${formatMonth(first.date)}, moved to ${quoted(stanceLabel(away.stance, topic))} in ${formatMonth(away.date)} and returned to ${quoted(stanceLabel(last.stance, topic))} in ${formatMonth(back.date)}`;
  }
  const between = distinct.filter((s) => s !== first.stance && s !== last.stance);
  const via = between.length ? `, by way of ${listInWords(between.map((s) => quoted(stanceLabel(s, topic))))}` : "";
  return `${series.name} moved from ${quoted(stanceLabel(first.stance, topic))} in ${formatMonth(first.date)} to ${quoted(stanceLabel(last.stance, topic))} in ${formatMonth(last.date)}${via}`;
}

function attribution(m: StatementMarker): string {
  const who = m.speaker ?? "an unattributed source";
  const text = excerpt(m.quote, 120).replace(/[.!?]+$/, "");
  const said = m.verbatim ? quoted(text) : `reported: ${quoted(text)}`;
  return `${who}, ${said}`;
}

/** "on 16 March 2025", or "in March 2025" for a date known only to the month. */
function whenSaid(m: { date: string; precision: string }): string {
  return formatOnDate(m.date, m.precision);
}

function intensitySentence(series: ActorSeries): string {
  const ms = series.markers;
  if (!ms.length) return `no new statements in this period (last position stated on ${formatDay(series.carriedIn!.date)})`;
  if (ms.length === 1) {
    const m = ms[0];
    return `one statement, intensity ${m.intensity} (${intensityLabel(m.intensity)}), ${whenSaid(m)}: ${attribution(m)}`;
  }
  const first = ms[0];
  const last = ms[ms.length - 1];
  const peak = Math.max(...ms.map((m) => m.intensity));
  const firstPeak = ms.find((m) => m.intensity === peak)!;
  const trend =
    last.intensity > first.intensity
      ? `intensity rose from ${first.intensity} in ${formatMonth(first.date)} to ${last.intensity} in ${formatMonth(last.date)}`
      : last.intensity < first.intensity
        ? `intensity fell from ${first.intensity} in ${formatMonth(first.date)} to ${last.intensity} in ${formatMonth(last.date)}`
        : `intensity ${first.intensity} at the start and at the end`;
  const peakText =
    peak >= 2 || peak > Math.max(first.intensity, last.intensity)
      ? firstPeak === first
        ? `; the first statement already reached ${peak} (${intensityLabel(peak)}) ${whenSaid(first)}: ${attribution(first)}`
        : `; it first reached ${peak} (${intensityLabel(peak)}) ${whenSaid(firstPeak)}: ${attribution(firstPeak)}`
      : "";
  return `${plural(ms.length, "statement")}; ${trend}${peakText}`;
}

export interface ChartSummary {
  lead: string;
  actorLines: string[];
  silent: string | null;
}

export function summarizeTimeline(state: TimelineChartState, topic: Topic): ChartSummary {
  const capitals = state.series.length + state.silentActors.length;
  const lead =
    `${topic.question} ${formatRange(state.from, state.to)}: ${plural(state.statementCount, "confirmed statement")} ` +
    `from ${plural(capitals, "capital")}. Stance runs from ${quoted(stanceLabel(-2, topic))} (−2) to ${quoted(stanceLabel(2, topic))} (+2); ` +
    `intensity from 0 (${intensityLabel(0)}) to 3 (${intensityLabel(3)}).`;
  const actorLines = state.series.map((s) => `${stanceSentence(s, topic)}; ${intensitySentence(s)}.`);
  const silent = state.silentActors.length
    ? `No confirmed statements from ${listInWords(state.silentActors)} in this period.`
    : null;
  return { lead, actorLines, silent };
}

export function summaryAsText(summary: ChartSummary): string {
  return [summary.lead, ...summary.actorLines, ...(summary.silent ? [summary.silent] : [])].join("\n");
}
