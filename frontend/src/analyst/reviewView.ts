// The review view: the queue of proposed statements, or one source's text with its statements beside
// it (confirm, reject, edit). State lives in ReviewState; this class draws it and calls the API.
import { api } from "../api/client";
import type { SourceDetail, Statement, StatementStatus } from "../api/types";
import { append, h } from "../dom";
import { formatDay, formatWithPrecision } from "../format/dates";
import { intensityLabel, stanceWithNumber } from "../format/scale";
import { plural, sourceTitle } from "../format/text";
import { actorByKey, type AppContext } from "../state/context";
import { segmentText } from "../views/sourceSegments";
import { describeError, emptyBlock, errorBlock, isAbort, loadingBlock } from "../views/status";
import { editForm, type EditHost } from "./editForm";
import { reviewApi, write } from "./reviewApi";
import { ReviewState } from "./reviewState";
import { spanFromSelection } from "./selection";
import { renderNeighbours } from "./neighbours";
import { handCodePanel, type HandCodeHost } from "./handCodeForm";
import { languageName } from "./handCode";
import { translationLine } from "./translation";

export const STATUS_WORDS: Record<StatementStatus, string> = { proposed: "proposed (not yet reviewed)", confirmed: "confirmed", rejected: "rejected" };

export class ReviewView implements EditHost, HandCodeHost {
  readonly state = new ReviewState();
  private textEl: HTMLElement | null = null;
  private listEl: HTMLOListElement | null = null;
  private countEl: HTMLElement | null = null;
  private confirmAll: HTMLButtonElement | null = null;

  constructor(
    readonly ctx: AppContext,
    private readonly main: HTMLElement,
    readonly signal: AbortSignal,
    readonly login: (message: string, problem: boolean) => void,
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
    this.state.load(source);
    const published = formatWithPrecision(source.publishedOn, source.precision);
    this.textEl = h("div", { class: "source-text review-text", "data-testid": "review-text", "aria-label": `Text of ${sourceTitle(source)}`, role: "document" });
    this.textEl.addEventListener("click", (e) => this.onTextClick(e));
    document.addEventListener("selectionchange", () => {
      const span = this.textEl ? spanFromSelection(this.textEl, source.text, document.getSelection()) : null;
      if (!span) return; // keep the last one: clicking a button may clear the selection
      this.state.select(span);
    }, { signal: this.signal });
    this.renderText();
    this.countEl = h("span", {});
    this.confirmAll = h("button", { type: "button", class: "button", "data-testid": "review-confirm-all", onclick: () => this.confirmAllProposed() }, "Confirm all proposed");
    this.listEl = h("ol", { class: "review-list", "data-testid": "review-list", "aria-labelledby": "review-list-heading" });
    for (const s of this.state.ordered()) this.listEl.append(this.item(s, true));
    this.updateCounts();
    const byHand = handCodePanel(this, source);
    this.main.replaceChildren(this.backLink(), h("div", { class: "review-layout" },
      h("article", { class: "reader review-reader", "aria-labelledby": "review-source-title", "data-testid": "review-reader" },
        h("h3", { id: "review-source-title" }, sourceTitle(source)),
        h("p", { class: "muted" }, `${source.outlet ?? "Outlet unknown"} · published ${published} · source ${source.id}`,
          source.inferred ? h("span", { class: "badge badge-inferred", title: source.inferredReason ?? "" }, "date inferred") : null,
          source.url ? [" · ", h("a", { href: source.url, rel: "noopener", target: "_blank" }, "original ↗")] : null),
        byHand.notice,
        h("ul", { class: "reader-legend", "aria-label": "How statements are marked", "data-testid": "review-legend" },
          h("li", {}, h("span", { class: "st st-proposed" }, "proposed")),
          h("li", {}, h("span", { class: "st st-confirmed" }, "confirmed")),
          h("li", {}, h("span", { class: "st st-rejected" }, "rejected"))),
        h("p", { class: "muted small" }, "To move a statement's span, select its words here, then choose “Use selection as span” in its edit form."),
        this.textEl),
      h("section", { class: "review-side", "aria-labelledby": "review-list-heading" },
        h("div", { class: "review-side-head" }, h("h3", { id: "review-list-heading" }, "Statements ", this.countEl), this.confirmAll),
        source.statements.length ? this.listEl : emptyBlock("No statements were proposed from this source."),
        byHand.panel)));
  }

  /** A statement coded by hand: the source again, with its highlight and its item. */
  added(s: Statement): void {
    this.loadSource(s.source.id);
  }

  private updateCounts(): void {
    const { all, proposed } = this.state.counts();
    if (this.countEl) this.countEl.textContent = `(${all}, ${proposed} proposed)`;
    if (this.confirmAll) this.confirmAll.disabled = proposed === 0;
  }

  private renderText(): void {
    const source = this.state.source;
    if (!source || !this.textEl) return;
    const byId = new Map(source.statements.map((s) => [s.id, s]));
    this.textEl.replaceChildren(...segmentText(source.text, source.statements).map((seg) => {
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
  replace(updated: Statement, focus: string | null): void {
    if (this.state.replace(updated)) {
      this.renderText();
      this.updateCounts();
    }
    const old = this.main.querySelector<HTMLElement>(`#review-item-${updated.id}`);
    if (!old) return;
    const fresh = this.item(updated, !!this.state.source);
    old.replaceWith(fresh);
    if (focus) (fresh.querySelector<HTMLElement>(`[data-testid="${focus}"]:not([disabled])`) ?? fresh).focus();
  }

  who(s: Statement): string {
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
      const form = editForm(this, s, formId, () => {
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
      h("blockquote", { class: `item-quote${s.verbatim ? "" : " reported"}`, lang: s.quoteLanguage ?? null }, s.verbatim ? `“${s.quote}”` : s.quote),
      translationLine(s, languageName),
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

  /** One server call, all or nothing: a 409 (one was reviewed meanwhile) confirms none, and says so. */
  private async confirmAllProposed(): Promise<void> {
    const ids = this.state.proposedIds();
    const source = this.state.source;
    if (!ids.length || !this.confirmAll || !source) return;
    this.confirmAll.disabled = true;
    try {
      const result = await write((session) => reviewApi.confirmAll(session, source.id, ids), this.login);
      if (!result) return;
      for (const s of result.confirmed) this.replace(s, null);
      this.ctx.announce(`Confirmed ${plural(result.confirmed.length, "statement")}.`);
    } catch (error) {
      const { title, detail } = describeError(error);
      this.ctx.announce(`Nothing was confirmed. ${title}: ${detail}`);
    } finally {
      this.updateCounts();
    }
  }
}
