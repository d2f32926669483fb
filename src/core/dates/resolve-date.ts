/**
 * Resolves a date expression against an anchor (the publication date) the way a news reader does:
 * an implied year is the one that puts the date in the recent past, unless the sentence speaks of
 * the future ("will", "next", "is due to"); a bare weekday is the most recent one; "in February" in a
 * September article is the past February.
 */
import type { AnalysisDate } from '../analysis/contract.js';
import { addDays, addMonths, formatDay, formatMonth, isValid, toDayNumber, weekday, type Ymd } from './calendar.js';
import type { DateExpr } from './find-dates.js';

/** How the sentence around an expression leans in time. */
export type Tense = 'past' | 'future' | 'neutral';

/** A resolved value, without the span. */
export type ResolvedValue = Pick<AnalysisDate, 'value' | 'granularity' | 'relative' | 'part'>;

/** Days a bare future-looking date may lie after the anchor before we assume it is last year's. */
const NEAR_FUTURE_DAYS = 31;

/**
 * The value of `expr` given the publication date `anchor` (null when unknown) and the tense of its
 * sentence. Null when the expression cannot be resolved (a relative date without an anchor).
 */
export function resolveDate(expr: DateExpr, anchor: Ymd | null, tense: Tense): ResolvedValue | null {
  switch (expr.kind) {
    case 'day': {
      if (expr.year !== null) {
        const d = { year: expr.year, month: expr.month, day: expr.day };
        return isValid(d) ? { value: formatDay(d), granularity: 'day', relative: false } : null;
      }
      if (!anchor) return null;
      const d = impliedYearDay(expr.month, expr.day, anchor, tense);
      return d ? { value: formatDay(d), granularity: 'day', relative: true } : null;
    }
    case 'month': {
      if (expr.year !== null) return { value: formatMonth(expr.year, expr.month), granularity: 'month', relative: false, part: expr.part };
      if (!anchor) return null;
      const year = impliedYearMonth(expr.month, anchor, expr.direction !== 0 ? (expr.direction < 0 ? 'past' : 'future') : tense, expr.direction !== 0);
      return { value: formatMonth(year, expr.month), granularity: 'month', relative: true, part: expr.part };
    }
    case 'year':
      return { value: String(expr.year).padStart(4, '0'), granularity: 'year', relative: false, part: expr.part };
    case 'weekday': {
      if (!anchor) return null;
      return { value: formatDay(weekdayNear(expr.weekday, expr.direction, anchor, tense)), granularity: 'day', relative: true };
    }
    case 'relative': {
      if (!anchor) return null;
      return relative(expr.unit, expr.offset, anchor, expr.part);
    }
  }
}

function impliedYearDay(month: number, day: number, anchor: Ymd, tense: Tense): Ymd | null {
  const same = { year: anchor.year, month, day };
  if (!isValid(same)) return null;
  const diff = toDayNumber(same) - toDayNumber(anchor);
  if (diff > 0) {
    // After the anchor: the near future when the sentence looks ahead, else last year's date.
    if (tense === 'future' || (tense === 'neutral' && diff <= NEAR_FUTURE_DAYS)) return same;
    const prev = { year: anchor.year - 1, month, day };
    return isValid(prev) ? prev : null;
  }
  if (tense === 'future' && diff < -NEAR_FUTURE_DAYS) {
    const next = { year: anchor.year + 1, month, day };
    return isValid(next) ? next : null;
  }
  return same;
}

function impliedYearMonth(month: number, anchor: Ymd, tense: Tense, strict: boolean): number {
  if (month === anchor.month) {
    // "last August" in an August article is a year ago; "next August" a year ahead.
    if (strict) return tense === 'past' ? anchor.year - 1 : anchor.year + 1;
    return anchor.year;
  }
  if (month > anchor.month) return tense === 'future' ? anchor.year : anchor.year - 1;
  return tense === 'future' ? anchor.year + 1 : anchor.year;
}

function weekdayNear(target: number, direction: -1 | 0 | 1, anchor: Ymd, tense: Tense): Ymd {
  const today = weekday(anchor);
  if (direction > 0 || (direction === 0 && tense === 'future')) {
    const ahead = (target - today + 7) % 7 || (direction > 0 ? 7 : 0);
    return addDays(anchor, ahead);
  }
  const back = (today - target + 7) % 7 || (direction < 0 ? 7 : 0);
  return addDays(anchor, -back);
}

function relative(unit: 'day' | 'week' | 'month' | 'year', offset: number, anchor: Ymd, part: 'early' | 'mid' | 'late' | null): ResolvedValue {
  switch (unit) {
    case 'day':
      return { value: formatDay(addDays(anchor, offset)), granularity: 'day', relative: true };
    case 'week': {
      const monday = addDays(anchor, -((weekday(anchor) + 6) % 7) + 7 * offset);
      return { value: formatDay(monday), granularity: 'week', relative: true, part };
    }
    case 'month': {
      const m = addMonths(anchor.year, anchor.month, offset);
      return { value: formatMonth(m.year, m.month), granularity: 'month', relative: true, part };
    }
    case 'year':
      return { value: String(anchor.year + offset), granularity: 'year', relative: true, part };
  }
}
