// Draws a TimelineChartState with ECharts (SVG renderer). The option builder is pure so that it
// can be rendered server-side in tests and for downloads; mountTimelineChart adds interaction.
import type { LineSeriesOption, ScatterSeriesOption } from "echarts/charts";
import type { GridComponentOption } from "echarts/components";
import type { ComposeOption, ECharts } from "echarts/core";
import { formatDay, formatWithPrecision, isoToMs } from "../format/dates";
import { intensityLabel, stanceWithNumber } from "../format/scale";
import { echarts } from "./echarts";
import { escapeHtml } from "./html";
import type { EventMarker, LinePoint, StatementMarker, TimelineChartState } from "./timelineChartState";

export type TimelineOption = ComposeOption<LineSeriesOption | ScatterSeriesOption | GridComponentOption>;

/** Events sit in a strip above the highest stance; the axis runs a little past ±2 to make room. */
const EVENT_STRIP_Y = 2.5;
const EVENT_LINE_TOP = 2.3;
const Y_MIN = -2.35;
const Y_MAX = 2.75;
const DAY_MS = 86_400_000;
const BADGE_GAP_PX = 24;
const FONT = "system-ui, -apple-system, 'Segoe UI', 'DejaVu Sans', Arial, sans-serif";
const INK = "#1f2328";
const MUTED = "#57606a";

export interface RenderOptions {
  animation: boolean;
  /** Width of the chart in pixels: spaces event badges, and narrow charts get fewer axis words. */
  width: number;
}

type Datum = [number, number | "-"];

function gridFor(width: number) {
  const compact = width < 560;
  return { compact, left: compact ? 96 : 120, right: compact ? 84 : 104, top: 12, bottom: 32 };
}

const lineData = (points: LinePoint[]): Datum[] =>
  points.map((p, i) => (p ? [isoToMs(p[0]), p[1]] : [points[i - 1] ? isoToMs(points[i - 1]![0]) : 0, "-"]));

/** Moves event badges apart along the time axis, in order, so that none overlap. */
export function dodgeBadges(times: number[], minGap: number, min: number, max: number): number[] {
  const xs = [...times];
  for (let i = 1; i < xs.length; i++) xs[i] = Math.max(xs[i], xs[i - 1] + minGap);
  if (xs.length && xs[xs.length - 1] > max) {
    xs[xs.length - 1] = max;
    for (let i = xs.length - 2; i >= 0; i--) xs[i] = Math.min(xs[i], xs[i + 1] - minGap);
  }
  return xs.map((x) => Math.max(min, x));
}

export function markerTooltip(m: StatementMarker, actorName: string): string {
  const who = m.speaker ? `${escapeHtml(m.speaker)}${m.role ? `, <span class="tt-role">${escapeHtml(m.role)}</span>` : ""}` : "<em>unattributed</em>";
  const quote = m.verbatim ? `“${escapeHtml(m.quoteExcerpt)}”` : `<em>reported:</em> ${escapeHtml(m.quoteExcerpt)}`;
  return (
    `<strong>${escapeHtml(actorName)}</strong> · ${escapeHtml(formatWithPrecision(m.date, m.precision))}<br>` +
    `${who}<br><span class="tt-quote">${quote}</span><br>` +
    `<span class="tt-meta">${escapeHtml(stanceWithNumber(m.stance))} · intensity ${m.intensity} (${escapeHtml(intensityLabel(m.intensity))})</span><br>` +
    `<span class="tt-meta">${escapeHtml(m.outlet)} · select for details</span>`
  );
}

export function eventTooltip(e: EventMarker): string {
  const when = e.endDate ? `${formatDay(e.date)} – ${formatDay(e.endDate)}` : formatDay(e.date);
  return `<strong>${e.number}. ${escapeHtml(e.label)}</strong><br>${escapeHtml(when)} · ${escapeHtml(e.kind)}`;
}

