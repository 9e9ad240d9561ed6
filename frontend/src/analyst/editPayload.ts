// The edit form's values and the PUT /api/statements/{id} body: only the fields that changed.
import type { Statement } from "../api/types";

export const PRECISIONS = ["day", "week", "month", "year"] as const;

/** What the edit form holds (strings where the form has text inputs). */
export interface EditDraft {
  speaker: string;
  actor: string;
  topic: string;
  saidOn: string;
  precision: string;
  dateNote: string;
  quote: string;
  verbatim: boolean;
  span: { start: number; end: number } | null;
  stance: number;
  intensity: number;
  /** Comma- or newline-separated cue words. */
  cues: string;
  confidence: string;
  note: string;
}

export interface StatementUpdate {
  speaker?: string;
  actor?: string;
  topic?: string;
  saidOn?: string;
  precision?: string;
  dateNote?: string | null;
  quote?: string;
  verbatim?: boolean;
  span?: { start: number; end: number };
  stance?: number;
  intensity?: number;
  cues?: string[];
  confidence?: number;
  note?: string | null;
}

export const parseCues = (raw: string): string[] => [...new Set(raw.split(/[,\n]/).map((c) => c.trim()).filter(Boolean))];

export function draftFromStatement(s: Statement): EditDraft {
  return {
    speaker: s.speaker?.key ?? "",
    actor: s.actor,
    topic: s.topic,
    saidOn: s.date,
    precision: s.precision,
    dateNote: s.dateNote ?? "",
    quote: s.quote,
    verbatim: s.verbatim,
    span: s.span ? { ...s.span } : null,
    stance: s.stance,
    intensity: s.intensity,
    cues: s.cues.join(", "),
    confidence: String(s.confidence ?? ""),
    note: s.note ?? "",
  };
}

const blankToNull = (v: string): string | null => (v.trim() ? v.trim() : null);
const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The fields of `draft` that differ from `original`. A changed span always carries its quote,
 * taken from the source text (the server answers 422 when they disagree). Empty text for the
 * speaker is "leave as is" (the API takes a key, not a removal).
 */
export function editPayload(original: Statement, draft: EditDraft, sourceText?: string): StatementUpdate {
  const out: StatementUpdate = {};
  if (draft.speaker && draft.speaker !== (original.speaker?.key ?? "")) out.speaker = draft.speaker;
  if (draft.actor && draft.actor !== original.actor) out.actor = draft.actor;
  if (draft.topic && draft.topic !== original.topic) out.topic = draft.topic;
  if (draft.saidOn && draft.saidOn !== original.date) out.saidOn = draft.saidOn;
  if (draft.precision && draft.precision !== original.precision) out.precision = draft.precision;
  if (blankToNull(draft.dateNote) !== (original.dateNote ?? null)) out.dateNote = blankToNull(draft.dateNote);
  const spanChanged = !!draft.span && (!original.span || draft.span.start !== original.span.start || draft.span.end !== original.span.end);
  if (spanChanged) {
    out.span = { start: draft.span!.start, end: draft.span!.end };
    out.quote = sourceText !== undefined ? sourceText.slice(draft.span!.start, draft.span!.end) : draft.quote;
  } else if (draft.quote.trim() && draft.quote !== original.quote) {
    out.quote = draft.quote;
  }
  if (draft.verbatim !== original.verbatim) out.verbatim = draft.verbatim;
  if (draft.stance !== original.stance) out.stance = draft.stance;
  if (draft.intensity !== original.intensity) out.intensity = draft.intensity;
  const cues = parseCues(draft.cues);
  if (!sameList(cues, original.cues)) out.cues = cues;
  const confidence = Number(draft.confidence);
  if (draft.confidence.trim() && Number.isFinite(confidence) && !(typeof original.confidence === "number" && Math.abs(confidence - original.confidence) < 1e-9)) out.confidence = confidence;
  if (blankToNull(draft.note) !== (original.note ?? null)) out.note = blankToNull(draft.note);
  return out;
}

/** Client-side checks before sending; each message names the field. */
export function validateDraft(draft: EditDraft): string[] {
  const errors: string[] = [];
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.saidOn)) errors.push("Date: use the form YYYY-MM-DD.");
  if (draft.stance < -2 || draft.stance > 2) errors.push("Stance must be between −2 and +2.");
  if (draft.intensity < 0 || draft.intensity > 3) errors.push("Intensity must be between 0 and 3.");
  if (draft.confidence.trim()) {
    const c = Number(draft.confidence);
    if (!Number.isFinite(c) || c < 0 || c > 1) errors.push("Confidence must be a number from 0 to 1.");
  }
  if (!draft.quote.trim()) errors.push("Quote cannot be empty.");
  return errors;
}
