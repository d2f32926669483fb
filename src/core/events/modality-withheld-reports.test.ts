/**
 * Acts inside a report that was not made (modality.ts): "has not confirmed that it sent troops",
 * "declined to say it had" assert nothing, so the act is flagged hypothetical; the same report made
 * ("confirmed that it sent troops") asserts it. Sentences written for these tests, parsed as the
 * project's parser parses them.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

/** "India has not confirmed that it sent troops to Pakistan ." */
const NOT_CONFIRMED = `
  1 India PROPN 4 nsubj
  2 has AUX 4 aux have
  3 not PART 4 advmod
  4 confirmed VERB 0 root confirm
  5 that SCONJ 7 mark
  6 it PRON 7 nsubj
  7 sent VERB 4 ccomp send
  8 troops NOUN 7 obj troop
  9 to ADP 10 case
  10 Pakistan PROPN 7 obl
  11 . PUNCT 4 punct`;

describe('modality: reports not made', () => {
  it('flags an act reported under a negated "confirm" or "say" hypothetical', () => {
    expect(coded(NOT_CONFIRMED)).toEqual(['IND>PAK MOBILIZE 154 ?hyp']);
    expect(coded(NOT_CONFIRMED.replace('confirmed VERB 0 root confirm', 'said VERB 0 root say'))).toEqual(['IND>PAK MOBILIZE 154 ?hyp']);
  });

  it('flags an act under "declined to confirm" hypothetical', () => {
    expect(coded(`
      1 India PROPN 2 nsubj
      2 declined VERB 0 root decline
      3 to PART 4 mark
      4 confirm VERB 2 xcomp confirm
      5 that SCONJ 7 mark
      6 it PRON 7 nsubj
      7 sent VERB 4 ccomp send
      8 troops NOUN 7 obj troop
      9 to ADP 10 case
      10 Pakistan PROPN 7 obl
      11 . PUNCT 2 punct`)).toEqual(['IND>PAK MOBILIZE 154 ?hyp']);
  });

  it('reports the act when the report is made ("has finally confirmed")', () => {
    const made = NOT_CONFIRMED.replace('3 not PART 4 advmod', '3 finally ADV 4 advmod');
    expect(coded(made)).toEqual(['IND>PAK MOBILIZE 154']);
  });
});
