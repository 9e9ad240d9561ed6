import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { composeExportSvg, sourceLine, wrapText } from "./exportSvg";
import { buildTimelineOption, dodgeBadges, renderTimelineSvg } from "./renderTimeline";
import type { TimelineChartState } from "./timelineChartState";

// The chart model the server's ChartModelSnapshotTest stores: every renderer is tested against this one file.
const MODEL = new URL("../../../src/test/resources/snapshots/chart-model.json", import.meta.url);
const state = JSON.parse(readFileSync(MODEL, "utf-8")) as TimelineChartState;
const URL_ = "https://stanceline.example/?from=2025-01-01&to=2025-06-30";

/** Plot-style normalisation: round numbers and drop ECharts' generated ids before comparing. */
function normalise(svg: string): string {
  return svg
    .replace(/(\d+\.\d{2})\d+/g, "$1")
    .replace(/zr\d+-[\w-]+/g, "zr")
    .replace(/></g, ">\n<");
}

describe("chart rendering", () => {
  it("spaces event badges along the axis without reordering them", () => {
    expect(dodgeBadges([0, 1, 2, 50], 10, 0, 100)).toEqual([0, 10, 20, 50]);
    expect(dodgeBadges([95, 99], 10, 0, 100)).toEqual([90, 100]);
  });

  it("labels the stance axis with the scale's words", () => {
    const option = buildTimelineOption(state, { animation: false, width: 1200 });
    const yAxis = option.yAxis as { axisLabel: { formatter: (v: number) => string } };
    expect([-2, -1, 0, 1, 2].map((v) => yAxis.axisLabel.formatter(v))).toEqual(["−2  threatens", "−1  opposes", "0  conditional", "+1  open to", "+2  commits"]);
    expect(buildTimelineOption(state, { animation: false, width: 400 }).animation).toBe(false);
  });

  it("draws each stale segment of the model as a dashed series, and nothing else dashed in actor colours", () => {
    const option = buildTimelineOption(state, { animation: false, width: 1200 });
    const series = option.series as { id: string; data: [number, number | string][]; lineStyle?: { type?: unknown } }[];
    const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    for (const s of state.series) {
      const dashed = series.find((x) => x.id === `${s.actor}-stale`);
      const drawn: { from: string; to: string; y: number }[] = [];
      const points = dashed?.data ?? [];
      for (let i = 0; i + 1 < points.length; i += 3) drawn.push({ from: day(points[i][0]), to: day(points[i + 1][0]), y: points[i][1] as number });
      expect(drawn).toEqual(s.staleSegments);
      if (dashed) expect(dashed.lineStyle?.type).toEqual([4, 4]);
      expect(series.find((x) => x.id === `${s.actor}-line`)?.lineStyle?.type).toBeUndefined();
    }
    expect(state.series.flatMap((s) => s.staleSegments)).toHaveLength(4);
  });

  it("renders the chart to SVG on the server side (snapshot)", async () => {
    const svg = renderTimelineSvg(state, 1200, 520);
    expect(svg).toMatch(/^<svg[^>]+width="1200" height="520"/);
    expect(svg).toContain("threatens");
    expect(svg).toContain("Moscow");
    await expect(normalise(svg)).toMatchFileSnapshot("__snapshots__/timeline-1200x520.svg");
  });
});

describe("exported SVG file", () => {
  const chartSvg = renderTimelineSvg(state, 1200, 520);
  const file = composeExportSvg({ state, chartSvg, chartWidth: 1200, chartHeight: 520, dataAsOf: "2026-02-01", url: URL_ });

  it("carries title, period, legend, event key and source line", () => {
    expect(file.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(file).toContain("Should the snapshot hold?");
    expect(file).toContain("Moscow, London, Paris and Kyiv · 1 January 2025 – 30 June 2025");
    for (const name of ["Moscow", "London", "Paris"]) expect(file).toContain(`>${name}</text>`);
    expect(file).toContain("3 explicit threat of force");
    expect(file).toContain("2. 1 Apr 2025 – 20 Apr 2025: Talks");
    expect(file).toContain(`Stanceline · 5 statements · data as of 1 Feb 2026 · ${URL_.replace(/&/g, "&amp;")}`);
    expect(file.match(/<svg\b/g)).toHaveLength(2);
    expect(file).toMatch(/<svg x="0" y="\d+"/);
  });

  it("escapes text so that the file stays well-formed", () => {
    const tricky = { ...state, title: 'A <b>"quoted"</b> & question' };
    expect(composeExportSvg({ state: tricky, chartSvg: "<svg></svg>", chartWidth: 800, chartHeight: 400, dataAsOf: "2026-02-01", url: "x" })).toContain(
      "A &lt;b&gt;&quot;quoted&quot;&lt;/b&gt; &amp; question",
    );
  });

  it("states the source line and wraps long titles", () => {
    expect(sourceLine(state, "2026-02-01", "u")).toBe("Stanceline · 5 statements · data as of 1 Feb 2026 · u");
    expect(sourceLine({ ...state, statementCount: 9000, markerNote: "each marker is a capital's last statement of its month" }, "2026-02-01", "u"))
      .toBe("Stanceline · 9000 statements (each marker is a capital's last statement of its month) · data as of 1 Feb 2026 · u");
    expect(wrapText("one two three four", 9)).toEqual(["one two", "three", "four"]);
  });
});
