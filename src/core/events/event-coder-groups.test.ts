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
  it('reads it so too when the parser made the crowd a second subject of the closing "witnesses said"', () => {
    const table = `
      1 Thousands NOUN 10 nsubj thousand
      2 of ADP 4 case
      3 Pakistani ADJ 4 amod
      4 students NOUN 1 nmod student
      5 protested VERB 1 acl protest
      6 against ADP 7 case
      7 India PROPN 5 obl
      8 , PUNCT 10 punct
      9 witnesses NOUN 10 nsubj witness
      10 said VERB 0 root say
      11 . PUNCT 10 punct`;
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

describe('event coder: a description named by its organisation', () => {
  const actors = [
    ...WORLD,
    { id: 'org:hamas', name: 'Hamas', type: 'org' as const, country: 'PSE', forms: ['Hamas'] },
    { id: 'state:ISR', name: 'Israel', type: 'state' as const, country: 'ISR', cameo: 'ISR', forms: ['Israel'] },
    { id: 'group:militants', name: 'militants', type: 'group' as const, country: null, forms: ['militants'], via: 'description' as const },
  ];

  it('reads "Hamas militants" as Hamas', () => {
    expect(coded(`
      1 Hamas PROPN 2 compound
      2 militants NOUN 3 nsubj militant
      3 fired VERB 0 root fire
      4 rockets NOUN 3 obj rocket
      5 at ADP 6 case
      6 Israel PROPN 3 obl
      7 . PUNCT 3 punct`, { actors })).toEqual(['PSE>ISR ASSAULT 194']);
  });

  it('places a description by a described group of a known country before it ("Pakistani paramilitary fighters")', () => {
    const world = [
      ...actors,
      { id: 'group:pak-paramilitary', name: 'Pakistani paramilitary', type: 'group' as const, country: 'PAK', forms: ['Pakistani paramilitary'], via: 'description' as const },
      { id: 'group:fighters', name: 'fighters', type: 'group' as const, country: null, forms: ['fighters'], via: 'description' as const },
    ];
    expect(coded(`
      1 Pakistani ADJ 2 amod
      2 paramilitary ADJ 3 amod
      3 fighters NOUN 4 nsubj fighter
      4 attacked VERB 0 root attack
      5 Israel PROPN 4 obj
      6 . PUNCT 4 punct`, { actors: world })).toEqual(['PAK>ISR ASSAULT 190']);
  });

  it('leaves a description with no named modifier alone', () => {
    const events = coded(`
      1 Militants NOUN 2 nsubj militant
      2 fired VERB 0 root fire
      3 rockets NOUN 2 obj rocket
      4 at ADP 5 case
      5 Israel PROPN 2 obl
      6 . PUNCT 2 punct`, { actors: actors.map((a) => (a.id === 'group:militants' ? { ...a, forms: ['Militants'] } : a)) });
    expect(events.length).toBe(1);
    expect(events[0].startsWith('PSE>')).toBe(false);
  });
});

describe('event coder: whom a protest is against, read from its purpose', () => {
  const places = [{ id: 'place:lahore', name: 'Lahore', country: 'PAK', forms: ['Lahore'] }];

  it('reads the target of a purpose infinitive ("to show their disapproval of India"), on the verb or on its object', () => {
    for (const [head, rel] of [['3', 'advcl'], ['4', 'acl']]) {
      const events = coded(`
      1 The DET 2 det
      2 protesters NOUN 3 nsubj protester
      3 blocked VERB 0 root block
      4 roads NOUN 3 obj road
      5 in ADP 6 case
      6 Lahore PROPN 3 obl
      7 to PART 8 mark
      8 show VERB ${head} ${rel} show
      9 their PRON 10 nmod:poss they
      10 disapproval NOUN 8 obj disapproval
      11 of ADP 12 case
      12 India PROPN 10 nmod
      13 . PUNCT 3 punct`, { places });
      expect(events.filter((e) => e.includes('PROTEST'))).toEqual(['PAK>IND PROTEST 144']);
    }
  });

  it('does not read a circumstance as a purpose ("after India banned the rally")', () => {
    const events = coded(`
      1 The DET 2 det
      2 protesters NOUN 3 nsubj protester
      3 blocked VERB 0 root block
      4 roads NOUN 3 obj road
      5 in ADP 6 case
      6 Lahore PROPN 3 obl
      7 after SCONJ 9 mark
      8 India PROPN 9 nsubj
      9 condemned VERB 3 advcl condemn
      10 them PRON 9 obj they
      11 . PUNCT 3 punct`, { places });
    expect(events.filter((e) => e.includes('PROTEST'))).toEqual(['PAK>PAK PROTEST 144']);
  });

  it('reads whom a mobilisation is for ("mobilized reservists for a war against Pakistan")', () => {
    expect(coded(`
      1 India PROPN 2 nsubj
      2 mobilized VERB 0 root mobilize
      3 reservists NOUN 2 obj reservist
      4 for ADP 6 case
      5 a DET 6 det
      6 war NOUN 2 obl war
      7 against ADP 8 case
      8 Pakistan PROPN 6 nmod
      9 . PUNCT 2 punct`).filter((e) => e.includes('MOBILIZE'))).toEqual(['IND>PAK MOBILIZE 154']);
  });

  it('reads the "for" of a mobilisation hung on what it moves ("reservists for the war in Ukraine")', () => {
    expect(coded(`
      1 Russia PROPN 2 nsubj
      2 mobilised VERB 0 root mobilise
      3 reservists NOUN 2 obj reservist
      4 for ADP 6 case
      5 the DET 6 det
      6 war NOUN 3 nmod war
      7 in ADP 8 case
      8 Ukraine PROPN 6 nmod
      9 . PUNCT 2 punct`).filter((e) => e.includes('MOBILIZE'))).toEqual(['RUS>UKR MOBILIZE 154']);
  });

  it('reads a place phrase that names only the source\'s own as a place ("along its border with China")', () => {
    expect(coded(`
      1 India PROPN 2 nsubj
      2 massed VERB 0 root mass
      3 troops NOUN 2 obj troop
      4 along ADP 6 case
      5 its PRON 6 nmod:poss it
      6 border NOUN 2 obl border
      7 with ADP 8 case
      8 China PROPN 2 obl
      9 . PUNCT 2 punct`, { actors: WORLD.map((a) => (a.id === 'state:IND' ? { ...a, forms: [...a.forms, 'its'] } : a)) })).toEqual(['IND>CHN MOBILIZE 154']);
  });

  it('reads a target phrase hung on the first conjunct of the moved object ("artillery and troops towards the border")', () => {
    expect(coded(`
      1 India PROPN 2 nsubj
      2 moved VERB 0 root move
      3 artillery NOUN 2 obj artillery
      4 and CCONJ 5 cc
      5 troops NOUN 3 conj troop
      6 towards ADP 9 case
      7 the DET 9 det
      8 Pakistani ADJ 9 amod
      9 border NOUN 3 nmod border
      10 . PUNCT 2 punct`).filter((e) => e.includes('MOBILIZE'))).toEqual(['IND>PAK MOBILIZE 154']);
  });

  it('reads whom a protest defies ("in defiance of India")', () => {
    expect(coded(`
      1 The DET 2 det
      2 protesters NOUN 3 nsubj protester
      3 blocked VERB 0 root block
      4 roads NOUN 3 obj road
      5 in ADP 6 case
      6 Lahore PROPN 3 obl
      7 in ADP 8 case
      8 defiance NOUN 3 obl defiance
      9 of ADP 10 case
      10 India PROPN 8 nmod
      11 . PUNCT 3 punct`, { places }).filter((e) => e.includes('PROTEST'))).toEqual(['PAK>IND PROTEST 144']);
  });
});

describe('event coder: whom a refusal answers', () => {
  it('reads the source of the pressure it is made despite ("declined to resign despite pressure from Ukraine")', () => {
    const events = coded(`
      1 Putin PROPN 2 nsubj
      2 declined VERB 0 root decline
      3 to PART 4 mark
      4 resign VERB 2 xcomp resign
      5 despite ADP 6 case
      6 pressure NOUN 2 obl pressure
      7 from ADP 8 case
      8 Ukraine PROPN 6 nmod
      9 . PUNCT 2 punct`);
    expect(events.filter((e) => e.includes('REJECT'))).toEqual(['RUS>UKR REJECT 1231']);
  });
});
