// Maps a text selection in the reader to offsets into the source text. The reader renders the text
// exactly (every character in a text node, in order), so an offset is the number of characters in
// the text nodes before the selection point.

/** The parts of a DOM node this needs (so tests can pass plain objects). */
export interface NodeLike {
  nodeType: number;
  nodeValue: string | null;
  childNodes: ArrayLike<NodeLike>;
  parentNode: NodeLike | null;
}

const TEXT_NODE = 3;

function textLength(node: NodeLike): number {
  if (node.nodeType === TEXT_NODE) return node.nodeValue?.length ?? 0;
  let n = 0;
  for (let i = 0; i < node.childNodes.length; i++) n += textLength(node.childNodes[i]);
  return n;
}

function contains(root: NodeLike, node: NodeLike): boolean {
  for (let n: NodeLike | null = node; n; n = n.parentNode) if (n === root) return true;
  return false;
}

/**
 * The text offset of a DOM point (container, offset) within root, as in Range.startContainer /
 * startOffset: for a text node the offset counts characters, for an element it counts children.
 * Null when the point is outside root.
 */
export function textOffset(root: NodeLike, container: NodeLike, offset: number): number | null {
  if (!contains(root, container)) return null;
  let before = 0;
  if (container.nodeType === TEXT_NODE) before = Math.min(offset, container.nodeValue?.length ?? 0);
  else for (let i = 0; i < Math.min(offset, container.childNodes.length); i++) before += textLength(container.childNodes[i]);
  // Add the text of everything before `container` in document order, up to root.
  for (let node = container; node !== root; ) {
    const parent = node.parentNode!;
    for (let i = 0; i < parent.childNodes.length && parent.childNodes[i] !== node; i++) before += textLength(parent.childNodes[i]);
    node = parent;
  }
  return before;
}

export interface SpanChoice {
  start: number;
  end: number;
  quote: string;
}

/**
 * A span from two selection ends (in either order), trimmed of surrounding white space and
 * clamped to the text; null when nothing but white space is selected. quote == text.slice(start, end).
 */
export function spanFromOffsets(text: string, a: number | null, b: number | null): SpanChoice | null {
  if (a === null || b === null) return null;
  let start = Math.max(0, Math.min(a, b, text.length));
  let end = Math.min(text.length, Math.max(a, b, 0));
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (start >= end) return null;
  return { start, end, quote: text.slice(start, end) };
}

/** The current selection in root as a span of text, or null when it is empty or leaves root. */
export function spanFromSelection(root: Node, text: string, selection: Selection | null): SpanChoice | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const r = root as unknown as NodeLike;
  return spanFromOffsets(text, textOffset(r, range.startContainer as unknown as NodeLike, range.startOffset), textOffset(r, range.endContainer as unknown as NodeLike, range.endOffset));
}
