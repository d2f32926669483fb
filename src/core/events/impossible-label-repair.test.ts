import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';
import { repairImpossibleLabels } from './impossible-label-repair.js';

describe('parse repairs: relations a word cannot bear', () => {
  it('reads a noun with its own preposition labelled punct as an oblique of the verb', () => {
    // India(0) agreed(1) to(2) French(3) mediation(4) .(5)
    const head = Int32Array.from([1, -1, 4, 4, 1, 1]);
    const rel = ['nsubj', 'root', 'case', 'amod', 'punct', 'punct'];
    const upos = ['PROPN', 'VERB', 'ADP', 'ADJ', 'NOUN', 'PUNCT'];
    expect(repairImpossibleLabels(head, rel, upos, ['India', 'agreed', 'to', 'French', 'mediation', '.'])).toBe(true);
    expect([rel[4], rel[5]]).toEqual(['obl', 'punct']);
  });

  it('reads a second whole verb labelled goeswith as the first verb\'s complement', () => {
    // to(0) help(1) rebuild(2) Ukraine(3)
    const head = Int32Array.from([1, -1, 1, 2]);
    const rel = ['mark', 'root', 'goeswith', 'obj'];
    expect(repairImpossibleLabels(head, rel, ['PART', 'VERB', 'VERB', 'PROPN'], ['to', 'help', 'rebuild', 'Ukraine'])).toBe(true);
    expect(rel[2]).toBe('xcomp');
  });

  it('lets the coder read "Putin agreed to Chinese mediation in the talks."', () => {
    const events = coded(`
      1 Putin PROPN 2 nsubj
      2 agreed VERB 0 root agree
      3 to ADP 5 case
      4 Chinese ADJ 5 amod
      5 mediation NOUN 2 punct
      6 in ADP 8 case
      7 the DET 8 det
      8 talks NOUN 5 nmod talk
      9 . PUNCT 2 punct`);
    expect(events.some((e) => e.startsWith('RUS>CHN AGREE'))).toBe(true);
  });
});
