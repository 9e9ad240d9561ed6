// Overview: the stance timeline, its legend and event key, and the plain-text summary.
import { mountTimelineChart, type MountedTimelineChart } from "../chart/renderTimeline";
import { summarizeTimeline } from "../chart/summary";
import { INTENSITY_MARKERS, type TimelineChartState } from "../chart/timelineChartState";
import { h } from "../dom";
import { formatDay, formatDayShort, formatWithPrecision } from "../format/dates";
import { intensityLabel } from "../format/scale";
import { chartStateFrom, loadChartData } from "../state/chartData";
import type { AppContext } from "../state/context";
import { errorBlock, isAbort, loadingBlock } from "./status";

const SHAPES: Record<string, string> = { emptyCircle: "○", circle: "●", diamond: "◆", triangle: "▲" };

function legend(state: TimelineChartState): HTMLElement {
  return h("div", { class: "legend", "data-testid": "chart-legend" },
    h("ul", { class: "legend-actors", "aria-label": "Capitals" },
      ...state.series.map((s) => h("li", {}, h("span", { class: "legend-line", style: `background:${s.colour}`, "aria-hidden": "true" }), h("span", { style: `color:${s.labelColour}` }, s.name)))),
    h("ul", { class: "legend-intensity", "aria-label": "Marker shape and size show intensity" },
      ...Object.entries(INTENSITY_MARKERS).map(([level, m]) =>
        h("li", {}, h("span", { class: `legend-shape shape-${m.symbol}`, "aria-hidden": "true" }, SHAPES[m.symbol]), `${level} ${intensityLabel(Number(level))}`))),
    h("p", { class: "legend-note" }, h("span", { class: "legend-line legend-dashed", "aria-hidden": "true" }), ` dashed: no statement for ${state.staleAfterDays}+ days (position may be stale). Grey bands are periods; numbered badges are events.`),
  );
}

function eventKey(state: TimelineChartState): HTMLElement | null {
  if (!state.events.length) return null;
  return h("details", { class: "event-key", open: true },
    h("summary", {}, `Events (${state.events.length})`),
    h("ol", { "data-testid": "event-key" },
      ...state.events.map((e) => h("li", { value: e.number },
        h("span", { class: "event-date" }, e.endDate ? `${formatDayShort(e.date)} – ${formatDayShort(e.endDate)}` : formatDayShort(e.date)), " ",
        e.url ? h("a", { href: e.url, rel: "noopener", target: "_blank" }, e.label) : e.label,
        h("span", { class: "event-kind" }, ` · ${e.kind}`)))));
}

function summaryBlock(state: TimelineChartState): HTMLElement {
  const summary = summarizeTimeline(state);
  return h("section", { class: "summary", id: "chart-summary", "aria-labelledby": "summary-heading", "data-testid": "chart-summary" },
    h("h3", { id: "summary-heading" }, "In words"),
    h("p", {}, summary.lead),
    h("ul", {}, ...summary.actorLines.map((line) => h("li", {}, line))),
    summary.silent ? h("p", {}, summary.silent) : null);
}

export function renderOverview(ctx: AppContext, container: HTMLElement, signal: AbortSignal): () => void {
  let chart: MountedTimelineChart | null = null;
  const frame = h("div", { class: "chart-frame" });
  const header = h("div", { class: "chart-header" }, h("h2", { id: "chart-title", "data-testid": "chart-title" }, ctx.topic.question));
  container.replaceChildren(header, frame, loadingBlock("the timeline"));

  const load = () => {
    container.querySelector(".state")?.remove();
    container.append(loadingBlock("the timeline"));
    loadChartData(ctx).then(
      (data) => {
        if (signal.aborted) return;
        const state = chartStateFrom(ctx, data);
        container.querySelector(".state")?.remove();
        header.replaceChildren(
          h("h2", { id: "chart-title", "data-testid": "chart-title" }, state.title),
          h("p", { class: "chart-subtitle", "data-testid": "chart-subtitle" }, `${state.subtitle} · ${state.statementCount} confirmed statements${state.markerNote ? ` (${state.markerNote})` : ""} · position = latest confirmed statement`),
        );
        const chartEl = h("div", {
          class: "chart",
          id: "timeline-chart",
          tabindex: 0,
          role: "group",
          "aria-roledescription": "chart",
          "aria-label": `Stance timeline: ${state.title}. Use the left and right arrow keys to move between statements and Enter to open one.`,
          "aria-describedby": "chart-summary",
          "data-testid": "timeline-chart",
          "data-statement-count": state.statementCount,
          "data-actors": state.series.map((s) => s.actor).join(","),
          "data-events": state.events.length,
        });
        const focusReadout = h("p", { class: "visually-hidden", "aria-live": "polite", "data-testid": "chart-focus" });
        frame.replaceChildren(chartEl, focusReadout);
        if (state.message) {
          frame.append(h("div", { class: "chart-message", "data-testid": "state-empty", role: "status" }, h("p", {}, state.message),
            ctx.state.period.kind !== "relative" || ctx.state.period.preset !== "all"
              ? h("button", { type: "button", class: "button", onclick: () => ctx.navigate({ period: { kind: "relative", preset: "all" } }) }, "Show all dates")
              : null));
        }
        chart = mountTimelineChart(chartEl, state, { animation: !ctx.reducedMotion }, (id) => ctx.navigate({ statement: id }));
        // The drawn ECharts instance, for the browser tests that compare it with the static charts.
        (chartEl as HTMLElement & { echarts?: unknown }).echarts = chart.instance;
        let index = -1;
        chartEl.addEventListener("keydown", (event) => {
          const markers = chart!.markers();
          if (!markers.length) return;
          const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: markers.length - 1 };
          if (event.key in moves) {
            event.preventDefault();
            index = Math.max(0, Math.min(markers.length - 1, moves[event.key]));
            const m = chart!.focusMarker(index)!;
            focusReadout.textContent = `${index + 1} of ${markers.length}: ${formatWithPrecision(m.date, m.precision)}, ${m.speaker ?? "unattributed"}: ${m.quoteExcerpt}`;
          } else if ((event.key === "Enter" || event.key === " ") && index >= 0) {
            event.preventDefault();
            ctx.navigate({ statement: markers[index].statementId });
          }
        });
        container.append(legend(state));
        const key = eventKey(state);
        if (key) container.append(key);
        container.append(summaryBlock(state));
        container.append(h("p", { class: "source-note" }, `Data as of ${formatDay(data.fetchedAt)}. The Statements tab lists every statement in this chart as a table.`));
      },
      (error) => {
        if (signal.aborted || isAbort(error)) return;
        container.querySelector(".state")?.remove();
        frame.replaceChildren(h("div", { class: "chart-placeholder" }, "No chart: its data did not load (see below)."));
        container.append(errorBlock("the timeline", error, load));
      },
    );
  };
  load();
  return () => chart?.dispose();
}
