/**
 * A means clause hung on a verb of accusing (alleged-means.ts): "accused Russia of meddling,
 * including by hacking …" tells what Russia is said to have done — Russia hacks, allegedly — not
 * what the accuser did. A means clause on any other verb stays its subject's ("sanctioned Russia by
 * freezing its assets"). Sentences written for these tests, with the attachment the project's parser
 * gives such clauses.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

describe('alleged means', () => {
  it('the accused does the means clause of an accusation, allegedly', () => {
    expect(coded(`
      1 France PROPN 2 nsubj
      2 accused VERB 0 root accuse
      3 Russia PROPN 2 obj
      4 of SCONJ 5 mark
      5 meddling VERB 2 advcl meddle
      6 , PUNCT 9 punct
      7 including VERB 9 case include
      8 by SCONJ 9 mark
      9 hacking VERB 2 advcl hack
      10 the DET 11 det
      11 computers NOUN 9 obj computer
      12 of ADP 13 case
      13 Ukraine PROPN 11 nmod
      14 . PUNCT 2 punct`)).toEqual(['FRA>RUS ACCUSE 112', 'RUS>UKR COERCE 176 ?hyp']);
  });

  it('a means clause of another verb is its subject\'s act', () => {
    expect(coded(`
      1 France PROPN 2 nsubj
      2 punished VERB 0 root punish
      3 Russia PROPN 2 obj
      4 by SCONJ 5 mark
      5 hacking VERB 2 advcl hack
      6 the DET 7 det
      7 computers NOUN 5 obj computer
      8 of ADP 9 case
      9 Russia PROPN 7 nmod
      10 . PUNCT 2 punct`).filter((e) => e.includes('176'))).toEqual(['FRA>RUS COERCE 176']);
  });
});
