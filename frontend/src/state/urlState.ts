// All view state lives in the URL query. parseViewState and serializeViewState are inverses for
// every state they produce, and defaults are left out so that shared links stay short.
// A relative period ("last 90 days") is kept as `period=90d` and resolved against today's date
// only when data is fetched, so a link copied today still means "the last 90 days" next month.
import type { Bucket, StatusFilter } from "../api/types";
import { addDays, isIsoDate } from "../format/dates";

export const VIEWS = ["overview", "escalation", "statements", "sources", "shifts", "changes", "matrix", "review", "accounts"] as const;
export type ViewName = (typeof VIEWS)[number];

export const RELATIVE_PERIODS = ["all", "30d", "90d", "365d"] as const;
export type RelativePeriod = (typeof RELATIVE_PERIODS)[number];

export const BUCKETS: readonly Bucket[] = ["day", "week", "month"];
export const STATUSES: readonly StatusFilter[] = ["confirmed", "proposed", "rejected", "any"];
export const SORTS = ["-date", "date", "-stance", "stance", "-intensity", "intensity"] as const;
export type SortKey = (typeof SORTS)[number];
export const PAGE_SIZES = [25, 50, 100] as const;

export type Period =
  | { kind: "relative"; preset: RelativePeriod }
  | { kind: "absolute"; from: string | null; to: string | null };

export interface ViewState {
  view: ViewName;
  topic: string;
  /** null means every actor. */
  actors: string[] | null;
  period: Period;
  bucket: Bucket;
  // Statements table filters.
  speaker: string | null;
  stance: number | null;
  intensity: number | null;
  q: string;
  status: StatusFilter;
  sort: SortKey;
  page: number;
  size: number;
  // Source reader and side panel.
  source: number | null;
  statement: number | null;
  /** The changes view's start date (null: the last visit, else 30 days ago). */
  since: string | null;
}

export const DEFAULT_STATE: Readonly<ViewState> = Object.freeze<ViewState>({
  view: "overview",
  topic: "troops",
  actors: null,
  period: { kind: "relative", preset: "all" },
  bucket: "month",
  speaker: null,
  stance: null,
  intensity: null,
  q: "",
  status: "confirmed",
  sort: "-date",
  page: 0,
  size: 50,
  source: null,
  statement: null,
  since: null,
});

const KEY = /^[a-z0-9][a-z0-9_-]*$/i;

function oneOf<T extends string>(values: readonly T[], value: string | null, fallback: T): T {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : fallback;
}

function intIn(value: string | null, min: number, max: number): number | null {
  if (value === null || !/^[-+]?\d+$/.test(value.trim())) return null;
  const n = Number(value);
  return n >= min && n <= max ? n : null;
}

function parseActors(params: URLSearchParams): string[] | null {
  const keys = params
    .getAll("actors")
    .flatMap((v) => v.split(","))
    .map((v) => v.trim().toLowerCase())
    .filter((v) => KEY.test(v));
  return keys.length ? [...new Set(keys)] : null;
}

function parsePeriod(params: URLSearchParams): Period {
  const from = params.get("from");
  const to = params.get("to");
  const okFrom = isIsoDate(from) ? from : null;
  const okTo = isIsoDate(to) ? to : null;
  if (okFrom || okTo) {
    if (okFrom && okTo && okFrom > okTo) return { kind: "absolute", from: okTo, to: okFrom };
    return { kind: "absolute", from: okFrom, to: okTo };
  }
  return { kind: "relative", preset: oneOf(RELATIVE_PERIODS, params.get("period"), "all") };
}

export function parseViewState(search: string | URLSearchParams): ViewState {
  const p = typeof search === "string" ? new URLSearchParams(search) : search;
  const topic = p.get("topic");
  const speaker = p.get("speaker");
  const size = intIn(p.get("size"), 1, 500);
  return {
    view: oneOf(VIEWS, p.get("view"), DEFAULT_STATE.view),
    topic: topic && KEY.test(topic) ? topic : DEFAULT_STATE.topic,
    actors: parseActors(p),
    period: parsePeriod(p),
    bucket: oneOf(BUCKETS, p.get("bucket"), DEFAULT_STATE.bucket),
    speaker: speaker && KEY.test(speaker) ? speaker : null,
    stance: intIn(p.get("stance"), -2, 2),
    intensity: intIn(p.get("intensity"), 0, 3),
    q: (p.get("q") ?? "").slice(0, 200),
    status: oneOf(STATUSES, p.get("status"), DEFAULT_STATE.status),
    sort: oneOf(SORTS, p.get("sort"), DEFAULT_STATE.sort),
    page: intIn(p.get("page"), 0, 100_000) ?? 0,
    size: size ?? DEFAULT_STATE.size,
    source: intIn(p.get("source"), 1, Number.MAX_SAFE_INTEGER),
    statement: intIn(p.get("statement"), 1, Number.MAX_SAFE_INTEGER),
    since: isIsoDate(p.get("since")) ? p.get("since") : null,
  };
}

