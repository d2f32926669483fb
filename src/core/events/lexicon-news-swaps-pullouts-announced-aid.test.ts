/**
 * Lexicon coverage (data/lexicon) for prisoner swaps, forces leaving a state and aid announced as an
 * amount: one sentence each, written for these tests and parsed by hand (UD relations as the
 * project's parser writes them), each with a near miss that must not code.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

describe('lexicon: swaps, pullouts and announced aid', () => {
  it('a prisoner swap carried out by two states frees people both ways (0841)', () => {
    expect(coded(`
      1 Russia PROPN 4 nsubj
      2 and CCONJ 3 cc
      3 Ukraine PROPN 1 conj
      4 carried VERB 0 root carry
      5 out ADP 4 compound:prt
      6 a DET 8 det
      7 prisoner NOUN 8 compound
      8 swap NOUN 4 obj
      9 . PUNCT 4 punct`)).toEqual(['RUS>UKR RETREAT 0841', 'UKR>RUS RETREAT 0841']);
    expect(coded(`
      1 The DET 3 det
      2 prisoner NOUN 3 compound
      3 swap NOUN 5 nsubj:pass
      4 was AUX 5 aux:pass
      5 delayed VERB 0 root delay
      6 . PUNCT 5 punct`)).toEqual([]);
  });

  it('a state\'s troops leaving a state withdraw (087); its tourists leaving make no event', () => {
    const left = (who: string, lemma: string): string => `
      1 French ADJ 2 amod
      2 ${who} NOUN 3 nsubj ${lemma}
      3 left VERB 0 root leave
      4 Niger PROPN 3 obj
      5 . PUNCT 3 punct`;
    expect(coded(left('troops', 'troop'))).toEqual(['FRA>NER RETREAT 087']);
    expect(coded(left('tourists', 'tourist'))).toEqual([]);
  });

  it('an amount of aid announced for a state is promised aid (0333), like an announced aid package', () => {
    const announced = (place: string): string => `
      1 France PROPN 2 nsubj
      2 announced VERB 0 root announce
      3 50 NUM 4 compound
      4 million NUM 5 nummod
      5 euros NOUN 2 obj euro
      6 in ADP 8 case
      7 humanitarian ADJ 8 amod
      8 aid NOUN 5 nmod
      9 for ADP 10 case
      10 ${place} PROPN 8 nmod
      11 . PUNCT 2 punct`;
    expect(coded(announced('Niger'))).toEqual(['FRA>NER AGREE 0333']);
    expect(coded(`
      1 France PROPN 2 nsubj
      2 announced VERB 0 root announce
      3 50 NUM 4 compound
      4 million NUM 5 nummod
      5 euros NOUN 2 obj euro
      6 in ADP 7 case
      7 Geneva PROPN 2 obl
      8 . PUNCT 2 punct`)).toEqual([]);
  });

  it('a retaliation by or with a named means is that act; with force it is an assault (190)', () => {
    expect(coded(`
      1 Russia PROPN 2 nsubj
      2 retaliated VERB 0 root retaliate
      3 by SCONJ 4 mark
      4 expelling VERB 2 advcl expel
      5 ten NUM 7 nummod
      6 French ADJ 7 amod
      7 diplomats NOUN 4 obj diplomat
      8 . PUNCT 2 punct`)).toEqual(['RUS>FRA SANCTION 166']);
    expect(coded(`
      1 China PROPN 2 nsubj
      2 retaliated VERB 0 root retaliate
      3 with ADP 4 case
      4 tariffs NOUN 2 obl tariff
      5 on ADP 7 case
      6 American ADJ 7 amod
      7 soybeans NOUN 4 nmod soybean
      8 . PUNCT 2 punct`)).toEqual(['CHN>USA COERCE 163']);
    expect(coded(`
      1 Iran PROPN 2 nsubj
      2 retaliated VERB 0 root retaliate
      3 against ADP 4 case
      4 France PROPN 2 obl
      5 with ADP 7 case
      6 missile NOUN 7 compound
      7 strikes NOUN 2 obl strike
      8 . PUNCT 2 punct`).filter((e) => e.includes('190'))).toEqual(['IRN>FRA ASSAULT 190']);
  });

  it('two states pulling troops back from a place neither owns withdraw from each other; from a third state, from it', () => {
    const withdrew = (place: string): string => `
      1 India PROPN 4 nsubj
      2 and CCONJ 3 cc
      3 Pakistan PROPN 1 conj
      4 withdrew VERB 0 root withdraw
      5 their PRON 6 nmod:poss
      6 troops NOUN 4 obj troop
      7 from ADP 8 case
      8 ${place} 4 obl
      9 . PUNCT 4 punct`;
    expect(coded(withdrew('border NOUN'))).toEqual(['IND>PAK RETREAT 087', 'PAK>IND RETREAT 087']);
    expect(coded(withdrew('Niger PROPN'))).toEqual(['IND>NER RETREAT 087', 'PAK>NER RETREAT 087']);
  });
});
