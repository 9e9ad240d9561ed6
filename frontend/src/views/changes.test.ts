import { describe, expect, it } from "vitest";
import { parseViewState, serializeViewState } from "../state/urlState";
import { LAST_VISIT_KEY, lastVisit } from "./changes";

describe("changes view", () => {
  it("keeps since in the address, and drops a malformed one", () => {
    const s = parseViewState("view=changes&since=2025-12-01");
    expect(s.view).toBe("changes");
    expect(s.since).toBe("2025-12-01");
    expect(serializeViewState(s)).toBe("view=changes&since=2025-12-01");
    expect(parseViewState("view=changes&since=2025-02-30").since).toBeNull();
  });

  it("remembers the previous visit and records today's", () => {
    const store = new Map<string, string>([[LAST_VISIT_KEY, "2026-11-20"]]);
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    expect(lastVisit(storage, "2026-12-01")).toBe("2026-11-20");
    expect(store.get(LAST_VISIT_KEY)).toBe("2026-12-01");
    expect(lastVisit(storage, "2026-12-01")).toBe("2026-11-20");
  });
});
