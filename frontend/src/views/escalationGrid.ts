// The escalation grid's content: one row per actor, one column per bucket, each cell the highest
// intensity and the number of statements. Pure, so it can be tested without a DOM.
import type { Actor, Bucket, Timeline } from "../api/types";
import { formatDayShort, formatMonthShort, formatRange } from "../format/dates";
import { intensityLabel } from "../format/scale";
import { plural } from "../format/text";

export interface GridCell {
  start: string;
  end: string;
  count: number;
  maxIntensity: number | null;
  /** Full description for screen readers and tooltips. */
  description: string;
}

export interface GridRow {
  actor: string;
  name: string;
  colour: string;
  cells: GridCell[];
}

export interface EscalationGrid {
  bucket: Bucket;
  columns: { start: string; end: string; label: string }[];
  rows: GridRow[];
  maxIntensity: number | null;
  totalCount: number;
}

export function columnLabel(start: string, bucket: Bucket): string {
  if (bucket === "month") return formatMonthShort(start);
  return formatDayShort(start).replace(/ \d\d(\d\d)$/, " ’$1");
}

export function buildEscalationGrid(timeline: Timeline, actors: Actor[], selected: string[]): EscalationGrid {
  const chosen = actors.filter((a) => selected.includes(a.key)).sort((a, b) => a.displayOrder - b.displayOrder);
  const template = timeline.series[0]?.points ?? [];
  const rows = chosen.map((actor) => {
    const points = timeline.series.find((s) => s.actor === actor.key)?.points ?? [];
    return {
      actor: actor.key,
      name: actor.name,
      colour: actor.colour,
      cells: template.map((t) => {
        const p = points.find((x) => x.start === t.start);
        const count = p?.count ?? 0;
        const maxIntensity = count ? (p?.maxIntensity ?? null) : null;
        const period = formatRange(t.start, t.end);
        const description = count
          ? `${actor.name}, ${period}: ${plural(count, "statement")}, highest intensity ${maxIntensity} (${intensityLabel(maxIntensity ?? 0)})`
          : `${actor.name}, ${period}: no statements`;
        return { start: t.start, end: t.end, count, maxIntensity, description };
      }),
    };
  });
  const all = rows.flatMap((r) => r.cells);
  const intensities = all.map((c) => c.maxIntensity).filter((v): v is number => v !== null);
  return {
    bucket: timeline.bucket,
    columns: template.map((t) => ({ start: t.start, end: t.end, label: columnLabel(t.start, timeline.bucket) })),
    rows,
    maxIntensity: intensities.length ? Math.max(...intensities) : null,
    totalCount: all.reduce((n, c) => n + c.count, 0),
  };
}

/** Cell fill per intensity: a sequential scale whose text colour keeps AA contrast. */
export const INTENSITY_FILL: Record<number, { background: string; text: string }> = {
  0: { background: "#eef1f4", text: "#1f2328" },
  1: { background: "#fdd49e", text: "#1f2328" },
  2: { background: "#f4845f", text: "#1f2328" },
  3: { background: "#9e1b1b", text: "#ffffff" },
};
