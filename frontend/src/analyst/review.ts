// The analyst view (`view=review`, `source=ID`): sign in, add a source (paste or upload), then
// review its proposed statements in the text: confirm, reject, or edit the coding and the span.
// Without a source it lists every proposed statement (the review queue). Loaded lazily by main.ts,
// so the dashboard's first paint does not carry it.
import "./review.css";
import { api } from "../api/client";
import type { CreatedSource, Revision, SourceDetail, Statement, StatementStatus } from "../api/types";
import { append, h } from "../dom";
import { formatDay, formatWithPrecision } from "../format/dates";
import { INTENSITIES, intensityLabel, STANCES, stanceWithNumber } from "../format/scale";
import { plural, sourceTitle } from "../format/text";
import { actorByKey, type AppContext } from "../state/context";
import { segmentText } from "../views/sourceSegments";
import { describeError, emptyBlock, errorBlock, isAbort, loadingBlock } from "../views/status";
import { canWrite, getSession, loadSession, setSession, signIn, SignInError, signOut, type Session } from "./auth";
import { draftFromStatement, editPayload, PRECISIONS, validateDraft, type EditDraft } from "./editPayload";
import { ReviewError, reviewApi, type NewSourceFields } from "./reviewApi";
import { spanFromSelection, type SpanChoice } from "./selection";
import { renderNeighbours } from "./neighbours";
import { translationFields } from "./translation";

const STATUS_WORDS: Record<StatementStatus, string> = { proposed: "proposed (not yet reviewed)", confirmed: "confirmed", rejected: "rejected" };

export function renderReview(ctx: AppContext, container: HTMLElement, signal: AbortSignal): () => void {
  const sourceId = ctx.state.source;
  const auth = h("section", { class: "review-auth", "aria-label": "Analyst sign-in", "data-testid": "review-auth" });
  const main = h("div", { class: "review-main" });
  const ingest = ingestSection(ctx, sourceId !== null, showLogin);
  container.replaceChildren(...[
    h("h2", {}, "Review"),
    h("p", { class: "view-intro" }, "Add an article, then check what the system proposes: confirm, edit or reject each statement in the text. Proposed statements stay off the timeline until confirmed."),
    auth,
    sourceId === null ? ingest : null,
    main,
    sourceId === null ? null : ingest,
  ].filter((x): x is HTMLElement => x !== null));

  // --- sign-in -----------------------------------------------------------------------------
  function showSignedIn(session: Session): void {
    const readOnly = canWrite(session) ? null : h("span", { class: "muted" }, " Your role (viewer) can read but not change anything.");
    auth.replaceChildren(h("p", { class: "review-signed-in" },
      h("span", { "data-testid": "login-status", role: "status" }, "Signed in as ", h("strong", { "data-testid": "signed-in-name" }, session.displayName),
        ` (${session.user}, ${session.role}).`), readOnly, " ",
      h("button", { type: "button", class: "button button-small", "data-testid": "logout", onclick: () => {
        signOut().finally(() => {
          showLogin("Signed out.", false);
          ctx.announce("Signed out.");
        });
      } }, "Sign out")));
  }

  function showLogin(message = "Sign in as an analyst to add sources and review statements.", problem = false): void {
    const user = h("input", { id: "login-user", name: "username", autocomplete: "username", required: true, "data-testid": "login-user" });
    const password = h("input", { id: "login-password", name: "password", type: "password", autocomplete: "current-password", required: true, "data-testid": "login-password" });
    const status = h("p", { class: `login-status${problem ? " is-error" : ""}`, role: problem ? "alert" : "status", "data-testid": "login-status" }, message);
    const submit = h("button", { type: "submit", class: "button", "data-testid": "login-submit" }, "Sign in");
    const form = h("form", { class: "login-form", "aria-label": "Sign in", novalidate: true },
      h("div", { class: "field" }, h("label", { for: "login-user" }, "User"), user),
      h("div", { class: "field" }, h("label", { for: "login-password" }, "Password"), password),
      submit, status);
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      if (!user.value.trim() || !password.value) {
        status.textContent = "Enter a user name and a password.";
        return;
      }
      submit.disabled = true;
      status.className = "login-status";
      status.textContent = "Checking…";
      signIn(user.value, password.value).then(
        (session) => {
          showSignedIn(session);
          ctx.announce(`Signed in as ${session.displayName}.`);
        },
        (error) => {
          submit.disabled = false;
          status.className = "login-status is-error";
          status.setAttribute("role", "alert");
          status.textContent = error instanceof SignInError ? error.message : describeError(error).detail;
          password.value = "";
          password.focus();
        },
      );
    });
    auth.replaceChildren(form);
    if (problem) user.focus();
  }

  const known = getSession();
  if (known) showSignedIn(known);
  else {
    auth.replaceChildren(h("p", { class: "login-status", role: "status", "data-testid": "login-status" }, "Checking who is signed in…"));
    loadSession(signal).then(
      (session) => (session ? showSignedIn(session) : showLogin()),
      (error) => !isAbort(error) && showLogin(error instanceof Error ? error.message : String(error), true),
    );
  }

  // --- source or queue -----------------------------------------------------------------------
  const controller = new AbortController();
  signal.addEventListener("abort", () => controller.abort());
  const review = new Reviewer(ctx, main, controller.signal, showLogin);
  if (sourceId === null) review.loadQueue();
  else review.loadSource(sourceId);
  return () => controller.abort();
}

