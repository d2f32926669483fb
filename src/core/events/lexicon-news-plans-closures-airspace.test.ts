/**
 * Lexicon readings (data/lexicon) of peace plans put forward (027), supplies cut off (162), closures
 * and seals of borders and embassies (191 / 161), complaints lodged against someone with a forum
 * (114), and aircraft entering or flying into another state's airspace (150 / 154). One sentence
 * each, written for these tests and parsed by hand (UD relations as the project's parser writes them).
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

describe('lexicon: peace plans put forward', () => {
  it('a peace plan unveiled or put forward for a state is an appeal to settle a dispute (027)', () => {
    expect(coded(`
      1 China PROPN 2 nsubj
      2 unveiled VERB 0 root unveil
      3 a DET 5 det
      4 peace NOUN 5 compound
      5 plan NOUN 2 obj
      6 for ADP 7 case
      7 Ukraine PROPN 5 nmod
      8 . PUNCT 2 punct`)).toEqual(['CHN>UKR REQUEST 027']);
    expect(coded(`
      1 Kazakhstan PROPN 2 nsubj
      2 put VERB 0 root put
      3 forward ADV 2 compound:prt
      4 a DET 6 det
      5 peace NOUN 6 compound
      6 proposal NOUN 2 obj
      7 for ADP 8 case
      8 Pakistan PROPN 6 nmod
      9 . PUNCT 2 punct`)).toEqual(['KAZ>PAK REQUEST 027']);
  });

  it('a plan that is not a peace plan stays what it was (no event)', () => {
    expect(coded(`
      1 China PROPN 2 nsubj
      2 unveiled VERB 0 root unveil
      3 a DET 5 det
      4 budget NOUN 5 compound
      5 plan NOUN 2 obj
      6 . PUNCT 2 punct`)).toEqual([]);
  });
});

describe('lexicon: supplies cut off', () => {
  it('gas or electricity cut off to a state is a supply stopped (162)', () => {
    expect(coded(`
      1 Russia PROPN 2 nsubj
      2 cut VERB 0 root cut
      3 off ADP 2 compound:prt
      4 gas NOUN 2 obj
      5 to ADP 6 case
      6 Ukraine PROPN 2 obl
      7 . PUNCT 2 punct`)).toEqual(['RUS>UKR SANCTION 162']);
  });

  it('a storm cutting off power names no actor (no event)', () => {
    expect(coded(`
      1 A DET 2 det
      2 storm NOUN 3 nsubj
      3 cut VERB 0 root cut
      4 off ADP 3 compound:prt
      5 power NOUN 3 obj
      6 to ADP 8 case
      7 many ADJ 8 amod
      8 homes NOUN 3 obl
      9 . PUNCT 3 punct`)).toEqual([]);
  });
});

describe('lexicon: closures and seals', () => {
  it('the closure of a border with a state restricts movement (191); of schools it is no event', () => {
    expect(coded(`
      1 India PROPN 2 nsubj
      2 ordered VERB 0 root order
      3 the DET 4 det
      4 closure NOUN 2 obj
      5 of ADP 7 case
      6 its PRON 7 nmod:poss
      7 border NOUN 4 nmod
      8 with ADP 9 case
      9 Pakistan PROPN 7 nmod
      10 . PUNCT 2 punct`)).toEqual(['IND>PAK COERCE 191']);
    expect(coded(`
      1 India PROPN 2 nsubj
      2 ordered VERB 0 root order
      3 the DET 4 det
      4 closure NOUN 2 obj
      5 of ADP 6 case
      6 schools NOUN 4 nmod
      7 . PUNCT 2 punct`)).toEqual([]);
  });

  it('sealing a border is closing it (191)', () => {
    expect(coded(`
      1 Pakistan PROPN 2 nsubj
      2 sealed VERB 0 root seal
      3 its PRON 4 nmod:poss
      4 border NOUN 2 obj
      5 with ADP 6 case
      6 India PROPN 4 nmod
      7 . PUNCT 2 punct`)).toEqual(['PAK>IND COERCE 191']);
  });
});

describe('lexicon: complaints lodged with a forum', () => {
  it('the one complained against is the target, not the forum it is lodged with (114)', () => {
    expect(coded(`
      1 Pakistan PROPN 2 nsubj
      2 lodged VERB 0 root lodge
      3 a DET 4 det
      4 complaint NOUN 2 obj
      5 against ADP 6 case
      6 India PROPN 2 obl
      7 with ADP 9 case
      8 the DET 9 det
      9 UN PROPN 2 obl
      10 . PUNCT 2 punct`)).toEqual(['PAK>IND ACCUSE 114']);
  });
});

describe('lexicon: aircraft in another state\'s airspace', () => {
  it('bombers entering a state\'s airspace show force (150)', () => {
    expect(coded(`
      1 Russian ADJ 2 amod
      2 bombers NOUN 3 nsubj
      3 entered VERB 0 root enter
      4 Kazakh ADJ 5 amod
      5 airspace NOUN 3 obj
      6 . PUNCT 3 punct`, { actors: [
      { id: 'state:RUS', name: 'Russia', type: 'state', country: 'RUS', cameo: 'RUS', forms: ['Russian'] },
      { id: 'state:KAZ', name: 'Kazakhstan', type: 'state', country: 'KAZ', cameo: 'KAZ', forms: ['Kazakh'] },
    ] })).toEqual(['RUS>KAZ MOBILIZE 150']);
  });

  it('warplanes flying into a state are a deployment (154), not a visit', () => {
    expect(coded(`
      1 Chinese ADJ 2 amod
      2 warplanes NOUN 3 nsubj
      3 flew VERB 0 root fly
      4 into ADP 5 case
      5 Taiwan PROPN 3 obl
      6 . PUNCT 3 punct`)).toEqual(['CHN>TWN MOBILIZE 154']);
  });
});

describe('lexicon: places standing for the state acted on (placeIsTarget)', () => {
  it('an embassy reopened in a capital is reopened in that state (050)', () => {
    expect(coded(`
      1 France PROPN 2 nsubj
      2 reopened VERB 0 root reopen
      3 its PRON 4 nmod:poss
      4 embassy NOUN 2 obj
      5 in ADP 6 case
      6 Astana PROPN 2 obl
      7 . PUNCT 2 punct`)).toEqual(['FRA>KAZ SUPPORT 050']);
  });

  it('a supply cut off to a city is cut off to its state (162)', () => {
    expect(coded(`
      1 Russia PROPN 2 nsubj
      2 cut VERB 0 root cut
      3 off ADP 2 compound:prt
      4 gas NOUN 2 obj
      5 to ADP 6 case
      6 Samarkand PROPN 2 obl
      7 . PUNCT 2 punct`)).toEqual(['RUS>UZB SANCTION 162']);
  });
});
