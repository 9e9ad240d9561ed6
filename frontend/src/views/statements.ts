// Statements: the filterable, sortable, paged table; also the accessible alternative to the chart.
import { api } from "../api/client";
import type { Statement, StatementPage } from "../api/types";
import { h } from "../dom";
import { formatWithPrecision } from "../format/dates";
import { INTENSITIES, intensityLabel, STANCES, stanceWithNumber } from "../format/scale";
import { excerpt, sourceOutlet } from "../format/text";
import { actorByKey, type AppContext } from "../state/context";
import { PAGE_SIZES, statementsQuery, STATUSES, type SortKey } from "../state/urlState";
import { emptyBlock, errorBlock, isAbort, loadingBlock } from "./status";

function select(id: string, label: string, testid: string, options: [string, string][], value: string, onChange: (v: string) => void): HTMLElement {
  const el = h("select", { id, "data-testid": testid }, ...options.map(([v, text]) => h("option", { value: v }, text)));
  el.value = value;
  el.addEventListener("change", () => onChange(el.value));
  return h("div", { class: "control" }, h("label", { for: id }, label), el);
}

function filters(ctx: AppContext): HTMLElement {
  const s = ctx.state;
  const speakers = ctx.speakers.filter((sp) => ctx.selectedActors.includes(sp.actor)).sort((a, b) => a.name.localeCompare(b.name));
  const search = h("input", { type: "search", id: "filter-q", name: "q", value: s.q, "data-testid": "filter-q", placeholder: "words in quote, speaker or source" });
  const form = h("form", { class: "control control-search", role: "search", onsubmit: (e: Event) => {
    e.preventDefault();
    ctx.navigate({ q: search.value.trim(), page: 0 });
  } }, h("label", { for: "filter-q" }, "Text search"), h("div", { class: "search-row" }, search, h("button", { type: "submit", class: "button", "data-testid": "filter-q-submit" }, "Search")));
  return h("div", { class: "filters", role: "group", "aria-label": "Statement filters", "data-testid": "statement-filters" },
    select("filter-speaker", "Speaker", "filter-speaker", [["", "Any speaker"], ...speakers.map((sp): [string, string] => [sp.key, `${sp.name} (${actorByKey(ctx, sp.actor)?.name ?? sp.actor})`])], s.speaker ?? "", (v) => ctx.navigate({ speaker: v || null, page: 0 })),
    select("filter-stance", "Stance", "filter-stance", [["", "Any stance"], ...STANCES.map((v): [string, string] => [String(v), stanceWithNumber(v, ctx.topic)])], s.stance === null ? "" : String(s.stance), (v) => ctx.navigate({ stance: v === "" ? null : Number(v), page: 0 })),
    select("filter-intensity", "Intensity", "filter-intensity", [["", "Any intensity"], ...INTENSITIES.map((v): [string, string] => [String(v), `${v} ${intensityLabel(v)}`])], s.intensity === null ? "" : String(s.intensity), (v) => ctx.navigate({ intensity: v === "" ? null : Number(v), page: 0 })),
    select("filter-status", "Status", "filter-status", STATUSES.map((v): [string, string] => [v, v === "any" ? "any status" : v]), s.status, (v) => ctx.navigate({ status: v as AppContext["state"]["status"], page: 0 })),
    form,
    select("filter-size", "Rows per page", "filter-size", PAGE_SIZES.map((v): [string, string] => [String(v), String(v)]), String(s.size), (v) => ctx.navigate({ size: Number(v), page: 0 })),
  );
}

function sortHeader(ctx: AppContext, key: "date" | "stance" | "intensity", label: string): HTMLElement {
  const current = ctx.state.sort;
  const active = current.replace("-", "") === key;
  const descending = current.startsWith("-");
  const next: SortKey = active ? ((descending ? key : `-${key}`) as SortKey) : (`-${key}` as SortKey);
  return h("th", { scope: "col", "aria-sort": active ? (descending ? "descending" : "ascending") : "none" },
    h("button", { type: "button", class: "sort", "data-testid": `sort-${key}`, onclick: () => ctx.navigate({ sort: next, page: 0 }) },
      label, h("span", { "aria-hidden": "true", class: "sort-mark" }, active ? (descending ? " ▼" : " ▲") : " ↕")));
}

