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
});
