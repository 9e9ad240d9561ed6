// Who is signed in. The server keeps the session in an HttpOnly cookie (form sign-in at
// /j_security_check); this module holds only the answer of GET /api/me, in memory. No password,
// token or Authorization header is ever written to sessionStorage, localStorage or a readable cookie.

export type Role = "admin" | "analyst" | "viewer";

export interface Session {
  user: string;
  displayName: string;
  role: Role;
}

export class SignInError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

let current: Session | null = null;
const listeners = new Set<(s: Session | null) => void>();

export function getSession(): Session | null {
  return current;
}

export function setSession(session: Session | null): void {
  current = session;
  for (const listener of listeners) listener(session);
}

/** Called with the new session (or null) after every sign-in, sign-out or check; returns an unsubscribe. */
export function onSessionChange(listener: (s: Session | null) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const canWrite = (s: Session | null): boolean => s !== null && (s.role === "analyst" || s.role === "admin");
export const isAdmin = (s: Session | null): boolean => s?.role === "admin";

function sessionFrom(body: unknown): Session | null {
  const b = body as Partial<{ username: string; displayName: string; role: string }> | null;
  if (!b || typeof b.username !== "string" || !["admin", "analyst", "viewer"].includes(b.role ?? "")) return null;
  return { user: b.username, displayName: typeof b.displayName === "string" ? b.displayName : b.username, role: b.role as Role };
}

/** Asks the server who the session cookie belongs to; null when nobody is signed in. */
export async function loadSession(signal?: AbortSignal): Promise<Session | null> {
  const response = await fetch("/api/me", { headers: { Accept: "application/json" }, credentials: "same-origin", signal });
  const session = response.ok ? sessionFrom(await response.json().catch(() => null)) : null;
  if (!response.ok && response.status !== 401) throw new SignInError(response.status, `Could not check who is signed in (HTTP ${response.status}).`);
  setSession(session);
  return session;
}

/** Form sign-in: the server answers 200 with the session cookie, 401 for wrong credentials, 429 when throttled. */
export async function signIn(user: string, password: string): Promise<Session> {
  const body = new URLSearchParams({ j_username: user.trim(), j_password: password });
  let response: Response;
  try {
    response = await fetch("/j_security_check", { method: "POST", body, credentials: "same-origin", headers: { Accept: "application/json" } });
  } catch (e) {
    throw new SignInError(0, `The server could not be reached (${(e as Error).message}).`);
  }
  if (response.status === 429) {
    const wait = response.headers.get("Retry-After");
    throw new SignInError(429, `Too many failed attempts. Try again in ${wait ?? "a few"} seconds.`);
  }
  if (response.status === 403) throw new SignInError(403, "The server refused the sign-in from this page.");
  if (!response.ok) throw new SignInError(response.status, "Wrong user name or password.");
  const session = await loadSession();
  if (!session) throw new SignInError(401, "Signed in, but the session was not kept. Are cookies blocked?");
  return session;
}

/** Ends the session on the server (which also refuses the old cookie from now on). */
export async function signOut(): Promise<void> {
  try {
    await fetch("/api/session", { method: "DELETE", credentials: "same-origin" });
  } finally {
    setSession(null);
  }
}
