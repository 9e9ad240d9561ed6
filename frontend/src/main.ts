// The dashboard shell: reads the URL, loads reference data, keeps controls, tabs, the active view
// and the statement panel in step with the URL (pushState on change, popstate on back/forward).
import "./styles.css";
import { api } from "./api/client";
import { clear, h, prefersReducedMotion, syncOembedLink } from "./dom";
import { todayIso } from "./format/dates";
import type { AppContext, NavigateOptions, ReferenceData } from "./state/context";
import { oembedUrl, parseViewState, serializeViewState, VIEWS, type ViewName, type ViewState } from "./state/urlState";
import { createControls } from "./views/controls";
import { renderEscalation } from "./views/escalation";
import { renderOverview } from "./views/overview";
import { focusCurrent, renderSources } from "./views/sources";
import { renderShifts } from "./views/shifts";
import { renderChanges } from "./views/changes";
import { renderMatrix } from "./views/matrix";
import { renderStatementPanel } from "./views/statementPanel";
import { renderStatements } from "./views/statements";
import { errorBlock, loadingBlock } from "./views/status";
import { isAdmin, loadSession, onSessionChange } from "./analyst/auth";

const TAB_LABELS: Record<ViewName, string> = { overview: "Overview", escalation: "Escalation", statements: "Statements", sources: "Sources", shifts: "Shifts", changes: "Changes", matrix: "Matrix", review: "Review", accounts: "Accounts" };
/** Views whose tab shows only to admins (the server checks the role on every call anyway). */
const ADMIN_VIEWS: ReadonlySet<ViewName> = new Set<ViewName>(["accounts"]);

type ViewRenderer = (ctx: AppContext, container: HTMLElement, signal: AbortSignal) => void | (() => void);
const RENDERERS: Record<ViewName, ViewRenderer> = {
  overview: renderOverview,
  escalation: renderEscalation,
  statements: renderStatements,
  sources: renderSources,
  shifts: renderShifts,
  changes: renderChanges,
  matrix: renderMatrix,
  review: renderReviewLazily,
  accounts: (ctx, container, signal) => lazily("the accounts view", () => import("./analyst/accounts").then((m) => m.renderAccounts), ctx, container, signal),
};

function lazily(what: string, load: () => Promise<ViewRenderer>, ctx: AppContext, container: HTMLElement, signal: AbortSignal): () => void {
  let dispose: (() => void) | void;
  const run = () => {
    container.replaceChildren(loadingBlock(what));
    load().then(
      (render) => {
        if (!signal.aborted) dispose = render(ctx, container, signal);
      },
      (error) => !signal.aborted && container.replaceChildren(errorBlock(what, error, run)),
    );
  };
  run();
  return () => dispose?.();
}

/** The analyst view is a separate chunk (src/analyst/), fetched the first time the Review tab opens. */
function renderReviewLazily(ctx: AppContext, container: HTMLElement, signal: AbortSignal): () => void {
  let dispose: (() => void) | void;
  const load = () => {
    container.replaceChildren(loadingBlock("the analyst view"));
    import("./analyst/review").then(
      (m) => {
        if (!signal.aborted) dispose = m.renderReview(ctx, container, signal);
      },
      (error) => !signal.aborted && container.replaceChildren(errorBlock("the analyst view", error, load)),
    );
  };
  load();
  return () => dispose?.();
}

const root = document.getElementById("app")!;
const announcer = document.getElementById("announcer")!;
const announce = (message: string) => {
  announcer.textContent = "";
  setTimeout(() => (announcer.textContent = message), 50);
};

let state: ViewState = parseViewState(location.search);
let refs: ReferenceData;
const today = todayIso();
const reducedMotion = prefersReducedMotion();

/** Fixes a state against the reference data: unknown topic or actors fall back to defaults. */
function normalize(s: ViewState): ViewState {
  const topics = [...refs.topics].sort((a, b) => a.displayOrder - b.displayOrder);
  const topic = topics.some((t) => t.key === s.topic) ? s.topic : (topics[0]?.key ?? s.topic);
  const known = s.actors?.filter((k) => refs.actors.some((a) => a.key === k)) ?? null;
  const actors = known && known.length && known.length < refs.actors.length ? known : null;
  return { ...s, topic, actors };
}

function context(): AppContext {
  const topic = refs.topics.find((t) => t.key === state.topic) ?? refs.topics[0];
  const ordered = [...refs.actors].sort((a, b) => a.displayOrder - b.displayOrder);
  return {
    ...refs,
    actors: ordered,
    state,
    topic,
    selectedActors: state.actors ?? ordered.map((a) => a.key),
    today,
    reducedMotion,
    navigate,
    announce,
  };
}

function navigate(patch: Partial<ViewState>, options: NavigateOptions = {}): void {
  const next = normalize({ ...state, ...patch });
  const query = serializeViewState(next);
  const url = query ? `?${query}` : location.pathname;
  if (query !== serializeViewState(state)) {
    if (options.replace) history.replaceState(null, "", url);
    else history.pushState(null, "", url);
  }
  state = next;
  render();
}

