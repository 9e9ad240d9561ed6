// The side panel for one statement: full quote with its cues marked, coding, source link and
// "show in source". Opened by `statement=ID` in the URL.
import { api } from "../api/client";
import type { Statement } from "../api/types";
import { h } from "../dom";
import { formatDay, formatWithPrecision } from "../format/dates";
import { intensityLabel, stanceWithNumber } from "../format/scale";
import { sourceOutlet, sourceTitle } from "../format/text";
import { actorByKey, type AppContext } from "../state/context";
import { errorBlock, isAbort, loadingBlock } from "./status";

/** Splits a quote into plain and cue parts (case-insensitive, longest cue first, no overlaps). */
export function markCues(quote: string, cues: string[]): { text: string; cue: boolean }[] {
  const ranges: [number, number][] = [];
  const lower = quote.toLowerCase();
  for (const cue of [...cues].filter(Boolean).sort((a, b) => b.length - a.length)) {
    const needle = cue.toLowerCase();
    for (let i = lower.indexOf(needle); i >= 0; i = lower.indexOf(needle, i + needle.length)) {
      const end = i + needle.length;
      if (!ranges.some(([s, e]) => i < e && end > s)) ranges.push([i, end]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const parts: { text: string; cue: boolean }[] = [];
  let at = 0;
  for (const [s, e] of ranges) {
    if (s > at) parts.push({ text: quote.slice(at, s), cue: false });
    parts.push({ text: quote.slice(s, e), cue: true });
    at = e;
  }
  if (at < quote.length) parts.push({ text: quote.slice(at), cue: false });
  return parts;
}

function details(ctx: AppContext, s: Statement): HTMLElement[] {
  const actor = actorByKey(ctx, s.actor);
  const quote = h("blockquote", { class: `panel-quote${s.verbatim ? "" : " reported"}`, "data-testid": "panel-quote" },
    ...markCues(s.quote, s.cues).map((p) => (p.cue ? h("mark", { class: "cue" }, p.text) : p.text)));
  return [
    h("p", { class: "panel-meta" }, h("span", { class: "swatch", style: `background:${actor?.colour ?? "#888"}`, "aria-hidden": "true" }),
      h("strong", {}, actor?.name ?? s.actor), ` · ${formatWithPrecision(s.date, s.precision)}`),
    h("p", { class: "panel-speaker" }, s.speaker ? [h("strong", {}, s.speaker.name), `, ${s.speaker.role}`] : h("em", {}, "Unattributed: no speaker identified")),
    h("p", { class: "muted small" }, s.verbatim ? "Verbatim quote" : "Reported speech (the source's words, not the speaker's)"),
    quote,
    h("dl", { class: "panel-coding", "data-testid": "panel-coding" },
      h("dt", {}, "Stance"), h("dd", {}, stanceWithNumber(s.stance, ctx.topic)),
      h("dt", {}, "Intensity"), h("dd", {}, `${s.intensity} (${intensityLabel(s.intensity)})`),
      h("dt", {}, "Cues"), h("dd", { "data-testid": "panel-cues" }, s.cues.length ? h("ul", { class: "cue-list" }, ...s.cues.map((c) => h("li", {}, h("mark", { class: "cue" }, c)))) : "none recorded"),
      h("dt", {}, "Status"), h("dd", {}, h("span", { class: `badge badge-${s.status}` }, s.status), ` · coded by ${s.coder} · confidence ${Math.round(s.confidence * 100)}%`)),
    h("h3", {}, "Source"),
    h("p", {}, h("strong", {}, sourceTitle(s.source)), h("br"), `${sourceOutlet(s.source)} · ${formatDay(s.source.publishedOn)}`),
    h("p", { class: "panel-actions" },
      h("a", {
        href: `?view=sources&source=${s.source.id}&statement=${s.id}`,
        class: "button",
        "data-testid": "show-in-source",
        onclick: (e: Event) => {
          e.preventDefault();
          ctx.navigate({ view: "sources", source: s.source.id, statement: s.id });
        },
      }, "Show in source"),
      " ",
      s.source.url ? h("a", { href: s.source.url, rel: "noopener", target: "_blank", class: "button", "data-testid": "source-link" }, "Original article ↗") : h("span", { class: "muted small" }, "No link to the original."),
    ),
  ];
}

export function renderStatementPanel(ctx: AppContext, panel: HTMLElement, body: HTMLElement, signal: AbortSignal): void {
  const id = ctx.state.statement;
  if (id === null) {
    panel.hidden = true;
    body.replaceChildren();
    return;
  }
  panel.hidden = false;
  const load = () => {
    body.replaceChildren(loadingBlock("the statement"));
    api.statement(id, signal).then(
      (s) => body.replaceChildren(...details(ctx, s)),
      (error) => !isAbort(error) && !signal.aborted && body.replaceChildren(errorBlock(`statement ${id}`, error, load)),
    );
  };
  load();
}
