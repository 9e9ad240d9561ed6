// Watching: questions and capitals a reader follows, kept in this browser (localStorage). The Alerts
// panel turns them into the reader's own Atom feed addresses, one per watched question filtered to the
// watched capitals, and shows the webhook address an admin registers for push alerts.
import { copyText, h } from "../dom";

export const WATCH_KEY = "stanceline.watching";

export interface Watching { topics: string[]; actors: string[] }

type Store = Pick<Storage, "getItem" | "setItem"> | null;

export function readWatching(storage: Store): Watching {
  try {
    const raw = JSON.parse(storage?.getItem(WATCH_KEY) ?? "null") as Partial<Watching> | null;
    const keys = (v: unknown) => (Array.isArray(v) ? v.filter((k): k is string => typeof k === "string" && /^[a-z0-9][a-z0-9_-]*$/i.test(k)) : []);
    return { topics: keys(raw?.topics), actors: keys(raw?.actors) };
  } catch {
    return { topics: [], actors: [] };
  }
}

export function toggleWatch(storage: Store, kind: keyof Watching, key: string): Watching {
  const w = readWatching(storage);
  w[kind] = w[kind].includes(key) ? w[kind].filter((k) => k !== key) : [...w[kind], key];
  try {
    storage?.setItem(WATCH_KEY, JSON.stringify(w));
  } catch {
    // Storage disabled: the toggle lasts until the page is left.
  }
  return w;
}

/** One feed per watched question, filtered to the watched capitals (none watched: every capital). */
export function feedUrls(origin: string, w: Watching): { topic: string; url: string }[] {
  const actors = w.actors.length ? `?actors=${w.actors.join(",")}` : "";
  return w.topics.map((t) => ({ topic: t, url: `${origin}/feeds/${encodeURIComponent(t)}.atom${actors}` }));
}

export function alertsPanel(origin: string, w: Watching, questionOf: (key: string) => string, nameOf: (key: string) => string): HTMLElement {
  const feeds = feedUrls(origin, w);
  const copy = (text: string) => h("button", { type: "button", class: "button button-small", onclick: () => copyText(text) }, "Copy");
  return h("section", { class: "alerts-panel", "data-testid": "alerts-panel", "aria-label": "Alerts" },
    h("h3", {}, "Alerts"),
    feeds.length
      ? h("ul", { class: "changes-list" }, ...feeds.map((f) => h("li", {}, `${questionOf(f.topic)}${w.actors.length ? ` (${w.actors.map(nameOf).join(", ")})` : ""}: `,
          h("a", { href: f.url, "data-testid": "alerts-feed" }, f.url), " ", copy(f.url))))
      : h("p", { class: "small muted" }, "Watch a question (and, to narrow it, capitals) below to get its Atom feed address for your feed reader."),
    h("p", { class: "small muted" }, "Push alerts: an admin registers a signed webhook at ", h("code", {}, `${origin}/api/webhooks`),
      " with ", h("code", {}, `{"url", "secret", "topic", "actors", "kinds": ["shift"]}`), "."));
}
