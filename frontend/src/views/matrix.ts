// Every question at a glance: capitals (rows) × questions (columns), each cell the current position in
// words and colour, its staleness and the date of its last change, linking to that timeline. Sort by a
// question's column or by name, filter capitals and questions; both headers stay in view while scrolling.
import { getJson } from "../api/client";
import type { Matrix, MatrixCell } from "../api/watchTypes";
import { h } from "../dom";
import { formatDay, formatWithPrecision, isIsoDate } from "../format/dates";
import { stanceWithNumber } from "../format/scale";
import type { AppContext } from "../state/context";
import { matrixModel, type MatrixOptions } from "./matrixModel";
import { emptyBlock, errorBlock, isAbort, loadingBlock } from "./status";
import "./watch.css";

function cellView(c: MatrixCell | undefined, question: string, actorName: string, labels: Record<string, string>): HTMLElement {
  if (!c || c.stance === null) {
    return h("td", { class: "matrix-cell matrix-none", "data-testid": "matrix-cell", title: `${actorName}: no confirmed statement on “${question}”` }, "—");
  }
  const changed = c.lastChange ? `changed ${formatWithPrecision(c.lastChange, c.lastChangePrecision)}` : "unchanged";
  const title = `${actorName}: ${stanceWithNumber(c.stance, { scaleLabels: labels })}, intensity ${c.intensity}; last said ${formatWithPrecision(c.date, c.datePrecision)} (${c.daysSince} days before)${c.stale ? ", stale" : ""}; ${changed}`;
  return h("td", { class: `matrix-cell stance-${c.stance < 0 ? "m" : "p"}${Math.abs(c.stance)}${c.stale ? " matrix-stale" : ""}`, "data-testid": "matrix-cell", "data-stance": c.stance },
    h("a", { href: new URL(c.timeline, location.href).search || c.timeline, title },
      h("span", { class: "matrix-word" }, c.word ?? String(c.stance)),
      h("span", { class: "matrix-meta" }, c.stale ? `stale · ${changed}` : changed)));
}

export function renderMatrix(ctx: AppContext, container: HTMLElement, signal: AbortSignal): void {
  const options: MatrixOptions = { filter: "", topics: [], hideEmpty: false, sort: { by: "order" } };
  let at = ctx.today;
  let data: Matrix | null = null;
  const tableBox = h("div", { class: "matrix-scroll", "data-testid": "matrix-scroll", tabindex: 0, role: "region", "aria-label": "Positions matrix" });

  const draw = () => {
    if (!data) return;
    const m = matrixModel(data, options);
    if (!m.actors.length || !m.topics.length) {
      tableBox.replaceChildren(emptyBlock("No capital or question matches the filter."));
      return;
    }
    const sortMark = (key: string) => options.sort.by === "topic" && options.sort.topic === key ? (options.sort.descending ? " ▼" : " ▲") : "";
    const header = h("tr", {},
      h("th", { class: "matrix-corner", scope: "col" },
        h("button", { type: "button", class: "matrix-sort", "data-testid": "matrix-sort-name", onclick: () => { options.sort = options.sort.by === "name" ? { by: "order" } : { by: "name" }; draw(); } },
          `Capital${options.sort.by === "name" ? " (A–Z)" : ""}`)),
      ...m.topics.map((t) => h("th", { scope: "col", class: "matrix-topic", title: t.question, "aria-sort": options.sort.by === "topic" && options.sort.topic === t.key ? (options.sort.descending ? "descending" : "ascending") : "none" },
        h("button", { type: "button", class: "matrix-sort", "data-testid": `matrix-sort-${t.key}`, onclick: () => {
          const s = options.sort;
          options.sort = { by: "topic", topic: t.key, descending: s.by === "topic" && s.topic === t.key ? !s.descending : true };
          draw();
        } }, `${t.question}${sortMark(t.key)}`))));
    const rows = m.actors.map((a) => h("tr", { "data-testid": "matrix-row", "data-actor": a.key },
      h("th", { scope: "row", class: "matrix-actor" }, h("span", { class: "swatch", style: `background:${a.colour}`, "aria-hidden": "true" }), a.name),
      ...m.topics.map((t) => cellView(m.cell(t.key, a.key), t.question, a.name, t.labels))));
    tableBox.replaceChildren(h("table", { class: "matrix", "data-testid": "matrix" },
      h("caption", { class: "muted small" }, `Positions on ${formatDay(data.at)}: ${m.actors.length} capitals × ${m.topics.length} questions. A position is stale when its latest statement is more than ${data.staleAfterDays} days old.`),
      h("thead", {}, header), h("tbody", {}, ...rows)));
  };

  const filter = h("input", { type: "search", class: "input", placeholder: "Filter capitals", "aria-label": "Filter capitals", "data-testid": "matrix-filter" });
  filter.addEventListener("input", () => { options.filter = filter.value; draw(); });
  const hideEmpty = h("input", { type: "checkbox", "data-testid": "matrix-hide-empty" });
  hideEmpty.addEventListener("change", () => { options.hideEmpty = hideEmpty.checked; draw(); });
  const date = h("input", { type: "date", class: "input", value: at, "aria-label": "Positions on", "data-testid": "matrix-at" });
  date.addEventListener("change", () => { if (isIsoDate(date.value)) { at = date.value; load(); } });
  const questions = h("select", { class: "input", multiple: true, size: 3, "aria-label": "Questions shown", "data-testid": "matrix-topics" });
  questions.addEventListener("change", () => { options.topics = [...questions.selectedOptions].map((o) => o.value); draw(); });

  const load = () => {
    tableBox.replaceChildren(loadingBlock("the positions matrix"));
    getJson<Matrix>("/api/positions/matrix", new URLSearchParams({ at }), signal).then(
      (m) => {
        data = m;
        if (!questions.options.length) questions.replaceChildren(...m.topics.map((t) => h("option", { value: t.key }, t.question)));
        draw();
      },
      (error) => !isAbort(error) && !signal.aborted && tableBox.replaceChildren(errorBlock("the positions matrix", error, load)),
    );
  };
  container.replaceChildren(h("h2", {}, "Every question at a glance"),
    h("p", { class: "view-intro" }, "Each cell is a capital's current position on a question, in the question's own words. Click a question to sort by it (again to reverse), a cell to open that timeline."),
    h("div", { class: "matrix-controls" }, h("label", {}, "On ", date), filter, h("label", {}, hideEmpty, " Hide capitals without a position"),
      h("label", { class: "matrix-questions" }, "Questions ", questions)),
    tableBox);
  load();
}
