// "Code a statement by hand" beside a source's text: the original-language quote (selected in the text or
// pasted, its span found in the source), its translation, and the coding; saved with POST /api/statements.
// Open at once on a non-English source, whose notice says the pipeline proposes nothing for it.
import type { SourceDetail, Statement } from "../api/types";
import { h } from "../dom";
import { formatWithPrecision } from "../format/dates";
import { INTENSITIES, intensityLabel, STANCES, stanceWithNumber } from "../format/scale";
import { actorByKey, type AppContext } from "../state/context";
import { describeError } from "../views/status";
import { PRECISIONS } from "./editPayload";
import { findQuote, handCodeBody, isEnglish, languageNotice, type FieldProblem, type HandDraft } from "./handCode";
import { ReviewError, reviewApi, write } from "./reviewApi";
import type { ReviewState } from "./reviewState";
import type { SpanChoice } from "./selection";

/** What the form needs from the review view. */
export interface HandCodeHost {
  ctx: AppContext;
  state: ReviewState;
  signal: AbortSignal;
  login: (message: string, problem: boolean) => void;
  /** A statement was saved: show it with the source's others. */
  added(s: Statement): void;
}

/** The notice for the reader (null for English) and the hand-coding panel for the side. */
export function handCodePanel(host: HandCodeHost, source: SourceDetail & { language?: string | null }): { notice: HTMLElement | null; panel: HTMLElement } {
  const text = languageNotice(source.language);
  const notice = text ? h("p", { class: "review-language-notice", role: "note", "data-testid": "review-language-notice" }, h("strong", {}, "Not English. "), text) : null;
  const panel = h("details", { class: "review-handcode", open: !isEnglish(source.language), "data-testid": "handcode" },
    h("summary", {}, h("h3", {}, "Code a statement by hand")),
    handCodeForm(host, source));
  return { notice, panel };
}

