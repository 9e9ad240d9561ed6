/** Shortens text at a word boundary, adding an ellipsis. */
export function excerpt(text: string, max = 140): string {
  const t = text.replace(/\s+/g, " ").trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return (space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, "") + "…";
}

export const plural = (n: number, one: string, many = one + "s"): string => `${n} ${n === 1 ? one : many}`;

/** Pasted text may carry no title; the reader still needs something to call the source. */
export const sourceTitle = (s: { id: number; title: string | null }): string => s.title?.trim() || `Untitled source ${s.id}`;

/** Pasted text may carry no outlet. */
export const sourceOutlet = (s: { outlet: string | null }): string => s.outlet?.trim() || "outlet unknown";
