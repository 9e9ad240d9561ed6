import { describe, expect, it } from "vitest";
import {
  BRIEFING_FORMATS,
  briefingUrl,
  DEFAULT_STATE,
  embedSnippet,
  embedUrl,
  exportFilename,
  imageSnippet,
  oembedUrl,
  parseViewState,
  permalink,
  resolvePeriod,
  serializeViewState,
  statementsExportUrl,
  statementsQuery,
  staticChartUrl,
  timelineQuery,
  type ViewState,
} from "./urlState";

const ALL = ["moscow", "london", "paris", "washington", "kyiv", "copenhagen"];

describe("URL state", () => {
  it("parses an empty query to the default view: topic troops, all actors, all dates, monthly", () => {
    const s = parseViewState("");
    expect(s).toEqual(DEFAULT_STATE);
    expect(s.view).toBe("overview");
    expect(s.topic).toBe("troops");
    expect(s.actors).toBeNull();
    expect(s.period).toEqual({ kind: "relative", preset: "all" });
    expect(s.bucket).toBe("month");
    expect(serializeViewState(s)).toBe("");
  });

  it("round-trips a full state through the query string", () => {
    const state: ViewState = {
      ...DEFAULT_STATE,
      view: "statements",
      topic: "troops",
      actors: ["moscow", "london"],
      period: { kind: "absolute", from: "2025-02-01", to: "2026-01-31" },
      bucket: "week",
      speaker: "medvedev",
      stance: -2,
      intensity: 3,
      q: "war with NATO",
      status: "proposed",
      sort: "intensity",
      page: 2,
      size: 25,
      source: 1,
      statement: 105,
    };
    const query = serializeViewState(state);
    expect(query).toBe(
      "view=statements&actors=moscow,london&from=2025-02-01&to=2026-01-31&bucket=week&speaker=medvedev&stance=-2&intensity=3&q=war+with+NATO&status=proposed&sort=intensity&page=2&size=25&source=1&statement=105",
    );
    expect(parseViewState(query)).toEqual(state);
  });

  it("keeps relative periods relative: the link says 90d, not dates", () => {
    const state = { ...DEFAULT_STATE, period: { kind: "relative", preset: "90d" } } as ViewState;
    const query = serializeViewState(state);
    expect(query).toBe("period=90d");
    expect(parseViewState(query).period).toEqual({ kind: "relative", preset: "90d" });
    // The same link resolves against the day it is opened.
    expect(resolvePeriod(parseViewState(query).period, "2026-01-31")).toEqual({ from: "2025-11-03", to: "2026-01-31" });
    expect(resolvePeriod(parseViewState(query).period, "2026-03-01")).toEqual({ from: "2025-12-02", to: "2026-03-01" });
  });

  it("resolves each preset to an inclusive number of days ending today", () => {
    expect(resolvePeriod({ kind: "relative", preset: "30d" }, "2026-01-31")).toEqual({ from: "2026-01-02", to: "2026-01-31" });
    expect(resolvePeriod({ kind: "relative", preset: "365d" }, "2026-01-31")).toEqual({ from: "2025-02-01", to: "2026-01-31" });
    expect(resolvePeriod({ kind: "relative", preset: "all" }, "2026-01-31")).toEqual({ from: null, to: null });
  });

  it("lets absolute dates win over a preset and swaps reversed dates", () => {
    expect(parseViewState("period=30d&from=2025-03-01").period).toEqual({ kind: "absolute", from: "2025-03-01", to: null });
    expect(parseViewState("from=2026-01-31&to=2025-02-01").period).toEqual({ kind: "absolute", from: "2025-02-01", to: "2026-01-31" });
  });

  it("ignores invalid values instead of failing", () => {
    const s = parseViewState("view=nope&bucket=year&from=2025-13-01&to=2025-02-30&stance=7&intensity=-1&page=-3&size=9999&sort=rank&status=deleted&actors=,,<script>&statement=abc");
    expect(s).toEqual({ ...DEFAULT_STATE });
  });

  it("accepts `any` as a status filter", () => {
    expect(parseViewState("status=any").status).toBe("any");
    expect(statementsQuery(parseViewState("status=any"), "2026-01-31").get("status")).toBe("any");
  });

  it("accepts repeated and comma-separated actors, without duplicates", () => {
    expect(parseViewState("actors=moscow&actors=london,moscow").actors).toEqual(["moscow", "london"]);
  });

  it("builds API queries from the state, resolving relative periods", () => {
    const state = parseViewState("actors=moscow,london&period=30d&bucket=week");
    expect(timelineQuery(state, ALL, "2026-01-31").toString()).toBe("topic=troops&actors=moscow%2Clondon&from=2026-01-02&to=2026-01-31&bucket=week");
    expect(timelineQuery(parseViewState(""), ALL, "2026-01-31").get("actors")).toBe(ALL.join(","));
    const q = statementsQuery(parseViewState("actors=moscow&stance=-2&q=NATO&page=1"), "2026-01-31");
    expect(Object.fromEntries(q)).toEqual({ topic: "troops", actor: "moscow", stance: "-2", q: "NATO", status: "confirmed", sort: "-date", page: "1", size: "50" });
  });

  it("makes permalinks and embed URLs with the chart's parameters", () => {
    const state = parseViewState("view=shifts&actors=moscow&period=365d&statement=105");
    expect(permalink("https://stanceline.example", state)).toBe("https://stanceline.example/?view=shifts&actors=moscow&period=365d&statement=105");
    expect(embedUrl("https://stanceline.example", state)).toBe("https://stanceline.example/embed/timeline?actors=moscow&period=365d");
    expect(embedUrl("https://x.example", DEFAULT_STATE)).toBe("https://x.example/embed/timeline");
    const snippet = embedSnippet("https://x.example", parseViewState("actors=moscow,london&bucket=week"), 'Stanceline: "troops" <question>');
    expect(snippet).toBe(
      '<iframe src="https://x.example/embed/timeline?actors=moscow,london&amp;bucket=week" title="Stanceline: &quot;troops&quot; &lt;question>" width="100%" height="520" style="border:0;max-width:100%" loading="lazy"></iframe>',
    );
  });
});

