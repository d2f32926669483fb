/**
 * Runs an attribution extractor over PolNeAR articles and scores it (see `attribution-score.ts` for
 * the exact and overlap definitions). The extractor is a function from an article to its quotations,
 * so the same runner scores the rules, the trained model, or any pipeline.
 */
import type { AnalysisQuote } from '../../core/analysis/contract.js';
import { emptyMeta, type Article } from '../../core/article/article.js';
import { OffsetMap } from '../../core/article/offset-map.js';
import { paragraphBlocks } from '../../core/text/segment.js';
import { attributionFigures, emptyCounts, scoreArticle, type AttributionCounts } from './attribution-score.js';
import type { PolnearDoc } from './polnear-reader.js';
import { quotesToAttributions } from './quotes-to-attributions.js';

/** The article of a PolNeAR text, offsets unchanged (paragraphs are separated by blank lines). */
export function polnearArticle(doc: Pick<PolnearDoc, 'name' | 'text'>): Article {
  return {
    text: doc.text,
    meta: { ...emptyMeta(), language: 'en', source: doc.name },
    blocks: paragraphBlocks(doc.text),
    offsets: OffsetMap.identity(doc.text.length),
    sourceKind: 'text',
  };
}

/** Scores of a run, with the counts they come from. */
export interface PolnearResult {
  readonly counts: AttributionCounts;
  readonly figures: ReturnType<typeof attributionFigures>;
}

/** Extracts the quotations of each article with `extract` and scores them against the gold attributions. */
export function evaluatePolnear(docs: readonly PolnearDoc[], extract: (article: Article) => readonly AnalysisQuote[]): PolnearResult {
  const counts = emptyCounts();
  for (const d of docs) {
    const quotes = extract(polnearArticle(d));
    scoreArticle(counts, d.text, d.attributions, quotesToAttributions(d.text, quotes));
  }
  return { counts, figures: attributionFigures(counts) };
}

/** The figures as a table: role, exact P/R/F1, overlap P/R/F1. */
export function formatPolnearResult(r: PolnearResult, title: string): string {
  const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
  const lines = [
    title,
    `articles ${r.counts.articles}  gold attributions ${r.counts.gold}  predicted ${r.counts.pred}`,
    '            exact P     R    F1   overlap P     R    F1',
  ];
  for (const role of ['source', 'cue', 'content'] as const) {
    const f = r.figures[role];
    lines.push(`${role.padEnd(10)} ${pct(f.exact.p)} ${pct(f.exact.r)} ${pct(f.exact.f)}        ${pct(f.overlap.p)} ${pct(f.overlap.r)} ${pct(f.overlap.f)}`);
  }
  return lines.join('\n') + '\n';
}

/**
 * Agreement between annotators on the articles several people annotated (`docs` read with
 * `allAnnotations`): every annotation scored against every other one of the same article, with the
 * same definitions — the ceiling a single-annotation gold sets for any extractor.
 */
export function annotatorAgreement(docs: readonly PolnearDoc[]): PolnearResult {
  const byArticle = new Map<string, PolnearDoc[]>();
  for (const d of docs) byArticle.set(d.name, [...(byArticle.get(d.name) ?? []), d]);
  const counts = emptyCounts();
  for (const anns of byArticle.values()) {
    if (anns.length < 2) continue;
    for (const gold of anns) for (const pred of anns) if (gold !== pred) scoreArticle(counts, gold.text, gold.attributions, pred.attributions);
  }
  return { counts, figures: attributionFigures(counts) };
}
