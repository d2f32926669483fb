/**
 * Dates in the knowledge base: `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when only that much is known.
 * A partial date stands for its first day, so that `start <= D < end` comparisons stay plain string
 * comparisons on full `YYYY-MM-DD` keys.
 */

const KB_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True when `s` is a valid `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date (month and day in range). */
export function isKbDate(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const m = KB_DATE.exec(s);
  if (!m) return false;
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/** The comparable day key of a KB date: its first day as `YYYY-MM-DD` ("2001" → "2001-01-01"). */
export function dayKey(date: string): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

/** True when day `d` (a day key) lies in `[start, end)`; a `null` bound is open. */
export function inSpan(d: string, start: string | null, end: string | null): boolean {
  return (start === null || dayKey(start) <= d) && (end === null || d < dayKey(end));
}
