// WCAG contrast helpers: actor colours come from the API, text drawn in them must stay readable.

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

export function parseHex(hex: string): [number, number, number] | null {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return null;
  const n = parseInt(m[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function relativeLuminance([r, g, b]: [number, number, number]): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: string, b: string): number {
  const ca = parseHex(a);
  const cb = parseHex(b);
  if (!ca || !cb) return 1;
  const [hi, lo] = [relativeLuminance(ca), relativeLuminance(cb)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const toHex = (rgb: number[]): string => "#" + rgb.map((c) => Math.round(c).toString(16).padStart(2, "0")).join("");

/** The colour itself if text in it reaches `ratio` against `background`, else a darker shade that does. */
export function readableOn(colour: string, background = "#ffffff", ratio = 4.5): string {
  const rgb = parseHex(colour);
  if (!rgb) return "#1a1a1a";
  if (contrastRatio(colour, background) >= ratio) return colour;
  for (let f = 0.95; f >= 0; f -= 0.05) {
    const candidate = toHex(rgb.map((c) => c * f));
    if (contrastRatio(candidate, background) >= ratio) return candidate;
  }
  return "#000000";
}
