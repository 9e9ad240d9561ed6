// Escalation: actor × bucket grid of the highest intensity (and count); a cell opens its statements.
import { api } from "../api/client";
import { h } from "../dom";
import { intensityLabel } from "../format/scale";
import type { AppContext } from "../state/context";
import { timelineQuery } from "../state/urlState";
import { buildEscalationGrid, INTENSITY_FILL } from "./escalationGrid";
import { emptyBlock, errorBlock, isAbort, loadingBlock } from "./status";

export function renderEscalation(ctx: AppContext, container: HTMLElement, signal: AbortSignal): void {
  const load = () => {
    container.replaceChildren(loadingBlock("the escalation grid"));
    api.timeline(timelineQuery(ctx.state, ctx.actors.map((a) => a.key), ctx.today), signal).then(
      (timeline) => {
        const grid = buildEscalationGrid(timeline, ctx.actors, ctx.selectedActors);
        const heading = h("h2", {}, `Escalation: highest intensity per ${grid.bucket}`);
        const intro = h("p", { class: "view-intro" }, `Each cell shows the highest intensity of that capital's confirmed statements in the ${grid.bucket} (0 descriptive … 3 explicit threat of force) and how many there were. Select a cell to read them.`);
        const legend = h("ul", { class: "grid-legend", "aria-label": "Intensity colours" },
          ...Object.entries(INTENSITY_FILL).map(([level, fill]) => h("li", {}, h("span", { class: "grid-swatch", style: `background:${fill.background}`, "aria-hidden": "true" }), `${level} ${intensityLabel(Number(level))}`)));
        if (!grid.columns.length || !grid.totalCount) {
          container.replaceChildren(heading, intro, emptyBlock(`No confirmed statements from the selected capitals in this period (${grid.columns.length} ${grid.bucket}s).`,
            h("button", { type: "button", class: "button", onclick: () => ctx.navigate({ period: { kind: "relative", preset: "all" } }) }, "Show all dates")));
          return;
        }
        const table = h("table", { class: "escalation-grid", "data-testid": "escalation-grid" },
          h("caption", { class: "visually-hidden" }, `Highest intensity per capital and ${grid.bucket}`),
          h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Capital"), ...grid.columns.map((c) => h("th", { scope: "col" }, c.label)))),
          h("tbody", {}, ...grid.rows.map((row) =>
            h("tr", {}, h("th", { scope: "row" }, h("span", { class: "swatch", style: `background:${row.colour}`, "aria-hidden": "true" }), row.name),
              ...row.cells.map((cell) => {
                if (!cell.count) return h("td", { class: "cell-empty", title: cell.description }, h("span", { class: "visually-hidden" }, cell.description), h("span", { "aria-hidden": "true" }, "·"));
                const fill = INTENSITY_FILL[cell.maxIntensity ?? 0];
                return h("td", {}, h("button", {
                  type: "button",
                  class: "cell",
                  style: `background:${fill.background};color:${fill.text}`,
                  title: cell.description,
                  "aria-label": `${cell.description}. Show these statements.`,
                  "data-testid": `escalation-cell-${row.actor}-${cell.start}`,
                  onclick: () => ctx.navigate({ view: "statements", actors: [row.actor], period: { kind: "absolute", from: cell.start, to: cell.end }, page: 0, stance: null, intensity: null, speaker: null, q: "", status: "confirmed" }),
                }, h("span", { class: "cell-intensity" }, String(cell.maxIntensity)), h("span", { class: "cell-count" }, `×${cell.count}`)));
              })))));
        container.replaceChildren(heading, intro, legend, h("div", { class: "table-scroll", tabindex: 0, role: "region", "aria-label": "Escalation grid, scrollable" }, table));
      },
      (error) => {
        if (signal.aborted || isAbort(error)) return;
        container.replaceChildren(errorBlock("the escalation grid", error, load));
      },
    );
  };
  load();
}