/** Runs a write; a 401 signs out and brings the form back with the server's detail. */
async function write<T>(call: (s: Session | null) => Promise<T>, onUnauthorized: (message: string, problem: boolean) => void): Promise<T | null> {
  try {
    return await call(getSession());
  } catch (e) {
    if (e instanceof ReviewError && e.status === 401) {
      setSession(null);
      onUnauthorized(`${e.detail ?? "Sign in as an analyst to make changes."} Then try again.`, true);
      return null;
    }
    throw e;
  }
}

// --- adding a source -----------------------------------------------------------------------
function ingestSection(ctx: AppContext, collapsed: boolean, login: (message: string, problem: boolean) => void): HTMLElement {
  const field = (id: string, label: string, input: HTMLElement) => h("div", { class: "field" }, h("label", { for: id }, label), input);
  const title = h("input", { id: "ingest-title", name: "title", "data-testid": "ingest-title" });
  const outlet = h("input", { id: "ingest-outlet", name: "outlet", "data-testid": "ingest-outlet" });
  const url = h("input", { id: "ingest-url", name: "url", type: "url", placeholder: "https://…", "data-testid": "ingest-url" });
  const date = h("input", { id: "ingest-date", name: "publishedOn", type: "date", "data-testid": "ingest-date" });
  const precision = h("select", { id: "ingest-precision", name: "precision", "data-testid": "ingest-precision" },
    h("option", { value: "" }, "—"), ...PRECISIONS.map((p) => h("option", { value: p }, p)));
  const text = h("textarea", { id: "paste-text", name: "text", rows: 8, "data-testid": "paste-text", "aria-describedby": "paste-hint" });
  const submit = h("button", { type: "submit", class: "button", "data-testid": "paste-submit" }, "Add pasted text");
  const file = h("input", { id: "upload-file", type: "file", accept: ".txt,.md,.html,text/plain,text/markdown,text/html", "data-testid": "upload-file" });
  const status = h("div", { class: "ingest-status", role: "status", "data-testid": "ingest-status" });
  const fields = (): NewSourceFields => ({ title: title.value, outlet: outlet.value, url: url.value, publishedOn: date.value, precision: precision.value });

  const run = (what: string, call: (s: Session | null) => Promise<CreatedSource>) => {
    submit.disabled = true;
    file.disabled = true;
    status.className = "ingest-status";
    status.replaceChildren(`Adding ${what}…`);
    write(call, login).then(
      (created) => {
        submit.disabled = false;
        file.disabled = false;
        if (!created) return status.replaceChildren("Not added: sign in first.");
        const n = created.proposed?.length ?? 0;
        ctx.announce(`Source ${created.id} added with ${plural(n, "proposed statement")}.`);
        ctx.navigate({ view: "review", source: created.id, statement: null });
      },
      (error) => {
        submit.disabled = false;
        file.disabled = false;
        status.className = "ingest-status is-error";
        const { title: t, detail } = describeError(error);
        const existing = error instanceof ReviewError ? error.existingId : null;
        status.replaceChildren(h("p", { role: "alert" }, h("strong", {}, `Not added. ${t}. `), detail));
        if (existing !== null) status.append(h("p", {}, h("a", { href: `?view=review&source=${existing}`, "data-testid": "ingest-existing", onclick: (e: Event) => {
            e.preventDefault();
            ctx.navigate({ view: "review", source: existing, statement: null });
          } }, `Open the existing source (${existing})`)));
      },
    );
  };

  const form = h("form", { class: "ingest-form", "aria-label": "Paste an article", "data-testid": "paste-form", novalidate: true },
    h("div", { class: "ingest-fields" },
      field("ingest-title", "Title (optional)", title),
      field("ingest-outlet", "Outlet", outlet),
      field("ingest-url", "Address (URL)", url),
      field("ingest-date", "Published on", date),
      field("ingest-precision", "Date precision", precision)),
    h("div", { class: "field" }, h("label", { for: "paste-text" }, "Article text"), text,
      h("span", { id: "paste-hint", class: "muted small" }, "Paste the whole article. It may start with a header: Title:, Date: (YYYY-MM-DD) and Source: lines, "
        + "or front matter between --- lines (title:, date:, outlet:, url:). Header lines are not stored as text; "
        + "without a title, the first other line becomes the title. The fields above win over the header.")),
    h("p", { class: "ingest-actions" }, submit));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    if (!text.value.trim()) {
      status.className = "ingest-status is-error";
      status.replaceChildren(h("p", { role: "alert" }, "Paste the article's text first."));
      text.focus();
      return;
    }
    if (date.value && !/^\d{4}-\d{2}-\d{2}$/.test(date.value)) {
      status.replaceChildren(h("p", { role: "alert" }, "Published on: use the form YYYY-MM-DD."));
      return;
    }
    run("the pasted text", (s) => reviewApi.ingestText(s, fields(), text.value));
  });
  file.addEventListener("change", () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    if (!/\.(txt|md|html?)$/i.test(chosen.name)) {
      status.className = "ingest-status is-error";
      status.replaceChildren(h("p", { role: "alert" }, `${chosen.name}: choose a .txt, .md or .html file.`));
      file.value = "";
      return;
    }
    run(chosen.name, (s) => reviewApi.ingestFile(s, fields(), chosen));
    file.value = "";
  });

  return h("details", { class: "review-ingest", open: !collapsed, "data-testid": "review-ingest" },
    h("summary", {}, h("h3", {}, collapsed ? "Add another source" : "Add a source")),
    form,
    h("div", { class: "field upload" }, h("label", { for: "upload-file" }, "…or upload a file (.txt, .md, .html); the fields above apply to it too"), file),
    status);
}

