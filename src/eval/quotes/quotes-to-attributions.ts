/**
 * Turns the analysis's quotations into attribution spans for scoring against PolNeAR:
 *
 * - source: the speaker's mention in the attribution (the source words, e.g. "he", "the minister");
 * - cue: the quote's cue;
 * - content: the quote's parts, widened over the quote marks around them (PolNeAR's content spans
 *   include the marks of a quotation);
 * - a quotation with no cue of its own that continues the speaker of the quotation before it (the
 *   next paragraph of a long quote) is content of that quotation's attribution, as PolNeAR
 *   annotates it.
 */
import type { AnalysisQuote } from '../../core/analysis/contract.js';
import type { Span } from '../../core/span.js';
import type { AttributionSpans } from './attribution-score.js';

const MARK = /["'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u2039\u203a]/;

/** `span` widened over a quote mark right before and right after it (spaces between allowed). */
export function withMarks(text: string, span: Span): Span {
  let start = span.start;
  let end = span.end;
  let i = start - 1;
  while (i >= 0 && text[i] === ' ') i--;
  if (i >= 0 && MARK.test(text[i])) start = i;
  let j = end;
  while (j < text.length && text[j] === ' ') j++;
  if (j < text.length && MARK.test(text[j])) end = j + 1;
  return { start, end };
}

/** The attribution spans of `quotes` over `text`. */
export function quotesToAttributions(text: string, quotes: readonly AnalysisQuote[]): AttributionSpans[] {
  const out: { source: Span[]; cue: Span[]; content: Span[]; speaker: string | null }[] = [];
  for (const q of quotes) {
    const parts = (q.parts?.length ? q.parts : [{ start: q.start, end: q.end }]).map((p) => (q.kind === 'indirect' ? p : withMarks(text, p)));
    const speaker = q.speaker ? (q.speaker.id ?? q.speaker.name) : null;
    const last = out[out.length - 1];
    if (!q.cue && last && speaker !== null && last.speaker === speaker) {
      last.content.push(...parts);
      continue;
    }
    const mention = q.speaker?.mention;
    out.push({
      source: mention && q.cue ? [{ start: mention.start, end: mention.end }] : [],
      cue: q.cue ? [{ start: q.cue.start, end: q.cue.end }] : [],
      content: parts,
      speaker,
    });
  }
  return out.map(({ source, cue, content }) => ({ source, cue, content }));
}
