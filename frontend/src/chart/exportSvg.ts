// Wraps the chart's SVG into a self-contained file: title, period, legend, event key and a
// source line, so that a downloaded image still says what it shows and where it came from.
import { formatDayShort } from "../format/dates";
import { intensityLabel } from "../format/scale";
import { plural } from "../format/text";
import { escapeHtml as esc } from "./html";
import { INTENSITY_MARKERS, type TimelineChartState } from "./timelineChartState";

const FONT = "'DejaVu Sans', 'Segoe UI', Arial, sans-serif";
const INK = "#1f2328";
const MUTED = "#57606a";

export interface ExportInput {
  state: TimelineChartState;
  chartSvg: string;
  chartWidth: number;
  chartHeight: number;
  /** e.g. "2026-11-22": when the data was fetched. */
  dataAsOf: string;
  /** The permalink of the view the file was made from. */
  url: string;
}

/** Greedy word wrap by an average glyph width, good enough for titles. */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && (line + " " + word).length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? line + " " + word : word;
  }
  if (line) lines.push(line);
  return lines;
}

export function sourceLine(state: TimelineChartState, dataAsOf: string, url: string): string {
  const marked = state.markerNote ? ` (${state.markerNote})` : "";
  return `Stanceline · ${plural(state.statementCount, "statement")}${marked} · data as of ${formatDayShort(dataAsOf)} · ${url}`;
}

function symbolPath(symbol: string, cx: number, cy: number, size: number, colour: string): string {
  const r = size / 2;
  switch (symbol) {
    case "emptyCircle":
      return `<circle cx="${cx}" cy="${cy}" r="${r - 1}" fill="#ffffff" stroke="${colour}" stroke-width="2"/>`;
    case "diamond":
      return `<path d="M${cx} ${cy - r}L${cx + r * 0.75} ${cy}L${cx} ${cy + r}L${cx - r * 0.75} ${cy}Z" fill="${colour}"/>`;
    case "triangle":
      return `<path d="M${cx} ${cy - r}L${cx + r} ${cy + r * 0.8}L${cx - r} ${cy + r * 0.8}Z" fill="${colour}"/>`;
    default:
      return `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${colour}"/>`;
  }
}

export function composeExportSvg(input: ExportInput): string {
  const { state, chartWidth: width } = input;
  const pad = 24;
  const parts: string[] = [];
  let y = pad;

  for (const line of wrapText(state.title, Math.floor((width - 2 * pad) / 12))) {
    y += 24;
    parts.push(`<text x="${pad}" y="${y}" font-size="20" font-weight="bold" fill="${INK}">${esc(line)}</text>`);
  }
  y += 22;
  parts.push(`<text x="${pad}" y="${y}" font-size="14" fill="${MUTED}">${esc(state.subtitle)} · position = latest confirmed statement</text>`);
  y += 10;

  const chartSvg = input.chartSvg
    .replace(/^<\?xml[^>]*>\s*/, "")
    .replace(/^<svg\b/, `<svg x="0" y="${y}"`);
  parts.push(chartSvg);
  y += input.chartHeight + 20;

  // Legend: actors, then intensity shapes, then line styles.
  let x = pad;
  for (const s of state.series) {
    parts.push(`<line x1="${x}" y1="${y - 4}" x2="${x + 22}" y2="${y - 4}" stroke="${s.colour}" stroke-width="3"/>`);
    parts.push(`<text x="${x + 28}" y="${y}" font-size="13" fill="${s.labelColour}" font-weight="bold">${esc(s.name)}</text>`);
    x += 48 + s.name.length * 8.5;
  }
  x += 12;
  parts.push(`<line x1="${x}" y1="${y - 4}" x2="${x + 22}" y2="${y - 4}" stroke="${MUTED}" stroke-width="2" stroke-dasharray="4 4"/>`);
  parts.push(`<text x="${x + 28}" y="${y}" font-size="13" fill="${MUTED}">no statement for ${state.staleAfterDays}+ days</text>`);
  y += 24;
  x = pad;
  parts.push(`<text x="${x}" y="${y}" font-size="13" fill="${MUTED}">Intensity:</text>`);
  x += 74;
  for (const [level, m] of Object.entries(INTENSITY_MARKERS)) {
    parts.push(symbolPath(m.symbol, x + 8, y - 5, m.size, MUTED));
    const text = `${level} ${intensityLabel(Number(level))}`;
    parts.push(`<text x="${x + 22}" y="${y}" font-size="13" fill="${INK}">${esc(text)}</text>`);
    x += 34 + text.length * 7.2;
  }

  if (state.events.length) {
    y += 26;
    parts.push(`<text x="${pad}" y="${y}" font-size="13" font-weight="bold" fill="${INK}">Events</text>`);
    const columns = width >= 900 ? 2 : 1;
    const colWidth = (width - 2 * pad) / columns;
    const maxChars = Math.floor(colWidth / 7) - 4;
    state.events.forEach((e, i) => {
      const row = Math.floor(i / columns);
      const col = i % columns;
      const when = e.endDate ? `${formatDayShort(e.date)} – ${formatDayShort(e.endDate)}` : formatDayShort(e.date);
      const text = `${e.number}. ${when}: ${e.label}`;
      const clipped = text.length > maxChars ? text.slice(0, maxChars - 1) + "…" : text;
      parts.push(`<text x="${pad + col * colWidth}" y="${y + 20 + row * 18}" font-size="12" fill="${INK}">${esc(clipped)}</text>`);
    });
    y += 20 + Math.ceil(state.events.length / columns) * 18 - 18;
  }

  y += 30;
  parts.push(`<text x="${pad}" y="${y}" font-size="12" fill="${MUTED}">${esc(sourceLine(state, input.dataAsOf, input.url))}</text>`);
  const height = y + pad;

  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}">` +
    `<title>${esc(state.title)}</title>` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    parts.join("") +
    `</svg>`
  );
}