// --- reviewing -----------------------------------------------------------------------------
class Reviewer {
  private source: SourceDetail | null = null;
  private selection: SpanChoice | null = null;
  private textEl: HTMLElement | null = null;
  private listEl: HTMLOListElement | null = null;
  private countEl: HTMLElement | null = null;
  private confirmAll: HTMLButtonElement | null = null;
  private readonly selectionListeners = new Set<(s: SpanChoice | null) => void>();

  constructor(
    private readonly ctx: AppContext,
    private readonly main: HTMLElement,
    private readonly signal: AbortSignal,
    private readonly login: (message: string, problem: boolean) => void,
  ) {}

  loadQueue(): void {
    this.main.replaceChildren(loadingBlock("the statements waiting for review"));
    reviewApi.queue(this.signal).then(
      (page) => this.showQueue(page.items),
      (error) => !isAbort(error) && !this.signal.aborted && this.main.replaceChildren(errorBlock("the review queue", error, () => this.loadQueue())),
    );
  }

  loadSource(id: number): void {
    this.main.replaceChildren(loadingBlock("the source"));
    api.source(id, this.signal).then(
      (source) => this.showSource(source),
      (error) => !isAbort(error) && !this.signal.aborted && this.main.replaceChildren(this.backLink(), errorBlock(`source ${id}`, error, () => this.loadSource(id))),
    );
  }

  private backLink(): HTMLElement {
    return h("p", {}, h("a", { href: "?view=review", "data-testid": "review-back", onclick: (e: Event) => {
      e.preventDefault();
      this.ctx.navigate({ source: null, statement: null });
    } }, "← All proposed statements"));
  }

  private openSource(id: number): void {
    this.ctx.navigate({ view: "review", source: id, statement: null });
  }

