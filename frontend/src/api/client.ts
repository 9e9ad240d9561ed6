// Fetches JSON from the same origin and turns failures into ApiError with a readable message:
// RFC 9457 problem details when the server sends them, the HTTP status otherwise.
import type { TimelineChartState } from "../chart/timelineChartState";
import type { Actor, ContextEvent, Problem, Shifts, SourceDetail, SourceRef, Speaker, Statement, StatementPage, Timeline, Topic } from "./types";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string | null,
    readonly url: string,
  ) {
    super(detail ? `${title}: ${detail}` : title);
  }
}

export async function getJson<T>(path: string, params?: URLSearchParams, signal?: AbortSignal): Promise<T> {
  const query = params ? params.toString().replace(/%2C/g, ",") : "";
  const url = query ? `${path}?${query}` : path;
  let response: Response;
  try {
    response = await fetch(url, { headers: { Accept: "application/json, application/problem+json" }, signal });
  } catch (e) {
    if ((e as Error).name === "AbortError") throw e;
    throw new ApiError(0, "The server could not be reached", `Request to ${path} failed (${(e as Error).message}). Check your connection, then try again.`, url);
  }
  const type = response.headers.get("content-type") ?? "";
  if (!response.ok) {
    if (type.includes("json")) {
      const problem = (await response.json().catch(() => null)) as Partial<Problem> | null;
      throw new ApiError(response.status, problem?.title ?? `HTTP ${response.status}`, problem?.detail ?? null, url);
    }
    throw new ApiError(response.status, `HTTP ${response.status} ${response.statusText}`.trim(), `from ${path}`, url);
  }
  if (!type.includes("json")) {
    throw new ApiError(response.status, "Unexpected answer from the server", `${path} answered with ${type || "no content type"}, not JSON. Is the API running?`, url);
  }
  return (await response.json()) as T;
}

export const api = {
  topics: (signal?: AbortSignal) => getJson<Topic[]>("/api/topics", undefined, signal),
  actors: (signal?: AbortSignal) => getJson<Actor[]>("/api/actors", undefined, signal),
  speakers: (signal?: AbortSignal) => getJson<Speaker[]>("/api/speakers", undefined, signal),
  events: (params: URLSearchParams, signal?: AbortSignal) => getJson<ContextEvent[]>("/api/events", params, signal),
  statements: (params: URLSearchParams, signal?: AbortSignal) => getJson<StatementPage>("/api/statements", params, signal),
  statement: (id: number, signal?: AbortSignal) => getJson<Statement>(`/api/statements/${id}`, undefined, signal),
  sources: (signal?: AbortSignal) => getJson<SourceRef[]>("/api/sources", undefined, signal),
  source: (id: number, signal?: AbortSignal) => getJson<SourceDetail>(`/api/sources/${id}`, undefined, signal),
  timeline: (params: URLSearchParams, signal?: AbortSignal) => getJson<Timeline>("/api/timeline", params, signal),
  shifts: (params: URLSearchParams, signal?: AbortSignal) => getJson<Shifts>("/api/shifts", params, signal),
  /** The chart model, computed on the server from the permalink's parameters. */
  chart: (params: URLSearchParams, signal?: AbortSignal) => getJson<TimelineChartState>("/api/chart", params, signal),
};

/** Every page of a statements query (the API caps a page at 500). */
export async function allStatements(params: URLSearchParams, signal?: AbortSignal, limit = 5000): Promise<StatementPage> {
  try {
    return await pagesOf(params, 500, signal, limit);
  } catch (e) {
    // A server configured with a smaller page limit says so in a 400 about 'size'.
    if (e instanceof ApiError && e.status === 400 && /size/i.test(e.detail ?? "")) return pagesOf(params, 100, signal, limit);
    throw e;
  }
}

async function pagesOf(params: URLSearchParams, size: number, signal: AbortSignal | undefined, limit: number): Promise<StatementPage> {
  const items: Statement[] = [];
  let total = 0;
  for (let page = 0; ; page++) {
    const p = new URLSearchParams(params);
    p.set("page", String(page));
    p.set("size", String(size));
    const result = await api.statements(p, signal);
    total = result.total;
    items.push(...result.items);
    if (result.items.length < size || items.length >= total || items.length >= limit) break;
  }
  return { total, page: 0, size: items.length, items };
}
