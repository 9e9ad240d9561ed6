// What the review of one source holds, without DOM or API: the source and its statements, the text
// the analyst last selected, and the questions the view asks of them. Unit-tested in reviewState.test.ts.
import type { SourceDetail, Statement } from "../api/types";
import type { SpanChoice } from "./selection";

export class ReviewState {
  source: SourceDetail | null = null;
  /** The last span selected in the text; kept when a click clears the browser's selection. */
  selection: SpanChoice | null = null;
  private readonly listeners = new Set<(s: SpanChoice | null) => void>();

  load(source: SourceDetail): void {
    this.source = { ...source, statements: [...source.statements] };
    this.selection = null;
  }

  /** In text order (by span start), statements without a span last. */
  ordered(): Statement[] {
    return [...(this.source?.statements ?? [])].sort((a, b) => (a.span?.start ?? Infinity) - (b.span?.start ?? Infinity) || a.id - b.id);
  }

  counts(): { all: number; proposed: number } {
    const all = this.source?.statements ?? [];
    return { all: all.length, proposed: all.filter((s) => s.status === "proposed").length };
  }

  /** What "Confirm all" sends, in text order: the server confirms exactly these, or none. */
  proposedIds(): number[] {
    return this.ordered().filter((s) => s.status === "proposed").map((s) => s.id);
  }

  /** Takes the server's answer for one statement; false when it is not part of this source. */
  replace(updated: Statement): boolean {
    if (!this.source || !this.source.statements.some((s) => s.id === updated.id)) return false;
    this.source.statements = this.source.statements.map((s) => (s.id === updated.id ? updated : s));
    return true;
  }

  select(span: SpanChoice): void {
    this.selection = span;
    for (const listener of this.listeners) listener(span);
  }

  /** Called on every new selection until the returned function is called. */
  onSelection(listener: (s: SpanChoice | null) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