  // The queue: proposed statements across sources, grouped by source.
  private showQueue(items: Statement[]): void {
    const section = h("section", { class: "review-queue", "aria-labelledby": "review-queue-heading", "data-testid": "review-queue" },
      h("h3", { id: "review-queue-heading" }, `Waiting for review (${items.length})`));
    if (!items.length) {
      section.append(emptyBlock("No proposed statements are waiting. Add a source to get new proposals."));
      this.main.replaceChildren(section);
      return;
    }
    const bySource = new Map<number, Statement[]>();
    for (const s of items) bySource.set(s.source.id, [...(bySource.get(s.source.id) ?? []), s]);
    for (const [id, group] of bySource) {
      const ref = group[0].source;
      const list = h("ol", { class: "review-list" });
      for (const s of group) list.append(this.item(s, false));
      section.append(h("section", { class: "queue-source", "aria-label": sourceTitle(ref) },
        h("h4", {}, h("a", { href: `?view=review&source=${id}`, "data-testid": "review-open-source", "data-source-id": id, onclick: (e: Event) => {
          e.preventDefault();
          this.openSource(id);
        } }, sourceTitle(ref)), h("span", { class: "muted small" }, ` · ${[ref.outlet ?? "outlet unknown", ref.publishedOn ? formatDay(ref.publishedOn) : "date unknown", plural(group.length, "proposal")].join(" · ")}`)),
        list));
    }
    this.main.replaceChildren(section);
  }

  // One source: the text with highlights, the statements beside it.
  private showSource(source: SourceDetail): void {
    this.source = source;
    const published = formatWithPrecision(source.publishedOn, source.precision);
    this.textEl = h("div", { class: "source-text review-text", "data-testid": "review-text", "aria-label": `Text of ${sourceTitle(source)}`, role: "document" });
    this.textEl.addEventListener("click", (e) => this.onTextClick(e));
    document.addEventListener("selectionchange", () => {
      const span = this.textEl ? spanFromSelection(this.textEl, source.text, document.getSelection()) : null;
      if (!span) return; // keep the last one: clicking a button may clear the selection
      this.selection = span;
      for (const listener of this.selectionListeners) listener(span);
    }, { signal: this.signal });
    this.renderText();
    this.countEl = h("span", {});
    this.confirmAll = h("button", { type: "button", class: "button", "data-testid": "review-confirm-all", onclick: () => this.confirmAllProposed() }, "Confirm all proposed");
    this.listEl = h("ol", { class: "review-list", "data-testid": "review-list", "aria-labelledby": "review-list-heading" });
    for (const s of this.ordered()) this.listEl.append(this.item(s, true));
    this.updateCounts();
    this.main.replaceChildren(this.backLink(), h("div", { class: "review-layout" },
      h("article", { class: "reader review-reader", "aria-labelledby": "review-source-title", "data-testid": "review-reader" },
        h("h3", { id: "review-source-title" }, sourceTitle(source)),
        h("p", { class: "muted" }, `${source.outlet ?? "Outlet unknown"} · published ${published} · source ${source.id}`,
          source.inferred ? h("span", { class: "badge badge-inferred", title: source.inferredReason ?? "" }, "date inferred") : null,
          source.url ? [" · ", h("a", { href: source.url, rel: "noopener", target: "_blank" }, "original ↗")] : null),
        h("ul", { class: "reader-legend", "aria-label": "How statements are marked", "data-testid": "review-legend" },
          h("li", {}, h("span", { class: "st st-proposed" }, "proposed")),
          h("li", {}, h("span", { class: "st st-confirmed" }, "confirmed")),
          h("li", {}, h("span", { class: "st st-rejected" }, "rejected"))),
        h("p", { class: "muted small" }, "To move a statement's span, select its words here, then choose “Use selection as span” in its edit form."),
        this.textEl),
      h("section", { class: "review-side", "aria-labelledby": "review-list-heading" },
        h("div", { class: "review-side-head" }, h("h3", { id: "review-list-heading" }, "Statements ", this.countEl), this.confirmAll),
        source.statements.length ? this.listEl : emptyBlock("No statements were proposed from this source."))));
  }

  private ordered(): Statement[] {
    return [...(this.source?.statements ?? [])].sort((a, b) => (a.span?.start ?? Infinity) - (b.span?.start ?? Infinity) || a.id - b.id);
  }

  private updateCounts(): void {
    const all = this.source?.statements ?? [];
    const proposed = all.filter((s) => s.status === "proposed").length;
    if (this.countEl) this.countEl.textContent = `(${all.length}, ${proposed} proposed)`;
    if (this.confirmAll) this.confirmAll.disabled = proposed === 0;
  }

