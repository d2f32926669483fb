/**
 * Calendar arithmetic on plain year/month/day triples (proleptic Gregorian, no time zones): all the
 * date resolver needs, without Date-object time-zone surprises.
 */

/** A calendar day. `month` is 1–12. */
export interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Parses `YYYY-MM-DD` (or the date part of an ISO timestamp); null when it is not one. */
export function parseYmd(s: string | null | undefined): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s ?? '');
  if (!m) return null;
  const ymd = { year: +m[1], month: +m[2], day: +m[3] };
  return isValid(ymd) ? ymd : null;
}

/** Days in `month` of `year`. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when the triple names a real day. */
export function isValid(d: Ymd): boolean {
  return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= daysInMonth(d.year, d.month);
}

/** Day number since 1970-01-01. */
export function toDayNumber(d: Ymd): number {
  return Math.floor(Date.UTC(d.year, d.month - 1, d.day) / 86_400_000);
}

/** The day `n` days after `d` (negative: before). */
export function addDays(d: Ymd, n: number): Ymd {
  const t = new Date((toDayNumber(d) + n) * 86_400_000);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** Year and month `n` months after `d`'s month. */
export function addMonths(year: number, month: number, n: number): { year: number; month: number } {
  const idx = year * 12 + (month - 1) + n;
  return { year: Math.floor(idx / 12), month: (idx % 12) + 1 };
}

/** Day of week, 0 = Sunday … 6 = Saturday. */
export function weekday(d: Ymd): number {
  // 1970-01-01 was a Thursday (4).
  return (((toDayNumber(d) + 4) % 7) + 7) % 7;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** `YYYY-MM-DD`. */
export function formatDay(d: Ymd): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

/** `YYYY-MM`. */
export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}
