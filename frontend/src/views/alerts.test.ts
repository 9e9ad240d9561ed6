import { describe, expect, it } from "vitest";
import { feedUrls, readWatching, toggleWatch, WATCH_KEY } from "./alerts";

function memory() {
  const store = new Map<string, string>();
  return { store, storage: { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) } };
}

describe("watching", () => {
  it("toggles watched questions and capitals and turns them into feed addresses", () => {
    const { storage } = memory();
    toggleWatch(storage, "topics", "troops");
    const w = toggleWatch(storage, "actors", "paris");
    expect(feedUrls("https://s.example", w)).toEqual([{ topic: "troops", url: "https://s.example/feeds/troops.atom?actors=paris" }]);
    expect(toggleWatch(storage, "actors", "paris").actors).toEqual([]);
    expect(feedUrls("https://s.example", readWatching(storage))[0].url).toBe("https://s.example/feeds/troops.atom");
  });

  it("ignores a stored value it cannot read", () => {
    const { store, storage } = memory();
    store.set(WATCH_KEY, "{not json");
    expect(readWatching(storage)).toEqual({ topics: [], actors: [] });
    store.set(WATCH_KEY, JSON.stringify({ topics: ["ok", "<script>"], actors: 5 }));
    expect(readWatching(storage)).toEqual({ topics: ["ok"], actors: [] });
  });
});

describe("server watch list", () => {
  it("finds a watch by kind and key, and nothing in a list not loaded yet", async () => {
    const { findWatch } = await import("../api/watchList");
    const list = { user: "v", feedPath: "/feeds/watch/abc.atom", feedUrl: null, webhooks: "/api/webhooks",
      watches: [{ id: 3, kind: "actor" as const, key: "paris", name: "Paris", createdAt: "2026-12-01T00:00:00Z" }] };
    expect(findWatch(list, "actor", "paris")?.id).toBe(3);
    expect(findWatch(list, "topic", "paris")).toBeUndefined();
    expect(findWatch(null, "actor", "paris")).toBeUndefined();
  });
});
