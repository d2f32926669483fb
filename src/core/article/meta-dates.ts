/**
 * Dates as pages print them in bylines, date lines and datelines ("September 15, 2022",
 * "28th Mar, 2023", "Jun 10, 2023 1 hr ago", "2015-09-04 12:15:44", "Mar. 21"). This is the
 * reader's metadata parser; resolving dates inside the body belongs to the date resolver.
 */

/** A date found in a string; `year` is null when the text gave only a month and day. */
export interface FoundDate {
  readonly year: number | null;
  readonly month: number;
  readonly day: number;
  /** Character range of the date expression in the string searched. */
  readonly start: number;
  readonly end: number;
}

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};
const MONTH_NAMES = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec';
const MONTH = String.raw`(${MONTH_NAMES})\.?`;
const WEEKDAY = String.raw`(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?`;
const ORD = String.raw`(?:st|nd|rd|th)?`;

// Each pattern: regex and a function from its groups to [year, month, day].
const PATTERNS: readonly [RegExp, (m: RegExpExecArray) => [number | null, number, number] | null][] = [
  // 2015-09-04, 2015-09-04T12:15:44Z
  [/\b(\d{4})-(\d{1,2})-(\d{1,2})(?![\d-])/g, (m) => [+m[1], +m[2], +m[3]]],
  // 2015/09/04
  [/\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b/g, (m) => [+m[1], +m[2], +m[3]]],
  // September 15, 2022 · Sept. 15 2022 · Mar. 21 (no year) · Monday, March 28, 2023
  [new RegExp(String.raw`\b${WEEKDAY}${MONTH}\s+(\d{1,2})${ORD}\b(?:,?\s+(\d{4})\b)?`, 'gi'), (m) => [m[3] ? +m[3] : null, MONTHS[m[1].toLowerCase()], +m[2]]],
  // 15 September 2022 · 28th Mar, 2023 · 4 of July 2021
  [new RegExp(String.raw`\b${WEEKDAY}(\d{1,2})${ORD}\s+(?:of\s+)?${MONTH},?(?:\s+(\d{4})\b)?`, 'gi'), (m) => [m[3] ? +m[3] : null, MONTHS[m[2].toLowerCase()], +m[1]]],
  // 04.09.2015 (day first, the European order) · 09/04/2015 only when unambiguous
  [/\b(\d{1,2})([./])(\d{1,2})\2(\d{4})\b/g, (m) => {
    const a = +m[1];
    const b = +m[3];
    if (m[2] === '.' || a > 12) return [+m[4], b, a];
    if (b > 12) return [+m[4], a, b];
    return null;
  }],
];

function validDay(year: number | null, month: number, day: number): boolean {
  if (!(month >= 1 && month <= 12 && day >= 1)) return false;
  if (year !== null && (year < 1900 || year > 2100)) return false;
  const days = new Date(Date.UTC(year ?? 2000, month, 0)).getUTCDate();
  return day <= days;
}

/** Every date expression in `s`, in text order (overlaps resolved in favour of the earlier, longer one). */
export function findDates(s: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const [re, read] of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const ymd = read(m);
      if (ymd && validDay(ymd[0], ymd[1], ymd[2])) {
        found.push({ year: ymd[0], month: ymd[1], day: ymd[2], start: m.index, end: m.index + m[0].length });
      }
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: FoundDate[] = [];
  for (const d of found) if (!out.length || d.start >= out[out.length - 1].end) out.push(d);
  return out;
}

/** The first date expression in `s`, or null. */
export function findDate(s: string): FoundDate | null {
  return findDates(s)[0] ?? null;
}

