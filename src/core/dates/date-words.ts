/**
 * Month and weekday names as the English press writes them (full, abbreviated, with or without a
 * period), for the date finder.
 */

/** Month name or abbreviation (lower case, no period) → month number. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3],
  ['april', 4], ['apr', 4], ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7],
  ['august', 8], ['aug', 8], ['september', 9], ['sept', 9], ['sep', 9], ['october', 10], ['oct', 10],
  ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
]);

/** Weekday name or abbreviation → 0 (Sunday) … 6. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['sunday', 0], ['sun', 0], ['monday', 1], ['mon', 1], ['tuesday', 2], ['tue', 2], ['tues', 2],
  ['wednesday', 3], ['wed', 3], ['thursday', 4], ['thu', 4], ['thur', 4], ['thurs', 4],
  ['friday', 5], ['fri', 5], ['saturday', 6], ['sat', 6],
]);

/**
 * Regex alternation of month names, full names first; only abbreviations take a period. Ends with a
 * Unicode-aware word end ("Mar" must not match in "Martínez"), so rules using it need the `u` flag.
 */
export const MONTH_PATTERN =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)(?![\\p{L}\\p{N}])';

/** Regex alternation of full weekday names. */
export const WEEKDAY_PATTERN = '(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)(?![\\p{L}\\p{N}])';

/** Month number of a matched month word, e.g. "Sept." → 9. */
export function monthOf(word: string): number {
  const m = MONTHS.get(word.toLowerCase().replace(/\.$/, ''));
  if (m === undefined) throw new RangeError(`not a month: ${word}`);
  return m;
}

/** Weekday number of a matched weekday word. */
export function weekdayOf(word: string): number {
  const w = WEEKDAYS.get(word.toLowerCase().replace(/\.$/, ''));
  if (w === undefined) throw new RangeError(`not a weekday: ${word}`);
  return w;
}

/** Parts of the day and calendar units, lower case. */
const TIME_UNITS: ReadonlySet<string> = new Set([
  'today', 'yesterday', 'tonight', 'tomorrow', 'morning', 'afternoon', 'evening', 'night', 'day',
  'week', 'weekend', 'month', 'year', 'hour', 'decade', 'overnight',
]);

/**
 * True when the word `form` (as written) names a stretch of time ("on Wednesday evening", "last
 * weeks", "in March"): a capitalised weekday or month name, or a part of the day or calendar unit
 * (plural allowed). Month names count only capitalised, since "a march" and "may" are other words.
 * A time never acts, speaks or is acted on, so walks that look for who did something pass over it.
 */
export function isTimeNoun(form: string): boolean {
  const w = form.toLowerCase().replace(/\.$/, '');
  if (/^\p{Lu}/u.test(form) && w.length > 3 && (WEEKDAYS.has(w) || MONTHS.has(w))) return true;
  return TIME_UNITS.has(w) || (w.endsWith('s') && TIME_UNITS.has(w.slice(0, -1)));
}