/** The parameters that define a chart: shared by the dashboard, the embed page and downloads. */
export function chartParams(state: ViewState): URLSearchParams {
  const p = new URLSearchParams();
  if (state.topic !== DEFAULT_STATE.topic) p.set("topic", state.topic);
  if (state.actors) p.set("actors", state.actors.join(","));
  if (state.period.kind === "relative") {
    if (state.period.preset !== "all") p.set("period", state.period.preset);
  } else {
    if (state.period.from) p.set("from", state.period.from);
    if (state.period.to) p.set("to", state.period.to);
  }
  if (state.bucket !== DEFAULT_STATE.bucket) p.set("bucket", state.bucket);
  return p;
}

export function serializeViewState(state: ViewState): string {
  const p = new URLSearchParams();
  if (state.view !== DEFAULT_STATE.view) p.set("view", state.view);
  for (const [k, v] of chartParams(state)) p.set(k, v);
  if (state.speaker) p.set("speaker", state.speaker);
  if (state.stance !== null) p.set("stance", String(state.stance));
  if (state.intensity !== null) p.set("intensity", String(state.intensity));
  if (state.q) p.set("q", state.q);
  if (state.status !== DEFAULT_STATE.status) p.set("status", state.status);
  if (state.sort !== DEFAULT_STATE.sort) p.set("sort", state.sort);
  if (state.page) p.set("page", String(state.page));
  if (state.size !== DEFAULT_STATE.size) p.set("size", String(state.size));
  if (state.source !== null) p.set("source", String(state.source));
  if (state.statement !== null) p.set("statement", String(state.statement));
  if (state.since !== null) p.set("since", state.since);
  // Commas in actor lists read better unescaped and are valid in a query.
  return p.toString().replace(/%2C/g, ",");
}

/** The dates to ask the API for; null means "no bound" (the API then uses the data's extent). */
export function resolvePeriod(period: Period, today: string): { from: string | null; to: string | null } {
  if (period.kind === "absolute") return { from: period.from, to: period.to };
  if (period.preset === "all") return { from: null, to: null };
  const days = Number(period.preset.replace("d", ""));
  return { from: addDays(today, -(days - 1)), to: today };
}

export function describePeriod(period: Period): string {
  if (period.kind === "absolute") return "custom";
  return period.preset === "all" ? "all dates" : `last ${period.preset.replace("d", "")} days`;
}

/** Query for /api/timeline and /api/shifts. */
export function timelineQuery(state: ViewState, allActorKeys: string[], today: string): URLSearchParams {
  const p = new URLSearchParams({ topic: state.topic, actors: (state.actors ?? allActorKeys).join(",") });
  const { from, to } = resolvePeriod(state.period, today);
  if (from) p.set("from", from);
  if (to) p.set("to", to);
  p.set("bucket", state.bucket);
  return p;
}

/** Query for /api/statements with the table's filters. */
export function statementsQuery(state: ViewState, today: string, overrides: { page?: number; size?: number } = {}): URLSearchParams {
  const p = new URLSearchParams({ topic: state.topic });
  if (state.actors) p.set("actor", state.actors.join(","));
  const { from, to } = resolvePeriod(state.period, today);
  if (from) p.set("from", from);
  if (to) p.set("to", to);
  if (state.speaker) p.set("speaker", state.speaker);
  if (state.stance !== null) p.set("stance", String(state.stance));
  if (state.intensity !== null) p.set("intensity", String(state.intensity));
  if (state.q) p.set("q", state.q);
  p.set("status", state.status);
  p.set("sort", state.sort);
  p.set("page", String(overrides.page ?? state.page));
  p.set("size", String(overrides.size ?? state.size));
  return p;
}

export function permalink(origin: string, state: ViewState): string {
  const q = serializeViewState(state);
  return `${origin}/${q ? "?" + q : ""}`;
}

export function embedUrl(origin: string, state: ViewState): string {
  const q = chartParams(state).toString().replace(/%2C/g, ",");
  return `${origin}/embed/timeline${q ? "?" + q : ""}`;
}

