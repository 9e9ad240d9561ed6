// What the overview chart shows, computed from API data and nothing else: no DOM, no ECharts.
// renderTimeline.ts draws it; summary.ts describes it in words; tests check it directly.
import type { Actor, ContextEvent, Statement, Timeline, Topic } from "../api/types";
import { readableOn } from "../format/colour";
import { addDays, formatDay, formatRange } from "../format/dates";
import { stanceLabel, STANCES } from "../format/scale";
import { excerpt, listInWords, sourceOutlet, sourceTitle } from "../format/text";

export type MarkerSymbol = "emptyCircle" | "circle" | "diamond" | "triangle";

/** Intensity is shown by shape and size together, so it survives greyscale printing. */
export const INTENSITY_MARKERS: Record<number, { symbol: MarkerSymbol; size: number }> = {
  0: { symbol: "emptyCircle", size: 8 },
  1: { symbol: "circle", size: 10 },
  2: { symbol: "diamond", size: 14 },
  3: { symbol: "triangle", size: 17 },
};

/** A point of a polyline, or null for a break between two runs. */
export type LinePoint = [date: string, y: number] | null;

export interface StatementMarker {
  statementId: number;
  date: string;
  precision: string;
  stance: number;
  intensity: number;
  /** Drawn position: the stance plus the actor's small vertical offset. */
  y: number;
  symbol: MarkerSymbol;
  size: number;
  speaker: string | null;
  role: string | null;
  quote: string;
  quoteExcerpt: string;
  verbatim: boolean;
  outlet: string;
  sourceTitle: string;
}

export interface ActorSeries {
  actor: string;
  name: string;
  colour: string;
  /** The actor colour darkened where needed so text in it reaches AA contrast on white. */
  labelColour: string;
  offset: number;
  line: LinePoint[];
  staleLine: LinePoint[];
  markers: StatementMarker[];
  /** Position carried into the period from a statement made before it. */
  carriedIn: { stance: number; date: string } | null;
  end: { date: string; stance: number; labelY: number; stale: boolean } | null;
}

export interface EventMarker {
  number: number;
  date: string;
  endDate: string | null;
  label: string;
  kind: string;
  url: string | null;
}

export interface TimelineChartState {
  title: string;
  subtitle: string;
  topicKey: string;
  from: string;
  to: string;
  staleAfterDays: number;
  yTicks: { value: number; label: string }[];
  series: ActorSeries[];
  /** Selected actors with nothing to draw in this period. */
  silentActors: string[];
  events: EventMarker[];
  statementCount: number;
  /** Said over the chart when there is nothing (or little) to draw; null when the chart speaks for itself. */
  message: string | null;
}

export interface ChartInput {
  topic: Topic;
  actors: Actor[];
  selectedActors: string[];
  timeline: Timeline;
  statements: Statement[];
  events: ContextEvent[];
}

const ACTOR_SPACING = 0.06;
const LABEL_GAP = 0.24;

const byDateThenId = (a: Statement, b: Statement) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id);

function marker(s: Statement, offset: number): StatementMarker {
  const m = INTENSITY_MARKERS[s.intensity] ?? INTENSITY_MARKERS[1];
  return {
    statementId: s.id,
    date: s.date,
    precision: s.precision,
    stance: s.stance,
    intensity: s.intensity,
    y: s.stance + offset,
    symbol: m.symbol,
    size: m.size,
    speaker: s.speaker?.name ?? null,
    role: s.speaker?.role ?? null,
    quote: s.quote,
    quoteExcerpt: excerpt(s.quote, 140),
    verbatim: s.verbatim,
    outlet: sourceOutlet(s.source),
    sourceTitle: sourceTitle(s.source),
  };
}

interface Step {
  start: string;
  stance: number;
  /** Date of the statement that set this position: staleness counts from it. */
  said: string;
}

/**
 * Turns positions into a step polyline. Each step is solid until it is `staleAfterDays` old,
 * then continues in the stale (dashed) line up to the next change or the end of the period.
 */
export function stepLines(steps: Step[], to: string, offset: number, staleAfterDays: number): { line: LinePoint[]; staleLine: LinePoint[] } {
  const line: LinePoint[] = [];
  const staleLine: LinePoint[] = [];
  let previous: { y: number; stale: boolean } | null = null;
  steps.forEach((step, i) => {
    const end = steps[i + 1]?.start ?? to;
    const y = step.stance + offset;
    const staleFrom = addDays(step.said, staleAfterDays);
    const solidEnd = staleFrom < end ? (staleFrom > step.start ? staleFrom : step.start) : end;
    if (previous && previous.stale) line.push([step.start, previous.y]);
    line.push([step.start, y]);
    if (solidEnd > step.start || solidEnd === end) line.push([solidEnd, y]);
    const stale = solidEnd < end;
    if (stale) {
      line.push(null);
      staleLine.push([solidEnd, y], [end, y], null);
    }
    previous = { y, stale };
  });
  while (line.length && line[line.length - 1] === null) line.pop();
  while (staleLine.length && staleLine[staleLine.length - 1] === null) staleLine.pop();
  return { line, staleLine };
}

