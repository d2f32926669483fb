/**
 * Participants placed by their own phrase: a body "based in" a place, members "from" a body of a
 * known country, a named unit inside a placed body ("Beijing University Medical School"), the doer
 * of an act one is "engaged in", and the addressee of a demanded withdrawal.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';
import { WORLD, type ActorSpec } from './test-support/event-doc.js';

const ACTORS: ActorSpec[] = [
  ...WORLD,
  { id: 'org:fatah', name: 'Fatah', type: 'org', country: 'PSE', sector: 'PTY', forms: ['Fatah'] },
  { id: 'group:activists', name: 'activists', type: 'group', country: null, sector: 'CVL', via: 'description', forms: ['Activists'] },
  { id: 'group:militants', name: 'militants', type: 'group', country: null, sector: 'INS', via: 'description', forms: ['Militants'] },
  { id: 'org:beijing-university', name: 'Beijing University', type: 'org', country: 'CHN', sector: 'EDU', via: 'description', forms: ['Beijing University'] },
  { id: 'org:medical-school', name: 'Medical School', type: 'org', country: null, sector: 'EDU', forms: ['Medical School'] },
];

describe('event coder: bodies placed by their own phrase', () => {
  it('places a body "based in" a capital in that state, as a body of its own', () => {
    const table = `
      1 A DET 2 det
      2 newspaper NOUN 6 nsubj newspaper
      3 based VERB 2 acl base
      4 in ADP 5 case
      5 Paris PROPN 3 obl
      6 criticised VERB 0 root criticise
      7 China PROPN 6 obj
      8 . PUNCT 6 punct`;
    expect(coded(table, { actors: ACTORS })).toEqual(['FRA>CHN ACCUSE 111']);
    // The newspaper is not France itself: it may criticise France's own leader.
    const own = table.replace('5 Paris PROPN 3 obl', '5 Beijing PROPN 3 obl').replace('7 China PROPN 6 obj', '7 Xi PROPN 6 obj');
    expect(coded(own, { actors: ACTORS })).toEqual(['CHN>CHN ACCUSE 111']);
  });

  it('places a group of no country "based in" a state there', () => {
    const table = `
      1 Militants NOUN 5 nsubj militant
      2 based VERB 1 acl base
      3 in ADP 4 case
      4 Pakistan PROPN 2 obl
      5 attacked VERB 0 root attack
      6 India PROPN 5 obj
      7 . PUNCT 5 punct`;
    expect(coded(table, { actors: ACTORS })).toEqual(['PAK>IND ASSAULT 190']);
  });

  it('gives members "from" a body of a known country that country', () => {
    const table = `
      1 Activists NOUN 6 nsubj activist
      2 from ADP 5 case
      3 the DET 5 det
      4 Fatah PROPN 5 compound
      5 party NOUN 1 nmod party
      6 criticised VERB 0 root criticise
      7 Russia PROPN 6 obj
      8 . PUNCT 6 punct`;
    expect(coded(table, { actors: ACTORS })).toEqual(['PSE>RUS ACCUSE 111']);
    // "in" names where they are, not whom they come from: a body there gives no country.
    const located = table.replace('2 from ADP 5 case', '2 in ADP 5 case');
    expect(coded(located, { actors: ACTORS })).not.toContain('PSE>RUS ACCUSE 111');
  });

  it('places a named unit of no country inside a placed body ("Beijing University Medical School")', () => {
    const table = `
      1 Russia PROPN 2 nsubj
      2 sent VERB 0 root send
      3 aid NOUN 2 obj aid
      4 to ADP 8 case
      5 Beijing PROPN 6 compound
      6 University PROPN 8 compound
      7 Medical ADJ 8 amod
      8 School PROPN 2 obl
      9 . PUNCT 2 punct`;
    const events = coded(table, { actors: ACTORS });
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.startsWith('RUS>CHN AID'))).toBe(true);
  });
});

describe('event coder: whose a thing is, by the agent of a participle on it', () => {
  it('reads "crimes committed by Russian troops" as Russia\'s, not "men accused by India" as India\'s', () => {
    const committed = `
      1 France PROPN 2 nsubj
      2 opened VERB 0 root open
      3 an DET 4 det
      4 investigation NOUN 2 obj investigation
      5 into ADP 6 case
      6 crimes NOUN 4 nmod crime
      7 committed VERB 6 acl commit
      8 by ADP 10 case
      9 Russian ADJ 10 amod
      10 troops NOUN 7 obl:agent troop
      11 . PUNCT 2 punct`;
    const events = coded(committed);
    expect(events.length).toBe(1);
    expect(events[0]).toMatch(/^FRA>RUS ACCUSE 09/);
    const accused = committed.replace('6 crimes NOUN 4 nmod crime', '6 men NOUN 4 nmod man').replace('7 committed VERB 6 acl commit', '7 accused VERB 6 acl accuse').replace('9 Russian ADJ 10 amod', '9 the DET 10 det').replace('10 troops NOUN 7 obl:agent troop', '10 India PROPN 7 obl:agent');
    expect(coded(accused).filter((e) => e.includes('>IND'))).toEqual([]);
  });
});

describe('event coder: the doer of an act one takes part in', () => {
  it('reads the subject of "were engaged in" as the doer of the act', () => {
    const engaged = `
      1 Russian ADJ 2 amod
      2 troops NOUN 4 nsubj:pass troop
      3 were AUX 4 aux:pass be
      4 engaged VERB 0 root engage
      5 in SCONJ 6 mark
      6 shelling VERB 4 advcl shell
      7 Kyiv PROPN 6 obj
      8 . PUNCT 4 punct`;
    const plain = `
      1 Russian ADJ 2 amod
      2 troops NOUN 3 nsubj troop
      3 shelled VERB 0 root shell
      4 Kyiv PROPN 3 obj
      5 . PUNCT 3 punct`;
    const expected = coded(plain);
    expect(expected.length).toBe(1);
    expect(expected[0].startsWith('RUS>UKR ')).toBe(true);
    expect(coded(engaged)).toEqual(expected);
  });
});

describe('event coder: whom a demanded withdrawal is addressed to', () => {
  it('addresses the demand to the forces that would withdraw, not the place they would leave', () => {
    const table = `
      1 China PROPN 2 nsubj
      2 demanded VERB 0 root demand
      3 the DET 4 det
      4 withdrawal NOUN 2 obj withdrawal
      5 of ADP 7 case
      6 Indian ADJ 7 amod
      7 troops NOUN 4 nmod troop
      8 from ADP 9 case
      9 Kazakhstan PROPN 4 nmod
      10 . PUNCT 2 punct`;
    const events = coded(table);
    expect(events.length).toBe(1);
    expect(events[0]).toMatch(/^CHN>IND REQUEST /);
  });
});
