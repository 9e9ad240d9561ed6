// Shifts: every detected change of position or rise in intensity, newest first, with the quotes
// before and after.
import { api } from "../api/client";
import type { Shift, ShiftSide } from "../api/types";
import { h } from "../dom";
import { formatWithPrecision } from "../format/dates";
import { intensityLabel, stanceLabel, stanceWithNumber } from "../format/scale";
import { excerpt, plural } from "../format/text";
import { actorByKey, type AppContext } from "../state/context";
import { timelineQuery } from "../state/urlState";
import { emptyBlock, errorBlock, isAbort, loadingBlock } from "./status";

export function describeShift(shift: Shift, topic: AppContext["topic"]): string {
  const parts: string[] = [];
  if (shift.stanceChange !== 0) parts.push(`position ${shift.stanceChange > 0 ? "rose" : "fell"} from “${stanceLabel(shift.before.stance, topic)}” to “${stanceLabel(shift.after.stance, topic)}”`);
  if (shift.intensityChange > 0) parts.push(`intensity rose from ${shift.before.intensity} to ${shift.after.intensity}`);
  else if (shift.intensityChange < 0) parts.push(`intensity fell from ${shift.before.intensity} to ${shift.after.intensity}`);
  return parts.join("; ") || "restated";
}

export const newestFirst = (items: Shift[]): Shift[] => [...items].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : b.after.id - a.after.id));

export function shiftSpeaker(s: ShiftSide): string {
  if (!s.speaker) return "unattributed";
  const name = typeof s.speaker === "string" ? s.speaker : s.speaker.name;
  const role = s.role ?? (typeof s.speaker === "string" ? null : s.speaker.role);
  return role ? `${name}, ${role}` : name;
}

/** A shift's date is its later statement's, as exactly as that is known ("January 2026" for a month). */
export const shiftDate = (shift: Shift): string => formatWithPrecision(shift.date, shift.precision ?? shift.after.precision);

export const sideDate = (s: ShiftSide): string => formatWithPrecision(s.date, s.precision);

function side(ctx: AppContext, label: string, s: ShiftSide): HTMLElement {
  return h("figure", { class: `shift-side shift-${label.toLowerCase()}` },
    h("figcaption", {}, h("span", { class: "shift-when" }, `${label} · ${sideDate(s)}`), " ", shiftSpeaker(s)),
    h("blockquote", {}, s.verbatim === false ? `${excerpt(s.quote, 280)} (reported)` : `“${excerpt(s.quote, 280)}”`),
    h("p", { class: "muted small" }, `${stanceWithNumber(s.stance, ctx.topic)} · intensity ${s.intensity} (${intensityLabel(s.intensity)}) `,
      h("button", { type: "button", class: "button button-small", onclick: () => ctx.navigate({ statement: s.id }) }, "Details")));
}

export function renderShifts(ctx: AppContext, container: HTMLElement, signal: AbortSignal): void {
  const load = () => {
    container.replaceChildren(h("h2", {}, "Shifts"), loadingBlock("shifts"));
    const q = timelineQuery(ctx.state, ctx.actors.map((a) => a.key), ctx.today);
    q.delete("bucket");
    api.shifts(q, signal).then(
      (result) => {
        const items = newestFirst(result.items);
        const intro = h("p", { class: "view-intro" }, "A shift is a change of position, or a rise in intensity, between two consecutive confirmed statements of the same capital.");
        if (!items.length) {
          container.replaceChildren(h("h2", {}, "Shifts"), intro, emptyBlock("No shifts in this period for the selected capitals."));
          return;
        }
        container.replaceChildren(h("h2", {}, `Shifts (${plural(items.length, "shift")}, newest first)`), intro,
          h("ol", { class: "shift-list", "data-testid": "shift-list" }, ...items.map((shift) => {
            const actor = actorByKey(ctx, shift.actor);
            return h("li", { class: "shift", "data-testid": "shift-item", style: `--actor:${actor?.colour ?? "#888"}` },
              h("h3", {}, h("span", { class: "swatch", style: `background:${actor?.colour ?? "#888"}`, "aria-hidden": "true" }), `${actor?.name ?? shift.actor}, ${shiftDate(shift)}: `, describeShift(shift, ctx.topic)),
              h("div", { class: "shift-sides" }, side(ctx, "Before", shift.before), side(ctx, "After", shift.after)));
          })));
      },
      (error) => !isAbort(error) && !signal.aborted && container.replaceChildren(h("h2", {}, "Shifts"), errorBlock("shifts", error, load)),
    );
  };
  load();
}
