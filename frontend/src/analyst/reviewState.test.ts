import { describe, expect, it, vi } from "vitest";
import { fixtures } from "../../test/fixtures";
import type { SourceDetail, Statement } from "../api/types";
import { ReviewState } from "./reviewState";

const base = fixtures.statements[0];
const statement = (id: number, status: Statement["status"], start: number | null): Statement => ({
  ...base,
  id,
  status,
  span: start === null ? null : { start, end: start + 5 },
}) as Statement;

const source = (): SourceDetail => ({
  ...base.source,
  precision: "day",
  inferred: false,
  inferredReason: null,
  text: "0123456789".repeat(10),
  statements: [statement(3, "proposed", 40), statement(1, "confirmed", 10), statement(2, "proposed", 10), statement(4, "proposed", null)],
}) as SourceDetail;

describe("review state", () => {
  it("orders statements as they appear in the text, unspanned last", () => {
    const state = new ReviewState();
    state.load(source());
    expect(state.ordered().map((s) => s.id)).toEqual([1, 2, 3, 4]);
    expect(state.counts()).toEqual({ all: 4, proposed: 3 });
  });

  it("asks to confirm exactly the proposed statements, in text order", () => {
    const state = new ReviewState();
    expect(state.proposedIds()).toEqual([]);
    state.load(source());
    expect(state.proposedIds()).toEqual([2, 3, 4]);
  });

  it("takes the server's answers in place and ignores statements of other sources", () => {
    const state = new ReviewState();
    const loaded = source();
    state.load(loaded);
    expect(state.replace(statement(2, "confirmed", 10))).toBe(true);
    expect(state.replace(statement(99, "confirmed", 10))).toBe(false);
    expect(state.counts()).toEqual({ all: 4, proposed: 2 });
    expect(state.proposedIds()).toEqual([3, 4]);
    expect(loaded.statements.find((s) => s.id === 2)!.status).toBe("proposed");
  });

  it("keeps the last selection and tells listeners until they unsubscribe", () => {
    const state = new ReviewState();
    state.load(source());
    const listener = vi.fn();
    const stop = state.onSelection(listener);
    state.select({ start: 1, end: 4, quote: "123" });
    stop();
    state.select({ start: 5, end: 7, quote: "56" });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(state.selection).toEqual({ start: 5, end: 7, quote: "56" });
  });
});
