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

describe('the list a party is put on or taken off, hung on the object', () => {
  it('reads "removed two Iranian banks from its sanctions list" as sanctions eased (085)', () => {
    expect(coded(`
      1 Washington PROPN 2 nsubj
      2 removed VERB 0 root remove
      3 two NUM 5 nummod
      4 Iranian ADJ 5 amod
      5 banks NOUN 2 obj bank
      6 from ADP 9 case
      7 its PRON 9 nmod:poss
      8 sanctions NOUN 9 compound sanction
      9 list NOUN 5 nmod
      10 . PUNCT 2 punct`)).toEqual(['USA>IRN RETREAT 085']);
  });
  it('and "added two Russian banks to its sanctions list" as sanctions imposed (163)', () => {
    expect(coded(`
      1 Britain PROPN 2 nsubj
      2 added VERB 0 root add
      3 two NUM 5 nummod
      4 Russian ADJ 5 amod
      5 banks NOUN 2 obj bank
      6 to ADP 9 case
      7 its PRON 9 nmod:poss
      8 sanctions NOUN 9 compound sanction
      9 list NOUN 5 nmod
      10 . PUNCT 2 punct`)).toEqual(['GBR>RUS COERCE 163']);
  });
  it('but a phrase on the object that names no list stays the object\'s ("dropped attacks on X from her speech")', () => {
    expect(coded(`
      1 Britain PROPN 2 nsubj
      2 removed VERB 0 root remove
      3 two NUM 5 nummod
      4 Russian ADJ 5 amod
      5 diplomats NOUN 2 obj diplomat
      6 from ADP 8 case
      7 the DET 8 det
      8 delegation NOUN 5 nmod
      9 . PUNCT 2 punct`)).toEqual([]);
  });
});
