// What the overview chart shows: the chart model computed once on the server (GET /api/chart,
// org.stanceline.chart.ChartModel), the same model the static SVG/PNG and the briefings draw.
// renderTimeline.ts draws it with ECharts; nothing here computes it again.
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
  /** The dashed runs by date: a position held past the stale limit until it changed or the period ended. */
  staleSegments: { from: string; to: string; y: number }[];
  markers: StatementMarker[];
  /** Position carried into the period from a statement made before it. */
  carriedIn: { stance: number; date: string } | null;
  end: { date: string; stance: number; labelY: number; stale: boolean };
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
  /** The chart "in words". */
  summary: { lead: string; actorLines: string[]; silent: string | null };
  bucket: string;
  dataAsOf: string | null;
  permalink: string;
  sourceLine: string;
  /**
   * Null when every confirmed statement of the period is a marker. Otherwise (too many to mark one by one) what
   * the markers stand for: each is a capital's last statement of its bucket, so it still opens a quote.
   */
  markerNote?: string | null;
}
