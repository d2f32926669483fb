/**
 * Who a judgement is about when it is said of an object ("called India's move a provocation"), and
 * who issues a document named by no actor ("a statement released in Moscow accused …").
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

describe('event coder: judgements said of an object, documents by where they are issued', () => {
  it('reads a judgement noun beside the object as about the object ("called India\'s move a provocation")', () => {
    const table = `
      1 China PROPN 2 nsubj
      2 called VERB 0 root call
      3 India PROPN 5 nmod:poss
      4 's PART 3 case
      5 move NOUN 2 obj
      6 a DET 7 det
      7 provocation NOUN 5 nmod:unmarked
      8 . PUNCT 2 punct`;
    expect(coded(table)).toEqual(['CHN>IND ACCUSE 1123']);
  });

  it('reads a violation of one\'s sovereignty said of another\'s act as an accusation ("called India\'s strikes a violation of its sovereignty")', () => {
    const table = `
      1 Pakistan PROPN 2 nsubj
      2 called VERB 0 root call
      3 India PROPN 5 nmod:poss
      4 's PART 3 case
      5 strikes NOUN 2 obj strike
      6 a DET 7 det
      7 violation NOUN 5 nmod:unmarked
      8 of ADP 10 case
      9 its PRON 10 nmod:poss
      10 sovereignty NOUN 7 nmod
      11 . PUNCT 2 punct`;
    expect(coded(table)).toContain('PAK>IND ACCUSE 111');
  });

  it('reads a judgement told of a subject as about the subject ("said Pakistan\'s raid was a violation of international law")', () => {
    const table = (subject: string) => `
      1 India PROPN 2 nsubj
      2 said VERB 0 root say
      ${subject}
      5 raid NOUN 8 nsubj
      6 was AUX 8 cop be
      7 a DET 8 det
      8 violation NOUN 2 ccomp
      9 of ADP 11 case
      10 international ADJ 11 amod
      11 law NOUN 8 nmod
      12 . PUNCT 2 punct`;
    const said = (text: string) => ({ quotes: [{ text, speaker: 'state:IND' }] });
    expect(coded(table(`3 Pakistan PROPN 5 nmod:poss
      4 's PART 3 case`), said("Pakistan 's raid was a violation of international law")).filter((e) => e.includes('ACCUSE'))).toEqual(['IND>PAK ACCUSE 111']);
    // A judgement of no one's act accuses nobody.
    expect(coded(table(`3 the DET 5 det
      4 night NOUN 5 compound`), said('the night raid was a violation of international law')).filter((e) => e.includes('ACCUSE'))).toEqual([]);
  });

  it('keeps "a move to …" hypothetical: the noun beside the object is no complement of it', () => {
    const table = `
      1 China PROPN 2 nsubj
      2 condemned VERB 0 root condemn
      3 India PROPN 5 nmod:poss
      4 's PART 3 case
      5 move NOUN 2 obj
      6 to PART 7 mark
      7 impose VERB 5 acl
      8 sanctions NOUN 7 obj sanction
      9 on ADP 10 case
      10 Pakistan PROPN 7 obl
      11 . PUNCT 2 punct`;
    expect(coded(table).filter((e) => e.startsWith('IND>PAK') && !e.includes('?hyp'))).toEqual([]);
  });

  it('gives a document issued in a state\'s capital that state as its issuer ("a statement released in Moscow accused Ukraine")', () => {
    const table = `
      1 A DET 2 det
      2 statement NOUN 6 nsubj
      3 released VERB 2 acl release
      4 in ADP 5 case
      5 Moscow PROPN 3 obl
      6 accused VERB 0 root accuse
      7 Ukraine PROPN 6 obj
      8 of ADP 9 mark
      9 shelling VERB 6 advcl shell
      10 the DET 11 det
      11 plant NOUN 9 obj
      12 . PUNCT 6 punct`;
    expect(coded(table).filter((e) => e.includes('ACCUSE'))).toEqual(['RUS>UKR ACCUSE 112']);
  });
});
