/**
 * Finds date expressions in English news text: explicit days ("September 15, 2022", "28th Mar,
 * 2023", "2022-09-15"), months ("late February", "in August", "March 2023"), years ("in 2001"),
 * weekdays ("on Friday", "last Monday") and relative expressions ("next month", "earlier this
 * week", "three days ago"). Only finds and classifies; {@link resolveDate} gives them a value.
 */
import type { Span } from '../span.js';
import { MONTH_PATTERN, WEEKDAY_PATTERN, monthOf, weekdayOf } from './date-words.js';

export type DatePart = 'early' | 'mid' | 'late';
export type RelativeUnit = 'day' | 'week' | 'month' | 'year';

/** A date expression before resolution. */
export type DateExpr = Span &
  (
    | { kind: 'day'; month: number; day: number; year: number | null }
    | { kind: 'month'; month: number; year: number | null; part: DatePart | null; direction: -1 | 0 | 1 }
    | { kind: 'year'; year: number; part: DatePart | null }
    | { kind: 'weekday'; weekday: number; direction: -1 | 0 | 1 }
    | { kind: 'relative'; unit: RelativeUnit; offset: number; part: DatePart | null }
  );

const M = MONTH_PATTERN;
const ORD = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d\\d)';
const PART = '(?:(early|mid|late|the (?:start|beginning|middle|end) of|the (?:first|second) half of)[ -](?:in )?)?';
const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, several: 3, few: 3, 'a few': 3, 'a couple of': 2,
};

function partOf(s: string | undefined): DatePart | null {
  if (!s) return null;
  if (/early|start|beginning|first/.test(s)) return 'early';
  if (/mid|middle/.test(s)) return 'mid';
  return 'late';
}

interface Rule {
  re: RegExp;
  make(m: RegExpExecArray): DateExpr | null;
}

/** The rules, most specific first; overlapping matches keep the earliest-starting, longest one. */
const RULES: readonly Rule[] = [
  {
    // 2022-09-15
    re: /\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b/g,
    make: (m) => ({ kind: 'day', year: +m[1], month: +m[2], day: +m[3], start: m.index, end: m.index + m[0].length }),
  },
  {
    // (Monday,) September 15(th)(, 2022)
    re: new RegExp(`\\b(?:${WEEKDAY_PATTERN},? )?(${M}) ${ORD}\\b(?:,? ${YEAR}\\b)?`, 'gu'),
    make: (m) => ({ kind: 'day', month: monthOf(m[1]), day: +m[2], year: m[3] ? +m[3] : null, start: m.index, end: m.index + m[0].length }),
  },
  {
    // (Monday,) 15(th) (of) September(,) (2022)
    re: new RegExp(`\\b(?:${WEEKDAY_PATTERN},? )?(?:the )?${ORD} (?:of )?(${M})(?:,? ${YEAR}\\b)?`, 'gu'),
    make: (m) => ({ kind: 'day', day: +m[1], month: monthOf(m[2]), year: m[3] ? +m[3] : null, start: m.index, end: m.index + m[0].length }),
  },
  {
    // late February (2022), mid-March, (last|next) August, the end of June
    re: new RegExp(`\\b(?:(last|next|this|past) )?${PART}(${M})(?:,? ${YEAR}\\b)?(?![ -]?\\d)`, 'gu'),
    make: (m) => {
      // "May" alone is too often the modal verb: require a year, a part, a direction or a preposition before it.
      const month = monthOf(m[3]);
      const bare = !m[1] && !m[2] && !m[4];
      if (bare && m[3] === 'May' && !/\b(?:in|since|until|till|by|from|during|of|last|next|this|early|late|mid)[ -]$/i.test(m.input.slice(Math.max(0, m.index - 7), m.index))) return null;
      const direction = m[1] === 'last' || m[1] === 'past' ? -1 : m[1] === 'next' ? 1 : 0;
      return { kind: 'month', month, year: m[4] ? +m[4] : null, part: partOf(m[2]), direction, start: m.index, end: m.index + m[0].length };
    },
  },
  {
    // in 2001, since 2014, by 2019, early 2023, the end of 2024
    re: new RegExp(`\\b(?:(?:in|since|by|until|till|from|during|before|after|through|throughout|of|around|circa) )(?:the year )?${PART}${YEAR}\\b(?![-/.,]\\d|\\s*(?:percent|per cent|%|people|troops|jets|km|miles|tons|tonnes|[a-z]+ion\\b))`, 'gdu'),
    make: (m) => {
      // The expression starts at its part ("early") or at the year; the preposition stays outside.
      const start = (m.indices?.[1] ?? m.indices?.[2] ?? [m.index])[0];
      return { kind: 'year', year: +m[2], part: partOf(m[1]), start, end: m.index + m[0].length };
    },
  },
  {
    // on Friday, last Monday, next Tuesday, Friday's signing
    re: new RegExp(`\\b(?:(last|next|this|on|since|until|by|from) )?(${WEEKDAY_PATTERN})\\b(?! \\d)`, 'gu'),
    make: (m) => ({
      kind: 'weekday',
      weekday: weekdayOf(m[2]),
      direction: m[1] === 'last' ? -1 : m[1] === 'next' ? 1 : 0,
      start: m[1] && /^(last|next|this)$/.test(m[1]) ? m.index : m.index + m[0].length - m[2].length,
      end: m.index + m[0].length,
    }),
  },
  {
    // today, yesterday, tomorrow, tonight
    re: /\b(today|yesterday|tomorrow|tonight)\b/gi,
    make: (m) => {
      const w = m[1].toLowerCase();
      return { kind: 'relative', unit: 'day', offset: w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0, part: null, start: m.index, end: m.index + m[0].length };
    },
  },
  {
    // earlier this month, later this year, last week, next month, this year, the past week, the previous month
    re: /\b(?:(earlier|later|early|late) )?(this|last|next|past|previous|coming|the past|the previous|the coming|the following) (week|month|year)\b/gi,
    make: (m) => {
      const which = m[2].toLowerCase().replace(/^the /, '');
      const offset = which === 'last' || which === 'past' || which === 'previous' ? -1 : which === 'next' || which === 'coming' || which === 'following' ? 1 : 0;
      const q = m[1]?.toLowerCase();
      const part = q === 'earlier' || q === 'early' ? 'early' : q === 'later' || q === 'late' ? 'late' : null;
      return { kind: 'relative', unit: m[3].toLowerCase() as RelativeUnit, offset, part, start: m.index, end: m.index + m[0].length };
    },
  },
  {
    // three days ago, two weeks ago, a year ago
    re: /\b(\d{1,3}|a couple of|a few|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few) (day|week|month|year)s? ago\b/gi,
    make: (m) => {
      const n = /^\d/.test(m[1]) ? +m[1] : NUMBER_WORDS[m[1].toLowerCase()] ?? 1;
      return { kind: 'relative', unit: m[2].toLowerCase() as RelativeUnit, offset: -n, part: null, start: m.index, end: m.index + m[0].length };
    },
  },
];

/** Every date expression in `text`, in text order, without overlaps. */
export function findDates(text: string): DateExpr[] {
  const found: DateExpr[] = [];
  for (const rule of RULES) {
    // matchAll works on a copy of the regex, so the shared rule objects are never mutated.
    for (const m of text.matchAll(rule.re)) {
      const e = rule.make(m as RegExpExecArray);
      if (e) found.push(e);
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DateExpr[] = [];
  for (const e of found) {
    const last = out[out.length - 1];
    if (last && e.start < last.end) continue;
    out.push(e);
  }
  return out;
}
