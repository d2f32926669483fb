/**
 * The date component: finds every date expression in the text and resolves it against the
 * publication date, writing `Doc.dates` (and `Doc.dateSpans`, every expression found).
 */
import type { AnalysisDate } from '../analysis/contract.js';
import type { Doc } from '../doc/doc.js';
import type { Component } from '../pipeline/component.js';
import { parseYmd } from './calendar.js';
import { findDates, type DateExpr } from './find-dates.js';
import { resolveDate } from './resolve-date.js';
import { sentenceTense } from './sentence-tense.js';

/**
 * The clause around a date: the sentence cut at commas, semicolons, colons, dashes and brackets,
 * so "met on Monday, announcing plans that will…" reads "met on Monday" as past.
 */
function clauseAround(text: string, at: { start: number; end: number }, sentence: { start: number; end: number }): string {
  let from = at.start;
  while (from > sentence.start && !/[,;:()\u2013\u2014]/.test(text[from - 1])) from--;
  let to = at.end;
  while (to < sentence.end && !/[,;:()\u2013\u2014]/.test(text[to])) to++;
  return text.slice(from, to);
}

/**
 * Resolves the dates of a text; `sentenceAt(offset)` gives the span of the sentence around an
 * offset. `found` are the text's date expressions when the caller has them already.
 */
export function resolveDates(
  text: string,
  published: string | null,
  sentenceAt: (offset: number) => { start: number; end: number },
  found: readonly DateExpr[] = findDates(text),
): AnalysisDate[] {
  const anchor = parseYmd(published);
  const out: AnalysisDate[] = [];
  for (const expr of found) {
    const s = sentenceAt(expr.start);
    const value = resolveDate(expr, anchor, sentenceTense(clauseAround(text, expr, s)));
    if (!value) continue;
    out.push({ start: expr.start, end: expr.end, text: text.slice(expr.start, expr.end), ...value, part: value.part ?? null });
  }
  return out;
}

/** A pipeline component writing `dates`. */
export function createDateResolver(): Component {
  return {
    name: 'dates',
    reads: ['tokens', 'sentences'],
    writes: ['dates'],
    run(doc: Doc) {
      // The expressions are kept on the Doc, resolved or not: the event coder reads where every
      // one stands, and finding them is a dozen searches of the whole text.
      const found = findDates(doc.text);
      doc.dateSpans = found.map(({ start, end }) => ({ start, end }));
      doc.dates = resolveDates(doc.text, doc.meta.published, (offset) => doc.sentenceSpan(doc.sentenceOf(Math.min(doc.tokenAt(offset), doc.length - 1))), found);
    },
  };
}
