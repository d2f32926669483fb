/**
 * A complaint lodged with an international body or a court is against the state its subject
 * matter names, not against the body that hears it. Sentences written for these tests, parsed by
 * hand as the project's parser reads them.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';
import { WORLD } from './test-support/event-doc.js';

const world = [...WORLD, { id: 'igo:wto', name: 'World Trade Organization', type: 'igo' as const, country: null, sector: 'IGO', cameo: 'IGOWTO', forms: ['World Trade Organization'] }];

describe('the forum of a complaint', () => {
  it('a complaint with a trade body over a state\'s tariffs is against that state', () => {
    expect(coded(`
      1 India PROPN 2 nsubj
      2 lodged VERB 0 root lodge
      3 a DET 4 det
      4 complaint NOUN 2 obj
      5 with ADP 9 case
      6 the DET 9 det
      7 World PROPN 9 compound
      8 Trade PROPN 9 compound
      9 Organization PROPN 2 obl
      10 over ADP 12 case
      11 Chinese ADJ 12 amod
      12 duties NOUN 2 obl
      13 . PUNCT 2 punct`, { actors: world })).toEqual(['IND>CHN ACCUSE 114']);
  });

  it('an "against" phrase parsed inside the court\'s name, or under a court no actor stands for, names the accused', () => {
    expect(coded(`
      1 Ukraine PROPN 2 nsubj
      2 filed VERB 0 root file
      3 a DET 4 det
      4 complaint NOUN 2 obj
      5 with ADP 8 case
      6 the DET 8 det
      7 International ADJ 8 amod
      8 Court PROPN 4 nmod
      9 of ADP 10 case
      10 Justice PROPN 8 nmod
      11 against ADP 12 case
      12 Russia PROPN 10 nmod
      13 . PUNCT 2 punct`)).toEqual(['UKR>RUS ACCUSE 114']);
    expect(coded(`
      1 Pakistan PROPN 2 nsubj
      2 lodged VERB 0 root lodge
      3 a DET 4 det
      4 complaint NOUN 2 obj
      5 with ADP 7 case
      6 the DET 7 det
      7 tribunal NOUN 2 obl
      8 against ADP 9 case
      9 India PROPN 7 nmod
      10 . PUNCT 2 punct`)).toEqual(['PAK>IND ACCUSE 114']);
  });

  it('a state it is lodged with stays the target, whoever the matter names', () => {
    expect(coded(`
      1 France PROPN 2 nsubj
      2 lodged VERB 0 root lodge
      3 a DET 4 det
      4 protest NOUN 2 obj
      5 with ADP 6 case
      6 Iran PROPN 2 obl
      7 over ADP 9 case
      8 the DET 9 det
      9 detention NOUN 2 obl
      10 of ADP 12 case
      11 French ADJ 12 amod
      12 citizens NOUN 9 nmod
      13 . PUNCT 2 punct`)).toEqual(['FRA>IRN ACCUSE 114']);
  });

  it('a complaint with a body over a matter that names no state stays with the body', () => {
    expect(coded(`
      1 Niger PROPN 2 nsubj
      2 lodged VERB 0 root lodge
      3 a DET 4 det
      4 complaint NOUN 2 obj
      5 with ADP 6 case
      6 ECOWAS PROPN 2 obl
      7 over ADP 9 case
      8 the DET 9 det
      9 delays NOUN 2 obl
      10 . PUNCT 2 punct`)).toEqual(['NER>Economic Community of West African States ACCUSE 114']);
  });
});
