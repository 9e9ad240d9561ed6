import { describe, expect, it } from "vitest";
import {
  DEFAULT_STATE,
  embedSnippet,
  embedUrl,
  parseViewState,
  permalink,
  resolvePeriod,
  serializeViewState,
  statementsQuery,
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