  private renderText(): void {
    if (!this.source || !this.textEl) return;
    const byId = new Map(this.source.statements.map((s) => [s.id, s]));
    this.textEl.replaceChildren(...segmentText(this.source.text, this.source.statements).map((seg) => {
      if (!seg.statementIds.length) return document.createTextNode(seg.text);
      const inner = byId.get(seg.statementIds[0])!;
      return h("mark", {
        class: `st st-${inner.status}${inner.speaker ? "" : " st-unattributed"}${seg.statementIds.length > 1 ? " st-overlap" : ""}`,
        "data-statement-id": inner.id,
        "data-testid": `review-highlight-${inner.id}`,
        title: `${STATUS_WORDS[inner.status]}: ${inner.speaker?.name ?? "unattributed"} (statement ${inner.id})`,
      }, seg.text);
    }));
  }

  private onTextClick(e: Event): void {
    const sel = document.getSelection();
    if (sel && !sel.isCollapsed) return; // selecting text, not picking a statement
    const mark = (e.target as Element).closest?.("mark[data-statement-id]");
    if (!mark) return;
    const li = this.main.querySelector<HTMLElement>(`#review-item-${mark.getAttribute("data-statement-id")}`);
    li?.scrollIntoView({ block: "nearest" });
    li?.focus();
  }

  private flash(id: number): void {
    if (!this.textEl) return;
    for (const el of this.textEl.querySelectorAll(".st-current")) el.classList.remove("st-current");
    const marks = this.textEl.querySelectorAll<HTMLElement>(`mark[data-statement-id="${id}"]`);
    marks.forEach((m) => m.classList.add("st-current"));
    marks[0]?.scrollIntoView({ block: "center" });
  }

  /** A statement changed on the server: update the text, the item and the counts in place. */
  private replace(updated: Statement, focus: string | null): void {
    if (this.source) {
      this.source.statements = this.source.statements.map((s) => (s.id === updated.id ? updated : s));
      this.renderText();
      this.updateCounts();
    }
    const old = this.main.querySelector<HTMLElement>(`#review-item-${updated.id}`);
    if (!old) return;
    const fresh = this.item(updated, !!this.source);
    old.replaceWith(fresh);
    if (focus) (fresh.querySelector<HTMLElement>(`[data-testid="${focus}"]:not([disabled])`) ?? fresh).focus();
  }

  private who(s: Statement): string {
    return s.speaker?.name ?? "Unattributed";
  }

