// Source reader: a source's text with its statements highlighted and linked. Confirmed, proposed,
// rejected and unattributed statements each look different, and the legend says how.
import { api } from "../api/client";
import type { SourceDetail, SourceRef, Statement } from "../api/types";
import { h } from "../dom";
import { formatDay, formatWithPrecision } from "../format/dates";
import { stanceWithNumber } from "../format/scale";
import { excerpt, sourceOutlet, sourceTitle } from "../format/text";
import { actorByKey, type AppContext } from "../state/context";
import { segmentText } from "./sourceSegments";
import { emptyBlock, errorBlock, isAbort, loadingBlock } from "./status";

export function highlightClasses(s: Pick<Statement, "status" | "speaker">): string {
  return ["st", `st-${s.status}`, s.speaker ? "" : "st-unattributed"].filter(Boolean).join(" ");
}

function statementLabel(ctx: AppContext, s: Statement): string {
  const who = s.speaker?.name ?? "unattributed";
  return `${s.status} statement, ${actorByKey(ctx, s.actor)?.name ?? s.actor}, ${who}, ${formatWithPrecision(s.date, s.precision)}: ${stanceWithNumber(s.stance, ctx.topic)}, intensity ${s.intensity}`;
}

function readerText(ctx: AppContext, source: SourceDetail): HTMLElement {
  const byId = new Map(source.statements.map((s) => [s.id, s]));
  const body = h("div", { class: "source-text", "data-testid": "source-text" });
  for (const seg of segmentText(source.text, source.statements)) {
    if (!seg.statementIds.length) {
      body.append(seg.text);
      continue;
    }
    const inner = byId.get(seg.statementIds[0])!;
    const link = h("a", {
      href: `?view=sources&source=${source.id}&statement=${inner.id}`,
      class: highlightClasses(inner) + (seg.statementIds.length > 1 ? " st-overlap" : ""),
      "data-statement-id": inner.id,
      "data-testid": `source-highlight-${inner.id}`,
      "aria-label": `${seg.text} (${statementLabel(ctx, inner)})`,
      title: statementLabel(ctx, inner),
      onclick: (e: Event) => {
        e.preventDefault();
        ctx.navigate({ statement: inner.id });
      },
    }, seg.text);
    body.append(link);
  }
  return body;
}

function readerLegend(): HTMLElement {
  return h("ul", { class: "reader-legend", "aria-label": "How statements are marked", "data-testid": "reader-legend" },
    h("li", {}, h("span", { class: "st st-confirmed" }, "confirmed")),
    h("li", {}, h("span", { class: "st st-proposed" }, "proposed (not yet reviewed)")),
    h("li", {}, h("span", { class: "st st-rejected" }, "rejected")),
    h("li", {}, h("span", { class: "st st-confirmed st-unattributed" }, "unattributed (no speaker)")));
}

function statementList(ctx: AppContext, source: SourceDetail): HTMLElement {
  const sorted = [...source.statements].sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0));
  return h("section", { class: "source-statements", "aria-labelledby": "source-statements-heading" },
    h("h3", { id: "source-statements-heading" }, `Statements in this source (${sorted.length})`),
    h("ol", {}, ...sorted.map((s) => h("li", { "data-testid": "source-statement", class: `status-${s.status}` },
      h("span", { class: `badge badge-${s.status}` }, s.status), s.speaker ? null : h("span", { class: "badge badge-unattributed" }, "unattributed"), " ",
      h("strong", {}, s.speaker?.name ?? actorByKey(ctx, s.actor)?.name ?? s.actor), `, ${formatWithPrecision(s.date, s.precision)}: `,
      h("a", { href: `?view=sources&source=${source.id}&statement=${s.id}`, onclick: (e: Event) => {
        e.preventDefault();
        ctx.navigate({ statement: s.id });
      } }, `“${excerpt(s.quote, 100)}”`),
      ` — ${stanceWithNumber(s.stance, ctx.topic)}, intensity ${s.intensity}`))));
}

function reader(ctx: AppContext, source: SourceDetail): HTMLElement {
  const published = formatWithPrecision(source.publishedOn, source.precision);
  return h("article", { class: "reader", "aria-labelledby": "reader-title", "data-testid": "source-reader" },
    h("h3", { id: "reader-title" }, sourceTitle(source)),
    h("p", { class: "muted" }, `${sourceOutlet(source)} · ${source.publishedOn ? `published ${published}` : "undated"}`,
      source.inferred ? h("span", { class: "badge badge-inferred", title: source.inferredReason ?? "" }, "date inferred") : null,
      source.url ? [" · ", h("a", { href: source.url, rel: "noopener", target: "_blank" }, "original ↗")] : null),
    source.inferred && source.inferredReason ? h("p", { class: "muted small" }, `Date inferred: ${source.inferredReason}`) : null,
    readerLegend(),
    readerText(ctx, source),
    statementList(ctx, source));
}

function sourceList(ctx: AppContext, sources: SourceRef[]): HTMLElement {
  // Newest first; undated sources last, so the dated ones keep their order.
  const sorted = [...sources].sort((a, b) => (b.publishedOn ?? "").localeCompare(a.publishedOn ?? ""));
  return h("nav", { class: "source-list", "aria-label": "Sources" },
    h("ul", {}, ...sorted.map((s) => h("li", {},
      h("a", {
        href: `?view=sources&source=${s.id}`,
        "aria-current": ctx.state.source === s.id ? "page" : null,
        "data-testid": `source-item-${s.id}`,
        onclick: (e: Event) => {
          e.preventDefault();
          ctx.navigate({ source: s.id, statement: null });
        },
      }, h("span", { class: "source-title" }, sourceTitle(s)), h("span", { class: "muted small" }, `${sourceOutlet(s)} · ${formatDay(s.publishedOn)}`))))));
}

export function renderSources(ctx: AppContext, container: HTMLElement, signal: AbortSignal): void {
  const pane = h("div", { class: "reader-pane" });
  const load = () => {
    container.replaceChildren(h("h2", {}, "Sources"), loadingBlock("sources"));
    api.sources(signal).then(
      (sources) => {
        container.replaceChildren(h("h2", {}, "Sources"), h("div", { class: "sources-layout" }, sourceList(ctx, sources), pane));
        if (!sources.length) return pane.replaceChildren(emptyBlock("No sources yet."));
        if (ctx.state.source === null) return pane.replaceChildren(h("p", { class: "view-intro" }, "Choose a source to read its text with its statements highlighted."));
        pane.replaceChildren(loadingBlock("the source text"));
        api.source(ctx.state.source, signal).then(
          (source) => {
            pane.replaceChildren(reader(ctx, source));
            focusCurrent(pane, ctx.state.statement);
          },
          (error) => !isAbort(error) && !signal.aborted && pane.replaceChildren(errorBlock(`source ${ctx.state.source}`, error, load)),
        );
      },
      (error) => !isAbort(error) && !signal.aborted && container.replaceChildren(h("h2", {}, "Sources"), errorBlock("the list of sources", error, load)),
    );
  };
  load();
}

/** "Show in source": bring the selected statement's highlight into view. */
export function focusCurrent(root: HTMLElement, statementId?: number | null): void {
  for (const el of root.querySelectorAll(".st-current")) el.classList.remove("st-current");
  if (!statementId) return;
  const targets = root.querySelectorAll<HTMLElement>(`.source-text [data-statement-id="${statementId}"]`);
  targets.forEach((t) => t.classList.add("st-current"));
  targets[0]?.scrollIntoView({ block: "center", behavior: "auto" });
}
