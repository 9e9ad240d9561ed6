// What changed since a date (or since my last visit, remembered in this browser): new confirmed
// statements and the shifts they made, by question and capital, each capital with its position
// before the date and now, quotes and source links, and the Atom feed of each question.
import { getJson } from "../api/client";
import type { ActorChanges, Changes, WatchStatement } from "../api/watchTypes";
import { h } from "../dom";
import { addDays, formatDay, isIsoDate } from "../format/dates";
import { plural } from "../format/text";
import { actorByKey, type AppContext } from "../state/context";
import { createAlerts, type Alerts, type Watching } from "./alerts";
import { emptyBlock, errorBlock, isAbort, loadingBlock } from "./status";
import "./watch.css";

export const LAST_VISIT_KEY = "stanceline.lastVisit";

/** Read once per page load, then replaced by today: "since my last visit" means the visit before this one. */
let previousVisit: string | null | undefined;

export function lastVisit(storage: Pick<Storage, "getItem" | "setItem"> | null, today: string): string | null {
  if (previousVisit === undefined) {
    let stored: string | null = null;
    try {
      stored = storage?.getItem(LAST_VISIT_KEY) ?? null;
      storage?.setItem(LAST_VISIT_KEY, today);
    } catch {
      // Storage may be disabled (private mode, policy); the view then offers fixed periods only.
    }
    previousVisit = isIsoDate(stored) && stored <= today ? stored : null;
  }
  return previousVisit;
}

function quoteOf(s: WatchStatement): string {
  return s.verbatim ? `“${s.quote}”` : `${s.quote} (reported)`;
}

function said(ctx: AppContext, label: string, s: WatchStatement | null): HTMLElement {
  if (!s) return h("figure", {}, h("figcaption", { class: "muted small" }, `${label}: no position yet`));
  return h("figure", { "data-testid": `changes-${label.toLowerCase()}` },
    h("figcaption", { class: "small" }, h("strong", {}, `${label} · ${s.stanceWord ?? s.stance}`), ` · ${s.dateText} · ${s.speaker}${s.role ? `, ${s.role}` : ""}`),
    h("blockquote", {}, quoteOf(s)),
    h("p", { class: "small muted" },
      s.source.url ? h("a", { href: s.source.url, rel: "noopener noreferrer", target: "_blank" }, s.source.title ?? "source") : (s.source.title ?? `source ${s.source.id}`),
      " ", h("button", { type: "button", class: "button button-small", onclick: () => ctx.navigate({ statement: s.id }) }, "Details")));
}

function watchButton(alerts: Alerts, kind: keyof Watching, key: string, label: string): HTMLElement {
  const on = alerts.isWatched(kind, key);
  return h("button", { type: "button", class: "button button-small", "aria-pressed": String(on), "data-testid": `watch-${kind}-${key}`, onclick: () => alerts.toggle(kind, key) }, on ? `Watching ${label}` : `Watch ${label}`);
}

function actorBlock(ctx: AppContext, a: ActorChanges, watch: (kind: keyof Watching, key: string, label: string) => HTMLElement): HTMLElement {
  const colour = actorByKey(ctx, a.actor)?.colour ?? "#888";
  const shiftIds = new Set(a.shifts.map((s) => s.after.id));
  const others = a.statements.filter((s) => !shiftIds.has(s.id));
  return h("section", { class: "changes-actor", style: `--actor:${colour}`, "data-testid": "changes-actor", "data-actor": a.actor },
    h("h4", {}, h("span", { class: "swatch", style: `background:${colour}`, "aria-hidden": "true" }), a.name, " ",
      h("span", { class: "muted small" }, `${plural(a.shifts.length, "shift")}, ${plural(a.statements.length, "new statement")}`), " ", watch("actors", a.actor, a.name)),
    h("div", { class: "changes-pair" }, said(ctx, "Before", a.before), said(ctx, "Now", a.after)),
    a.shifts.length ? h("ul", { class: "changes-list", "data-testid": "changes-shifts" }, ...a.shifts.map((s) => h("li", {}, `${formatDay(s.after.date)}: ${s.summary}`))) : null,
    others.length > 0 && !(others.length === 1 && others[0].id === a.after.id)
      ? h("ul", { class: "changes-list small" }, ...others.map((s) => h("li", {}, `${s.dateText}, ${s.speaker}: ${quoteOf(s)} (${s.stanceWord ?? s.stance})`)))
      : null);
}

