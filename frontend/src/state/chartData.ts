// Loads the overview chart's model from the server (GET /api/chart, the permalink's parameters).
// Cached per query, so switching tabs or downloading does not fetch again; a failed request is
// dropped from the cache so it can retry.
import { api } from "../api/client";
import type { TimelineChartState } from "../chart/timelineChartState";
import type { AppContext } from "./context";
import { timelineQuery, type ViewState } from "./urlState";

export interface ChartData {
  state: TimelineChartState;
  /** Day of the latest change to the data drawn (today when the topic has no statements). */
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
    pending = api.chart(query).then((state) => ({ state, fetchedAt: state.dataAsOf ?? ctx.today }));
    pending.catch(() => cache.delete(key));
    cache.set(key, pending);
  }
  return pending;
}

export function chartStateFrom(_ctx: unknown, data: ChartData): TimelineChartState {
  return data.state;
}
