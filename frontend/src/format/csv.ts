// CSV of statements (RFC 4180 quoting). Text cells that a spreadsheet would run as a formula
// (starting with = + - @, tab or carriage return) get a leading apostrophe; plain numbers such
// as a stance of -2 are data, not formulas, and are left as they are.
import type { Statement, Topic } from "../api/types";
import { formatWithPrecision } from "./dates";
import { stanceLabel, intensityLabel } from "./scale";

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = "'" + text;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: unknown[][]): string {
  return rows.map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

export const STATEMENT_CSV_HEADER = [
  "id", "date", "date_precision", "date_label", "actor", "speaker", "role", "topic", "stance", "stance_label",
  "intensity", "intensity_label", "quote", "verbatim", "cues", "confidence", "status", "coder",
  "source_id", "source_title", "outlet", "source_url", "published_on",
];

export function statementsToCsv(statements: Statement[], topic?: Topic | null): string {
  return toCsv([
    STATEMENT_CSV_HEADER,
    ...statements.map((s) => [
      s.id, s.date, s.precision, formatWithPrecision(s.date, s.precision), s.actor, s.speaker?.name ?? "", s.speaker?.role ?? "", s.topic,
      s.stance, stanceLabel(s.stance, topic), s.intensity, intensityLabel(s.intensity), s.quote,
      s.verbatim, s.cues.join("; "), s.confidence, s.status, s.coder,
      s.source.id, s.source.title, s.source.outlet, s.source.url ?? "", s.source.publishedOn,
    ]),
  ]);
}
