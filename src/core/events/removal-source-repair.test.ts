import { describe, expect, it } from 'vitest';
import { repairRemovalSources } from './removal-source-repair.js';
import { coded } from './test-support/coded.js';
import { parseArrays as arrays } from './test-support/parse-arrays.js';

/** "Russia began the withdrawal of troops from Ukraine." with "from Cyprus" hung on "troops". */
const WITHDRAWAL = `
  1 Russia PROPN 2 nsubj
  2 began VERB 0 root begin
  3 the DET 4 det
  4 withdrawal NOUN 2 obj withdrawal
  5 of ADP 6 case
  6 troops NOUN 4 nmod troop
  7 from ADP 8 case
  8 Ukraine PROPN 6 nmod
  9 . PUNCT 2 punct`;

describe('repairRemovalSources', () => {
  it('hangs the "from" phrase on the removal noun, not on what is removed', () => {
    const a = arrays(WITHDRAWAL);
    expect(repairRemovalSources(a.head, a.rel, a.upos, a.lemma)).toBe(true);
    expect([a.head[7], a.rel[7]]).toEqual([3, 'nmod']);
  });

  it('leaves a "from" phrase after a noun of no removal, or after another preposition than "of"', () => {
    const visit = WITHDRAWAL.replace('4 withdrawal NOUN 2 obj withdrawal', '4 visit NOUN 2 obj visit');
    const by = WITHDRAWAL.replace('5 of ADP 6 case', '5 by ADP 6 case');
    for (const table of [visit, by]) {
      const a = arrays(table);
      expect(repairRemovalSources(a.head, a.rel, a.upos, a.lemma)).toBe(false);
      expect(a.head[7]).toBe(5);
    }
  });

  it("lets the coder read the carrier's subject withdrawing from the place, not the place's own troops", () => {
    expect(coded(WITHDRAWAL)).toEqual(['RUS>UKR RETREAT 087']);
  });
});
