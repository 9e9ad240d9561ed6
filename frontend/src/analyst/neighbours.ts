// "Like these confirmed statements": the neighbours the sentence model found for a proposal, shown under its
// cues so the reviewer sees which earlier confirmations decided its topic or stance. Kept apart from review.ts,
// which only calls renderNeighbours.
import type { Statement, StatementNeighbour } from "../api/types";
import { h } from "../dom";

export interface NeighbourLine {
  /** Link target: the confirmed statement's own review page, when it has an id. */
  href: string | null;
  quote: string;
  coding: string;
  closeness: string;
}

const MAX_QUOTE = 140;

function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `−${-n}` : "0";
}

/** What to show for each neighbour, closest first; empty when the rules decided alone. */
export function neighbourLines(neighbours: StatementNeighbour[] | undefined, topicName: (key: string) => string = (k) => k): NeighbourLine[] {
  return [...(neighbours ?? [])]
    .sort((a, b) => b.similarity - a.similarity)
    .map((n) => ({
      href: n.id === null || n.id === undefined ? null : `?view=statements&statement=${n.id}`,
      quote: n.quote.length <= MAX_QUOTE ? n.quote : `${n.quote.slice(0, MAX_QUOTE - 1)}…`,
      coding: `${topicName(n.topic)}, stance ${signed(n.stance)}`,
      closeness: `${Math.round(n.similarity * 100)} % alike`,
    }));
}

/** The neighbours block of a statement in the review list, or null when it has none. */
export function renderNeighbours(s: Statement, topicName?: (key: string) => string): HTMLElement | null {
  const lines = neighbourLines(s.neighbours, topicName);
  if (lines.length === 0) return null;
  return h("details", { class: "item-neighbours muted small", "data-testid": "review-neighbours" },
    h("summary", {}, `Like these confirmed statements (${lines.length})`),
    h("ul", {}, ...lines.map((l) => h("li", {},
      l.href ? h("a", { href: l.href }, `“${l.quote}”`) : `“${l.quote}”`,
      ` — ${l.coding} · ${l.closeness}`))));
}
