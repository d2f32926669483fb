/**
 * A condemnation of a hostile act is aimed at its doer, never at the state it was done to.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

/** "France condemned the invasion of Ukraine ." */
const BARE = `
  1 France PROPN 2 nsubj
  2 condemned VERB 0 root condemn
  3 the DET 4 det
  4 invasion NOUN 2 obj
  5 of ADP 6 case
  6 Ukraine PROPN 4 nmod
  7 . PUNCT 2 punct`;

describe('condemned acts', () => {
  it('does not blame the state an act was done to', () => {
    expect(coded(BARE).filter((e) => e.includes('ACCUSE'))).toEqual([]);
  });

  it("blames the act's doer, named as possessor or adjective", () => {
    const poss = `
      1 France PROPN 2 nsubj
      2 condemned VERB 0 root condemn
      3 Russia PROPN 5 nmod:poss
      4 's PART 3 case
      5 invasion NOUN 2 obj
      6 of ADP 7 case
      7 Ukraine PROPN 5 nmod
      8 . PUNCT 2 punct`;
    expect(coded(poss)).toContain('FRA>RUS ACCUSE 111');
    expect(coded(poss)).not.toContain('FRA>UKR ACCUSE 111');
    const adjective = BARE.replace('the DET 4 det', 'Russian ADJ 4 amod');
    expect(coded(adjective)).toContain('FRA>RUS ACCUSE 111');
    expect(coded(adjective)).not.toContain('FRA>UKR ACCUSE 111');
  });

  it('keeps the owner of what is condemned when it is no hostile act ("condemned the remarks of Ukraine")', () => {
    const remarks = BARE.replace('4 invasion NOUN 2 obj', '4 remarks NOUN 2 obj remark');
    expect(coded(remarks)).toContain('FRA>UKR ACCUSE 111');
  });

  it('reads a complaint against an act the same way, and never blames the complainer\'s own people', () => {
    // "India protested against the arrest of two Indian sailors by Pakistan ." with "by" hung on the sailors.
    const protested = `
      1 India PROPN 2 nsubj
      2 protested VERB 0 root protest
      3 against ADP 5 case
      4 the DET 5 det
      5 arrest NOUN 2 obl arrest
      6 of ADP 9 case
      7 two NUM 9 nummod
      8 Indian ADJ 9 amod
      9 sailors NOUN 5 nmod sailor
      10 by ADP 11 case
      11 Pakistan PROPN 9 nmod
      12 . PUNCT 2 punct`;
    expect(coded(protested)).toEqual(['IND>PAK ACCUSE 114']);
    // With no arrester named, the sailors (India's own) are no target of India's complaint.
    const unnamed = protested.replace('10 by ADP 11 case', '10 at ADP 11 case').replace('11 Pakistan PROPN 9 nmod', '11 sea NOUN 9 nmod sea');
    expect(coded(unnamed).filter((e) => e.startsWith('IND>IND'))).toEqual([]);
  });
});
