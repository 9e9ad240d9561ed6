// Calendar dates as ISO strings, computed in UTC so the time zone of the reader never shifts a day.

const DAY_MS = 86_400_000;
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string | null | undefined): value is string {
  const m = value ? ISO_DATE.exec(value) : null;
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

export const isoToMs = (iso: string): number => Date.parse(iso + "T00:00:00Z");
export const msToIso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
export const addDays = (iso: string, days: number): string => msToIso(isoToMs(iso) + days * DAY_MS);
export const daysBetween = (a: string, b: string): number => Math.round((isoToMs(b) - isoToMs(a)) / DAY_MS);

/** Today's calendar date in UTC. */
export const todayIso = (now: Date = new Date()): string => now.toISOString().slice(0, 10);

function parts(iso: string): [number, number, number] {
  const [y, m, d] = iso.split("-").map(Number);
  return [y, m, d];
}

/** Shown wherever the API sends no date (an undated source, for one). */
export const UNDATED = "undated";

/** "16 March 2025" */
export function formatDay(iso: string | null | undefined): string {
  if (!iso) return UNDATED;
  const [y, m, d] = parts(iso);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** "16 Mar 2025" */
export function formatDayShort(iso: string | null | undefined): string {
  if (!iso) return UNDATED;
  const [y, m, d] = parts(iso);
  return `${d} ${MONTHS[m - 1].slice(0, 3)} ${y}`;
}

/** "March 2025" */
export function formatMonth(iso: string): string {
  const [y, m] = parts(iso);
  return `${MONTHS[m - 1]} ${y}`;
}

/** "Mar 2025" */
export function formatMonthShort(iso: string): string {
  const [y, m] = parts(iso);
  return `${MONTHS[m - 1].slice(0, 3)} ${y}`;
}

/**
 * A date as precise as it is known: day, week of, month or year. The one place the dashboard turns a
 * dated value into words; a missing precision is treated as a day, a missing date as undated.
 */
export function formatWithPrecision(iso: string | null | undefined, precision: string | null | undefined): string {
  if (!iso) return UNDATED;
  if (precision === "month") return formatMonth(iso);
  if (precision === "year") return iso.slice(0, 4);
  if (precision === "week") return `week of ${formatDay(iso)}`;
  return formatDay(iso);
}

/**
 * The same for sentences, with its preposition: "on 17 March 2025", "in the week of 17 March 2025",
 * "in January 2026" (as PrecisionDates.on on the server).
 */
export function formatOnDate(iso: string | null | undefined, precision: string | null | undefined): string {
  if (!iso) return UNDATED;
  const words = formatWithPrecision(iso, precision);
  if (precision === "week") return `in the ${words}`;
  return precision === "month" || precision === "year" ? `in ${words}` : `on ${words}`;
}

/** "1 February 2025 – 31 January 2026" */
export function formatRange(from: string, to: string): string {
  return `${formatDay(from)} – ${formatDay(to)}`;
}
