// Client-side downloads of the current view: chart as SVG or PNG, statements as CSV.
import { allStatements } from "../api/client";
import { downloadBlob } from "../dom";
import { statementsToCsv } from "../format/csv";
import { chartStateFrom, loadChartData } from "../state/chartData";
import type { AppContext } from "../state/context";
import { permalink, statementsQuery } from "../state/urlState";
import { composeExportSvg } from "./exportSvg";
import { renderTimelineSvg } from "./renderTimeline";

const CHART_WIDTH = 1200;
const CHART_HEIGHT = 520;

async function exportSvg(ctx: AppContext): Promise<{ svg: string; width: number; height: number; name: string }> {
  const data = await loadChartData(ctx);
  const state = chartStateFrom(ctx, data);
  const chartSvg = renderTimelineSvg(state, CHART_WIDTH, CHART_HEIGHT);
  const svg = composeExportSvg({
    state,
    chartSvg,
    chartWidth: CHART_WIDTH,
    chartHeight: CHART_HEIGHT,
    dataAsOf: data.fetchedAt,
    url: permalink(location.origin, { ...ctx.state, view: "overview", statement: null, source: null }),
  });
  const height = Number(/height="(\d+)"/.exec(svg)?.[1] ?? CHART_HEIGHT);
  return { svg, width: CHART_WIDTH, height, name: `stanceline-${state.topicKey}-${state.from}-${state.to}` };
}

export async function downloadChartSvg(ctx: AppContext): Promise<string> {
  const { svg, name } = await exportSvg(ctx);
  downloadBlob(new Blob([svg], { type: "image/svg+xml;charset=utf-8" }), `${name}.svg`);
  return `${name}.svg`;
}

export async function downloadChartPng(ctx: AppContext, scale = 2): Promise<string> {
  const { svg, width, height, name } = await exportSvg(ctx);
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml;charset=utf-8" }));
  try {
    const image = new Image();
    image.decoding = "async";
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error("The browser could not rasterize the chart SVG."));
      image.src = url;
    });
    const canvas = document.createElement("canvas");
    canvas.width = width * scale;
    canvas.height = height * scale;
    const g = canvas.getContext("2d");
    if (!g) throw new Error("Canvas is not available in this browser.");
    g.fillStyle = "#ffffff";
    g.fillRect(0, 0, canvas.width, canvas.height);
    g.drawImage(image, 0, 0, canvas.width, canvas.height);
    const png = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("PNG encoding failed."))), "image/png"));
    downloadBlob(png, `${name}.png`);
    return `${name}.png`;
  } finally {
    URL.revokeObjectURL(url);
  }
}

export async function downloadStatementsCsv(ctx: AppContext): Promise<{ filename: string; count: number }> {
  const page = await allStatements(statementsQuery(ctx.state, ctx.today));
  const csv = statementsToCsv(page.items, ctx.topic);
  const filename = `stanceline-statements-${ctx.state.topic}-${ctx.today}.csv`;
  // The byte-order mark makes spreadsheet programs read the file as UTF-8.
  downloadBlob(new Blob(["\uFEFF" + csv], { type: "text/csv;charset=utf-8" }), filename);
  return { filename, count: page.items.length };
}