// Shell elements, built once.
const controls = createControls(context);
const tabs = h("div", { class: "tabs", role: "tablist", "aria-label": "Views" },
  ...VIEWS.map((v) => h("button", { type: "button", role: "tab", hidden: ADMIN_VIEWS.has(v), id: `tab-${v}`, "aria-controls": "view-panel", "data-view": v, "data-testid": `tab-${v}`, onclick: () => navigate({ view: v }) }, TAB_LABELS[v])));
tabs.addEventListener("keydown", (event) => {
  const shown = VIEWS.filter((v) => !tabs.querySelector<HTMLElement>(`#tab-${v}`)?.hidden);
  const i = Math.max(0, shown.indexOf(state.view));
  const moves: Record<string, number> = { ArrowRight: (i + 1) % shown.length, ArrowLeft: (i - 1 + shown.length) % shown.length, Home: 0, End: shown.length - 1 };
  if (!(event.key in moves)) return;
  event.preventDefault();
  navigate({ view: shown[moves[event.key]] });
  tabs.querySelector<HTMLButtonElement>(`#tab-${state.view}`)?.focus();
});
const viewPanel = h("section", { class: "view", id: "view-panel", role: "tabpanel", tabindex: -1, "data-testid": "view-panel" });
const panelBody = h("div", { class: "panel-body" });
let focusBeforePanel: HTMLElement | null = null;
const closePanel = () => navigate({ statement: null });
const statementPanel = h("aside", { class: "statement-panel", id: "statement-panel", role: "dialog", "aria-modal": "false", "aria-labelledby": "panel-title", hidden: true, "data-testid": "statement-panel" },
  h("div", { class: "panel-head" }, h("h2", { id: "panel-title", tabindex: -1 }, "Statement"),
    h("button", { type: "button", class: "button", "aria-label": "Close statement details", "data-testid": "panel-close", onclick: closePanel }, "Close ✕")),
  panelBody);
statementPanel.addEventListener("keydown", (e) => {
  if (e.key === "Escape") closePanel();
});

let viewKey: string | null = null;
let viewAbort = new AbortController();
let viewDispose: (() => void) | void;
let panelStatement: number | null = null;
let panelAbort = new AbortController();

function render(): void {
  const ctx = context();
  controls.sync(ctx);
  for (const tab of tabs.querySelectorAll<HTMLButtonElement>("[role=tab]")) {
    const selected = tab.dataset.view === state.view;
    tab.setAttribute("aria-selected", String(selected));
    tab.tabIndex = selected ? 0 : -1;
  }
  viewPanel.setAttribute("aria-labelledby", `tab-${state.view}`);
  document.title = `${TAB_LABELS[state.view]} · ${ctx.topic.question} · Stanceline`;
  // oEmbed discovery follows the address (render runs after every pushState/replaceState/popstate).
  syncOembedLink(oembedUrl(location.origin, location.href), `Stanceline: ${ctx.topic.question}`);

  const key = serializeViewState({ ...state, statement: null });
  if (key !== viewKey) {
    viewKey = key;
    viewAbort.abort();
    viewDispose?.();
    viewAbort = new AbortController();
    clear(viewPanel);
    viewDispose = RENDERERS[state.view](ctx, viewPanel, viewAbort.signal);
  } else if (state.view === "sources") {
    focusCurrent(viewPanel, state.statement);
  }

  if (state.statement !== panelStatement) {
    const opening = panelStatement === null;
    panelStatement = state.statement;
    panelAbort.abort();
    panelAbort = new AbortController();
    if (opening && state.statement !== null) focusBeforePanel = document.activeElement as HTMLElement | null;
    renderStatementPanel(ctx, statementPanel, panelBody, panelAbort.signal);
    document.body.classList.toggle("panel-open", state.statement !== null);
    if (state.statement !== null) statementPanel.querySelector<HTMLElement>("#panel-title")?.focus();
    else if (focusBeforePanel?.isConnected) focusBeforePanel.focus();
  }
}

async function start(): Promise<void> {
  root.replaceChildren(loadingBlock("topics and capitals"));
  try {
    const [topics, actors, speakers] = await Promise.all([api.topics(), api.actors(), api.speakers()]);
    if (!topics.length || !actors.length) {
      root.replaceChildren(errorBlock("the dashboard", new Error(topics.length ? "The server lists no capitals (actors) yet." : "The server lists no topics yet."), start));
      return;
    }
    refs = { topics, actors, speakers };
  } catch (error) {
    root.replaceChildren(errorBlock("the dashboard's topics and capitals", error, start));
    return;
  }
  const fixed = normalize(state);
  if (serializeViewState(fixed) !== serializeViewState(state)) {
    state = fixed;
    const q = serializeViewState(state);
    history.replaceState(null, "", q ? `?${q}` : location.pathname);
  }
  root.replaceChildren(controls.element, tabs, h("div", { class: "workspace" }, viewPanel, statementPanel));
  window.addEventListener("popstate", () => {
    state = normalize(parseViewState(location.search));
    render();
  });
  render();
  // The admin tab appears once the session says admin (also the open view, when addressed directly).
  onSessionChange((session) => {
    for (const v of ADMIN_VIEWS) {
      const tab = tabs.querySelector<HTMLElement>(`#tab-${v}`);
      if (tab) tab.hidden = !isAdmin(session) && state.view !== v;
    }
  });
  loadSession().catch(() => undefined);
}

start();
