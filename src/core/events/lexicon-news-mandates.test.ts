/**
 * Lexicon coverage (data/lexicon/triggers/07-aid.json) for extending a peacekeeping force's mandate,
 * with sentences written for these tests and parsed by hand. A peacekeeping mandate extended is
 * peacekeeping going on where the force serves (074); agreed to, it is an intent (0334); other
 * mandates are no event.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

describe('lexicon: peacekeeping mandates', () => {
  it('extending the mandate of a peacekeeping force provides peacekeeping where it serves (074)', () => {
    expect(coded(`
      1 Britain PROPN 2 nsubj
      2 extended VERB 0 root extend
      3 the DET 4 det
      4 mandate NOUN 2 obj
      5 of ADP 8 case
      6 its PRON 8 nmod:poss
      7 peacekeeping NOUN 8 compound
      8 force NOUN 4 nmod
      9 in ADP 10 case
      10 Niger PROPN 8 nmod
      11 . PUNCT 2 punct`)).toEqual(['GBR>NER AID 074']);
  });

  it('agreeing to an extension of such a mandate is an intent to provide peacekeeping (0334)', () => {
    expect(coded(`
      1 France PROPN 2 nsubj
      2 agreed VERB 0 root agree
      3 to ADP 5 case
      4 an DET 5 det
      5 extension NOUN 2 obl
      6 of ADP 8 case
      7 the DET 8 det
      8 mandate NOUN 5 nmod
      9 for ADP 12 case
      10 the DET 12 det
      11 peacekeeping NOUN 12 compound
      12 force NOUN 8 nmod
      13 in ADP 14 case
      14 Ukraine PROPN 12 nmod
      15 . PUNCT 2 punct`)).toEqual(['FRA>UKR AGREE 0334']);
  });

  it('the mandate of a commission or an envoy extended is no event', () => {
    expect(coded(`
      1 India PROPN 2 nsubj
      2 extended VERB 0 root extend
      3 the DET 4 det
      4 mandate NOUN 2 obj
      5 of ADP 7 case
      6 the DET 7 det
      7 commission NOUN 4 nmod
      8 in ADP 9 case
      9 Pakistan PROPN 7 nmod
      10 . PUNCT 2 punct`)).toEqual([]);
  });
});