  private item(s: Statement, inSource: boolean): HTMLLIElement {
    const ctx = this.ctx;
    const topic = ctx.topics.find((t) => t.key === s.topic);
    const actor = actorByKey(ctx, s.actor);
    const status = h("p", { class: "item-status", role: "status", "data-testid": "review-item-status" });
    const formId = `review-form-${s.id}`;
    const li = h("li", {
      class: `review-item status-${s.status}`, id: `review-item-${s.id}`, tabindex: -1,
      "data-testid": "review-item", "data-statement-id": s.id, "data-status": s.status,
      "aria-label": `${STATUS_WORDS[s.status]} statement by ${this.who(s)}, ${formatWithPrecision(s.date, s.precision)}`,
    });
    const act = (kind: "confirm" | "reject") => async () => {
      const buttons = li.querySelectorAll<HTMLButtonElement>(".review-actions button");
      buttons.forEach((b) => (b.disabled = true));
      li.setAttribute("aria-busy", "true");
      status.textContent = kind === "confirm" ? "Confirming…" : "Rejecting…";
      try {
        const updated = await write((session) => (kind === "confirm" ? reviewApi.confirm(session, s.id) : reviewApi.reject(session, s.id)), this.login);
        if (!updated) {
          this.replace(s, null);
          return;
        }
        this.replace(updated, kind === "confirm" ? "review-reject" : "review-confirm");
        ctx.announce(`${kind === "confirm" ? "Confirmed" : "Rejected"}: ${this.who(updated)}, ${formatWithPrecision(updated.date, updated.precision)}.`);
      } catch (error) {
        li.removeAttribute("aria-busy");
        buttons.forEach((b) => (b.disabled = false));
        const { title, detail } = describeError(error);
        status.className = "item-status is-error";
        status.setAttribute("role", "alert");
        status.textContent = `${title}: ${detail}`;
      }
    };
    const editButton = h("button", { type: "button", class: "button button-small", "aria-expanded": "false", "aria-controls": formId, "data-testid": "review-edit" }, "Edit");
    editButton.addEventListener("click", () => {
      const open = li.querySelector("form.review-form");
      if (open) {
        open.remove();
        editButton.setAttribute("aria-expanded", "false");
        return;
      }
      const form = this.editForm(s, formId, () => {
        form.remove();
        editButton.setAttribute("aria-expanded", "false");
        editButton.focus();
      });
      li.append(form);
      editButton.setAttribute("aria-expanded", "true");
      form.querySelector<HTMLElement>("select, input, textarea")?.focus();
      if (inSource) this.flash(s.id);
    });

    append(li, [
      h("p", { class: "item-head" },
        h("span", { class: `badge badge-${s.status}` }, s.status), s.speaker ? null : h("span", { class: "badge badge-unattributed" }, "unattributed"), " ",
        h("strong", {}, this.who(s)), s.speaker?.role ? h("span", { class: "muted" }, `, ${s.speaker.role}`) : null,
        ` · ${actor?.name ?? s.actor} · `, h("time", { datetime: s.date }, formatWithPrecision(s.date, s.precision))),
      h("blockquote", { class: `item-quote${s.verbatim ? "" : " reported"}` }, s.verbatim ? `“${s.quote}”` : s.quote),
      h("p", { class: "item-coding" },
        h("span", {}, "Stance ", h("strong", {}, stanceWithNumber(s.stance, topic))), " · ",
        h("span", {}, "intensity ", h("strong", {}, `${s.intensity} ${intensityLabel(s.intensity)}`)),
        typeof s.confidence === "number" ? ` · confidence ${Math.round(s.confidence * 100)} %` : null,
        h("br", {}), h("span", { class: "muted small" }, `Topic: ${topic?.question ?? s.topic}`)),
      s.cues.length ? h("p", { class: "item-cues" }, h("span", { class: "muted small" }, "Cues: "), ...s.cues.map((c) => h("span", { class: "badge" }, c))) : null,
      renderNeighbours(s, (k) => this.ctx.topics.find((t) => t.key === k)?.question ?? k),
      s.coder || s.note ? h("p", { class: "muted small" }, s.coder ? `Coded by ${s.coder}` : null, s.coder && s.note ? " · " : null, s.note ? `Note: ${s.note}` : null) : null,
      h("div", { class: "review-actions", role: "group", "aria-label": `Review the statement by ${this.who(s)}` },
        h("button", { type: "button", class: "button button-small button-confirm", disabled: s.status === "confirmed", "data-testid": "review-confirm", onclick: act("confirm") }, "✓ Confirm"),
        h("button", { type: "button", class: "button button-small button-reject", disabled: s.status === "rejected", "data-testid": "review-reject", onclick: act("reject") }, "✕ Reject"),
        inSource ? editButton : h("a", { class: "button button-small", href: `?view=review&source=${s.source.id}`, "data-testid": "review-item-source", "data-source-id": s.source.id, onclick: (e: Event) => {
          e.preventDefault();
          this.openSource(s.source.id);
        } }, "Edit in source"),
        inSource && s.span ? h("button", { type: "button", class: "button button-small", "data-testid": "review-show", onclick: () => this.flash(s.id) }, "Show in text") : null),
      status]);
    return li;
  }

  private async confirmAllProposed(): Promise<void> {
    const proposed = (this.source?.statements ?? []).filter((s) => s.status === "proposed");
    if (!proposed.length || !this.confirmAll) return;
    this.confirmAll.disabled = true;
    let done = 0;
    try {
      for (const s of proposed) {
        const updated = await write((session) => reviewApi.confirm(session, s.id), this.login);
        if (!updated) break;
        this.replace(updated, null);
        done++;
      }
      this.ctx.announce(`Confirmed ${plural(done, "statement")}${done < proposed.length ? ` of ${proposed.length}` : ""}.`);
    } catch (error) {
      const { title, detail } = describeError(error);
      this.ctx.announce(`Confirmed ${plural(done, "statement")}; then ${title}: ${detail}`);
    } finally {
      this.updateCounts();
    }
  }

