// Watching: questions and capitals a reader follows. Signed in, the watch list lives on the server with the
// account (/api/me/watches) and makes one personal feed address; signed out, it is kept in this browser
// (localStorage) and turned into one Atom feed address per watched question, filtered to the watched
// capitals. The Alerts panel shows either, the watch/unwatch buttons, and the webhook address an admin
// registers for push alerts.
import { getSession, onSessionChange, type Session } from "../analyst/auth";
import { findWatch, watchList, type WatchKind, type WatchList } from "../api/watchList";
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

const KIND: Record<keyof Watching, WatchKind> = { topics: "topic", actors: "actor" };

export interface Names { questionOf: (key: string) => string; nameOf: (key: string) => string; topics: { key: string; question: string }[]; actors: { key: string; name: string }[] }

/** The Alerts panel and the watch state behind every Watch button of a view. */
export interface Alerts {
  element: HTMLElement;
  isWatched(kind: keyof Watching, key: string): boolean;
  toggle(kind: keyof Watching, key: string): void;
  /** Called after every change of what is watched (or of who is signed in). */
  onChange(listener: () => void): void;
  dispose(): void;
}

export function createAlerts(origin: string, names: Names, storage: Store): Alerts {
  const element = h("section", { class: "alerts-panel", "data-testid": "alerts-panel", "aria-label": "Alerts" });
  const listeners: (() => void)[] = [];
  let session: Session | null = getSession();
  let server: WatchList | null = null;
  let local = readWatching(storage);
  let error: string | null = null;
  let busy = false;

  const changed = () => {
    draw();
    listeners.forEach((l) => l());
  };
  const run = (work: () => Promise<unknown>) => {
    busy = true;
    error = null;
    draw();
    work().then(
      () => watchList.load().then((list) => (server = list)),
    ).catch((e: Error) => (error = e.message)).finally(() => {
      busy = false;
      changed();
    });
  };
  const load = () => {
    if (!session) {
      server = null;
      changed();
      return;
    }
    watchList.load().then((list) => (server = list), (e: Error) => (error = `Could not load your watches: ${e.message}`)).finally(changed);
  };

  const isWatched = (kind: keyof Watching, key: string) => (session ? findWatch(server, KIND[kind], key) !== undefined : local[kind].includes(key));
  const toggle = (kind: keyof Watching, key: string) => {
    if (session) {
      if (!server || busy) return;
      const existing = findWatch(server, KIND[kind], key);
      run(() => (existing ? watchList.remove(existing.id) : watchList.add(KIND[kind], key)));
      return;
    }
    local = toggleWatch(storage, kind, key);
    changed();
  };

  const copy = (text: string) => h("button", { type: "button", class: "button button-small", onclick: () => copyText(text) }, "Copy");
  const picker = (kind: keyof Watching) => {
    const options = kind === "topics" ? names.topics.map((t) => ({ key: t.key, label: t.question })) : names.actors.map((a) => ({ key: a.key, label: a.name }));
    const label = kind === "topics" ? "question" : "capital";
    const select = h("select", { class: "input", "aria-label": `A ${label} to watch`, "data-testid": `alerts-${KIND[kind]}` },
      ...options.map((o) => h("option", { value: o.key }, o.label)));
    return h("span", { class: "alerts-pick" }, select, " ",
      h("button", { type: "button", class: "button button-small", disabled: busy, "data-testid": `alerts-watch-${KIND[kind]}`,
        onclick: () => !isWatched(kind, select.value) && toggle(kind, select.value) }, `Watch ${label}`));
  };
  const unwatch = (kind: keyof Watching, key: string, label: string) =>
    h("li", { "data-testid": "alerts-watch", "data-kind": KIND[kind], "data-key": key }, label, " ",
      h("button", { type: "button", class: "button button-small", disabled: busy, "data-testid": `unwatch-${KIND[kind]}-${key}`, onclick: () => toggle(kind, key) }, "Unwatch"));
  const webhooks = () => h("p", { class: "small muted" }, "Push alerts: an admin registers a signed webhook at ",
    h("code", { "data-testid": "alerts-webhooks" }, `${origin}/api/webhooks`),
    " with ", h("code", {}, `{"url", "secret", "topic", "actors", "kinds": ["shift"]}`), ".");

  function draw(): void {
    const parts: (HTMLElement | null)[] = [h("h3", {}, "Alerts")];
    if (session && !server) {
      parts.push(h("p", { class: "small muted" }, error ? "Your watches could not be loaded." : "Loading your watches…"));
    } else if (session && server) {
      const feed = server.feedPath ? `${origin}${server.feedPath}` : null;
      parts.push(feed
        ? h("p", {}, `Your personal feed (${session.displayName}): `, h("a", { href: feed, "data-testid": "alerts-personal-feed" }, feed), " ", copy(feed), " ",
            h("button", { type: "button", class: "button button-small", disabled: busy, "data-testid": "alerts-rotate", title: "The old address stops working",
              onclick: () => confirm("Make a new feed address? The old one stops working.") && run(() => watchList.rotate()) }, "New address"))
        : h("p", { class: "small muted" }, `Signed in as ${session.displayName}: watch a question or a capital to get your personal feed address.`));
      parts.push(server.watches.length
        ? h("ul", { class: "changes-list", "data-testid": "alerts-watches" }, ...server.watches.map((w) =>
            unwatch(w.kind === "topic" ? "topics" : "actors", w.key, `${w.kind === "topic" ? "Question" : "Capital"}: ${w.name ?? w.key}`)))
        : null);
    } else {
      const feeds = feedUrls(origin, local);
      parts.push(feeds.length
        ? h("ul", { class: "changes-list" }, ...feeds.map((f) => h("li", {}, `${names.questionOf(f.topic)}${local.actors.length ? ` (${local.actors.map(names.nameOf).join(", ")})` : ""}: `,
            h("a", { href: f.url, "data-testid": "alerts-feed" }, f.url), " ", copy(f.url))))
        : h("p", { class: "small muted" }, "Watch a question (and, to narrow it, capitals) to get its Atom feed address for your feed reader."),
        local.topics.length + local.actors.length
          ? h("ul", { class: "changes-list small" }, ...local.topics.map((k) => unwatch("topics", k, `Question: ${names.questionOf(k)}`)),
              ...local.actors.map((k) => unwatch("actors", k, `Capital: ${names.nameOf(k)}`)))
          : null,
        h("p", { class: "small muted", "data-testid": "alerts-sign-in-hint" }, "Kept in this browser only. Sign in to keep your watches with your account and get one personal feed address."));
    }
    parts.push(h("p", { class: "alerts-pickers" }, picker("topics"), " ", picker("actors")));
    if (error) parts.push(h("p", { class: "small error", role: "alert", "data-testid": "alerts-error" }, error));
    parts.push(webhooks());
    element.replaceChildren(...parts.filter((p): p is HTMLElement => p !== null));
  }

  const unsubscribe = onSessionChange((s) => {
    const before = session?.user;
    session = s;
    if (s?.user !== before) load();
  });
  draw();
  if (session) load();
  return { element, isWatched, toggle, onChange: (l) => void listeners.push(l), dispose: unsubscribe };
}
