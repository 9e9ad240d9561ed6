import { afterEach, describe, expect, it, vi } from "vitest";
import { fixtures } from "../../test/fixtures";
import type { Statement } from "../api/types";
import { base64Utf8, basicHeader, getSession, makeSession, setSession } from "./auth";
import { draftFromStatement, editPayload, parseCues, validateDraft } from "./editPayload";
import { ReviewError, send, sourceJson } from "./reviewApi";
import { spanFromOffsets, textOffset, type NodeLike } from "./selection";

describe("Basic header", () => {
  it("is 'Basic ' + base64(user:password)", () => {
    expect(basicHeader("analyst", "s3cret")).toBe("Basic " + Buffer.from("analyst:s3cret").toString("base64"));
    expect(basicHeader("analyst", "s3cret")).toBe("Basic YW5hbHlzdDpzM2NyZXQ=");
  });

  it("encodes UTF-8 and keeps colons in the password", () => {
    expect(base64Utf8("zoë:pässwörd")).toBe(Buffer.from("zoë:pässwörd", "utf8").toString("base64"));
    expect(basicHeader("admin", "a:b:c")).toBe("Basic " + Buffer.from("admin:a:b:c").toString("base64"));
  });

  it("refuses a colon in the user name and trims it", () => {
    expect(() => basicHeader("a:b", "x")).toThrow(/colon/);
    expect(makeSession("  analyst ", "pw")).toEqual({ user: "analyst", authorization: basicHeader("analyst", "pw") });
  });

  it("keeps the session in the given store and forgets it on sign-out", () => {
    const map = new Map<string, string>();
    const store = { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k) };
    const session = makeSession("analyst", "pw");
    setSession(session, store);
    expect(getSession(store)).toEqual(session);
    expect(JSON.parse([...map.values()][0])).toEqual(session);
    setSession(null, store);
    expect(getSession(store)).toBeNull();
    expect(map.size).toBe(0);
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

  it("sends the Basic header and JSON, and turns a 409 problem into a ReviewError with existingId", async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ title: "Conflict", status: 409, detail: "Already stored", existingId: 7 }), { status: 409, headers: { "content-type": "application/problem+json" } }));
    vi.stubGlobal("fetch", fetchMock);
    const session = makeSession("analyst", "pw");
    const error = await send("POST", "/api/sources", session, { text: "x" }).catch((e) => e);
    expect(error).toBeInstanceOf(ReviewError);
    expect(error).toMatchObject({ status: 409, title: "Conflict", detail: "Already stored", existingId: 7 });
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(init.headers).toMatchObject({ Authorization: session.authorization, "Content-Type": "application/json" });
    expect(init.body).toBe('{"text":"x"}');
  });

  it("answers 401 without calling the server when nobody is signed in", async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal("fetch", fetchMock);
    await expect(send("POST", "/api/statements/1/confirm", null)).rejects.toMatchObject({ status: 401 });
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
