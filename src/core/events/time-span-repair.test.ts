import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';
import { repairTimeSpans } from './time-span-repair.js';

describe('parse repairs: a span of time read as the head of the object before it', () => {
  // Turkey(0) dismissed(1) the(2) protest(3) hours(4) later(5) .(6)
  const parse = () => ({
    head: Int32Array.from([1, -1, 4, 4, 1, 1, 1]),
    rel: ['nsubj', 'root', 'det', 'compound', 'obj', 'advmod', 'punct'],
    upos: ['PROPN', 'VERB', 'DET', 'NOUN', 'NOUN', 'ADV', 'PUNCT'],
    lemma: ['turkey', 'dismiss', 'the', 'protest', 'hour', 'later', '.'],
    lower: ['turkey', 'dismissed', 'the', 'protest', 'hours', 'later', '.'],
  });

  it('makes the noun the object and the span a measure of "later"', () => {
    const { head, rel, upos, lemma, lower } = parse();
    expect(repairTimeSpans(head, rel, upos, lemma, lower)).toBe(true);
    expect([...head]).toEqual([1, -1, 3, 1, 5, 1, 1]);
    expect([rel[3], rel[4]]).toEqual(['obj', 'obl:unmarked']);
  });

  it('leaves a span with no adverb after it alone ("worked the night hours")', () => {
    const { head, rel, upos, lemma, lower } = parse();
    const l = [...lower];
    l[5] = 'again';
    expect(repairTimeSpans(head, rel, upos, lemma, l)).toBe(false);
    expect(rel[4]).toBe('obj');
  });

  it('lets the coder read "Iran dismissed the protest hours later" as a rejection of the protester', () => {
    const events = coded(`
      1 France PROPN 2 nsubj
      2 lodged VERB 0 root lodge
      3 a DET 4 det
      4 protest NOUN 2 obj
      5 with ADP 6 case
      6 Iran PROPN 4 nmod
      7 . PUNCT 2 punct

      1 Iran PROPN 2 nsubj
      2 dismissed VERB 0 root dismiss
      3 the DET 5 det
      4 protest NOUN 5 compound
      5 hours NOUN 2 obj hour
      6 later ADV 2 advmod
      7 . PUNCT 2 punct`);
    expect(events.filter((e) => e.startsWith('IRN>'))).toEqual(['IRN>FRA REJECT 120']);
  });
});
