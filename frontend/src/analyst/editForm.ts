// The edit form of one statement: coding, date, quote and span, with its revision history.
import type { Revision, Statement } from "../api/types";
import { h } from "../dom";
import { INTENSITIES, intensityLabel, STANCES, stanceWithNumber } from "../format/scale";
import { actorByKey, type AppContext } from "../state/context";
import { describeError, errorBlock, isAbort, loadingBlock } from "../views/status";
import { draftFromStatement, editPayload, PRECISIONS, validateDraft, type EditDraft } from "./editPayload";
import { reviewApi, write } from "./reviewApi";
import type { ReviewState } from "./reviewState";
import type { SpanChoice } from "./selection";
import { translationFields } from "./translation";

/** What the form needs from the view that opens it. */
export interface EditHost {
  ctx: AppContext;
  state: ReviewState;
  signal: AbortSignal;
  login: (message: string, problem: boolean) => void;
  /** The statement changed on the server: redraw it, then focus the control with this test id. */
  replace(updated: Statement, focus: string | null): void;
  who(s: Statement): string;
}

export function editForm(host: EditHost, s: Statement, formId: string, close: () => void): HTMLFormElement {
  const ctx = host.ctx;
  const source = host.state.source!;
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
  const unsubscribe = host.state.onSelection(onSelection);
  onSelection(host.state.selection);
  const errors = h("div", { class: "form-errors", role: "alert", "data-testid": "review-form-errors" });
  const useSelection = h("button", { type: "button", class: "button button-small", "aria-describedby": id("span"), "data-testid": "review-use-selection", onclick: () => {
    const sel = host.state.selection;
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
    reviewApi.revisions(s.id, host.signal).then(
      (list) => {
        revisionBody.dataset.loaded = "1";
        revisionBody.replaceChildren(revisionList(list));
      },
      (error) => !isAbort(error) && revisionBody.replaceChildren(errorBlock("the history", error)),
    );
  });

  const save = h("button", { type: "submit", class: "button", "data-testid": "review-save" }, "Save");
  const form = h("form", { class: "review-form", id: formId, "aria-label": `Edit the statement by ${host.who(s)}`, "data-testid": "review-form", novalidate: true },
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
        unsubscribe();
        close();
      } }, "Cancel")),
    revisions);
  form.addEventListener("keydown", (e) => {
    if (e.key === "Escape") {
      unsubscribe();
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
      const updated = await write((session) => reviewApi.update(session, s.id, body), host.login);
      if (!updated) return;
      unsubscribe();
      host.replace(updated, "review-edit");
      ctx.announce(`Saved: ${Object.keys(body).join(", ")} of the statement by ${host.who(updated)}. It is still ${updated.status}.`);
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