function handCodeForm(host: HandCodeHost, source: SourceDetail & { language?: string | null }): HTMLFormElement {
  const ctx = host.ctx;
  const id = (name: string) => `hc-${source.id}-${name}`;
  const select = (name: string, options: [string, string][], value: string) => h("select", { id: id(name), "data-testid": `handcode-${name}` },
    ...options.map(([v, label]) => h("option", { value: v, selected: v === value }, label)));
  const field = (name: string, label: string, input: HTMLElement, wide = false) => h("div", { class: `field${wide ? " field-wide" : ""}` }, h("label", { for: id(name) }, label), input);

  let span: SpanChoice | null = null;
  const quote = h("textarea", { id: id("quote"), rows: 3, "data-testid": "handcode-quote", "aria-describedby": id("span") });
  const spanText = h("span", { id: id("span"), "data-testid": "handcode-span" });
  const showSpan = (note = "") => (spanText.textContent = span ? `characters ${span.start}–${span.end}${note}` : `not in the text yet${note}`);
  showSpan();
  const errors = h("div", { class: "form-errors", role: "alert", "data-testid": "handcode-errors" });
  const takeSpan = (chosen: SpanChoice, note = "") => {
    span = chosen;
    quote.value = chosen.quote;
    showSpan(note);
  };
  const useSelection = h("button", { type: "button", class: "button button-small", "data-testid": "handcode-use-selection", onclick: () => {
    const sel = host.state.selection;
    if (!sel) return (errors.textContent = "Select the statement's words in the text first, then choose “Use selection”.");
    errors.textContent = "";
    takeSpan(sel);
    ctx.announce(`Quote set to characters ${sel.start}–${sel.end} of the text.`);
  } }, "Use selection");
  const find = h("button", { type: "button", class: "button button-small", "data-testid": "handcode-find", onclick: () => locate(true) }, "Find in text");
  const locate = (announce: boolean): boolean => {
    const found = findQuote(source.text, quote.value, span?.start ?? 0);
    if (!found.span) {
      span = null;
      showSpan();
      errors.textContent = quote.value.trim() ? "Quote: these words are not in the source text. Paste them as the text writes them, or select them there." : "Quote: paste or select the original words first.";
      return false;
    }
    errors.textContent = "";
    takeSpan(found.span, found.occurrences > 1 ? ` (the first of ${found.occurrences} places; select the words in the text to pick another)` : "");
    if (announce) ctx.announce(`Found at characters ${found.span.start}–${found.span.end}.`);
    return true;
  };
  quote.addEventListener("input", () => {
    span = null; // typed words need finding again before they have a span
    showSpan();
  });

  const language = h("input", { id: id("quoteLanguage"), size: 6, value: isEnglish(source.language) ? "" : (source.language ?? ""), "data-testid": "handcode-language" });
  const translation = h("textarea", { id: id("translation"), rows: 3, "data-testid": "handcode-translation" });
  const speakers = [...ctx.speakers].sort((a, b) => a.name.localeCompare(b.name));
  const speaker = select("speaker", [["", "— choose the speaker —"], ...speakers.map((p): [string, string] => [p.key, `${p.name} (${p.role}, ${actorByKey(ctx, p.actor)?.name ?? p.actor})`])], "");
  const actor = select("actor", [["", "— the speaker's capital —"], ...ctx.actors.map((a): [string, string] => [a.key, a.name])], "");
  speaker.addEventListener("change", () => {
    const chosen = ctx.speakers.find((p) => p.key === speaker.value);
    if (chosen && ctx.actors.some((a) => a.key === chosen.actor)) actor.value = chosen.actor;
  });
  const topic = select("topic", [["", "— choose the topic —"], ...ctx.topics.map((t): [string, string] => [t.key, t.question])], "");
  const topicOf = () => ctx.topics.find((t) => t.key === topic.value);
  const stance = select("stance", STANCES.map((v): [string, string] => [String(v), stanceWithNumber(v, topicOf())]), "0");
  topic.addEventListener("change", () => STANCES.forEach((v, i) => (stance.options[i].textContent = stanceWithNumber(v, topicOf()))));
  const intensity = select("intensity", INTENSITIES.map((v): [string, string] => [String(v), `${v} ${intensityLabel(v)}`]), "1");
  const date = h("input", { id: id("saidOn"), type: "date", value: source.publishedOn ?? "", required: true, "data-testid": "handcode-date" });
  const precision = select("precision", PRECISIONS.map((p): [string, string] => [p, p]), "day");
  const verbatim = h("input", { id: id("verbatim"), type: "checkbox", checked: true, "data-testid": "handcode-verbatim" });
  const status = select("status", [["confirmed", "confirmed (on the timeline at once)"], ["proposed", "proposed (for a second reviewer)"]], "confirmed");
  const note = h("textarea", { id: id("note"), rows: 2, "data-testid": "handcode-note" });
  const inputs: Record<string, HTMLElement> = { span: quote, quote, quoteLanguage: language, translation, speaker, actor, topic, stance, intensity, saidOn: date, precision, verbatim, status, note };

  const markInvalid = (fields: string[]) => {
    for (const el of Object.values(inputs)) el.removeAttribute("aria-invalid");
    for (const f of fields) inputs[f]?.setAttribute("aria-invalid", "true");
  };
  const showProblems = (problems: FieldProblem[]) => {
    markInvalid(problems.map((p) => p.field));
    errors.replaceChildren(h("ul", {}, ...problems.map((p) => h("li", { "data-field": p.field }, p.message))));
    inputs[problems[0].field]?.focus();
  };

  const save = h("button", { type: "submit", class: "button", "data-testid": "handcode-save" }, "Save statement");
  const form = h("form", { class: "review-form handcode-form", "aria-label": "Code a statement by hand", "data-testid": "handcode-form", novalidate: true },
    h("p", { class: "muted small" }, "The quote keeps the source's own words; its place in the text is recorded as the statement's span, the provenance readers can check."),
    h("div", { class: "form-grid" },
      field("quote", "Quote, in the original language", quote, true),
      h("div", { class: "field field-wide field-span" }, h("span", { class: "label" }, "Span in the text: "), spanText, " ", useSelection, " ", find),
      field("quoteLanguage", "Language of the quote (ISO code, empty for English)", language),
      field("translation", "Translation into English", translation, true),
      field("speaker", "Speaker", speaker), field("actor", "Capital (actor)", actor),
      field("topic", "Topic", topic, true),
      field("stance", "Stance", stance), field("intensity", "Intensity", intensity),
      field("saidOn", "Said on", date), field("precision", "Date precision", precision),
      h("div", { class: "field field-check" }, verbatim, h("label", { for: id("verbatim") }, "Verbatim (direct quote); untick for reported speech")),
      field("status", "Save as", status),
      field("note", "Note", note, true)),
    errors,
    h("p", { class: "form-actions" }, save));

  const unsubscribe = host.state.onSelection((sel) => {
    if (sel && !quote.value.trim()) takeSpan(sel); // an empty form takes the first selection as its quote
  });
  host.signal.addEventListener("abort", () => unsubscribe());

  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    if (!span && quote.value.trim() && !locate(false)) return markInvalid(["span"]);
    const draft: HandDraft = {
      span, quoteLanguage: language.value, translation: translation.value, speaker: speaker.value, actor: actor.value, topic: topic.value,
      stance: Number(stance.value), intensity: Number(intensity.value), saidOn: date.value, precision: precision.value,
      verbatim: verbatim.checked, status: status.value === "proposed" ? "proposed" : "confirmed", note: note.value,
    };
    const { body, problems } = handCodeBody(source.id, source.text, draft);
    if (!body) return showProblems(problems);
    markInvalid([]);
    errors.textContent = "";
    save.disabled = true;
    form.setAttribute("aria-busy", "true");
    try {
      const created = await write((session) => reviewApi.create(session, body), host.login);
      if (!created) return;
      unsubscribe();
      ctx.announce(`Saved: statement ${created.id} by ${created.speaker?.name ?? body.speaker}, ${formatWithPrecision(created.date, created.precision)}, ${created.status}.`);
      host.added(created);
    } catch (error) {
      const { title, detail } = describeError(error);
      const fields = error instanceof ReviewError ? error.fields : [];
      markInvalid(fields);
      errors.replaceChildren(h("p", { "data-testid": "handcode-server-error", "data-fields": fields.join(" ") }, h("strong", {}, `Not saved. ${title}: `), detail ?? ""));
      if (fields[0]) inputs[fields[0]]?.focus();
    } finally {
      save.disabled = false;
      form.removeAttribute("aria-busy");
    }
  });
  return form;
}
