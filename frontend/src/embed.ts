// The chrome-less embed page (/embed/timeline?…, built as embed.html): title, period, chart,
// source line, and a link back to the full dashboard with the same parameters.
import "./styles.css";
import { api } from "./api/client";
import { sourceLine } from "./chart/exportSvg";
import { mountTimelineChart } from "./chart/renderTimeline";
import { summarizeTimeline, summaryAsText } from "./chart/summary";
import { h, prefersReducedMotion, syncOembedLink } from "./dom";
import { todayIso } from "./format/dates";
import { chartStateFrom, loadChartData } from "./state/chartData";
import { chartParams, oembedUrl, parseViewState, permalink } from "./state/urlState";
import { errorBlock, loadingBlock } from "./views/status";

const root = document.getElementById("embed")!;

// oEmbed discovery for this address (the page never changes its URL).
syncOembedLink(oembedUrl(location.origin, location.href), "Stanceline chart");

async function start(): Promise<void> {
  root.replaceChildren(loadingBlock("the chart"));
  try {
    const [topics, actors] = await Promise.all([api.topics(), api.actors()]);
    const parsed = parseViewState(location.search);
    const topic = topics.find((t) => t.key === parsed.topic) ?? [...topics].sort((a, b) => a.displayOrder - b.displayOrder)[0];
    if (!topic) throw new Error("The server lists no topics yet.");
    const ordered = [...actors].sort((a, b) => a.displayOrder - b.displayOrder);
    const known = parsed.actors?.filter((k) => ordered.some((a) => a.key === k)) ?? null;
    const state = { ...parsed, view: "overview" as const, topic: topic.key, actors: known && known.length ? known : null, statement: null, source: null };
    const ctx = { state, actors: ordered, today: todayIso(), topic, selectedActors: state.actors ?? ordered.map((a) => a.key) };
    const data = await loadChartData(ctx);
    const chartState = chartStateFrom(ctx, data);
    const fullView = `${location.origin}/${chartParams(state).toString() ? "?" + chartParams(state).toString().replace(/%2C/g, ",") : ""}`;
    syncOembedLink(oembedUrl(location.origin, location.href), `Stanceline: ${topic.question}`);
    const summary = summarizeTimeline(chartState);
    const chartEl = h("div", { class: "chart embed-chart", role: "img", "aria-label": summaryAsText(summary), "data-testid": "timeline-chart" });
    root.replaceChildren(
      h("h1", { class: "embed-title", "data-testid": "chart-title" }, chartState.title),
      h("p", { class: "chart-subtitle", "data-testid": "chart-subtitle" }, `${chartState.subtitle} · position = latest confirmed statement`),
      h("div", { class: "chart-frame" }, chartEl,
        chartState.message ? h("div", { class: "chart-message", role: "status", "data-testid": "state-empty" }, h("p", {}, chartState.message)) : null),
      h("p", { class: "embed-legend muted small" }, "Marker shape and size: intensity (○ 0 descriptive · ● 1 firm · ◆ 2 warning · ▲ 3 explicit threat). Dashed: position older than ", String(chartState.staleAfterDays), " days. Numbered badges: events."),
      h("p", { class: "embed-source small", "data-testid": "embed-source" },
        sourceLine(chartState, data.fetchedAt, permalink(location.origin, { ...state })).replace(/ · https?:.*$/, ""), " · ",
        h("a", { href: fullView, target: "_blank", rel: "noopener", "data-testid": "embed-full-view" }, "Open the full view and the quotes ↗")),
    );
    mountTimelineChart(chartEl, chartState, { animation: !prefersReducedMotion() }, (id) => {
      window.open(`${fullView}${fullView.includes("?") ? "&" : "?"}statement=${id}`, "_blank", "noopener");
    });
  } catch (error) {
    root.replaceChildren(errorBlock("the chart", error, start));
  }
}

start();
