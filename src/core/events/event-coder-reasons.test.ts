/**
 * A reason clause ("for helping militants") on a verb that acts on someone: the one acted on did
 * the reason's act; under a punishment or a charge the act is the punisher's allegation (flagged
 * hypothetical), under thanks or praise it is asserted.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

describe('event coder: reasons given with "for"', () => {
  it('makes the one jailed the doer of the alleged act, and flags it ("jailed a Ukrainian for helping rebels")', () => {
    const table = `
      1 Russia PROPN 2 nsubj
      2 jailed VERB 0 root jail
      3 a DET 4 det
      4 Ukrainian PROPN 2 obj
      5 for SCONJ 6 mark
      6 helping VERB 2 advcl help
      7 rebels NOUN 6 obj rebel
      8 . PUNCT 2 punct`;
    const events = coded(table);
    expect(events).toContain('RUS>UKR COERCE 173');
    expect(events.filter((e) => e.includes('AID'))).toEqual(['UKR>rebels AID 070 ?hyp']);
  });

  it('reads a passive punishment the same way ("a Pakistani was arrested for helping China")', () => {
    const table = `
      1 a DET 2 det
      2 Pakistani PROPN 4 nsubj:pass
      3 was AUX 4 aux:pass
      4 arrested VERB 0 root arrest
      5 for SCONJ 6 mark
      6 helping VERB 4 advcl help
      7 China PROPN 6 obj
      8 . PUNCT 4 punct`;
    expect(coded(table).filter((e) => e.includes('AID'))).toEqual(['PAK>CHN AID 070 ?hyp']);
  });

  it('asserts the act one is thanked for, done by the one thanked ("thanked France for supporting Ukraine")', () => {
    const table = `
      1 India PROPN 2 nsubj
      2 thanked VERB 0 root thank
      3 France PROPN 2 obj
      4 for SCONJ 5 mark
      5 supporting VERB 2 advcl support
      6 Ukraine PROPN 5 obj
      7 . PUNCT 2 punct`;
    expect(coded(table).sort()).toEqual(['FRA>UKR SUPPORT 051', 'IND>FRA SUPPORT 051']);
  });

  it('leaves a purpose infinitive to the subject ("jailed the rebels to help Ukraine" is not theirs)', () => {
    const table = `
      1 Russia PROPN 2 nsubj
      2 jailed VERB 0 root jail
      3 rebels NOUN 2 obj rebel
      4 to PART 5 mark
      5 help VERB 2 advcl help
      6 Ukraine PROPN 5 obj
      7 . PUNCT 2 punct`;
    expect(coded(table).filter((e) => e.includes('AID'))).toEqual(['RUS>UKR AID 070']);
  });
});