/** `YYYY-MM-DD` of a date with a year; null otherwise. */
export function isoDay(d: { year: number | null; month: number; day: number } | null): string | null {
  if (!d || d.year === null) return null;
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

// What may surround a date on a line that holds nothing else: times, zones, "Published", "1 hr ago".
const DATE_LINE_NOISE = new RegExp(
  [
    String.raw`\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?`,
    String.raw`\b(?:\d+|an?)\s*(?:hrs?|hours?|mins?|minutes?|secs?|seconds?|days?|weeks?)\s+ago\b`,
    // "7 min read", "GMT+8", "(UTC+05:30)", "+0300": reading times and zone offsets.
    String.raw`\b\d+\s*(?:mins?|minutes?)\s+read\b`,
    String.raw`(?:\b(?:gmt|utc))?[+\u2212-]\d{1,2}(?::?\d{2})?\b`,
    String.raw`\b(?:published|updated|posted|last|first|modified|date|dated|on|at|am|pm|a\.m|p\.m|gmt|utc|bst|cet|cest|est|edt|et|pt|ct|cst|pst|pdt|ist|pkt|msk|jst|kst|hkt|sgt|aest|wib|ict|ast|eat|wat|cat|sast|aedt|acst|acdt|awst|nzst|nzdt|hst|akst|akdt|mst|mdt|wet|west|eet|eest|irst|gst|pht|pkt|npt|bdt|wita|wit|trt|art|brt|clt|cot|pet|local time)\b`,
    String.raw`[|•·,:;\-–—/()\[\]]`,
    // The full stop that ends a dateline written as a sentence ("Published on 3 March 2024.").
    String.raw`\.\s*$`,
  ].join('|'),
  'gi',
);

/**
 * The date of a line that is only a date ("January 08, 2013", "Published: 28 March 2023 | 08:30 AM",
 * "2015-09-04 12:15:44"); null when the line says anything else.
 */
export function dateLine(line: string): FoundDate | null {
  return onlyDate(line, 0);
}

/**
 * The date of a line that is a place and a date, as press releases print them under the title
 * ("Lisbon, 15 November 2023"), or of a line that is only a date; null otherwise. (At the end of a
 * release the same line is a sign-off, which {@link dateLine} refuses.)
 */
export function placeDateLine(line: string): FoundDate | null {
  const place = /^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,2}\s*,\s*(?=\S)/u.exec(line);
  return onlyDate(line, 0) ?? (place ? onlyDate(line, place[0].length) : null) ?? releaseDateLine(line);
}

/** The date of a release's reference line ("Press Release No. 14/2023 12 April 2023", "Statement 05/2024 | 3 March 2024"), or null. */
function releaseDateLine(line: string): FoundDate | null {
  const dates = findDates(line).filter((d) => d.year !== null);
  if (dates.length !== 1 || line.length > 100) return null;
  const d = dates[0];
  const rest = (line.slice(0, d.start) + ' ' + line.slice(d.end)).replace(DATE_LINE_NOISE, ' ').trim();
  const tokens = rest.split(/\s+/).filter(Boolean);
  return tokens.length <= 5 && /\b(?:release|statement|note|communiqu[eé]|bulletin|no\.|ref\.?|reference)(?:\s|$)/i.test(rest) && tokens.every((t) => /^[\p{Lu}\d#]/u.test(t)) ? d : null;
}

/** The date of `line` from `from` on when nothing but dates and stamp words stand there. */
function onlyDate(line: string, from: number): FoundDate | null {
  const dates = findDates(line).filter((d) => d.start >= from);
  if (!dates.length || dates.length > 2 || dates.some((d) => d.year === null)) return null;
  // Two dates only as a published/updated pair; the publication date is the one after "published" or "posted", else the first.
  if (dates.length === 2 && !/\b(?:updated|modified|edited)\b/i.test(line)) return null;
  let rest = line;
  for (const d of [...dates].reverse()) rest = rest.slice(0, d.start) + ' ' + rest.slice(d.end);
  if (rest.slice(from).replace(DATE_LINE_NOISE, ' ').trim() !== '') return null;
  const stamp = /\b(?:published|posted|first published)\b/i.exec(line);
  return (stamp && dates.find((d) => d.start > stamp.index)) || dates[0];
}

const STAMP_WORD = /\b(?:published|updated|modified|posted|uploaded|created|first published|last updated|last modified)\b/i;
const NUMERIC_DATE = /\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b/g;

/**
 * True for a time stamp of the page: a stamp word and dates or times only ("Published on:
 * 07/03/2024 - 14:02", "March 3, 14:02 UPDATED: March 3, 15:10", "First published: Mar 04, 2024
 * 09:30 IST"), even when the date has no year or its order of day and month is unknown.
 */
export function isStampLine(line: string): boolean {
  if (line.length > 120 || !STAMP_WORD.test(line) || !/\d/.test(line)) return false;
  let rest = line;
  for (const d of [...findDates(line)].reverse()) rest = rest.slice(0, d.start) + ' ' + rest.slice(d.end);
  return rest.replace(NUMERIC_DATE, ' ').replace(DATE_LINE_NOISE, ' ').replace(/\b(?:by|on)\b/gi, ' ').trim() === '';
}

/** The publication date a URL path carries (`/2012/09/14/`, `/2002/oct/04/`, `/2014/03/`→ no day), or null. */
export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const m = new RegExp(String.raw`/((?:19|20)\d{2})[/-](\d{1,2}|${MONTH_NAMES})[/-](\d{1,2})(?:/|[-_]|$)`, 'i').exec(url);
  if (!m) return null;
  const month = /^\d+$/.test(m[2]) ? +m[2] : MONTHS[m[2].toLowerCase()];
  const ymd = { year: +m[1], month, day: +m[3] };
  return validDay(ymd.year, ymd.month, ymd.day) ? isoDay(ymd) : null;
}
