/**
 * A claim or denial of responsibility (015, 016) naming nobody is about whom the act it is for was
 * against.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

describe('event coder: claims of responsibility', () => {
  it('addresses "claimed responsibility for the attack on X" to X', () => {
    const table = `
      1 Russia PROPN 2 nsubj
      2 claimed VERB 0 root claim
      3 responsibility NOUN 2 obj responsibility
      4 for ADP 6 case
      5 the DET 6 det
      6 attack NOUN 3 nmod attack
      7 on ADP 8 case
      8 Ukraine PROPN 6 nmod
      9 . PUNCT 2 punct`;
    const events = coded(table, { coder: { includeStatements: true } });
    expect(events.filter((e) => e.includes('015'))).toEqual(['RUS>UKR STATEMENT 015']);
  });

  it('keeps a claim about an act with nobody named without a target', () => {
    const table = `
      1 Russia PROPN 2 nsubj
      2 claimed VERB 0 root claim
      3 responsibility NOUN 2 obj responsibility
      4 for ADP 6 case
      5 the DET 6 det
      6 attack NOUN 3 nmod attack
      7 . PUNCT 2 punct`;
    const events = coded(table, { coder: { includeStatements: true, participants: 'lenient' } });
    expect(events.filter((e) => e.includes('015'))).toEqual(['RUS>- STATEMENT 015']);
  });

  it('reads claiming one\'s own attack as claiming responsibility, and another\'s as an accusation', () => {
    const own = `
      1 Russia PROPN 2 nsubj
      2 claimed VERB 0 root claim
      3 that SCONJ 6 mark
      4 Moscow PROPN 6 nsubj
      5 had AUX 6 aux have
      6 attacked VERB 2 ccomp attack
      7 Ukraine PROPN 6 obj
      8 . PUNCT 2 punct`;
    const options = { coder: { includeStatements: true } };
    // ("Moscow" stands for Russia in the test world, as "it" would after the actor layer.)
    const withIt = coded(own, options);
    expect(withIt).toContain('RUS>UKR STATEMENT 015');
    expect(withIt.filter((e) => e.includes('ACCUSE'))).toEqual([]);
    const other = coded(own.replace('4 Moscow PROPN 6 nsubj', '4 India PROPN 6 nsubj'), options);
    expect(other.filter((e) => e.includes('015'))).toEqual([]);
    expect(other.some((e) => e.startsWith('RUS>IND ACCUSE 11'))).toBe(true);
  });
});