export function renderChanges(ctx: AppContext, container: HTMLElement, signal: AbortSignal): () => void {
  const storage = typeof localStorage === "undefined" ? null : localStorage;
  const previous = lastVisit(storage, ctx.today);
  const since = ctx.state.since ?? previous ?? addDays(ctx.today, -30);
  const body = h("div", { "data-testid": "changes-body" });
  const input = h("input", { type: "date", class: "input", value: since, max: ctx.today, "aria-label": "Changes since", "data-testid": "changes-since" });
  input.addEventListener("change", () => isIsoDate(input.value) && input.value <= ctx.today && ctx.navigate({ since: input.value }));
  const preset = (label: string, date: string, testid: string) =>
    h("button", { type: "button", class: "button button-small", "data-testid": testid, "aria-pressed": String(date === since), onclick: () => ctx.navigate({ since: date }) }, label);
  const feedParams = ctx.state.actors ? `?actors=${ctx.state.actors.join(",")}` : "";
  let changes: Changes | null = null;
  const alerts = createAlerts(location.origin, {
    questionOf: (k) => ctx.topics.find((t) => t.key === k)?.question ?? k,
    nameOf: (k) => actorByKey(ctx, k)?.name ?? k,
    topics: ctx.topics,
    actors: ctx.actors,
  }, storage);
  const watch = (kind: keyof Watching, key: string, label: string): HTMLElement => watchButton(alerts, kind, key, label);
  alerts.onChange(() => changes && draw(changes));
  const draw = (c: Changes) => {
    changes = c;
    if (!c.topics.length) {
      body.replaceChildren(emptyBlock(`Nothing new has been said and confirmed since ${formatDay(since)} for the selected capitals.`));
      return;
    }
    body.replaceChildren(
      h("p", { class: "small", "data-testid": "changes-summary" }, `Since ${formatDay(c.since)}: ${plural(c.statementCount, "new confirmed statement")}, ${plural(c.shiftCount, "shift")}.`,
        c.truncated ? h("strong", {}, " Only the newest are listed; choose a later date to see all.") : null),
      ...c.topics.map((t) => h("section", { class: "changes-topic", "data-testid": "changes-topic", "data-topic": t.topic },
        h("h3", {}, t.question, " ", h("a", { class: "small", href: `/feeds/${encodeURIComponent(t.topic)}.atom${feedParams}`, "data-testid": "changes-feed" }, "Atom feed"), " ",
          watch("topics", t.topic, "this question")),
        ...t.actors.map((a) => actorBlock(ctx, a, watch)))));
  };

  const load = () => {
    body.replaceChildren(loadingBlock("the changes"));
    const q = new URLSearchParams({ since });
    if (ctx.state.actors) q.set("actors", ctx.state.actors.join(","));
    getJson<Changes>("/api/changes", q, signal).then(
      draw,
      (error) => !isAbort(error) && !signal.aborted && body.replaceChildren(errorBlock("the changes", error, load)),
    );
  };
  container.replaceChildren(h("h2", {}, "What changed"),
    h("p", { class: "view-intro" }, "New confirmed statements said since a date, and the shifts they made, for every question, grouped by capital. The date you last opened this view is remembered in this browser."),
    h("div", { class: "changes-controls" }, h("label", {}, "Since ", input),
      previous ? preset(`Since my last visit (${formatDay(previous)})`, previous, "changes-last-visit") : null,
      preset("Last 7 days", addDays(ctx.today, -7), "changes-7d"), preset("Last 30 days", addDays(ctx.today, -30), "changes-30d")),
    alerts.element, body);
  load();
  return alerts.dispose;
}
