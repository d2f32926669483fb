/**
 * A named non-state group (rebels, militants) facing the state it belongs to, or a place of it, is
 * a pair: the group acts against that state and the state against it; a truce or an offensive of
 * the group with nobody else named is with its own state; people protesting with nobody named
 * protest against the authorities where they are.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';
import { WORLD } from './test-support/event-doc.js';

const ACTORS = [
  ...WORLD,
  { id: 'group:kashmir-rebels', name: 'Kashmir rebels', type: 'group' as const, country: 'IND', sector: 'REB', forms: ['Kashmir rebels'] },
  { id: 'group:indian-police', name: 'Indian police', type: 'group' as const, country: 'IND', sector: 'COP', forms: ['Indian police'] },
  { id: 'group:pakistani-students', name: 'Pakistani students', type: 'group' as const, country: 'PAK', sector: 'CVL', forms: ['Pakistani students'] },
];
const PLACES = [{ id: 'place:srinagar', name: 'Srinagar', country: 'IND', forms: ['Srinagar'] }];

describe('event coder: non-state groups and their own state', () => {
  it('codes a group capturing a town of its own country against that country', () => {
    const table = `
      1 Kashmir PROPN 2 compound
      2 rebels NOUN 3 nsubj rebel
      3 captured VERB 0 root capture
      4 Srinagar PROPN 3 obj
      5 . PUNCT 3 punct`;
    expect(coded(table, { actors: ACTORS, places: PLACES }).filter((e) => e.includes('COERCE') || e.includes('ASSAULT'))).toEqual(['IND>IND COERCE 192']);
  });

  it('codes the state attacking the group as an event between them', () => {
    const table = `
      1 India PROPN 2 nsubj
      2 attacked VERB 0 root attack
      3 Kashmir PROPN 4 compound
      4 rebels NOUN 2 obj rebel
      5 . PUNCT 2 punct`;
    expect(coded(table, { actors: ACTORS, places: PLACES })).toEqual(['IND>IND ASSAULT 190']);
  });

  it('still drops a state facing one of its own places ("Indian officials visited Srinagar")', () => {
    const table = `
      1 India PROPN 2 nsubj
      2 visited VERB 0 root visit
      3 Srinagar PROPN 2 obj
      4 . PUNCT 2 punct`;
    expect(coded(table, { actors: ACTORS, places: PLACES })).toEqual([]);
  });
  it('gives a group\'s truce or offensive with no named other side its own state as the opponent', () => {
    const truce = `
      1 Kashmir PROPN 2 compound
      2 rebels NOUN 3 nsubj rebel
      3 agreed VERB 0 root agree
      4 to ADP 6 case
      5 a DET 6 det
      6 ceasefire NOUN 3 obl
      7 . PUNCT 3 punct`;
    expect(coded(truce, { actors: ACTORS, places: PLACES })).toEqual(['IND>IND AGREE 0356']);
    // A people named by its demonym is not an armed group: no opponent is supplied.
    const people = truce.replace('1 Kashmir PROPN 2 compound\n      2 rebels NOUN 3 nsubj rebel', '1 The DET 2 det\n      2 Pakistanis PROPN 3 nsubj Pakistani');
    expect(coded(people, { actors: ACTORS, places: PLACES })).toEqual([]);
  });
  it('codes people protesting with nobody named against their own state, or the state where they protest', () => {
    const strike = `
      1 Pakistani ADJ 2 amod
      2 students NOUN 3 nsubj student
      3 went VERB 0 root go
      4 on ADP 5 case
      5 strike NOUN 3 obl
      6 . PUNCT 3 punct`;
    expect(coded(strike, { actors: ACTORS, places: PLACES })).toEqual(['PAK>PAK PROTEST 143']);
    const abroad = strike.replace('6 . PUNCT 3 punct', '6 at ADP 7 case\n      7 Srinagar PROPN 3 obl\n      8 . PUNCT 3 punct');
    expect(coded(abroad, { actors: ACTORS, places: PLACES })).toEqual(['PAK>IND PROTEST 143']);
  });
  it('keeps a group of a state\'s own bodies with that state ("Indian police raided Srinagar" is no event between India and India)', () => {
    const table = `
      1 Indian ADJ 2 amod
      2 police NOUN 3 nsubj
      3 raided VERB 0 root raid
      4 Srinagar PROPN 3 obj
      5 . PUNCT 3 punct`;
    expect(coded(table, { actors: ACTORS, places: PLACES })).toEqual([]);
  });
  it('reads a counted crowd the parser made the root as the subject of the verb after it ("Thousands of students protested…")', () => {
    const table = `
      1 Thousands NOUN 0 root thousand
      2 of ADP 4 case
      3 Pakistani ADJ 4 amod
      4 students NOUN 1 nmod student
      5 protested VERB 1 acl protest
      6 against ADP 7 case
      7 India PROPN 5 obl
      8 . PUNCT 1 punct`;
    expect(coded(table, { actors: ACTORS, places: PLACES })).toEqual(['PAK>IND PROTEST 141']);
  });
  it('gives no opponent to a group named by its allegiance ("pro-India rebels" need not be in India)', () => {
    const proIndia = { id: 'group:pro-india-rebels', name: 'pro-India rebels', type: 'group' as const, country: 'IND', sector: 'REB', forms: ['pro-India rebels'] };
    const table = (group: string) => `
      1 ${group} ADJ 2 amod
      2 rebels NOUN 3 nsubj rebel
      3 launched VERB 0 root launch
      4 an DET 5 det
      5 offensive NOUN 3 obj
      6 . PUNCT 3 punct`;
    expect(coded(table('pro-India'), { actors: [...ACTORS, proIndia], places: PLACES })).toEqual([]);
    expect(coded(table('Kashmir'), { actors: ACTORS, places: PLACES })).toEqual(['IND>IND ASSAULT 190']);
  });
});