export function embedSnippet(origin: string, state: ViewState, title: string): string {
  const escaped = title.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  return `<iframe src="${embedUrl(origin, state).replace(/&/g, "&amp;")}" title="${escaped}" width="100%" height="520" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}

// Server-side exports. These addresses are pasted into reports and mail, so they carry dates, not
// "last 90 days": a relative period is resolved against `today` (call them at click or copy time).
// Every function returns an address relative to `origin` ("" gives a same-origin path).

export const BRIEFING_FORMATS = ["pdf", "docx", "html", "md"] as const;
export type BriefingFormat = (typeof BRIEFING_FORMATS)[number];
export type ImageFormat = "svg" | "png";
export type DataFormat = "csv" | "json";

export interface StaticChartOptions {
  width?: number;
  height?: number;
  /** PNG pixel ratio: 2 for print and high-density screens. */
  scale?: 1 | 2;
  theme?: "light" | "dark";
}

/** Size of the static image in the embed snippet (the server's default chart size). */
export const STATIC_CHART_SIZE = { width: 960, height: 540 } as const;

const query = (p: URLSearchParams): string => {
  const q = p.toString().replace(/%2C/g, ",");
  return q ? `?${q}` : "";
};

function resolvedDates(p: URLSearchParams, state: ViewState, today: string): void {
  const { from, to } = resolvePeriod(state.period, today);
  if (from) p.set("from", from);
  if (to) p.set("to", to);
}

/** Chart parameters with the period as dates: topic, actors (left out for all), from, to, bucket. */
export function resolvedChartParams(state: ViewState, today: string): URLSearchParams {
  const p = new URLSearchParams({ topic: state.topic });
  if (state.actors) p.set("actors", state.actors.join(","));
  resolvedDates(p, state, today);
  if (state.bucket !== DEFAULT_STATE.bucket) p.set("bucket", state.bucket);
  return p;
}

/** /briefings/{topic}.{pdf|docx|html|md}?from&to&actors for the current view. */
export function briefingUrl(state: ViewState, format: BriefingFormat, today: string, origin = ""): string {
  const p = new URLSearchParams();
  resolvedDates(p, state, today);
  if (state.actors) p.set("actors", state.actors.join(","));
  return `${origin}/briefings/${encodeURIComponent(state.topic)}.${format}${query(p)}`;
}

/** /charts/timeline.{svg|png}: the chart of the current view, drawn by the server. */
export function staticChartUrl(state: ViewState, format: ImageFormat, today: string, options: StaticChartOptions = {}, origin = ""): string {
  const p = resolvedChartParams(state, today);
  if (options.width) p.set("width", String(options.width));
  if (options.height) p.set("height", String(options.height));
  if (options.theme && options.theme !== "light") p.set("theme", options.theme);
  if (format === "png" && options.scale && options.scale !== 1) p.set("scale", String(options.scale));
  return `${origin}/charts/timeline.${format}${query(p)}`;
}

/** /api/export/statements.{csv|json} with the Statements tab's filters and order (every page). */
export function statementsExportUrl(state: ViewState, format: DataFormat, today: string, origin = ""): string {
  const p = statementsQuery(state, today);
  p.delete("page");
  p.delete("size");
  if (p.get("sort") === DEFAULT_STATE.sort) p.delete("sort");
  return `${origin}/api/export/statements.${format}${query(p)}`;
}

/** A download name for a server export: stanceline-{what}-{topic}[-{from}][-{to}].{ext}. */
export function exportFilename(what: string, state: ViewState, today: string, ext: string): string {
  const { from, to } = resolvePeriod(state.period, today);
  return ["stanceline", what, state.topic, from, to].filter(Boolean).join("-") + "." + ext;
}

/** oEmbed discovery: /oembed?url=<page>&format=json (the page address must be absolute). */
export function oembedUrl(origin: string, pageUrl: string, options: { maxwidth?: number; maxheight?: number } = {}): string {
  const p = new URLSearchParams({ url: pageUrl });
  if (options.maxwidth) p.set("maxwidth", String(options.maxwidth));
  if (options.maxheight) p.set("maxheight", String(options.maxheight));
  p.set("format", "json");
  return `${origin}/oembed?${p}`;
}

const escapeAttr = (text: string): string => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * Static image snippet for report authors who paste images: the server's PNG at 2× pixel ratio,
 * linked to the full view. Both carry the period as dates, so the link shows what the image shows.
 */
export function imageSnippet(origin: string, state: ViewState, today: string, alt: string): string {
  const { width, height } = STATIC_CHART_SIZE;
  const src = staticChartUrl(state, "png", today, { width, height, scale: 2 }, origin);
  const { from, to } = resolvePeriod(state.period, today);
  const fixed: ViewState = { ...DEFAULT_STATE, topic: state.topic, actors: state.actors, bucket: state.bucket, period: from || to ? { kind: "absolute", from, to } : state.period };
  const href = permalink(origin, fixed);
  return `<a href="${escapeAttr(href)}"><img src="${escapeAttr(src)}" alt="${escapeAttr(alt)}" width="${width}" height="${height}" style="max-width:100%;height:auto"></a>`;
}
