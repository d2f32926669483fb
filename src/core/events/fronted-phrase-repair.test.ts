import { describe, expect, it } from 'vitest';
import { repairFrontedPhrases } from './fronted-phrase-repair.js';
import { coded } from './test-support/coded.js';
import { parseArrays as arrays } from './test-support/parse-arrays.js';

/**
 * "At a time of tension with the West, Chinese leader Xi and Russian President Putin met in
 * Samarkand." parsed as its opening phrase, with "with the West, Chinese leader" one phrase and
 * "met" a conjunct of "leader" with "Putin" its subject.
 */
const MET = `
  1 At ADP 2 case at
  2 time NOUN 0 root time
  3 of ADP 4 case
  4 tension NOUN 2 nmod tension
  5 with ADP 7 case with
  6 the DET 7 det
  7 West ADJ 10 amod west
  8 , PUNCT 7 punct
  9 Chinese ADJ 10 amod chinese
  10 leader NOUN 4 nmod leader
  11 Xi PROPN 10 appos
  12 and CCONJ 15 cc and
  13 Russian ADJ 14 amod russian
  14 President PROPN 15 nmod:desc
  15 Putin PROPN 16 nsubj
  16 met VERB 10 conj meet
  17 in ADP 18 case
  18 Samarkand PROPN 16 obl
  19 . PUNCT 2 punct`;

/** The same sentence as UD reads it. */
const RIGHT = `
  1 At ADP 2 case at
  2 time NOUN 16 obl time
  3 of ADP 4 case
  4 tension NOUN 2 nmod tension
  5 with ADP 7 case with
  6 the DET 7 det
  7 West PROPN 4 nmod west
  8 , PUNCT 2 punct
  9 Chinese ADJ 10 amod chinese
  10 leader NOUN 16 nsubj leader
  11 Xi PROPN 10 appos
  12 and CCONJ 15 cc and
  13 Russian ADJ 14 amod russian
  14 President PROPN 15 nmod:desc
  15 Putin PROPN 10 conj
  16 met VERB 0 root meet
  17 in ADP 18 case
  18 Samarkand PROPN 16 obl
  19 . PUNCT 16 punct`;

describe('repairFrontedPhrases', () => {
  it('makes the verb the root, the fronted phrase its obl and the two names its conjoined subject', () => {
    const a = arrays(MET);
    expect(repairFrontedPhrases(a.head, a.rel, a.upos, a.lower)).toBe(true);
    expect([a.head[15], a.rel[15]]).toEqual([-1, 'root']);
    expect([a.head[1], a.rel[1]]).toEqual([15, 'obl']);
    expect([a.head[9], a.rel[9]]).toEqual([15, 'nsubj']);
    expect([a.head[14], a.rel[14]]).toEqual([9, 'conj']);
    expect([a.head[11], a.rel[11]]).toEqual([14, 'cc']);
    // "with the West" stays in the fronted phrase, headed by "West".
    expect([a.head[6], a.rel[6]]).toEqual([3, 'nmod']);
    expect(a.head[4]).toBe(6);
    expect(a.head[18]).toBe(15);
  });

  it('leaves a headline (no full stop), a verbal root, and a verb with no subject of its own as read', () => {
    const headline = MET.replace('19 . PUNCT 2 punct', '19 Samarkand PROPN 18 flat');
    const verbal = MET.replace('1 At ADP 2 case at', '1 Amid ADP 2 case amid').replace('2 time NOUN 0 root time', '2 time VERB 0 root time');
    const noSubject = MET.replace('15 Putin PROPN 16 nsubj', '15 Putin PROPN 16 obj');
    for (const table of [headline, verbal, noSubject]) {
      const a = arrays(table);
      const before = Array.from(a.head);
      expect(repairFrontedPhrases(a.head, a.rel, a.upos, a.lower)).toBe(false);
      expect(Array.from(a.head)).toEqual(before);
    }
  });

  it('lets the coder read the meeting of the two leaders, as on the UD tree', () => {
    expect(coded(MET)).toEqual(coded(RIGHT));
    expect(coded(MET)).toEqual(expect.arrayContaining(['CHN>RUS CONSULT 044', 'RUS>CHN CONSULT 044']));
  });
});
