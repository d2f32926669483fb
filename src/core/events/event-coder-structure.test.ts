/**
 * Participants on the parse: passives, nominal events, light verbs, compound and symmetric
 * actors, meetings and their places, relative clauses, judgements in reported speech, quotes.
 */
import { describe, expect, it } from 'vitest';
import { codedEvents, coded } from './test-support/coded.js';
import { WORLD, type ActorSpec } from './test-support/event-doc.js';

const PELOSI: ActorSpec = { id: 'person:pelosi', name: 'Nancy Pelosi', type: 'person', country: 'USA', sector: 'LEG', forms: ['Nancy Pelosi', 'Pelosi'] };
const actors = [...WORLD, PELOSI];

describe('event coder: structure', () => {
  it('reads the agent of a passive from its by-phrase, with conjoined agents', () => {
    expect(coded(`
      1 The DET 2 det
      2 agreement NOUN 4 nsubj:pass
      3 was AUX 4 aux:pass be
      4 signed VERB 0 root sign
      5 by ADP 6 case
      6 India PROPN 4 obl:agent
      7 and CCONJ 8 cc
      8 France PROPN 6 conj
      9 . PUNCT 4 punct`)).toEqual(['IND>FRA SUPPORT 057', 'FRA>IND SUPPORT 057']);
  });

  it('reads the recipient of a passive from its subject ("was given one week by")', () => {
    expect(coded(`
      1 Niger PROPN 3 nsubj:pass
      2 was AUX 3 aux:pass be
      3 given VERB 0 root give
      4 one NUM 5 nummod
      5 week NOUN 3 obj
      6 by ADP 7 case
      7 ECOWAS PROPN 3 obl
      8 . PUNCT 3 punct`)).toEqual(['Economic Community of West African States>NER THREATEN 139']);
  });

  it('codes nominal events and reads an act\'s author for its critics', () => {
    expect(coded(`
      1 Beijing PROPN 2 nsubj
      2 criticized VERB 0 root criticize
      3 an DET 5 det
      4 August PROPN 5 compound
      5 visit NOUN 2 obj
      6 to ADP 7 case
      7 Taiwan PROPN 5 nmod
      8 by ADP 9 case
      9 Nancy PROPN 5 nmod
      10 Pelosi PROPN 9 flat
      11 . PUNCT 2 punct`, { actors })).toEqual(['CHN>USA ACCUSE 111', 'USA>TWN CONSULT 042']);
  });

  it('codes a judgement in reported speech with the speaker as source, through a relative clause', () => {
    expect(coded(`
      1 Pelosi PROPN 2 nsubj
      2 made VERB 0 root make
      3 a DET 4 det
      4 visit NOUN 2 obj
      5 to ADP 6 case
      6 Taiwan PROPN 4 nmod
      7 , PUNCT 12 punct
      8 which PRON 12 nsubj
      9 Beijing PROPN 10 nsubj
      10 said VERB 4 acl:relcl say
      11 was AUX 12 cop be
      12 provocative ADJ 10 ccomp
      13 . PUNCT 2 punct`, { actors })).toEqual(['USA>TWN CONSULT 042', 'CHN>USA ACCUSE 111']);
  });

  it('codes a meeting at a third place both ways (044), with its place and date', () => {
    const [a, b] = codedEvents(`
      1 Xi PROPN 4 nsubj
      2 and CCONJ 3 cc
      3 Putin PROPN 1 conj
      4 met VERB 0 root meet
      5 in ADP 6 case
      6 Samarkand PROPN 4 obl
      7 on ADP 8 case
      8 September PROPN 4 obl
      9 15 NUM 8 nummod
      10 . PUNCT 4 punct`, { dates: [{ text: 'September 15', value: '2022-09-15' }] });
    expect([a.source?.country, a.target?.country, a.cameo, b.source?.country, b.target?.country]).toEqual(['CHN', 'RUS', '044', 'RUS', 'CHN']);
    expect(a).toMatchObject({ type: 'CONSULT', mode: 'third-party', goldstein: 2.5, quadClass: 1, date: '2022-09-15', place: { name: 'Samarkand', country: 'UZB' } });
    expect(a.trigger.text).toBe('met');
    expect(a.evidence).toMatchObject({ sentence: 0, start: 0 });
    expect(a.source).toMatchObject({ id: 'person:xi', name: 'Xi Jinping', type: 'person', country: 'CHN', sector: 'GOV', code: 'CHNGOV' });
  });

  it('codes a meeting in one side\'s capital as a visit to the host; "met with" one way', () => {
    expect(coded(`
      1 Putin PROPN 2 nsubj
      2 met VERB 0 root meet
      3 Xi PROPN 2 obj
      4 in ADP 5 case
      5 Beijing PROPN 2 obl
      6 . PUNCT 2 punct`)).toEqual(['RUS>CHN CONSULT 042']);
    expect(coded(`
      1 Xi PROPN 2 nsubj
      2 met VERB 0 root meet
      3 with ADP 4 case
      4 Putin PROPN 2 obl
      5 . PUNCT 2 punct`)).toEqual(['CHN>RUS CONSULT 040']);
  });

  it('codes each side of a compound source against the target', () => {
    expect(coded(`
      1 US PROPN 4 compound
      2 and CCONJ 3 cc
      3 British ADJ 1 conj
      4 activists NOUN 5 nsubj activist
      5 staged VERB 0 root stage
      6 a DET 7 det
      7 protest NOUN 5 obj
      8 in ADP 9 case
      9 Beijing PROPN 5 obl
      10 . PUNCT 5 punct`)).toEqual(['USA>CHN PROTEST 141', 'GBR>CHN PROTEST 141']);
  });

  it('codes "each other" both ways', () => {
    expect(coded(`
      1 India PROPN 4 nsubj
      2 and CCONJ 3 cc
      3 Pakistan PROPN 1 conj
      4 accused VERB 0 root accuse
      5 each DET 6 det
      6 other ADJ 4 obj
      7 . PUNCT 4 punct`)).toEqual(['IND>PAK ACCUSE 112', 'PAK>IND ACCUSE 112']);
  });

  it('shares the subject of conjoined verbs and reads an endorsement offered as an endorsement', () => {
    expect(coded(`
      1 Putin PROPN 2 nsubj
      2 praised VERB 0 root praise
      3 Xi PROPN 2 obj
      4 and CCONJ 5 cc
      5 endorsed VERB 2 conj endorse
      6 Beijing PROPN 8 nmod:poss
      7 's PART 6 case
      8 position NOUN 5 obj
      9 on ADP 10 case
      10 Taiwan PROPN 8 nmod
      11 . PUNCT 2 punct`)).toEqual(['RUS>CHN SUPPORT 051', 'RUS>CHN SUPPORT 051']);
    expect(coded(`
      1 Putin PROPN 2 nsubj
      2 offered VERB 0 root offer
      3 an DET 4 det
      4 endorsement NOUN 2 obj
      5 of ADP 8 case
      6 Beijing PROPN 8 nmod:poss
      7 's PART 6 case
      8 position NOUN 4 nmod
      9 . PUNCT 2 punct`)).toEqual(['RUS>CHN SUPPORT 051']);
  });

  it('attributes "we" in a quotation to its speaker and marks the event as the speaker\'s claim', () => {
    const [e] = codedEvents(`
      1 " PUNCT 4 punct
      2 We PRON 4 nsubj we
      3 will AUX 4 aux
      4 support VERB 9 ccomp
      5 Kazakhstan PROPN 4 obj
      6 , PUNCT 4 punct
      7 " PUNCT 4 punct
      8 Xi PROPN 9 nsubj
      9 said VERB 0 root say
      10 . PUNCT 9 punct`, { quotes: [{ text: 'We will support Kazakhstan', speaker: 'person:xi' }] });
    expect(e).toMatchObject({ type: 'AGREE', cameo: '032', future: true, claimOf: 'q1', source: { id: 'person:xi' }, target: { country: 'KAZ' } });
  });

  it('reads the sides of a passive act "between" two parties as its parties ("the agreement between India and Pakistan was signed")', () => {
    const events = coded(`
      1 The DET 2 det
      2 agreement NOUN 8 nsubj:pass
      3 between ADP 4 case
      4 India PROPN 2 nmod
      5 and CCONJ 6 cc
      6 Pakistan PROPN 4 conj
      7 was AUX 8 aux:pass be
      8 signed VERB 0 root sign
      9 . PUNCT 8 punct`);
    expect(events.sort()).toEqual(['IND>PAK SUPPORT 057', 'PAK>IND SUPPORT 057']);
  });
});

describe('event coder: multi-word objects of an entry', () => {
  it('matches an object listed with its modifier ("sent rescue teams", "armoured vehicles")', () => {
    const table = `
      1 France PROPN 2 nsubj
      2 sent VERB 0 root send
      3 rescue NOUN 4 compound rescue
      4 teams NOUN 2 obj team
      5 to ADP 6 case
      6 Ukraine PROPN 2 obl
      7 . PUNCT 2 punct`;
    expect(coded(table)).toEqual(['FRA>UKR AID 073']);
    // The head word alone is not on the list: "sent teams" is no aid.
    expect(coded(table.replace('3 rescue NOUN 4 compound rescue', '3 two NUM 4 nummod two'))).toEqual([]);
  });
});
