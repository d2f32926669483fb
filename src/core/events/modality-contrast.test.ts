/**
 * Negation and time words that do not mean what they seem (modality.ts): "no longer" negates,
 * "not just X but also Y" affirms X, a conjunct set against a negated clause by "but" is affirmed,
 * and "later" after a past verb dates a past act. Sentences written for these tests, parsed as the
 * project's parser parses them.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

describe('modality: negation read from the clause', () => {
  it('"would no longer defend" refuses the support it stops', () => {
    expect(coded(`
      1 Britain PROPN 2 nsubj
      2 said VERB 0 root say
      3 it PRON 7 nsubj
      4 would AUX 7 aux
      5 no ADV 6 advmod
      6 longer ADV 7 advmod
      7 defend VERB 2 ccomp
      8 Ukraine PROPN 7 obj
      9 . PUNCT 2 punct`)).toEqual(['GBR>UKR REJECT 120']);
  });

  it('"not just attacking X but also Y" reports attacks on both, not a negated one', () => {
    expect(coded(`
      1 China PROPN 3 nmod:poss
      2 's PART 1 case
      3 priority NOUN 7 nsubj
      4 is AUX 7 aux be
      5 not PART 7 advmod
      6 just ADV 7 advmod
      7 attacking VERB 0 root attack
      8 India PROPN 7 obj
      9 but CCONJ 11 cc
      10 also ADV 11 advmod
      11 Pakistan PROPN 8 conj
      12 . PUNCT 7 punct`)).toEqual(['CHN>IND ASSAULT 190', 'CHN>PAK ASSAULT 190']);
  });

  it('a conjunct after "but" keeps its own polarity: "would not join … but would work with France"', () => {
    expect(coded(`
      1 Russia PROPN 2 nsubj
      2 said VERB 0 root say
      3 it PRON 6 nsubj
      4 would AUX 6 aux
      5 not PART 6 advmod
      6 join VERB 2 ccomp
      7 the DET 8 det
      8 sanctions NOUN 6 obj sanction
      9 but CCONJ 11 cc
      10 would AUX 11 aux
      11 work VERB 6 conj
      12 with ADP 13 case
      13 France PROPN 11 obl
      14 . PUNCT 2 punct`)).toEqual(['RUS>FRA AGREE 031 +fut']);
    expect(coded(`
      1 Russia PROPN 4 nsubj
      2 did AUX 4 aux do
      3 not PART 4 advmod
      4 attack VERB 0 root
      5 Ukraine PROPN 4 obj
      6 but CCONJ 7 cc
      7 threatened VERB 4 conj threaten
      8 France PROPN 7 obj
      9 . PUNCT 4 punct`)).toEqual(['RUS>UKR ASSAULT 190 !neg', 'RUS>FRA THREATEN 130']);
  });

  it('a conjunct after "or" still shares the negation', () => {
    expect(coded(`
      1 Russia PROPN 4 nsubj
      2 did AUX 4 aux do
      3 not PART 4 advmod
      4 attack VERB 0 root
      5 Ukraine PROPN 4 obj
      6 or CCONJ 7 cc
      7 threaten VERB 4 conj
      8 France PROPN 7 obj
      9 . PUNCT 4 punct`)).toEqual(['RUS>UKR ASSAULT 190 !neg', 'RUS>FRA THREATEN 130 !neg']);
  });
});

describe('modality: "later" and "soon"', () => {
  it('date a past act after a past verb, a future one after "will"', () => {
    expect(coded(`
      1 Putin PROPN 3 nsubj
      2 later ADV 3 advmod
      3 apologized VERB 0 root apologize
      4 to ADP 5 case
      5 Xi PROPN 3 obl
      6 . PUNCT 3 punct`)).toEqual(['RUS>CHN SUPPORT 055']);
    expect(coded(`
      1 Putin PROPN 4 nsubj
      2 will AUX 4 aux
      3 later ADV 4 advmod
      4 apologize VERB 0 root
      5 to ADP 6 case
      6 Xi PROPN 4 obl
      7 . PUNCT 4 punct`)).toEqual(['RUS>CHN AGREE 032 +fut']);
  });

  it('a conjunct finite on its own does not share "did not": "did not attend the summit and recalled its envoy"', () => {
    const table = (second: string): string => `
      1 Pakistan PROPN 4 nsubj
      2 did AUX 4 aux do
      3 not PART 4 advmod
      4 attend VERB 0 root attend
      5 the DET 6 det
      6 talks NOUN 4 obj talk
      7 and CCONJ 8 cc
      ${second}
      9 its PRON 10 nmod:poss
      10 ambassador NOUN 8 obj ambassador
      11 from ADP 12 case
      12 India PROPN 8 obl
      13 . PUNCT 4 punct`;
    const recall = (t: string): string[] => coded(t).filter((e) => e.includes(' 161'));
    // "recalled" cannot follow "did": it is a clause of its own, asserted.
    expect(recall(table('8 recalled VERB 4 conj recall'))).toEqual(['PAK>IND SANCTION 161']);
    // "did not attend … and recall": the bare form shares the negation.
    expect(recall(table('8 recall VERB 4 conj recall'))).toEqual(['PAK>IND SANCTION 161 !neg']);
  });

  it('a conjunct with an auxiliary of its own keeps its own polarity: "never recognised X and has recalled …"', () => {
    const table = `
      1 Pakistan PROPN 3 nsubj
      2 never ADV 3 advmod
      3 recognised VERB 0 root recognise
      4 Taiwan PROPN 3 obj
      5 and CCONJ 7 cc
      6 has AUX 7 aux have
      7 recalled VERB 3 conj recall
      8 its PRON 9 nmod:poss
      9 ambassador NOUN 7 obj ambassador
      10 from ADP 11 case
      11 India PROPN 7 obl
      12 . PUNCT 3 punct`;
    expect(coded(table).filter((e) => e.includes(' 161'))).toEqual(['PAK>IND SANCTION 161']);
  });

  it('"nor" negates its conjunct: "neither attended the talks nor recalled its ambassador"', () => {
    const table = `
      1 Pakistan PROPN 3 nsubj
      2 neither CCONJ 3 cc:preconj neither
      3 attended VERB 0 root attend
      4 the DET 5 det
      5 talks NOUN 3 obj talk
      6 nor CCONJ 7 cc nor
      7 recalled VERB 3 conj recall
      8 its PRON 9 nmod:poss
      9 ambassador NOUN 7 obj ambassador
      10 from ADP 11 case
      11 India PROPN 7 obl
      12 . PUNCT 3 punct`;
    expect(coded(table).filter((e) => e.includes(' 161'))).toEqual(['PAK>IND SANCTION 161 !neg']);
    // "and" asserts it.
    expect(coded(table.replace('6 nor CCONJ 7 cc nor', '6 and CCONJ 7 cc and').replace('2 neither CCONJ 3 cc:preconj neither', '2 then ADV 3 advmod then')).filter((e) => e.includes(' 161'))).toEqual(['PAK>IND SANCTION 161']);
  });
});