function row(ctx: AppContext, s: Statement): HTMLElement {
  const actor = actorByKey(ctx, s.actor);
  const quote = s.verbatim ? `“${excerpt(s.quote, 220)}”` : excerpt(s.quote, 220);
  return h("tr", { "data-testid": "statement-row", "data-statement-id": s.id, class: `status-${s.status}` },
    h("td", { class: "nowrap" }, formatWithPrecision(s.date, s.precision)),
    h("td", { class: "nowrap" }, h("span", { class: "swatch", style: `background:${actor?.colour ?? "#888"}`, "aria-hidden": "true" }), actor?.name ?? s.actor),
    h("td", {}, s.speaker ? [h("span", {}, s.speaker.name), h("br"), h("span", { class: "muted" }, s.speaker.role)] : h("em", { class: "muted" }, "unattributed")),
    h("td", { class: "quote-cell" }, s.verbatim ? null : h("span", { class: "badge badge-reported" }, "reported"), " ", quote, s.status !== "confirmed" ? h("span", { class: `badge badge-${s.status}` }, s.status) : null),
    h("td", { class: "nowrap" }, stanceWithNumber(s.stance, ctx.topic)),
    h("td", { class: "nowrap" }, `${s.intensity} ${intensityLabel(s.intensity)}`),
    h("td", {}, s.source.url ? h("a", { href: s.source.url, rel: "noopener", target: "_blank" }, sourceOutlet(s.source)) : sourceOutlet(s.source)),
    h("td", { class: "nowrap" },
      h("button", { type: "button", class: "button button-small", "data-testid": "statement-details", "aria-label": `Details of statement from ${formatWithPrecision(s.date, s.precision)}`, onclick: () => ctx.navigate({ statement: s.id }) }, "Details"),
      " ",
      h("a", { href: `?view=sources&source=${s.source.id}&statement=${s.id}`, class: "button button-small", "data-testid": "statement-in-source", onclick: (e: Event) => {
        e.preventDefault();
        ctx.navigate({ view: "sources", source: s.source.id, statement: s.id });
      } }, "In source")),
  );
}

function pager(ctx: AppContext, result: StatementPage): HTMLElement {
  const first = result.total ? result.page * result.size + 1 : 0;
  const last = Math.min(result.total, (result.page + 1) * result.size);
  const pages = Math.max(1, Math.ceil(result.total / result.size));
  return h("nav", { class: "pager", "aria-label": "Pages", "data-testid": "pager" },
    h("button", { type: "button", class: "button", disabled: result.page <= 0, "data-testid": "page-prev", onclick: () => ctx.navigate({ page: result.page - 1 }) }, "‹ Previous"),
    h("span", { "data-testid": "page-status" }, `${first}–${last} of ${result.total} · page ${result.page + 1} of ${pages}`),
    h("button", { type: "button", class: "button", disabled: result.page + 1 >= pages, "data-testid": "page-next", onclick: () => ctx.navigate({ page: result.page + 1 }) }, "Next ›"));
}

export function renderStatements(ctx: AppContext, container: HTMLElement, signal: AbortSignal): void {
  const results = h("div", { class: "results" });
  container.replaceChildren(h("h2", {}, "Statements"), filters(ctx), results);
  const load = () => {
    results.replaceChildren(loadingBlock("statements"));
    api.statements(statementsQuery(ctx.state, ctx.today), signal).then(
      (result) => {
        if (!result.items.length) {
          const hasFilters = ctx.state.q || ctx.state.speaker || ctx.state.stance !== null || ctx.state.intensity !== null || ctx.state.status !== "confirmed";
          results.replaceChildren(emptyBlock(
            result.total && result.page > 0 ? `Page ${result.page + 1} is past the end (${result.total} statements).` : `No ${ctx.state.status === "any" ? "" : ctx.state.status + " "}statements match these filters in this period.`,
            ...(result.page > 0 ? [h("button", { type: "button", class: "button", onclick: () => ctx.navigate({ page: 0 }) }, "First page")] : []),
            ...(hasFilters ? [h("button", { type: "button", class: "button", "data-testid": "clear-filters", onclick: () => ctx.navigate({ q: "", speaker: null, stance: null, intensity: null, status: "confirmed", page: 0 }) }, "Clear filters")] : []),
          ));
          return;
        }
        const table = h("table", { class: "statements", "data-testid": "statements-table" },
          h("caption", { "aria-live": "polite" }, `${result.total} ${ctx.state.status === "any" ? "" : ctx.state.status + " "}statement${result.total === 1 ? "" : "s"} on “${ctx.topic.question}”`),
          h("thead", {}, h("tr", {}, sortHeader(ctx, "date", "Date"), h("th", { scope: "col" }, "Capital"), h("th", { scope: "col" }, "Speaker"), h("th", { scope: "col" }, "Quote"),
            sortHeader(ctx, "stance", "Stance"), sortHeader(ctx, "intensity", "Intensity"), h("th", { scope: "col" }, "Source"), h("th", { scope: "col" }, h("span", { class: "visually-hidden" }, "Actions")))),
          h("tbody", {}, ...result.items.map((s) => row(ctx, s))));
        results.replaceChildren(h("div", { class: "table-scroll", tabindex: 0, role: "region", "aria-label": "Statements table, scrollable" }, table), pager(ctx, result));
      },
      (error) => {
        if (signal.aborted || isAbort(error)) return;
        results.replaceChildren(errorBlock("statements", error, load));
      },
    );
  };
  load();
}