/** Spreads end labels apart vertically so that no two overlap, keeping their order. */
export function dodgeLabels(ys: number[], gap = LABEL_GAP, min = -2.4, max = 2.4): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const placed = order.map((o) => o.y);
  for (let k = 1; k < placed.length; k++) placed[k] = Math.max(placed[k], placed[k - 1] + gap);
  const overflow = placed.length ? placed[placed.length - 1] - max : 0;
  if (overflow > 0) for (let k = 0; k < placed.length; k++) placed[k] -= overflow;
  for (let k = placed.length - 2; k >= 0; k--) placed[k] = Math.min(placed[k], placed[k + 1] - gap);
  if (placed.length && placed[0] < min) {
    // Too many labels for the height: spread them evenly instead.
    const step = (max - min) / Math.max(1, placed.length - 1);
    for (let k = 0; k < placed.length; k++) placed[k] = min + k * step;
  }
  const out = new Array<number>(ys.length);
  order.forEach((o, k) => (out[o.i] = Math.round(placed[k] * 1000) / 1000));
  return out;
}

export function buildTimelineChartState(input: ChartInput): TimelineChartState {
  const { topic, timeline } = input;
  const { from, to, staleAfterDays } = timeline;
  const selected = input.actors
    .filter((a) => input.selectedActors.includes(a.key))
    .sort((a, b) => a.displayOrder - b.displayOrder);
  const inRange = input.statements
    .filter((s) => s.status === "confirmed" && s.topic === topic.key && s.date >= from && s.date <= to)
    .sort(byDateThenId);

  const series: ActorSeries[] = [];
  const silentActors: string[] = [];
  selected.forEach((actor, index) => {
    const offset = Math.round((index - (selected.length - 1) / 2) * ACTOR_SPACING * 1000) / 1000;
    const mine = inRange.filter((s) => s.actor === actor.key);
    const first = timeline.series.find((x) => x.actor === actor.key)?.points[0];
    const carriedIn =
      first && first.position !== null && first.positionDate !== null && first.positionDate < from
        ? { stance: first.position, date: first.positionDate }
        : null;
    const steps: Step[] = [];
    if (carriedIn) steps.push({ start: from, stance: carriedIn.stance, said: carriedIn.date });
    for (const s of mine) {
      const last = steps[steps.length - 1];
      if (last && last.start === s.date) steps[steps.length - 1] = { start: s.date, stance: s.stance, said: s.date };
      else if (!last || last.stance !== s.stance) steps.push({ start: s.date, stance: s.stance, said: s.date });
      else last.said = s.date; // same position restated: it is fresh again from here
    }
    if (!steps.length) {
      silentActors.push(actor.name);
      return;
    }
    const { line, staleLine } = restatedStepLines(steps, mine, to, offset, staleAfterDays);
    const lastStep = steps[steps.length - 1];
    series.push({
      actor: actor.key,
      name: actor.name,
      colour: actor.colour,
      labelColour: readableOn(actor.colour),
      offset,
      line,
      staleLine,
      markers: mine.map((s) => marker(s, offset)),
      carriedIn,
      end: { date: to, stance: lastStep.stance, labelY: 0, stale: addDays(lastStep.said, staleAfterDays) < to },
    });
  });
  const labelYs = dodgeLabels(series.map((s) => (s.end ? s.end.stance + s.offset : 0)));
  series.forEach((s, i) => s.end && (s.end.labelY = labelYs[i]));

  const events: EventMarker[] = input.events
    .filter((e) => (e.endDate ?? e.date) >= from && e.date <= to)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id))
    .map((e, i) => ({ number: i + 1, date: e.date, endDate: e.endDate, label: e.label, kind: e.kind, url: e.url }));

  const names = selected.map((a) => a.name);
  let message: string | null = null;
  if (!series.length) {
    const who = selected.length === input.actors.length ? "any capital" : listInWords(names);
    const when = from === to ? `on ${formatDay(from)}` : `between ${formatDay(from)} and ${formatDay(to)}`;
    message = `No confirmed statements on this question from ${who} ${when}.`;
  } else if (!inRange.length) {
    message = "No new statements in this period: the lines show each capital's last position stated before it.";
  }

  return {
    title: topic.question,
    subtitle: `${selected.length === input.actors.length ? "All capitals" : listInWords(names)} · ${formatRange(from, to)}`,
    topicKey: topic.key,
    from,
    to,
    staleAfterDays,
    yTicks: STANCES.map((v) => ({ value: v, label: stanceLabel(v, topic) })),
    series,
    silentActors,
    events,
    statementCount: inRange.length,
    message,
  };
}

/**
 * Restating the same position keeps it fresh: split a step at each restatement so the stale
 * test counts from the latest statement, then draw.
 */
function restatedStepLines(steps: Step[], statements: Statement[], to: string, offset: number, staleAfterDays: number) {
  const refined: Step[] = [];
  steps.forEach((step, i) => {
    const end = steps[i + 1]?.start ?? to;
    refined.push({ ...step, said: step.said < step.start ? step.said : step.start });
    for (const s of statements) {
      if (s.date > step.start && s.date < end && s.stance === step.stance) refined.push({ start: s.date, stance: step.stance, said: s.date });
    }
  });
  return stepLines(refined, to, offset, staleAfterDays);
}
