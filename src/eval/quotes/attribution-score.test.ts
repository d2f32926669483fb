import { describe, expect, it } from 'vitest';
import { attributionFigures, emptyCounts, scoreArticle, scoringTokens, type AttributionSpans } from './attribution-score.js';

const TEXT = 'Officials said the talks would resume, adding: "We are ready."';
/** The span of the `nth` occurrence of `s` in TEXT. */
function at(s: string, nth = 0): { start: number; end: number } {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = TEXT.indexOf(s, i + 1);
  return { start: i, end: i + s.length };
}
const gold: AttributionSpans[] = [
  { source: [at('Officials')], cue: [at('said')], content: [at('the talks would resume')] },
  { source: [], cue: [at('adding')], content: [at('"We are ready."')] },
];
const figures = (pred: AttributionSpans[]) => {
  const c = emptyCounts();
  scoreArticle(c, TEXT, gold, pred);
  return { c, f: attributionFigures(c) };
};

describe('attribution scoring', () => {
  it('tokenises into letter/digit runs and single other characters', () => {
    const t = scoringTokens('"We are ready," he said.');
    expect(t.start.length).toBe(9);
    expect(Array.from(t.word)).toEqual([0, 1, 1, 1, 0, 0, 1, 1, 0]);
  });

  it('gives a perfect prediction 1 everywhere', () => {
    const { f } = figures(gold);
    for (const role of ['source', 'cue', 'content'] as const) {
      expect(f[role].exact.f).toBe(1);
      expect(f[role].overlap.f).toBe(1);
    }
  });

  it('matches exactly on words, ignoring quote marks and punctuation at the edges', () => {
    const { f } = figures([
      { source: [at('Officials')], cue: [at('said')], content: [at('the talks would resume,')] },
      { source: [], cue: [at('adding')], content: [at('We are ready')] },
    ]);
    expect(f.content.exact.f).toBe(1);
    // the overlap counts every token: the comma is predicted but not gold, the marks and stop gold but not predicted
    expect(f.content.overlap.p).toBeCloseTo(7 / 8);
    expect(f.content.overlap.r).toBeCloseTo(7 / 10);
  });

  it('counts a role exact only for the attribution whose cue overlaps', () => {
    const { c, f } = figures([{ source: [at('Officials')], cue: [at('adding')], content: [at('the talks would resume')] }]);
    // right source and content, but paired with the wrong cue: no exact match
    expect(c.roles.source.exact).toEqual({ tpPred: 0, pred: 1, tpGold: 0, gold: 1 });
    expect(f.content.exact.p).toBe(0);
    // the overlap does not pair attributions
    expect(f.source.overlap.f).toBe(1);
    expect(f.cue.exact.p).toBe(1);
    expect(f.cue.exact.r).toBe(0.5);
  });

  it('leaves attributions without a source out of the source figures', () => {
    const { c } = figures([{ source: [], cue: [at('adding')], content: [at('"We are ready."')] }]);
    expect(c.roles.source.exact).toEqual({ tpPred: 0, pred: 0, tpGold: 0, gold: 1 });
    expect(c.roles.content.exact).toEqual({ tpPred: 1, pred: 1, tpGold: 1, gold: 2 });
  });

  it('scores a partly right source span by its shared tokens', () => {
    const { f } = figures([{ source: [at('Officials said')], cue: [at('said')], content: [] }]);
    expect(f.source.exact.p).toBe(0);
    expect(f.source.overlap.p).toBeCloseTo(1 / 2);
    expect(f.source.overlap.r).toBe(1);
  });
});
