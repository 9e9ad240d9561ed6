// Analyst calls: ingest, confirm, reject, edit, revisions. Writes carry the session cookie (sent by the
// browser, unreadable by scripts); a failed call throws ReviewError with the problem's title, detail
// and (on 409) the existing source's id.
import { allStatements, ApiError, getJson } from "../api/client";
import type { CreatedSource, Problem, Revision, Statement } from "../api/types";
import { getSession, setSession, type Session } from "./auth";
import type { StatementUpdate } from "./editPayload";
import { problemFields, type NewStatementBody } from "./handCode";

export class ReviewError extends ApiError {
  /** The body fields the problem names (its violations, or "Field 'x'" in its detail). */
  readonly fields: string[];

  constructor(status: number, title: string, detail: string | null, url: string, readonly existingId: number | null = null, violations: unknown = null) {
    super(status, title, detail, url);
    this.fields = problemFields(violations, detail);
  }
}

export type NewSourceFields = { title?: string; outlet?: string; url?: string; publishedOn?: string; precision?: string; language?: string };

/** The problem of a failed answer, or one made from the HTTP status. */
async function failure(response: Response, url: string): Promise<ReviewError> {
  const type = response.headers.get("content-type") ?? "";
  const problem = type.includes("json") ? ((await response.json().catch(() => null)) as (Partial<Problem> & { violations?: unknown }) | null) : null;
  const title = problem?.title ?? `HTTP ${response.status} ${response.statusText}`.trim();
  const detail = response.status === 401 ? "Your session has ended; sign in again." : response.status === 403 && !problem?.detail ? "Your role does not allow this." : (problem?.detail ?? null);
  const existing = typeof problem?.existingId === "number" ? problem.existingId : null;
  return new ReviewError(response.status, title, detail, url, existing, problem?.violations ?? null);
}

export async function send<T>(method: string, url: string, session: Session | null, body?: unknown): Promise<T> {
  if (!session) throw new ReviewError(401, "Not signed in", "Sign in as an analyst to make changes.", url);
  const headers: Record<string, string> = { Accept: "application/json, application/problem+json" };
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body; // the browser sets the multipart boundary
  else if (typeof body === "string") {
    headers["Content-Type"] = "text/plain;charset=UTF-8";
    payload = body;
  } else if (body !== undefined) {
    headers["Content-Type"] = "application/json";
    payload = JSON.stringify(body);
  }
  let response: Response;
  try {
    response = await fetch(url, { method, headers, body: payload, credentials: "same-origin" });
  } catch (e) {
    throw new ReviewError(0, "The server could not be reached", `${method} ${url} failed (${(e as Error).message}). Check your connection, then try again.`, url);
  }
  if (!response.ok) throw await failure(response, url);
  const type = response.headers.get("content-type") ?? "";
  return (type.includes("json") ? await response.json() : null) as T;
}

/** JSON fields without the blank ones. */
export function sourceJson(fields: NewSourceFields, text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(fields)) if (typeof v === "string" && v.trim()) out[k] = v.trim();
  out.text = text;
  return out;
}

export function sourceForm(fields: NewSourceFields, file: File): FormData {
  const form = new FormData();
  form.append("file", file, file.name);
  for (const [k, v] of Object.entries(fields)) if (typeof v === "string" && v.trim()) form.append(k, v.trim());
  return form;
}

export const reviewApi = {
  ingestText: (session: Session | null, fields: NewSourceFields, text: string) => send<CreatedSource>("POST", "/api/sources", session, sourceJson(fields, text)),
  ingestFile: (session: Session | null, fields: NewSourceFields, file: File) => send<CreatedSource>("POST", "/api/sources", session, sourceForm(fields, file)),
  confirm: (session: Session | null, id: number) => send<Statement>("POST", `/api/statements/${id}/confirm`, session),
  reject: (session: Session | null, id: number) => send<Statement>("POST", `/api/statements/${id}/reject`, session),
  /** A statement coded by hand (201); its span must hold its quote in the source text. */
  create: (session: Session | null, body: NewStatementBody) => send<Statement>("POST", "/api/statements", session, body),
  update: (session: Session | null, id: number, body: StatementUpdate) => send<Statement>("PUT", `/api/statements/${id}`, session, body),
  /** One call, all or nothing: every id confirmed, or none (409 when one was reviewed meanwhile). */
  confirmAll: (session: Session | null, sourceId: number, ids: number[]) => send<{ sourceId: number; confirmed: Statement[] }>("POST", `/api/sources/${sourceId}/confirm-all`, session, { ids }),
  revisions: (id: number, signal?: AbortSignal) => getJson<Revision[]>(`/api/statements/${id}/revisions`, undefined, signal),
  queue: (signal?: AbortSignal) => allStatements(new URLSearchParams({ status: "proposed", sort: "date" }), signal, 2000),
};

/** Runs a write; a 401 signs out and brings the form back with the server's detail. */
export async function write<T>(call: (s: Session | null) => Promise<T>, onUnauthorized: (message: string, problem: boolean) => void): Promise<T | null> {
  try {
    return await call(getSession());
  } catch (e) {
    if (e instanceof ReviewError && e.status === 401) {
      setSession(null);
      onUnauthorized(`${e.detail ?? "Sign in as an analyst to make changes."} Then try again.`, true);
      return null;
    }
    throw e;
  }
}
