// The signed-in account's watch list on the server (GET/POST/DELETE /api/me/watches) and its personal feed.
// The session cookie goes along (same origin); nothing is kept in the browser's storage.
import { ApiError } from "./client";

export type WatchKind = "topic" | "actor";

export interface ServerWatch { id: number; kind: WatchKind; key: string; name: string | null; createdAt: string }

export interface WatchList { user: string; feedPath: string | null; feedUrl: string | null; webhooks: string; watches: ServerWatch[] }

async function call<T>(method: string, path: string, body?: unknown): Promise<T | null> {
  const headers: Record<string, string> = { Accept: "application/json, application/problem+json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  let response: Response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: "same-origin" });
  } catch (e) {
    throw new ApiError(0, "The server could not be reached", (e as Error).message, path);
  }
  if (!response.ok) {
    const problem = (await response.json().catch(() => null)) as { title?: string; detail?: string } | null;
    throw new ApiError(response.status, problem?.title ?? `HTTP ${response.status}`, problem?.detail ?? null, path);
  }
  return response.status === 204 ? null : ((await response.json()) as T);
}

export const watchList = {
  load: () => call<WatchList>("GET", "/api/me/watches") as Promise<WatchList>,
  add: (kind: WatchKind, key: string) => call<ServerWatch>("POST", "/api/me/watches", { [kind]: key }),
  remove: (id: number) => call<null>("DELETE", `/api/me/watches/${id}`),
  rotate: () => call<WatchList>("POST", "/api/me/watches/token") as Promise<WatchList>,
};

/** The watch of this kind and key, if the list holds one. */
export function findWatch(list: WatchList | null, kind: WatchKind, key: string): ServerWatch | undefined {
  return list?.watches.find((w) => w.kind === kind && w.key === key);
}
