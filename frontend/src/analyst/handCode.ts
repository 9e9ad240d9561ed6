// Coding a statement by hand (a non-English source proposes nothing, so this is how its statements get in):
// find the pasted original words in the source text, and build the POST /api/statements body. Plain
// functions, unit-tested in handCode.test.ts; handCodeForm.ts draws the form around them.
import type { SpanChoice } from "./selection";

/** True for English or an unknown language: the pipeline proposes for these. */
export function isEnglish(language: string | null | undefined): boolean {
  const l = (language ?? "").trim().toLowerCase();
  return l === "" || l === "en" || l.startsWith("en-") || l === "und";
}

/** "French (fr)", or the code alone when the runtime has no name for it. */
export function languageName(code: string): string {
  try {
    const name = new Intl.DisplayNames(["en"], { type: "language" }).of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}

/** The notice over a non-English source's text, or null for English. */
export function languageNotice(language: string | null | undefined): string | null {
  if (isEnglish(language)) return null;
  return `This source is in ${languageName(language!.trim())}, not English: the pipeline proposes no statements for it. `
    + "Code its statements by hand: select the original words in the text (or paste them), give their English translation, and save.";
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// Pasted text often differs from the source in white space and in the shape of quotation marks and apostrophes.
const QUOTE_MARKS: Record<string, string> = { "'": "['’‘ʼ]", "’": "['’‘ʼ]", "‘": "['’‘ʼ]", "\"": "[\"“”„«»]", "“": "[\"“”„«»]", "”": "[\"“”„«»]", "„": "[\"“”„«»]", "«": "[\"“”„«»]", "»": "[\"“”„«»]" };

function loosePattern(quote: string): RegExp {
  const body = quote.trim().split(/\s+/).map((word) => [...word].map((c) => QUOTE_MARKS[c] ?? escapeRegExp(c)).join("")).join("\\s+");
  return new RegExp(body, "gu");
}

export interface FoundQuote {
  /** The span, its quote exactly as the source writes it; null when the words are not in the text. */
  span: SpanChoice | null;
  /** How many times the words occur; the span is the first one at or after `from` (else the first). */
  occurrences: number;
}

/**
 * Where pasted words are in the source text: exactly, else with any white space between words and any
 * quotation mark for a quotation mark. The quote of the span is the source's own characters, as the server's
 * span check wants.
 */
export function findQuote(text: string, pasted: string, from = 0): FoundQuote {
  if (!pasted.trim()) return { span: null, occurrences: 0 };
  const starts: { start: number; end: number }[] = [];
  const exact = pasted.trim();
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) starts.push({ start: at, end: at + exact.length });
  if (!starts.length) for (const m of text.matchAll(loosePattern(pasted))) starts.push({ start: m.index!, end: m.index! + m[0].length });
  if (!starts.length) return { span: null, occurrences: 0 };
  const chosen = starts.find((s) => s.start >= from) ?? starts[0];
  return { span: { ...chosen, quote: text.slice(chosen.start, chosen.end) }, occurrences: starts.length };
}

/** What the form holds (strings where it has text inputs). */
export interface HandDraft {
  span: SpanChoice | null;
  quoteLanguage: string;
  translation: string;
  speaker: string;
  actor: string;
  topic: string;
  stance: number;
  intensity: number;
  saidOn: string;
  precision: string;
  verbatim: boolean;
  status: "confirmed" | "proposed";
  note: string;
}

/** The body of POST /api/statements (NewStatement on the server). */
export interface NewStatementBody {
  sourceId: number;
  speaker: string;
  actor?: string;
  topic: string;
  saidOn: string;
  precision: string;
  quote: string;
  verbatim: boolean;
  span: { start: number; end: number };
  stance: number;
  intensity: number;
  status: "confirmed" | "proposed";
  confidence: number;
  translation?: string;
  quoteLanguage?: string;
  note?: string;
  dateNote?: string;
}

/** A problem with one field of the form: `field` is the body's field name, as the server's problem names it. */
export interface FieldProblem {
  field: keyof NewStatementBody;
  message: string;
}

const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The first day of the date's week (Monday), month or year: the server stores an imprecise date so. */
export function periodStart(day: string, precision: string): string {
  const [y, m, d] = day.split("-").map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (precision === "week") date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  else if (precision === "month") date.setUTCDate(1);
  else if (precision === "year") date.setUTCMonth(0, 1);
  return date.toISOString().slice(0, 10);
}

/** The request body, or the problems that keep it from being sent (each names its field). */
export function handCodeBody(sourceId: number, sourceText: string, draft: HandDraft): { body: NewStatementBody | null; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const span = draft.span;
  if (!span) problems.push({ field: "span", message: "Quote: select the original words in the text, or paste them and choose “Find in text”." });
  else if (sourceText.slice(span.start, span.end) !== span.quote) problems.push({ field: "span", message: "Quote: the words are no longer at their place in the text; find them again." });
  if (!draft.speaker) problems.push({ field: "speaker", message: "Speaker: choose who said it." });
  if (!draft.topic) problems.push({ field: "topic", message: "Topic: choose one." });
  if (!DAY.test(draft.saidOn) || Number.isNaN(Date.parse(draft.saidOn))) problems.push({ field: "saidOn", message: "Said on: use the form YYYY-MM-DD." });
  if (!Number.isInteger(draft.stance) || draft.stance < -2 || draft.stance > 2) problems.push({ field: "stance", message: "Stance must be between −2 and +2." });
  if (!Number.isInteger(draft.intensity) || draft.intensity < 0 || draft.intensity > 3) problems.push({ field: "intensity", message: "Intensity must be between 0 and 3." });
  const language = draft.quoteLanguage.trim().toLowerCase();
  if (language && !LANGUAGE.test(language)) problems.push({ field: "quoteLanguage", message: "Quote language: an ISO 639 code such as fr, de or uk." });
  const translation = draft.translation.trim();
  if (translation.length > 8000) problems.push({ field: "translation", message: "Translation: at most 8000 characters." });
  if (!isEnglish(language) && !translation) problems.push({ field: "translation", message: "Translation: give the English of the quote, so readers can follow it." });
  if (draft.note.trim().length > 2000) problems.push({ field: "note", message: "Note: at most 2000 characters." });
  if (problems.length) return { body: null, problems };

  const precision = draft.precision || "day";
  const saidOn = periodStart(draft.saidOn, precision);
  const body: NewStatementBody = {
    sourceId, speaker: draft.speaker, topic: draft.topic, saidOn, precision,
    quote: span!.quote, verbatim: draft.verbatim, span: { start: span!.start, end: span!.end },
    stance: draft.stance, intensity: draft.intensity, status: draft.status, confidence: 1,
  };
  if (draft.actor) body.actor = draft.actor;
  if (language && !isEnglish(language)) body.quoteLanguage = language;
  if (translation) body.translation = translation;
  if (draft.note.trim()) body.note = draft.note.trim();
  if (saidOn !== draft.saidOn) body.dateNote = `coded as ${draft.saidOn}, stored as the start of its ${precision}`;
  return { body, problems };
}

/**
 * The body fields a server problem names: the `violations` of a Bean Validation 400, else each
 * "Field 'x'" of its detail (domain errors such as the span check's 422 write them so).
 */
export function problemFields(violations: unknown, detail: string | null): string[] {
  const out = new Set<string>();
  if (Array.isArray(violations)) for (const v of violations) if (v && typeof v === "object" && typeof (v as { field?: unknown }).field === "string") out.add((v as { field: string }).field.split(/[.[]/)[0]);
  for (const m of (detail ?? "").matchAll(/[Ff]ield '([A-Za-z]+)/g)) out.add(m[1]);
  out.delete("");
  return [...out];
}
