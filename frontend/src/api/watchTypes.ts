// Shapes of the watch endpoints: GET /api/changes and GET /api/positions/matrix.

export interface WatchSource { id: number; title: string | null; outlet: string | null; url: string | null; link: string }

export interface WatchStatement {
  id: number;
  topic: string;
  actor: string;
  actorName: string;
  date: string;
  precision: string;
  dateText: string;
  quote: string;
  verbatim: boolean;
  speaker: string;
  role: string | null;
  stance: number;
  stanceWord: string | null;
  intensity: number;
  source: WatchSource;
  permalink: string;
}

export interface WatchShift { topic: string; actor: string; stanceChange: number; intensityChange: number; before: WatchStatement; after: WatchStatement; summary: string }

export interface ActorChanges { actor: string; name: string; before: WatchStatement | null; after: WatchStatement; shifts: WatchShift[]; statements: WatchStatement[] }

export interface Changes {
  since: string;
  until: string;
  truncated: boolean;
  statementCount: number;
  shiftCount: number;
  topics: { topic: string; question: string; actors: ActorChanges[] }[];
}

export interface MatrixCell {
  topic: string;
  actor: string;
  stance: number | null;
  word: string | null;
  intensity: number | null;
  date: string | null;
  /** How exactly `date` is known: day, week, month or year. */
  datePrecision: string | null;
  statementId: number | null;
  stale: boolean;
  daysSince: number | null;
  lastChange: string | null;
  lastChangePrecision: string | null;
  timeline: string;
}

export interface Matrix {
  at: string;
  staleAfterDays: number;
  topics: { key: string; question: string; labels: Record<string, string> }[];
  actors: { key: string; name: string; colour: string }[];
  cells: MatrixCell[];
}
