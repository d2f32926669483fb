/**
 * Trigger matching (trigger-match.ts) on hand-parsed sentences: a required "that" is also met by a
 * report closing on its verb ("…, Serbia complained"), whichever way the parser hung it.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

describe('a closing report as the "that"-clause of a complaint', () => {
  it('reads "India shelled the border, Pakistan complained" as a complaint against India (parataxis)', () => {
    expect(coded(`
      1 India PROPN 2 nsubj
      2 shelled VERB 0 root shell
      3 the DET 4 det
      4 border NOUN 2 obj border
      5 , PUNCT 7 punct
      6 Pakistan PROPN 7 nsubj
      7 complained VERB 2 parataxis complain
      8 . PUNCT 2 punct`).filter((e) => e.includes(' 114'))).toEqual(['PAK>IND ACCUSE 114']);
  });
  it('and with the reported clause hung on the verb as an adverbial clause with its own subject', () => {
    expect(coded(`
      1 India PROPN 2 nsubj
      2 shelled VERB 7 advcl shell
      3 the DET 4 det
      4 border NOUN 2 obj border
      5 , PUNCT 2 punct
      6 Pakistan PROPN 7 nsubj
      7 complained VERB 0 root complain
      8 . PUNCT 7 punct`).filter((e) => e.includes(' 114'))).toEqual(['PAK>IND ACCUSE 114']);
  });
  it('takes no subjectless participle for the complaint\'s content ("Speaking to reporters, Pakistan complained")', () => {
    expect(coded(`
      1 Speaking VERB 6 advcl speak
      2 to ADP 3 case
      3 India PROPN 1 obl
      4 , PUNCT 1 punct
      5 Pakistan PROPN 6 nsubj
      6 complained VERB 0 root complain
      7 . PUNCT 6 punct`).filter((e) => e.includes(' 114'))).toEqual([]);
  });
});