function eventSeries(state: TimelineChartState, width: number): (LineSeriesOption | ScatterSeriesOption)[] {
  const grid = gridFor(width);
  const [from, to] = [isoToMs(state.from), isoToMs(state.to)];
  const plotWidth = Math.max(100, width - grid.left - grid.right);
  const gap = (BADGE_GAP_PX / plotWidth) * Math.max(DAY_MS, to - from);
  const times = state.events.map((e) => isoToMs(e.date));
  const badgeXs = dodgeBadges(times, gap, from, to);
  const leaders: Datum[] = state.events.flatMap((_, i): Datum[] => [[times[i], Y_MIN], [times[i], EVENT_LINE_TOP], [badgeXs[i], EVENT_STRIP_Y - 0.08], [badgeXs[i], "-"]]);
  const bands = state.events.filter((e) => e.endDate);
  return [
    ...bands.map((e): LineSeriesOption => ({
      id: `period-${e.number}`,
      type: "line",
      silent: true,
      z: 0,
      showSymbol: false,
      data: [[isoToMs(e.date), EVENT_LINE_TOP], [isoToMs(e.endDate!) + DAY_MS, EVENT_LINE_TOP]],
      lineStyle: { opacity: 0 },
      areaStyle: { origin: "start", color: "rgba(140, 149, 159, 0.22)" },
      emphasis: { disabled: true },
    })),
    {
      id: "event-lines",
      type: "line",
      silent: true,
      z: 1,
      showSymbol: false,
      data: leaders,
      lineStyle: { color: "#8c959f", width: 1, type: [2, 3] },
      emphasis: { disabled: true },
    },
    {
      id: "events",
      type: "scatter",
      z: 5,
      symbol: "roundRect",
      symbolSize: [20, 16],
      itemStyle: { color: "#4a5560" },
      cursor: "default",
      data: state.events.map((e, i) => ({ value: [badgeXs[i], EVENT_STRIP_Y], name: `event-${e.number}` })),
      label: { show: true, position: "inside", formatter: (p: { dataIndex: number }) => String(state.events[p.dataIndex].number), color: "#ffffff", fontSize: 11, fontFamily: FONT, fontWeight: "bold" },
      emphasis: { scale: 1.15 },
    },
  ];
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** ECharts places time ticks at local midnights: "Mar 2025" on the 1st of a month, "16 Mar" otherwise. */
export function timeTickLabel(value: number): string {
  const d = new Date(value);
  if (d.getDate() === 1) return `${MONTHS[d.getMonth()]} ${d.getFullYear()}`;
  return `${d.getDate()} ${MONTHS[d.getMonth()]}`;
}

export function buildTimelineOption(state: TimelineChartState, options: RenderOptions): TimelineOption {
  const grid = gridFor(options.width);
  const series: (LineSeriesOption | ScatterSeriesOption)[] = [...eventSeries(state, options.width)];
  for (const s of state.series) {
    series.push({
      id: `${s.actor}-line`,
      name: s.name,
      type: "line",
      data: lineData(s.line),
      showSymbol: false,
      silent: true,
      z: 2,
      lineStyle: { color: s.colour, width: 2.5 },
      itemStyle: { color: s.colour },
      emphasis: { disabled: true },
    });
    if (s.staleLine.length) {
      series.push({
        id: `${s.actor}-stale`,
        name: `${s.name} (stale)`,
        type: "line",
        data: lineData(s.staleLine),
        showSymbol: false,
        silent: true,
        z: 2,
        lineStyle: { color: s.colour, width: 2, type: [4, 4], opacity: 0.75 },
        itemStyle: { color: s.colour },
        emphasis: { disabled: true },
      });
    }
    series.push({
      id: `${s.actor}-statements`,
      name: s.name,
      type: "scatter",
      z: 4,
      cursor: "pointer",
      data: s.markers.map((m) => ({ value: [isoToMs(m.date), m.y], name: String(m.statementId), symbol: m.symbol, symbolSize: m.size })),
      itemStyle: { color: s.colour, borderColor: "#ffffff", borderWidth: 1 },
      emphasis: { scale: 1.4, itemStyle: { borderColor: INK, borderWidth: 2 } },
    });
  }
  series.push({
    id: "end-labels",
    type: "scatter",
    silent: true,
    z: 5,
    symbolSize: 0,
    data: state.series.map((s) => ({
      value: [isoToMs(s.end!.date), s.end!.labelY],
      label: { show: true, position: "right", distance: 8, formatter: s.name, color: s.labelColour, fontWeight: "bold", fontSize: 13, fontFamily: FONT },
    })),
  });

  return {
    animation: options.animation,
    animationDuration: options.animation ? 500 : 0,
    textStyle: { fontFamily: FONT, color: INK },
    grid: { left: grid.left, right: grid.right, top: grid.top, bottom: grid.bottom },
    xAxis: {
      type: "time",
      min: isoToMs(state.from),
      max: isoToMs(state.to),
      axisLine: { onZero: false, lineStyle: { color: MUTED } },
      axisLabel: { color: MUTED, hideOverlap: true, formatter: timeTickLabel },
      splitLine: { show: false },
    },
    yAxis: {
      type: "value",
      min: Y_MIN,
      max: Y_MAX,
      axisLabel: {
        customValues: state.yTicks.map((t) => t.value),
        color: INK,
        fontSize: 12,
        formatter: (v: number) => {
          const tick = state.yTicks.find((t) => Math.abs(t.value - v) < 1e-9);
          if (!tick) return "";
          return grid.compact ? tick.label : `${stanceWithNumber(tick.value).split(" ")[0]}  ${tick.label}`;
        },
      },
      axisTick: { show: false, customValues: state.yTicks.map((t) => t.value) },
      axisLine: { show: false },
      splitLine: { lineStyle: { color: "#e5e8eb" } },
    },
    series,
  };
}

export interface MountedTimelineChart {
  update(state: TimelineChartState): void;
  /** Highlights a statement (by position in time order) and shows its tooltip, for the keyboard. */
  focusMarker(index: number): StatementMarker | null;
  markers(): StatementMarker[];
  dispose(): void;
  instance: ECharts;
}

interface EChartsMouseParams {
  seriesId?: string;
  dataIndex: number;
  name?: string;
  event?: { offsetX: number; offsetY: number };
}

export function mountTimelineChart(
  el: HTMLElement,
  state: TimelineChartState,
  options: Omit<RenderOptions, "width">,
  onStatement: (statementId: number) => void,
): MountedTimelineChart {
  const chart = echarts.init(el, null, { renderer: "svg" });
  const tooltip = document.createElement("div");
  tooltip.className = "chart-tooltip";
  tooltip.setAttribute("role", "tooltip");
  tooltip.hidden = true;
  el.insertAdjacentElement("afterend", tooltip);
  let current = state;
  let focused = -1;

  const seriesMarkers = (seriesId: string) => current.series.find((s) => `${s.actor}-statements` === seriesId);
  const orderedMarkers = () =>
    current.series
      .flatMap((s) => s.markers.map((m, dataIndex) => ({ m, s, dataIndex })))
      .sort((a, b) => (a.m.date < b.m.date ? -1 : a.m.date > b.m.date ? 1 : a.m.statementId - b.m.statementId));
  const seriesIndex = (id: string) => (chart.getOption().series as { id?: string }[]).findIndex((s) => s.id === id);

  const showTooltip = (html: string, x: number, y: number) => {
    tooltip.innerHTML = html;
    tooltip.hidden = false;
    const maxX = el.clientWidth - tooltip.offsetWidth - 4;
    const left = x + 14 > maxX ? Math.max(4, x - tooltip.offsetWidth - 14) : x + 14;
    const top = Math.min(Math.max(4, y + 14), Math.max(4, el.clientHeight - tooltip.offsetHeight - 4));
    tooltip.style.left = `${el.offsetLeft + left}px`;
    tooltip.style.top = `${el.offsetTop + top}px`;
  };
  const hideTooltip = () => (tooltip.hidden = true);
  const contentFor = (p: EChartsMouseParams): string | null => {
    if (p.seriesId === "events") return eventTooltip(current.events[p.dataIndex]);
    const s = p.seriesId ? seriesMarkers(p.seriesId) : undefined;
    return s ? markerTooltip(s.markers[p.dataIndex], s.name) : null;
  };

  const draw = () => chart.setOption(buildTimelineOption(current, { ...options, width: el.clientWidth || 800 }), { notMerge: true });
  draw();
  chart.on("mouseover", (params) => {
    const p = params as unknown as EChartsMouseParams;
    const html = contentFor(p);
    if (html && p.event) showTooltip(html, p.event.offsetX, p.event.offsetY);
  });
  chart.on("mouseout", hideTooltip);
  chart.on("globalout", hideTooltip);
  chart.on("click", (params) => {
    const p = params as unknown as EChartsMouseParams;
    const id = Number(p.name);
    if (p.seriesId?.endsWith("-statements") && Number.isFinite(id)) onStatement(id);
  });
  el.addEventListener("blur", hideTooltip);
  let lastWidth = el.clientWidth;
  const resize = new ResizeObserver(() => {
    chart.resize();
    if (el.clientWidth !== lastWidth) {
      lastWidth = el.clientWidth;
      draw();
    }
  });
  resize.observe(el);

  return {
    instance: chart,
    update(next) {
      current = next;
      focused = -1;
      draw();
    },
    markers: () => orderedMarkers().map((x) => x.m),
    focusMarker(index) {
      const all = orderedMarkers();
      if (!all.length) return null;
      const prev = all[focused];
      if (prev) chart.dispatchAction({ type: "downplay", seriesIndex: seriesIndex(`${prev.s.actor}-statements`), dataIndex: prev.dataIndex });
      focused = Math.max(0, Math.min(all.length - 1, index));
      const target = all[focused];
      chart.dispatchAction({ type: "highlight", seriesIndex: seriesIndex(`${target.s.actor}-statements`), dataIndex: target.dataIndex });
      const [x, y] = chart.convertToPixel({ gridIndex: 0 }, [isoToMs(target.m.date), target.m.y]) as number[];
      showTooltip(markerTooltip(target.m, target.s.name), x, y);
      return target.m;
    },
    dispose() {
      resize.disconnect();
      tooltip.remove();
      chart.dispose();
    },
  };
}

/** Renders the chart off screen at a fixed size and returns its SVG markup (for downloads). */
export function renderTimelineSvg(state: TimelineChartState, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  chart.setOption(buildTimelineOption(state, { animation: false, width }));
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}
