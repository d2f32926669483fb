import { describe, expect, it } from 'vitest';
import { formatScores, SyntaxScorer, universalRel } from './conll18-metrics.js';

describe('CoNLL 2018 syntax metrics', () => {
  it('compares the universal part of relations for LAS, full labels for LAS full', () => {
    expect(universalRel('nmod:poss')).toBe('nmod');
    expect(universalRel('obj')).toBe('obj');
    const s = new SyntaxScorer();
    // right head, subtype differs: LAS hit, full-label miss
    s.add({ upos: 'PROPN', xpos: 'NNP', head: 3, deprel: 'nmod:poss' }, { upos: 'PROPN', xpos: 'NNP', head: 3, deprel: 'nmod' });
    // wrong head: no attachment score at all
    s.add({ upos: 'NOUN', xpos: 'NN', head: 0, deprel: 'root' }, { upos: 'VERB', xpos: 'VB', head: 1, deprel: 'root' });
    // right head, wrong relation
    s.add({ upos: 'DET', xpos: 'DT', head: 2, deprel: 'det' }, { upos: 'DET', xpos: 'WDT', head: 2, deprel: 'nmod' });
    // everything right
    s.add({ upos: 'PUNCT', xpos: '.', head: 2, deprel: 'punct' }, { upos: 'PUNCT', xpos: '.', head: 2, deprel: 'punct' });
    const r = s.scores();
    expect(r).toEqual({ words: 4, upos: 75, xpos: 50, uas: 75, las: 50, lasFull: 25 });
    expect(formatScores(r)).toBe('words 4  UPOS 75.00  XPOS 50.00  UAS 75.00  LAS 50.00  (LAS full labels 25.00)');
  });

  it('merges counts of several scorers', () => {
    const a = new SyntaxScorer();
    const b = new SyntaxScorer();
    a.add({ upos: 'X', xpos: 'X', head: 1, deprel: 'dep' }, { upos: 'X', xpos: 'X', head: 1, deprel: 'dep' });
    b.add({ upos: 'X', xpos: 'X', head: 1, deprel: 'dep' }, { upos: 'Y', xpos: 'X', head: 2, deprel: 'dep' });
    a.merge(b);
    expect(a.scores()).toMatchObject({ words: 2, upos: 50, uas: 50, las: 50 });
  });
});
