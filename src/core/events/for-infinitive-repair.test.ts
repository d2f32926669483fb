import { describe, expect, it } from 'vitest';
import { repairForInfinitives } from './for-infinitive-repair.js';
import { coded } from './test-support/coded.js';
import { parseArrays as arrays } from './test-support/parse-arrays.js';

/** "China renewed its call for Russia to lift sanctions on India." with "to lift" hung on "renewed". */
const RENEWED = `
  1 China PROPN 2 nsubj
  2 renewed VERB 0 root renew
  3 its PRON 4 nmod:poss
  4 call NOUN 2 obj call
  5 for ADP 6 case
  6 Russia PROPN 4 nmod
  7 to PART 8 mark
  8 lift VERB 2 advcl lift
  9 sanctions NOUN 8 obj sanction
  10 on ADP 11 case
  11 India PROPN 9 nmod
  12 . PUNCT 2 punct`;

/** "France welcomed the call for Russia to withdraw its troops from Ukraine." with "to withdraw" an xcomp of "welcomed". */
const WELCOMED = `
  1 France PROPN 2 nsubj
  2 welcomed VERB 0 root welcome
  3 the DET 4 det
  4 call NOUN 2 obj call
  5 for ADP 6 case
  6 Russia PROPN 4 nmod
  7 to PART 8 mark
  8 withdraw VERB 2 xcomp withdraw
  9 its PRON 10 nmod:poss
  10 troops NOUN 8 obj troop
  11 from ADP 12 case
  12 Ukraine PROPN 8 obl
  13 . PUNCT 2 punct`;

describe('repairForInfinitives', () => {
  it('makes "for X to V" after a noun of asking one clause of that noun, X its subject', () => {
    const a = arrays(RENEWED);
    expect(repairForInfinitives(a.head, a.rel, a.upos, a.lower)).toBe(true);
    expect([a.head[7], a.rel[7]]).toEqual([3, 'acl']);
    expect([a.head[5], a.rel[5]]).toEqual([7, 'nsubj']);
    expect([a.head[4], a.rel[4]]).toEqual([7, 'mark']);
  });
  it('leaves a "for" phrase of another noun alone ("sent troops for Mali to train its army")', () => {
    const a = arrays(`
      1 France PROPN 2 nsubj
      2 sent VERB 0 root send
      3 troops NOUN 2 obj troop
      4 for ADP 5 case
      5 Mali PROPN 3 nmod
      6 to PART 7 mark
      7 train VERB 2 advcl train
      8 its PRON 9 nmod:poss
      9 army NOUN 7 obj army
      10 . PUNCT 2 punct`);
    expect(repairForInfinitives(a.head, a.rel, a.upos, a.lower)).toBe(false);
  });
  it('codes the renewed call as a demand on the one asked to act, not as the asker lifting sanctions', () => {
    expect(coded(RENEWED)).toEqual(['CHN>RUS REQUEST 1054']);
  });
  it('codes no act of the welcomer, nor a demand by the one asked, when nobody is named as calling', () => {
    const events = coded(WELCOMED, { coder: { participants: 'lenient' } });
    expect(events.filter((e) => e.startsWith('FRA>UKR') || e.startsWith('RUS>'))).toEqual([]);
  });
});
