/**
 * Lexicon readings (data/lexicon) of acts that are only proposed or planned (grammar.json
 * `hypotheticalNouns`) and of envoys summoned in the passive, where the summoner is the place they
 * are summoned to. One sentence each, written for these tests and parsed by hand.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

describe('lexicon: proposed acts', () => {
  it('sanctions in a proposal that was blocked are only hypothetical', () => {
    expect(coded(`
      1 Russia PROPN 2 nsubj
      2 blocked VERB 0 root block
      3 a DET 4 det
      4 proposal NOUN 2 obj
      5 to PART 6 mark
      6 impose VERB 4 acl
      7 sanctions NOUN 6 obj
      8 on ADP 9 case
      9 Iran PROPN 6 obl
      10 . PUNCT 2 punct`).filter((e) => e.includes('COERCE'))).toEqual(['RUS>IRN COERCE 163 ?hyp']);
  });
});

describe('lexicon: passive summons', () => {
  it('an ambassador summoned to a foreign ministry is summoned by its state (114)', () => {
    expect(coded(`
      1 The DET 3 det
      2 Chinese ADJ 3 amod
      3 ambassador NOUN 5 nsubj:pass
      4 was AUX 5 aux:pass
      5 summoned VERB 0 root summon
      6 to ADP 7 case
      7 Paris PROPN 5 obl
      8 . PUNCT 5 punct`)).toEqual(['FRA>CHN ACCUSE 114']);
  });
});
