// Splits a source text at the boundaries of its statements' spans, so the reader can wrap each
// stretch in the marks of the statements that cover it (spans may nest or overlap).
import type { Statement } from "../api/types";

export interface TextSegment {
  start: number;
  end: number;
  text: string;
  /** Statements covering this stretch, innermost (shortest span) first. */
  statementIds: number[];
}

export function segmentText(text: string, statements: Pick<Statement, "id" | "span">[]): TextSegment[] {
  const spans = statements
    .filter((s) => s.span && s.span.start >= 0 && s.span.end <= text.length && s.span.start < s.span.end)
    .map((s) => ({ id: s.id, start: s.span!.start, end: s.span!.end }));
  const cuts = new Set<number>([0, text.length]);
  for (const s of spans) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const covering = spans
      .filter((s) => s.start <= start && s.end >= end)
      .sort((a, b) => a.end - a.start - (b.end - b.start) || a.id - b.id)
      .map((s) => s.id);
    segments.push({ start, end, text: text.slice(start, end), statementIds: covering });
  }
  return segments;
}