describe("server export addresses", () => {
  const TODAY = "2026-01-31";

  it("links the briefing of the current view, with a relative period resolved to dates", () => {
    const state = parseViewState("view=statements&actors=moscow,london&period=90d&bucket=week&q=NATO");
    expect(briefingUrl(state, "pdf", TODAY)).toBe("/briefings/troops.pdf?from=2025-11-03&to=2026-01-31&actors=moscow,london");
    expect(BRIEFING_FORMATS.map((f) => briefingUrl(DEFAULT_STATE, f, TODAY))).toEqual([
      "/briefings/troops.pdf",
      "/briefings/troops.docx",
      "/briefings/troops.html",
      "/briefings/troops.md",
    ]);
    // The same state resolves against the day of the click.
    expect(briefingUrl(state, "md", "2026-03-01")).toBe("/briefings/troops.md?from=2025-12-02&to=2026-03-01&actors=moscow,london");
    expect(briefingUrl(parseViewState("topic=tariffs&from=2025-03-01"), "html", TODAY, "https://x.example")).toBe("https://x.example/briefings/tariffs.html?from=2025-03-01");
  });

  it("links the server-drawn chart with the chart parameters, size, theme and scale", () => {
    const state = parseViewState("actors=moscow,kyiv&period=30d&bucket=day&stance=2");
    expect(staticChartUrl(state, "svg", TODAY)).toBe("/charts/timeline.svg?topic=troops&actors=moscow,kyiv&from=2026-01-02&to=2026-01-31&bucket=day");
    expect(staticChartUrl(DEFAULT_STATE, "png", TODAY, { scale: 2 })).toBe("/charts/timeline.png?topic=troops&scale=2");
    expect(staticChartUrl(DEFAULT_STATE, "png", TODAY, { width: 800, height: 450, scale: 1, theme: "dark" }, "https://x.example")).toBe(
      "https://x.example/charts/timeline.png?topic=troops&width=800&height=450&theme=dark",
    );
    // scale only means something for PNG.
    expect(staticChartUrl(DEFAULT_STATE, "svg", TODAY, { scale: 2 })).toBe("/charts/timeline.svg?topic=troops");
  });

  it("exports the statements with the table's filters, without paging", () => {
    const state = parseViewState("view=statements&actors=moscow&period=30d&speaker=medvedev&stance=-2&intensity=3&q=war with NATO&status=any&page=3&size=25");
    expect(statementsExportUrl(state, "csv", TODAY)).toBe(
      "/api/export/statements.csv?topic=troops&actor=moscow&from=2026-01-02&to=2026-01-31&speaker=medvedev&stance=-2&intensity=3&q=war+with+NATO&status=any",
    );
    expect(statementsExportUrl(parseViewState("sort=intensity"), "json", TODAY)).toBe("/api/export/statements.json?topic=troops&status=confirmed&sort=intensity");
  });

  it("names downloads after the topic and the resolved period", () => {
    expect(exportFilename("briefing", parseViewState("period=30d"), TODAY, "pdf")).toBe("stanceline-briefing-troops-2026-01-02-2026-01-31.pdf");
    expect(exportFilename("statements", DEFAULT_STATE, TODAY, "csv")).toBe("stanceline-statements-troops.csv");
  });

  it("points oEmbed discovery at the absolute page address", () => {
    expect(oembedUrl("https://x.example", "https://x.example/?actors=moscow,london&period=30d")).toBe(
      "https://x.example/oembed?url=https%3A%2F%2Fx.example%2F%3Factors%3Dmoscow%2Clondon%26period%3D30d&format=json",
    );
    expect(oembedUrl("", "https://x.example/embed/timeline", { maxwidth: 600, maxheight: 400 })).toBe(
      "/oembed?url=https%3A%2F%2Fx.example%2Fembed%2Ftimeline&maxwidth=600&maxheight=400&format=json",
    );
  });

  it("makes a static image snippet linked to the full view with the same dates", () => {
    const snippet = imageSnippet("https://x.example", parseViewState("view=shifts&actors=moscow,london&period=30d&statement=5"), TODAY, 'Stance timeline: "troops" <question>');
    expect(snippet).toBe(
      '<a href="https://x.example/?actors=moscow,london&amp;from=2026-01-02&amp;to=2026-01-31">' +
        '<img src="https://x.example/charts/timeline.png?topic=troops&amp;actors=moscow,london&amp;from=2026-01-02&amp;to=2026-01-31&amp;width=960&amp;height=540&amp;scale=2" ' +
        'alt="Stance timeline: &quot;troops&quot; &lt;question&gt;" width="960" height="540" style="max-width:100%;height:auto"></a>',
    );
    expect(imageSnippet("https://x.example", DEFAULT_STATE, TODAY, "chart")).toContain('<a href="https://x.example/"><img src="https://x.example/charts/timeline.png?topic=troops&amp;width=960&amp;height=540&amp;scale=2"');
  });
});
