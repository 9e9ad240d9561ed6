import { afterEach, describe, expect, it, vi } from "vitest";
import { fixtures } from "../../test/fixtures";
import type { Statement } from "../api/types";
import { canWrite, getSession, isAdmin, loadSession, setSession, signIn, SignInError, signOut } from "./auth";
import { draftFromStatement, editPayload, parseCues, validateDraft } from "./editPayload";
import { ReviewError, send, sourceJson } from "./reviewApi";
import { spanFromOffsets, textOffset, type NodeLike } from "./selection";

describe("session", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    setSession(null);
  });

  const memoryStorage = () => {
    const map = new Map<string, string>();
    return { map, store: { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k), clear: () => map.clear(), key: () => null, length: 0 } };
  };

  it("signs in through the form endpoint, then asks who it is, and stores nothing in the browser", async () => {
    const local = memoryStorage();
    const session = memoryStorage();
    vi.stubGlobal("localStorage", local.store);
    vi.stubGlobal("sessionStorage", session.store);
    const fetchMock = vi.fn(async (url: string) =>
      url === "/j_security_check"
        ? new Response(null, { status: 200 })
        : new Response(JSON.stringify({ username: "zoë", displayName: "Zoë Analyst", role: "analyst" }), { status: 200, headers: { "content-type": "application/json" } }));
    vi.stubGlobal("fetch", fetchMock);
    const signedIn = await signIn("  zoë ", "pä:ss");
    expect(signedIn).toEqual({ user: "zoë", displayName: "Zoë Analyst", role: "analyst" });
    expect(getSession()).toEqual(signedIn);
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe("/j_security_check");
    expect(init.method).toBe("POST");
    expect(String(init.body)).toBe("j_username=zo%C3%AB&j_password=p%C3%A4%3Ass");
    expect(fetchMock.mock.calls[1][0]).toBe("/api/me");
    expect(local.map.size + session.map.size).toBe(0);
  });

  it("says when the server throttles, with its Retry-After", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => new Response("{}", { status: 429, headers: { "Retry-After": "60" } })));
    await expect(signIn("analyst", "x")).rejects.toMatchObject({ status: 429, message: expect.stringContaining("60 seconds") });
    expect(getSession()).toBeNull();
  });

  it("refuses wrong credentials and reads 401 on /api/me as nobody", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => new Response("", { status: 401 })));
    await expect(signIn("analyst", "wrong")).rejects.toBeInstanceOf(SignInError);
    await expect(loadSession()).resolves.toBeNull();
  });

  it("signs out on the server and forgets the session", async () => {
    const fetchMock = vi.fn(async () => new Response(null, { status: 204 }));
    vi.stubGlobal("fetch", fetchMock);
    setSession({ user: "admin", displayName: "Administrator", role: "admin" });
    expect(isAdmin(getSession()) && canWrite(getSession())).toBe(true);
    await signOut();
    expect(getSession()).toBeNull();
    expect(fetchMock).toHaveBeenCalledWith("/api/session", expect.objectContaining({ method: "DELETE" }));
  });
});

// A tiny DOM stand-in: text(…) and el(…children).
const text = (value: string): NodeLike => ({ nodeType: 3, nodeValue: value, childNodes: [], parentNode: null });
function el(...children: NodeLike[]): NodeLike {
  const node: NodeLike = { nodeType: 1, nodeValue: null, childNodes: children, parentNode: null };
  for (const c of children) c.parentNode = node;
  return node;
}

describe("span from selection", () => {
  const source = "He said: that means war. Then left.";
  const [t1, t2, t3] = [text("He said: "), text("that means war"), text(". Then left.")];
  const mark = el(t2);
  const root = el(t1, mark, t3);

  it("maps text-node points to offsets in the source text", () => {
    expect(textOffset(root, t1, 3)).toBe(3);
    expect(textOffset(root, t2, 0)).toBe(9);
    expect(textOffset(root, t2, 5)).toBe(14);
    expect(textOffset(root, t3, 2)).toBe(25);
  });

  it("maps element points (child index) too, and refuses points outside the reader", () => {
    expect(textOffset(root, root, 0)).toBe(0);
    expect(textOffset(root, root, 2)).toBe(23);
    expect(textOffset(root, root, 3)).toBe(source.length);
    expect(textOffset(root, mark, 1)).toBe(23);
    expect(textOffset(root, text("elsewhere"), 1)).toBeNull();
  });

  it("orders the ends, trims white space and returns the quote the server expects", () => {
    const a = textOffset(root, t3, 0)!;
    const b = textOffset(root, t1, 8)!; // after "said:" — the space is trimmed
    expect(spanFromOffsets(source, a, b)).toEqual({ start: 9, end: 23, quote: "that means war" });
    const span = spanFromOffsets(source, 9, 24)!;
    expect(span.quote).toBe(source.slice(span.start, span.end));
  });

  it("gives nothing for an empty or blank selection and clamps to the text", () => {
    expect(spanFromOffsets(source, 5, 5)).toBeNull();
    expect(spanFromOffsets(source, 8, 9)).toBeNull();
    expect(spanFromOffsets(source, null, 3)).toBeNull();
    expect(spanFromOffsets(source, 25, 999)).toEqual({ start: 25, end: source.length, quote: "Then left." });
  });
});

