// Analyst credentials: HTTP Basic, kept in memory and in sessionStorage (gone when the tab closes).
// There is no login endpoint; credentials are checked by the server on every write (401 when wrong).

export interface Session {
  user: string;
  /** The whole header value, "Basic …". */
  authorization: string;
}

const STORAGE_KEY = "stanceline.analyst";

/** base64 of the UTF-8 bytes (RFC 7617), so non-ASCII user names and passwords survive. */
export function base64Utf8(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** `Authorization: Basic base64(user:password)`. A colon is allowed in the password, not in the user. */
export function basicHeader(user: string, password: string): string {
  if (user.includes(":")) throw new Error("A user name cannot contain a colon.");
  return `Basic ${base64Utf8(`${user}:${password}`)}`;
}

export function makeSession(user: string, password: string): Session {
  const name = user.trim();
  return { user: name, authorization: basicHeader(name, password) };
}

type KeyValueStore = Pick<Storage, "getItem" | "setItem" | "removeItem">;

function storage(): KeyValueStore | null {
  try {
    return typeof sessionStorage === "undefined" ? null : sessionStorage;
  } catch {
    return null; // storage disabled: memory only
  }
}

let current: Session | null = null;
let loaded = false;

export function getSession(store: KeyValueStore | null = storage()): Session | null {
  if (!loaded) {
    loaded = true;
    try {
      const raw = store?.getItem(STORAGE_KEY);
      const parsed = raw ? (JSON.parse(raw) as Partial<Session>) : null;
      if (parsed && typeof parsed.user === "string" && typeof parsed.authorization === "string" && parsed.authorization.startsWith("Basic ")) {
        current = { user: parsed.user, authorization: parsed.authorization };
      }
    } catch {
      current = null;
    }
  }
  return current;
}

export function setSession(session: Session | null, store: KeyValueStore | null = storage()): void {
  current = session;
  loaded = true;
  try {
    if (session) store?.setItem(STORAGE_KEY, JSON.stringify(session));
    else store?.removeItem(STORAGE_KEY);
  } catch {
    // memory only
  }
}
