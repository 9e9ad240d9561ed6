// Shapes of the Stanceline JSON API (see frontend/README.md and shared/DESIGN.md).

export type IsoDate = string;
export type Bucket = "day" | "week" | "month";
export type StatementStatus = "proposed" | "confirmed" | "rejected";
/** A status filter: one status, or `any`. */
export type StatusFilter = StatementStatus | "any";
export type EventKind = "summit" | "talks" | "plan" | "strike" | "announcement";

export interface Topic {
  key: string;
  question: string;
  description: string;
  scaleLabels: Record<string, string>;
  displayOrder: number;
}

export interface Actor {
  key: string;
  name: string;
  country: string;
  colour: string;
  displayOrder: number;
}

export interface Speaker {
  id: number;
  key: string;
  name: string;
  aliases: string[];
  rolePhrases: string[];
  role: string;
  actor: string;
  from: IsoDate | null;
  to: IsoDate | null;
}

export interface ContextEvent {
  id: number;
  key: string;
  date: IsoDate;
  endDate: IsoDate | null;
  label: string;
  kind: EventKind;
  sourceId: number | null;
  url: string | null;
}

/** Title, outlet and date are null for pasted text that carried none of them. */
export interface SourceRef {
  id: number;
  title: string | null;
  outlet: string | null;
  url: string | null;
  publishedOn: IsoDate | null;
}

export interface SpeakerRef {
  id: number;
  key: string;
  name: string;
  role: string;
}

export interface Statement {
  id: number;
  key: string;
  date: IsoDate;
  precision: string;
  actor: string;
  speaker: SpeakerRef | null;
  topic: string;
  quote: string;
  verbatim: boolean;
  stance: number;
  intensity: number;
  cues: string[];
  confidence: number;
  status: StatementStatus;
  coder: string;
  /** Why the date is what it is (e.g. "article date, no date in the text"); review notes. */
  dateNote?: string | null;
  note?: string | null;
  source: SourceRef;
  span: { start: number; end: number } | null;
  /** Confirmed statements that decided a proposal's topic or stance (the sentence model), closest first. */
  neighbours?: StatementNeighbour[];
  /** English of a quote in another language; the quote keeps the original words. */
  translation?: string | null;
  /** The quote's language (ISO 639) when it is not English. */
  quoteLanguage?: string | null;
}

export interface StatementNeighbour {
  id: number | null;
  quote: string;
  topic: string;
  stance: number;
  similarity: number;
}

export interface StatementPage {
  total: number;
  page: number;
  size: number;
  items: Statement[];
}

export interface SourceDetail extends SourceRef {
  precision: string | null;
  inferred: boolean;
  inferredReason: string | null;
  text: string;
  statements: Statement[];
}

export interface TimelinePoint {
  start: IsoDate;
  end: IsoDate;
  count: number;
  meanStance: number | null;
  minStance: number | null;
  maxStance: number | null;
  maxIntensity: number | null;
  position: number | null;
  positionStatementId: number | null;
  positionDate: IsoDate | null;
  stale: boolean;
}

export interface Timeline {
  topic: string;
  bucket: Bucket;
  from: IsoDate;
  to: IsoDate;
  staleAfterDays: number;
  series: { actor: string; points: TimelinePoint[] }[];
}

export interface ShiftSide {
  id: number;
  date: IsoDate;
  /** How exactly `date` is known: "day", "week", "month" or "year" (absent from older servers: a day). */
  precision?: string | null;
  stance: number;
  intensity: number;
  quote: string;
  /** The backend sends the speaker's name with a separate role; an object is accepted too. */
  speaker: string | SpeakerRef | null;
  role?: string | null;
  verbatim?: boolean;
  sourceId?: number | null;
}

export interface Shift {
  actor: string;
  /** The later statement's date, with its precision. */
  date: IsoDate;
  precision?: string | null;
  stanceChange: number;
  intensityChange: number;
  before: ShiftSide;
  after: ShiftSide;
}

export interface Shifts {
  topic: string;
  items: Shift[];
}

/** RFC 9457 problem details. */
export interface Problem {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  /** 409 on POST /api/sources: the source that already holds this text. */
  existingId?: number;
}

/** One entry of GET /api/statements/{id}/revisions. */
export interface Revision {
  revision: number;
  action: string;
  by: string | null;
  at: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** 201 of POST /api/sources. */
export interface CreatedSource {
  id: number;
  contentHash: string;
  proposed: Statement[];
}
