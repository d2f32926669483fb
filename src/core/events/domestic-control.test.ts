/**
 * Emergency powers (curfews, states of emergency, martial law) are coded against the people of the
 * place they cover — the state's own when the place is at home or none is named — and a state's
 * coercion of its own citizens is coded against its own country.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';
import { WORLD } from './test-support/event-doc.js';

const PLACES = [
  { id: 'place:karachi', name: 'Karachi', country: 'PAK', forms: ['Karachi'] },
  { id: 'place:kherson', name: 'Kherson', country: 'UKR', forms: ['Kherson'] },
];

describe('event coder: emergency powers over a population', () => {
  it('codes a curfew imposed in a place at home against the state\'s own people', () => {
    const table = `
      1 Pakistan PROPN 2 nsubj
      2 imposed VERB 0 root impose
      3 a DET 4 det
      4 curfew NOUN 2 obj
      5 in ADP 6 case
      6 Karachi PROPN 2 obl
      7 . PUNCT 2 punct`;
    expect(coded(table, { places: PLACES })).toEqual(['PAK>PAK COERCE 1723']);
  });

  it('codes a curfew in an occupied place against that place\'s state', () => {
    const table = `
      1 Russia PROPN 2 nsubj
      2 imposed VERB 0 root impose
      3 a DET 4 det
      4 curfew NOUN 2 obj
      5 in ADP 6 case
      6 Kherson PROPN 4 nmod
      7 . PUNCT 2 punct`;
    expect(coded(table, { places: PLACES })).toEqual(['RUS>UKR COERCE 1723']);
  });

  it('reads a curfew or martial law instituted or reimposed like one imposed', () => {
    const table = `
      1 Pakistan PROPN 2 nsubj
      2 instituted VERB 0 root institute
      3 a DET 4 det
      4 curfew NOUN 2 obj
      5 in ADP 6 case
      6 Karachi PROPN 2 obl
      7 . PUNCT 2 punct`;
    expect(coded(table, { places: PLACES })).toEqual(['PAK>PAK COERCE 1723']);
    expect(coded(`
      1 India PROPN 2 nsubj
      2 reimposed VERB 0 root reimpose
      3 martial ADJ 4 amod
      4 law NOUN 2 obj
      5 . PUNCT 2 punct`)).toEqual(['IND>IND COERCE 1724']);
  });

  it('codes martial law with no place named against the state\'s own people', () => {
    const table = `
      1 India PROPN 2 nsubj
      2 declared VERB 0 root declare
      3 martial ADJ 4 amod
      4 law NOUN 2 obj
      5 . PUNCT 2 punct`;
    expect(coded(table)).toEqual(['IND>IND COERCE 1724']);
  });

  it('keeps other acts of a state on its own place uncoded ("India arrested … in Delhi" names no one arrested)', () => {
    const table = `
      1 India PROPN 2 nsubj
      2 arrested VERB 0 root arrest
      3 in ADP 4 case
      4 Delhi PROPN 2 obl
      5 . PUNCT 2 punct`;
    expect(coded(table).filter((e) => e.startsWith('IND>IND'))).toEqual([]);
  });

  it('codes a state detaining one of its own citizens against that citizen\'s state ("Pakistan detained Khan")', () => {
    const actors = [
      ...WORLD,
      { id: 'person:khan', name: 'Imran Khan', type: 'person' as const, country: 'PAK', sector: 'OPP', cameo: 'PAKOPP', forms: ['Khan'] },
    ];
    const table = `
      1 Pakistan PROPN 2 nsubj
      2 detained VERB 0 root detain
      3 Khan PROPN 2 obj
      4 . PUNCT 2 punct`;
    expect(coded(table, { actors })).toEqual(['PAK>PAK COERCE 173']);
  });

  it('still codes no state acting on itself otherwise ("Russia praised Putin")', () => {
    const table = `
      1 Russia PROPN 2 nsubj
      2 praised VERB 0 root praise
      3 Putin PROPN 2 obj
      4 . PUNCT 2 punct`;
    expect(coded(table)).toEqual([]);
  });
});
