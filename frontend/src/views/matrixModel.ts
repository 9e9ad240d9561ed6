// The matrix's rows and columns after filter and sort, kept apart from the DOM so it can be unit tested.
import type { Matrix, MatrixCell } from "../api/watchTypes";

export type MatrixSort = { by: "order" } | { by: "name" } | { by: "topic"; topic: string; descending: boolean };

export interface MatrixOptions {
  /** Case-insensitive part of a capital's name or key. */
  filter: string;
  /** Question keys to show; empty means all. */
  topics: string[];
  /** Leave out capitals without a position on any shown question. */
  hideEmpty: boolean;
  sort: MatrixSort;
}

export interface MatrixModel {
  topics: Matrix["topics"];
  actors: Matrix["actors"];
  cell(topic: string, actor: string): MatrixCell | undefined;
}

export function matrixModel(m: Matrix, o: MatrixOptions): MatrixModel {
  const cells = new Map(m.cells.map((c) => [`${c.topic}|${c.actor}`, c]));
  const cell = (topic: string, actor: string) => cells.get(`${topic}|${actor}`);
  const topics = o.topics.length ? m.topics.filter((t) => o.topics.includes(t.key)) : m.topics;
  const needle = o.filter.trim().toLowerCase();
  let actors = m.actors.filter((a) => !needle || a.name.toLowerCase().includes(needle) || a.key.includes(needle));
  if (o.hideEmpty) actors = actors.filter((a) => topics.some((t) => cell(t.key, a.key)?.stance != null));
  const sort = o.sort;
  if (sort.by === "name") actors = [...actors].sort((a, b) => a.name.localeCompare(b.name));
  if (sort.by === "topic") {
    // Capitals without a position go last whichever the direction.
    const value = (key: string) => cell(sort.topic, key)?.stance;
    actors = [...actors].sort((a, b) => {
      const x = value(a.key);
      const y = value(b.key);
      if (x == null || y == null) return x == null ? (y == null ? 0 : 1) : -1;
      return sort.descending ? y - x : x - y;
    });
  }
  return { topics, actors, cell };
}
