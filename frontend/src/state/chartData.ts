// Loads what the overview chart needs and builds its state. Cached per query, so switching tabs
// or downloading does not fetch again; a failed request is dropped from the cache so it can retry.
import { allStatements, api } from "../api/client";
import type { ContextEvent, Statement, Timeline } from "../api/types";
import { buildTimelineChartState, type TimelineChartState } from "../chart/timelineChartState";
import type { AppContext } from "./context";
import { timelineQuery, type ViewState } from "./urlState";

export interface ChartData {
  timeline: Timeline;
  statements: Statement[];
  events: ContextEvent[];
  fetchedAt: string;
}

const cache = new Map<string, Promise<ChartData>>();

type ChartContext = Pick<AppContext, "actors" | "today"> & { state: ViewState };

export function chartDataKey(ctx: ChartContext): string {
  return timelineQuery(ctx.state, ctx.actors.map((a) => a.key), ctx.today).toString();
}

export function loadChartData(ctx: ChartContext): Promise<ChartData> {
  const query = timelineQuery(ctx.state, ctx.actors.map((a) => a.key), ctx.today);
  const key = query.toString();
  let pending = cache.get(key);
  if (!pending) {
    const statementQuery = new URLSearchParams({ topic: ctx.state.topic, status: "confirmed", sort: "date" });
    if (ctx.state.actors) statementQuery.set("actor", ctx.state.actors.join(","));
    const eventQuery = new URLSearchParams();
    for (const name of ["from", "to"]) {
      const v = query.get(name);
      if (v) {
        statementQuery.set(name, v);
        eventQuery.set(name, v);
      }
    }
    pending = Promise.all([api.timeline(query), allStatements(statementQuery), api.events(eventQuery)]).then(([timeline, page, events]) => ({
      timeline: withPeriod(timeline, ctx.today),
      statements: page.items,
      events,
      fetchedAt: new Date().toISOString().slice(0, 10),
    }));
    pending.catch(() => cache.delete(key));
    cache.set(key, pending);
  }
  return pending;
}

/** The period drawn: the timeline's own from/to, else its buckets' extent, else today. */
export function withPeriod(timeline: Timeline, today: string): Timeline {
  const points = timeline.series.flatMap((s) => s.points);
  const from = timeline.from ?? points.map((p) => p.start).sort()[0] ?? today;
  const to = timeline.to ?? points.map((p) => p.end).sort().pop() ?? today;
  return { ...timeline, from, to, staleAfterDays: timeline.staleAfterDays ?? 90 };
}

export function chartStateFrom(ctx: Pick<AppContext, "topic" | "actors" | "selectedActors">, data: ChartData): TimelineChartState {
  return buildTimelineChartState({
    topic: ctx.topic,
    actors: ctx.actors,
    selectedActors: ctx.selectedActors,
    timeline: data.timeline,
    statements: data.statements,
    events: data.events,
  });
}
