/**
 * Places standing for their country as the target of aid and humanitarian access ("sent aid to
 * Gaza"), as they already do for visits, fighting and protests; target phrases hung on a noun's
 * "of" complement.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';
import { codeEvents } from './event-coder.js';
import { eventDoc, WORLD } from './test-support/event-doc.js';
import { shippedResources } from './test-support/resources.js';
import { summarize } from './test-support/summarize.js';

const PLACES = [{ id: 'place:gaza', name: 'Gaza', country: 'PSE', forms: ['Gaza'] }];

describe('event coder: places as targets of aid', () => {
  it('reads "sent aid to Gaza" as aid to the place\'s country', () => {
    const table = `
      1 France PROPN 2 nsubj
      2 sent VERB 0 root send
      3 aid NOUN 2 obj
      4 to ADP 5 case
      5 Gaza PROPN 2 obl
      6 . PUNCT 2 punct`;
    expect(coded(table, { places: PLACES })).toEqual(['FRA>PSE AID 070']);
  });
  it('reads a noun\'s target phrase hung on its "of" complement ("Russia\'s deployment of troops to Kazakhstan")', () => {
    const events = coded(`
      1 Russia PROPN 3 nmod:poss
      2 's PART 1 case
      3 deployment NOUN 8 nsubj
      4 of ADP 5 case
      5 troops NOUN 3 nmod troop
      6 to ADP 7 case
      7 Kazakhstan PROPN 5 nmod
      8 worried VERB 0 root worry
      9 China PROPN 8 obj
      10 . PUNCT 8 punct`);
    expect(events.filter((e) => e.startsWith('RUS>'))).toEqual(['RUS>KAZ MOBILIZE 154']);
  });
});

describe('event coder: a modifier naming who holds a place', () => {
  it('reads "the Russian-held city of Donetsk" as Ukraine\'s city, not Russia', () => {
    const actors = WORLD.map((a) => (a.id === 'state:RUS' ? { ...a, forms: [...a.forms, 'Russian-held'], via: 'demonym' as const } : a));
    // (Ukraine shelling a city of its own is no event between states; what matters is that it is not Russia.)
    expect(coded(`
      1 Ukrainian ADJ 2 amod
      2 forces NOUN 3 nsubj force
      3 shelled VERB 0 root shell
      4 the DET 6 det
      5 Russian-held PROPN 6 compound
      6 city NOUN 3 obj city
      7 of ADP 8 case
      8 Donetsk PROPN 6 nmod
      9 . PUNCT 3 punct`, { actors, places: [{ id: 'place:donetsk', name: 'Donetsk', country: 'UKR', forms: ['Donetsk'] }] }).filter((e) => e.includes('>RUS'))).toEqual([]);
  });
});

describe('event coder: the by-phrase of a decision names who acts', () => {
  it('reads "the decision by Beijing to lift its sanctions" as China\'s act', () => {
    const events = coded(`
      1 India PROPN 2 nsubj
      2 welcomed VERB 0 root welcome
      3 the DET 4 det
      4 decision NOUN 2 obj decision
      5 by ADP 6 case
      6 Beijing PROPN 4 nmod
      7 to PART 8 mark
      8 lift VERB 4 acl lift
      9 its PRON 10 nmod:poss it
      10 sanctions NOUN 8 obj sanction
      11 on ADP 12 case
      12 India PROPN 8 obl
      13 . PUNCT 2 punct`);
    expect(events.some((e) => e.startsWith('IND>IND'))).toBe(false);
    expect(events).toContain('IND>CHN SUPPORT 051');
  });
});

describe('event coder: people of a place as the target of acts done to people', () => {
  it('reads "released the mayor of Gaza" as a release to the place\'s country', () => {
    expect(coded(`
      1 Israel PROPN 2 nsubj
      2 released VERB 0 root release
      3 the DET 4 det
      4 mayor NOUN 2 obj mayor
      5 of ADP 6 case
      6 Gaza PROPN 4 nmod
      7 . PUNCT 2 punct`, { actors: [...WORLD, { id: 'state:ISR', name: 'Israel', type: 'state', country: 'ISR', cameo: 'ISR', forms: ['Israel'] }], places: PLACES })).toEqual(['ISR>PSE RETREAT 0841']);
  });
});

describe('event coder: sympathy for what happened at a place', () => {
  const odesa = [{ id: 'place:odesa', name: 'Odesa', country: 'UKR', forms: ['Odesa'] }];
  it('reads "expressed condolences over the attack in Odesa" as said to the place\'s country', () => {
    expect(coded(`
      1 France PROPN 2 nsubj
      2 expressed VERB 0 root express
      3 condolences NOUN 2 obj condolence
      4 over ADP 6 case
      5 the DET 6 det
      6 attack NOUN 2 obl attack
      7 in ADP 8 case
      8 Odesa PROPN 6 nmod
      9 . PUNCT 2 punct`, { places: odesa, coder: { includeStatements: true } }).filter((e) => e.includes('018'))).toEqual(['FRA>UKR STATEMENT 018']);
  });
  it('looks one phrase deeper ("sympathy for the victims of the flood in Odesa")', () => {
    expect(coded(`
      1 China PROPN 2 nsubj
      2 voiced VERB 0 root voice
      3 sympathy NOUN 2 obj sympathy
      4 for ADP 5 case
      5 victims NOUN 2 obl victim
      6 of ADP 8 case
      7 the DET 8 det
      8 flood NOUN 5 nmod flood
      9 in ADP 10 case
      10 Odesa PROPN 8 nmod
      11 . PUNCT 2 punct`, { places: odesa, coder: { includeStatements: true } })).toEqual(['CHN>UKR STATEMENT 018']);
  });
  // "Putin expressed sorrow over the attack in Odesa" with Odesa a Russian place, and with a state speaking.
  const sorrow = (speaker: string): string[] =>
    coded(`
      1 ${speaker} PROPN 2 nsubj
      2 expressed VERB 0 root express
      3 sorrow NOUN 2 obj sorrow
      4 over ADP 6 case
      5 the DET 6 det
      6 attack NOUN 2 obl attack
      7 in ADP 8 case
      8 Odesa PROPN 6 nmod
      9 . PUNCT 2 punct`, { places: [{ ...odesa[0], country: 'RUS' }], coder: { includeStatements: true } }).filter((e) => e.includes('018'));
  it('codes a leader\'s sympathy for what struck a place at home as said to its people', () => {
    expect(sorrow('Putin')).toEqual(['RUS>RUS STATEMENT 018']);
  });
  it('but not a state\'s sympathy with a place of its own', () => {
    expect(sorrow('Russia')).toEqual([]);
  });
});

describe('event coder: a place naming the target noun', () => {
  it('reads "attacked the Donetsk power plant" as an attack on the place\'s country', () => {
    expect(coded(`
      1 Russia PROPN 2 nsubj
      2 attacked VERB 0 root attack
      3 the DET 6 det
      4 Donetsk PROPN 6 compound
      5 power NOUN 6 compound
      6 plant NOUN 2 obj plant
      7 . PUNCT 2 punct`, { places: [{ id: 'place:donetsk', name: 'Donetsk', country: 'UKR', forms: ['Donetsk'] }] })).toEqual(['RUS>UKR ASSAULT 190']);
  });
});

describe('event coder: a state named inside a longer mention of the source', () => {
  it('reads "the visit by the Indian prime minister to Egypt" as a visit to Egypt', () => {
    const world = [
      ...WORLD,
      { id: 'person:pm', name: 'Indian prime minister', type: 'person' as const, country: 'IND', forms: ['Indian prime minister to Egypt'], via: 'description' as const },
      { id: 'state:EGY', name: 'Egypt', type: 'state' as const, country: 'EGY', cameo: 'EGY', forms: [] },
    ];
    const doc = eventDoc(`
      1 The DET 2 det
      2 visit NOUN 10 nsubj visit
      3 by ADP 7 case
      4 the DET 7 det
      5 Indian ADJ 7 amod
      6 prime ADJ 7 amod
      7 minister NOUN 2 nmod minister
      8 to ADP 9 case
      9 Egypt PROPN 7 nmod
      10 ended VERB 0 root end
      11 . PUNCT 10 punct`, world);
    // The actor layer also marks the state inside the longer mention.
    const egypt = doc.tokenSpan(8, 9);
    doc.mentions = [...doc.mentions, { start: egypt.start, end: egypt.end, tokStart: 8, tokEnd: 9, via: 'name', type: 'state', ref: 'state:EGY' }];
    doc.actors = [...doc.actors, { id: 'state:EGY', name: 'Egypt', type: 'state', country: 'EGY', role: null, sector: null, cameo: 'EGY', aliases: [], mentions: [] }];
    expect(summarize(codeEvents(doc, shippedResources()))).toEqual(['IND>EGY CONSULT 042']);
  });
});

describe('event coder: the place where an act happened as its source', () => {
  it('reads a place hung on the last noun of a multi-word trigger ("was put under investigation in France")', () => {
    const table = `
      1 An DET 3 det
      2 Indian ADJ 3 amod
      3 engineer NOUN 6 nsubj:pass
      4 has AUX 6 aux
      5 been AUX 6 aux:pass
      6 put VERB 0 root put
      7 under ADP 8 case
      8 investigation NOUN 6 obl
      9 in ADP 10 case
      10 France PROPN 8 nmod
      11 . PUNCT 6 punct`;
    expect(coded(table, { coder: { participants: 'lenient' } }).filter((e) => e.includes('ACCUSE'))).toEqual(['FRA>IND ACCUSE 090']);
  });
});

describe('event coder: a place that houses people stands for them', () => {
  it('reads "a camp for Pakistani refugees" as the refugees', () => {
    const table = `
      1 Russian ADJ 2 amod
      2 troops NOUN 3 nsubj troop
      3 attacked VERB 0 root attack
      4 a DET 5 det
      5 camp NOUN 3 obj camp
      6 for ADP 8 case
      7 Pakistani ADJ 8 amod
      8 refugees NOUN 5 nmod refugee
      9 . PUNCT 3 punct`;
    const refugees = { id: 'group:pak-refugees', name: 'Pakistani refugees', type: 'group' as const, country: 'PAK', sector: 'REF', forms: ['Pakistani refugees'] };
    expect(coded(table, { actors: [...WORLD, refugees] }).filter((e) => e.includes('ASSAULT'))).toEqual(['RUS>PAK ASSAULT 190']);
    // Not any noun "for" someone: "a convoy for Pakistani refugees" is no place they live in.
    const plan = table.replace('5 camp NOUN 3 obj camp', '5 convoy NOUN 3 obj convoy');
    expect(coded(plan, { actors: [...WORLD, refugees] }).filter((e) => e.includes('ASSAULT'))).not.toContain('RUS>PAK ASSAULT 190');
  });
});
