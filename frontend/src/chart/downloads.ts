// Client-side downloads of the current view: chart as SVG or PNG (the CSV comes from the server export).
import { downloadBlob } from "../dom";
import { chartStateFrom, loadChartData } from "../state/chartData";
import type { AppContext } from "../state/context";
import { permalink } from "../state/urlState";
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
