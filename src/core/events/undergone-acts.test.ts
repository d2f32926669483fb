import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';
import { WORLD, type ActorSpec } from './test-support/event-doc.js';

describe('acts the subject undergoes: "came under pressure from", "is under pressure from", "faced criticism from"', () => {
  it('codes "came under pressure from" as the presser’s demand on the subject', () => {
    const events = coded(`
      1 Kazakhstan PROPN 2 nsubj
      2 came VERB 0 root come
      3 under ADP 4 case
      4 pressure NOUN 2 obl pressure
      5 from ADP 6 case
      6 China PROPN 4 nmod
      7 to PART 8 mark
      8 expel VERB 4 acl expel
      9 the DET 10 det
      10 rebels NOUN 8 obj rebel
      11 . PUNCT 2 punct`);
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.startsWith('CHN>KAZ') && / 10\d*$/.test(e))).toBe(true);
  });

  it('codes a copular "is under pressure from" the same way', () => {
    const events = coded(`
      1 India PROPN 5 nsubj
      2 is AUX 5 cop be
      3 under ADP 5 case
      4 heavy ADJ 5 amod
      5 pressure NOUN 0 root pressure
      6 from ADP 7 case
      7 Pakistan PROPN 5 nmod
      8 . PUNCT 5 punct`);
    expect(events).toEqual(['PAK>IND REQUEST 100']);
  });

  it('codes "came under attack from" as the attacker’s act on the subject', () => {
    const events = coded(`
      1 Kyiv PROPN 2 nsubj
      2 came VERB 0 root come
      3 under ADP 4 case
      4 attack NOUN 2 obl attack
      5 from ADP 6 case
      6 Russia PROPN 4 nmod
      7 . PUNCT 2 punct`);
    expect(events).toEqual(['RUS>UKR ASSAULT 190']);
  });

  it('reads a named person "under fire" from a state as criticised', () => {
    const events = coded(`
      1 Xi PROPN 2 nsubj
      2 came VERB 0 root come
      3 under ADP 4 case
      4 fire NOUN 2 obl fire
      5 from ADP 6 case
      6 India PROPN 4 nmod
      7 . PUNCT 2 punct`);
    expect(events).toEqual(['IND>CHN ACCUSE 111']);
  });

  it('leaves a verb that puts its object under something to its subject ("placed the rebels under arrest")', () => {
    const events = coded(`
      1 Pakistan PROPN 2 nsubj
      2 placed VERB 0 root place
      3 the DET 4 det
      4 rebels NOUN 2 obj rebel
      5 under ADP 6 case
      6 arrest NOUN 2 obl arrest
      7 . PUNCT 2 punct`);
    expect(events.some((e) => e.startsWith('PAK>') && e.includes('173'))).toBe(true);
  });
});

describe('acts the subject undergoes, with nobody named doing them', () => {
  const modi: ActorSpec = { id: 'person:modi', name: 'Narendra Modi', type: 'person', country: 'IND', sector: 'GOV', cameo: 'INDGOV', forms: ['he'], via: 'pronoun' };
  it('does not make the reporter of "she had come under fire" its source', () => {
    const events = coded(`
      1 Xi PROPN 2 nsubj
      2 said VERB 0 root say
      3 he PRON 6 nsubj
      4 had AUX 6 aux
      5 not PART 6 advmod
      6 come VERB 2 ccomp come
      7 under ADP 8 case
      8 fire NOUN 6 obl fire
      9 . PUNCT 2 punct`, { actors: [...WORLD, modi] });
    expect(events).toEqual([]);
  });
});