describe("edit payload", () => {
  const original: Statement = { ...fixtures.statements[0], span: { start: 10, end: 20 }, dateNote: null, note: null };
  const sourceText = "x".repeat(10) + "0123456789" + "y".repeat(10);

  it("is empty when nothing changed", () => {
    expect(editPayload(original, draftFromStatement(original), sourceText)).toEqual({});
  });

  it("holds only the changed fields", () => {
    const draft = { ...draftFromStatement(original), stance: 2, intensity: 3, note: "checked against the transcript", dateNote: "  " };
    expect(editPayload(original, draft, sourceText)).toEqual({ stance: 2, intensity: 3, note: "checked against the transcript" });
  });

  it("sends a new span with its quote taken from the text", () => {
    const draft = { ...draftFromStatement(original), span: { start: 12, end: 15 }, quote: "stale" };
    expect(editPayload(original, draft, sourceText)).toEqual({ span: { start: 12, end: 15 }, quote: "234" });
  });

  it("compares cues as a list (trimmed, no duplicates) and keys for speaker, actor, topic", () => {
    const same = { ...draftFromStatement(original), cues: " dismissed ,disapproval, dismissed" };
    expect(editPayload(original, same)).toEqual({});
    const changed = { ...draftFromStatement(original), cues: "dismissed", speaker: "lavrov", actor: "moscow", topic: "troops", saidOn: "2025-02-18", precision: "day" };
    expect(editPayload(original, changed)).toEqual({ cues: ["dismissed"], speaker: "lavrov", saidOn: "2025-02-18", precision: "day" });
    expect(parseCues("a, b\nc,,a")).toEqual(["a", "b", "c"]);
  });

  it("sends confidence and verbatim only when they change", () => {
    expect(editPayload(original, { ...draftFromStatement(original), confidence: "0.8" })).toEqual({});
    expect(editPayload(original, { ...draftFromStatement(original), confidence: "0.95", verbatim: !original.verbatim })).toEqual({ confidence: 0.95, verbatim: !original.verbatim });
  });

  it("validates the draft before sending", () => {
    expect(validateDraft(draftFromStatement(original))).toEqual([]);
    const bad = { ...draftFromStatement(original), saidOn: "18/02/2025", confidence: "2", quote: " " };
    expect(validateDraft(bad)).toHaveLength(3);
  });
});

describe("writes", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("drops blank source fields", () => {
    expect(sourceJson({ title: " T ", outlet: "", url: undefined, publishedOn: "2025-03-01" }, "body")).toEqual({ title: "T", publishedOn: "2025-03-01", text: "body" });
  });

  it("sends JSON with the session cookie and no Authorization header, and turns a 409 problem into a ReviewError with existingId", async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ title: "Conflict", status: 409, detail: "Already stored", existingId: 7 }), { status: 409, headers: { "content-type": "application/problem+json" } }));
    vi.stubGlobal("fetch", fetchMock);
    const session = { user: "analyst", displayName: "Analyst", role: "analyst" as const };
    const error = await send("POST", "/api/sources", session, { text: "x" }).catch((e) => e);
    expect(error).toBeInstanceOf(ReviewError);
    expect(error).toMatchObject({ status: 409, title: "Conflict", detail: "Already stored", existingId: 7 });
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(init.headers).toMatchObject({ "Content-Type": "application/json" });
    expect(init.headers).not.toHaveProperty("Authorization");
    expect(init.credentials).toBe("same-origin");
    expect(init.body).toBe('{"text":"x"}');
  });

  it("answers 401 without calling the server when nobody is signed in", async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal("fetch", fetchMock);
    await expect(send("POST", "/api/statements/1/confirm", null)).rejects.toMatchObject({ status: 401 });
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
