import { describe, expect, it } from "vitest";
import { ALL_ACTORS, fixtures, troops } from "../../test/fixtures";
import { composeExportSvg, sourceLine, wrapText } from "./exportSvg";
import { buildTimelineOption, dodgeBadges, renderTimelineSvg } from "./renderTimeline";
import { buildTimelineChartState } from "./timelineChartState";

const state = buildTimelineChartState({
  topic: troops,
  actors: fixtures.actors,
  selectedActors: ALL_ACTORS,
  timeline: fixtures.timeline,
  statements: fixtures.statements.filter((s) => s.status === "confirmed"),
  events: fixtures.events,
});
const URL = "https://stanceline.example/?from=2025-02-01&to=2026-01-31";

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
  const file = composeExportSvg({ state, chartSvg, chartWidth: 1200, chartHeight: 520, dataAsOf: "2026-02-01", url: URL });

  it("carries title, period, legend, event key and source line", () => {
    expect(file.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(file).toContain("Should Western (European / NATO-country) troops deploy in Ukraine");
    expect(file).toContain("All capitals · 1 February 2025 – 31 January 2026");
    for (const name of ["Moscow", "London", "Paris", "Washington", "Kyiv", "Copenhagen"]) expect(file).toContain(`>${name}</text>`);
    expect(file).toContain("3 explicit threat of force");
    expect(file).toContain("2. 15 Feb 2025: Munich Security Conference (Kellogg)");
    expect(file).toContain(`Stanceline · 17 statements · data as of 1 Feb 2026 · ${URL.replace(/&/g, "&amp;")}`);
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
    expect(sourceLine(state, "2026-02-01", "u")).toBe("Stanceline · 17 statements · data as of 1 Feb 2026 · u");
    expect(wrapText("one two three four", 9)).toEqual(["one two", "three", "four"]);
  });
});