  private editForm(s: Statement, formId: string, close: () => void): HTMLFormElement {
    const ctx = this.ctx;
    const source = this.source!;
    const draft: EditDraft = draftFromStatement(s);
    const id = (name: string) => `f-${s.id}-${name}`;
    const field = (name: string, label: string, input: HTMLElement, wide = false) => h("div", { class: `field${wide ? " field-wide" : ""}` }, h("label", { for: id(name) }, label), input);
    const select = (name: string, options: [string, string][], value: string) => h("select", { id: id(name), "data-testid": `review-${name}` },
      ...options.map(([v, label]) => h("option", { value: v, selected: v === value }, label)));

    const speakers = [...ctx.speakers].sort((a, b) => a.name.localeCompare(b.name));
    const speaker = select("speaker", [...(s.speaker ? [] : [["", "— unattributed —"] as [string, string]]), ...speakers.map((p): [string, string] => [p.key, `${p.name} (${p.role}, ${actorByKey(ctx, p.actor)?.name ?? p.actor})`])], draft.speaker);
    const actor = select("actor", ctx.actors.map((a): [string, string] => [a.key, a.name]), draft.actor);
    speaker.addEventListener("change", () => {
      const chosen = ctx.speakers.find((p) => p.key === speaker.value);
      if (chosen && ctx.actors.some((a) => a.key === chosen.actor)) actor.value = chosen.actor;
    });
    const topic = select("topic", ctx.topics.map((t): [string, string] => [t.key, t.question]), draft.topic);
    const topicOf = () => ctx.topics.find((t) => t.key === topic.value);
    const stance = select("stance", STANCES.map((v): [string, string] => [String(v), stanceWithNumber(v, topicOf())]), String(draft.stance));
    topic.addEventListener("change", () => STANCES.forEach((v, i) => (stance.options[i].textContent = stanceWithNumber(v, topicOf()))));
    const intensity = select("intensity", INTENSITIES.map((v): [string, string] => [String(v), `${v} ${intensityLabel(v)}`]), String(draft.intensity));
    const date = h("input", { id: id("date"), type: "date", value: draft.saidOn, required: true, "data-testid": "review-date" });
    const precision = select("precision", PRECISIONS.map((p): [string, string] => [p, p]), draft.precision);
    const dateNote = h("input", { id: id("dateNote"), value: draft.dateNote, "data-testid": "review-date-note" });
    const quote = h("textarea", { id: id("quote"), rows: 3, "data-testid": "review-quote" });
    quote.value = draft.quote;
    const verbatim = h("input", { id: id("verbatim"), type: "checkbox", checked: draft.verbatim, "data-testid": "review-verbatim" });
    const cues = h("input", { id: id("cues"), value: draft.cues, "aria-describedby": id("cues-hint"), "data-testid": "review-cues" });
    const confidence = h("input", { id: id("confidence"), type: "number", min: 0, max: 1, step: 0.05, value: draft.confidence, "data-testid": "review-confidence" });
    const note = h("textarea", { id: id("note"), rows: 2, "data-testid": "review-note" });
    const translated = translationFields(s, id("translation"));
    note.value = draft.note;
    const spanText = h("span", { "data-testid": "review-span", id: id("span") });
    const selectionHint = h("span", { class: "muted small", "aria-live": "polite" });
    const showSpan = () => (spanText.textContent = draft.span ? `characters ${draft.span.start}–${draft.span.end}` : "none");
    showSpan();
    const onSelection = (sel: SpanChoice | null) => (selectionHint.textContent = sel ? `Selected: “${sel.quote.length > 60 ? sel.quote.slice(0, 59) + "…" : sel.quote}”` : "");
    this.selectionListeners.add(onSelection);
    onSelection(this.selection);
    const errors = h("div", { class: "form-errors", role: "alert", "data-testid": "review-form-errors" });
    const useSelection = h("button", { type: "button", class: "button button-small", "aria-describedby": id("span"), "data-testid": "review-use-selection", onclick: () => {
      const sel = this.selection;
      if (!sel) {
        errors.textContent = "Select the statement's words in the text first, then choose this button.";
        return;
      }
      errors.textContent = "";
      draft.span = { start: sel.start, end: sel.end };
      quote.value = sel.quote;
      showSpan();
      ctx.announce(`Span set to characters ${sel.start}–${sel.end}; the quote follows it.`);
    } }, "Use selection as span");

    const revisions = h("details", { class: "revisions", "data-testid": "review-revisions" }, h("summary", {}, "History"));
    const revisionBody = h("div", {});
    revisions.append(revisionBody);
    revisions.addEventListener("toggle", () => {
      if (!revisions.open || revisionBody.dataset.loaded) return;
      revisionBody.replaceChildren(loadingBlock("the history"));
      reviewApi.revisions(s.id, this.signal).then(
        (list) => {
          revisionBody.dataset.loaded = "1";
          revisionBody.replaceChildren(revisionList(list));
        },
        (error) => !isAbort(error) && revisionBody.replaceChildren(errorBlock("the history", error)),
      );
    });

    const save = h("button", { type: "submit", class: "button", "data-testid": "review-save" }, "Save");
    const form = h("form", { class: "review-form", id: formId, "aria-label": `Edit the statement by ${this.who(s)}`, "data-testid": "review-form", novalidate: true },
      h("div", { class: "form-grid" },
        field("speaker", "Speaker", speaker), field("actor", "Capital (actor)", actor),
        field("topic", "Topic", topic, true),
        field("stance", "Stance", stance), field("intensity", "Intensity", intensity),
        field("date", "Said on", date), field("precision", "Date precision", precision),
        field("dateNote", "Date note", dateNote, true),
        field("quote", "Quote", quote, true),
        h("div", { class: "field field-check" }, verbatim, h("label", { for: id("verbatim") }, "Verbatim (direct quote); untick for reported speech")),
        h("div", { class: "field field-wide field-span" }, h("span", { class: "label" }, "Span in the text: "), spanText, " ", useSelection, " ", selectionHint),
        field("cues", "Cue words", cues, true),
        h("span", { id: id("cues-hint"), class: "muted small field-wide" }, "Separate with commas: the words that drove the coding."),
        field("confidence", "Confidence (0–1)", confidence), field("note", "Note", note, true), translated.element),
      errors,
      h("p", { class: "form-actions" }, save, " ",
        h("button", { type: "button", class: "button", "data-testid": "review-cancel", onclick: () => {
          this.selectionListeners.delete(onSelection);
          close();
        } }, "Cancel")),
      revisions);
    form.addEventListener("keydown", (e) => {
      if (e.key === "Escape") {
        this.selectionListeners.delete(onSelection);
        close();
      }
    });
    form.addEventListener("submit", async (e) => {
      e.preventDefault();
      Object.assign(draft, {
        speaker: speaker.value, actor: actor.value, topic: topic.value, saidOn: date.value, precision: precision.value, dateNote: dateNote.value,
        quote: quote.value, verbatim: verbatim.checked, stance: Number(stance.value), intensity: Number(intensity.value), cues: cues.value,
        confidence: confidence.value, note: note.value,
      });
      const problems = validateDraft(draft);
      const spanKept = !!s.span && !!draft.span && draft.span.start === s.span.start && draft.span.end === s.span.end;
      if (spanKept && draft.verbatim && draft.quote !== s.quote && draft.quote !== source.text.slice(s.span!.start, s.span!.end)) {
        // A hand-edited verbatim quote no longer matches its span: the server would answer 422.
        problems.push("Quote: a verbatim quote must match its span in the text. Select the words and use “Use selection as span”, or untick Verbatim for a paraphrase.");
      }
      const translatedChange = translated.read();
      if (translatedChange.problem) problems.push(translatedChange.problem);
      if (problems.length) {
        errors.replaceChildren(h("ul", {}, ...problems.map((p) => h("li", {}, p))));
        return;
      }
      const body = Object.assign(editPayload(s, draft, source.text), translatedChange.body);
      if (!Object.keys(body).length) {
        errors.textContent = "Nothing changed.";
        return;
      }
      errors.textContent = "";
      save.disabled = true;
      form.setAttribute("aria-busy", "true");
      try {
        const updated = await write((session) => reviewApi.update(session, s.id, body), this.login);
        if (!updated) return;
        this.selectionListeners.delete(onSelection);
        this.replace(updated, "review-edit");
        ctx.announce(`Saved: ${Object.keys(body).join(", ")} of the statement by ${this.who(updated)}. It is still ${updated.status}.`);
      } catch (error) {
        const { title, detail } = describeError(error);
        errors.textContent = `${title}: ${detail}`;
      } finally {
        save.disabled = false;
        form.removeAttribute("aria-busy");
      }
    });
    return form;
  }
}

function revisionList(list: Revision[]): HTMLElement {
  if (!list.length) return h("p", { class: "muted small" }, "No changes recorded yet.");
  const show = (v: unknown) => (v === null || v === undefined ? "—" : typeof v === "object" ? JSON.stringify(v) : String(v));
  return h("ol", { class: "revision-list", "data-testid": "review-revision-list" }, ...[...list].sort((a, b) => b.revision - a.revision).map((r) => {
    const after = r.after ?? {};
    const before = r.before ?? {};
    const keys = Object.keys(after).filter((k) => show(after[k]) !== show(before[k]));
    return h("li", {}, h("strong", {}, `#${r.revision} ${r.action}`), ` by ${r.by ?? "system"}, `, h("time", { datetime: r.at }, r.at.replace("T", " ").slice(0, 16)),
      keys.length ? h("ul", { class: "small" }, ...keys.slice(0, 12).map((k) => h("li", {}, `${k}: ${show(before[k])} → ${show(after[k])}`))) : null);
  }));
}
