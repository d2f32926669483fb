/**
 * One trigger family per CAMEO root, 11–20, on sentences written for these tests and parsed by
 * hand (UD relations, as the project's parser writes them).
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

describe('event coder: CAMEO roots 11-20', () => {
  it('11 condemning an act targets its author', () => {
    expect(coded(`
      1 France PROPN 2 nsubj
      2 condemned VERB 0 root condemn
      3 the DET 6 det
      4 Iranian ADJ 6 amod
      5 missile NOUN 6 compound
      6 test NOUN 2 obj
      7 . PUNCT 2 punct`)).toContain('FRA>IRN ACCUSE 111');
  });

  it('12 rejecting another side\'s proposal', () => {
    expect(coded(`
      1 Iran PROPN 2 nsubj
      2 rejected VERB 0 root reject
      3 the DET 5 det
      4 American ADJ 5 amod
      5 proposal NOUN 2 obj
      6 . PUNCT 2 punct`)).toEqual(['IRN>USA REJECT 120']);
  });

  it('13 threatening to cut supplies is a threat to reduce aid (1311)', () => {
    expect(coded(`
      1 Russia PROPN 2 nsubj
      2 threatened VERB 0 root threaten
      3 to PART 4 mark
      4 cut VERB 2 xcomp
      5 gas NOUN 6 compound
      6 supplies NOUN 4 obj supply
      7 to ADP 8 case
      8 Ukraine PROPN 4 obl
      9 . PUNCT 2 punct`)).toEqual(['RUS>UKR THREATEN 1311']);
  });

  it('14 demonstrators protest; a state that protests complains officially', () => {
    expect(coded(`
      1 Thousands NOUN 4 nsubj thousand
      2 of ADP 3 case
      3 protesters NOUN 1 nmod protester
      4 demonstrated VERB 0 root demonstrate
      5 outside ADP 8 case
      6 the DET 8 det
      7 French ADJ 8 amod
      8 embassy NOUN 4 obl
      9 . PUNCT 4 punct`)).toEqual(['protesters>FRA PROTEST 141']);
    expect(coded(`
      1 China PROPN 2 nsubj
      2 protested VERB 0 root protest
      3 the DET 5 det
      4 American ADJ 5 amod
      5 decision NOUN 2 obj
      6 . PUNCT 2 punct`)).toEqual(['CHN>USA ACCUSE 114']);
  });

  it('15 troops deployed near a country', () => {
    expect(coded(`
      1 Russia PROPN 2 nsubj
      2 deployed VERB 0 root deploy
      3 troops NOUN 2 obj troop
      4 near ADP 5 case
      5 Ukraine PROPN 2 obl
      6 . PUNCT 2 punct`)).toEqual(['RUS>UKR MOBILIZE 154']);
  });

  it('16 expelling an ambassador; 163 sanctions imposed with a light verb', () => {
    expect(coded(`
      1 India PROPN 2 nsubj
      2 expelled VERB 0 root expel
      3 the DET 5 det
      4 Pakistani ADJ 5 amod
      5 ambassador NOUN 2 obj
      6 . PUNCT 2 punct`)).toEqual(['IND>PAK SANCTION 166']);
    expect(coded(`
      1 The DET 3 det
      2 United PROPN 3 compound
      3 States PROPN 4 nsubj
      4 imposed VERB 0 root impose
      5 sanctions NOUN 4 obj sanction
      6 on ADP 7 case
      7 Iran PROPN 4 obl
      8 . PUNCT 4 punct`)).toEqual(['USA>IRN COERCE 163']);
  });

  it('17 arrests', () => {
    expect(coded(`
      1 Chinese ADJ 2 amod
      2 police NOUN 3 nsubj
      3 arrested VERB 0 root arrest
      4 two NUM 6 nummod
      5 British ADJ 6 amod
      6 journalists NOUN 3 obj journalist
      7 . PUNCT 3 punct`)).toEqual(['CHN>GBR COERCE 173']);
  });

  it('18 kidnapping', () => {
    expect(coded(`
      1 Insurgents NOUN 2 nsubj insurgent
      2 kidnapped VERB 0 root kidnap
      3 three NUM 5 nummod
      4 Indian ADJ 5 amod
      5 engineers NOUN 2 obj engineer
      6 . PUNCT 2 punct`)).toEqual(['rebels>IND ASSAULT 181']);
  });

  it('19 firing on the other side; clashes are coded both ways', () => {
    expect(coded(`
      1 Pakistani ADJ 2 amod
      2 troops NOUN 3 nsubj troop
      3 fired VERB 0 root fire
      4 on ADP 6 case
      5 Indian ADJ 6 amod
      6 posts NOUN 3 obl post
      7 . PUNCT 3 punct`)).toEqual(['PAK>IND ASSAULT 194']);
    expect(coded(`
      1 Russian ADJ 4 amod
      2 and CCONJ 3 cc
      3 Ukrainian ADJ 1 conj
      4 troops NOUN 5 nsubj troop
      5 clashed VERB 0 root clash
      6 near ADP 8 case
      7 the DET 8 det
      8 border NOUN 5 obl
      9 . PUNCT 5 punct`)).toEqual(['RUS>UKR ASSAULT 190', 'UKR>RUS ASSAULT 190']);
  });

  it('20 massacres', () => {
    expect(coded(`
      1 The DET 2 det
      2 rebels NOUN 3 nsubj rebel
      3 massacred VERB 0 root massacre
      4 Ukrainian ADJ 5 amod
      5 villagers NOUN 3 obj villager
      6 . PUNCT 3 punct`)).toEqual(['rebels>UKR ASSAULT 202']);
  });
});
