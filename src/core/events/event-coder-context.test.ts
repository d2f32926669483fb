/**
 * What the coder reads beyond a trigger's own dependents: untagged state adjectives, the clause a
 * demand is about, reported obligations, the host of a meeting held during a visit, relative
 * pronouns the parser left unattached, the one called on to act.
 */
import { describe, expect, it } from 'vitest';
import type { AnalysisActor } from '../analysis/contract.js';
import { coded } from './test-support/coded.js';

const STATES: Record<string, AnalysisActor> = {
  Australian: { id: 'state:AUS', name: 'Australia', type: 'state', country: 'AUS', role: null, sector: null, cameo: 'AUS', aliases: [], mentions: [] },
};
const stateOfName = (w: string): AnalysisActor | null => STATES[w] ?? null;

describe('event coder: context', () => {
  it('reads a state adjective the actor layer left untagged, when given a way to', () => {
    const t = `
      1 Pakistan PROPN 2 nsubj
      2 rejected VERB 0 root reject
      3 an DET 5 det
      4 Australian ADJ 5 amod
      5 ultimatum NOUN 2 obj
      6 . PUNCT 2 punct`;
    expect(coded(t)).toEqual([]);
    expect(coded(t, { coder: { stateOfName } })).toEqual(['PAK>AUS REJECT 120']);
  });

  it('addresses a demand with no codable act to the subject of its clause', () => {
    expect(coded(`
      1 Washington PROPN 2 nsubj
      2 demanded VERB 0 root demand
      3 that SCONJ 5 mark
      4 Iran PROPN 5 nsubj
      5 forsake VERB 2 ccomp
      6 its PRON 8 nmod:poss
      7 nuclear ADJ 8 amod
      8 programme NOUN 5 obj
      9 . PUNCT 2 punct`)).toEqual(['USA>IRN REQUEST 100']);
  });

  it('codes a reported obligation with any verb as a demand by the speaker', () => {
    // "relocate" is no trigger: the obligation alone makes the demand.
    expect(coded(`
      1 India PROPN 2 nsubj
      2 said VERB 0 root say
      3 Pakistan PROPN 5 nsubj
      4 must AUX 5 aux
      5 relocate VERB 2 ccomp relocate
      6 the DET 7 det
      7 camps NOUN 5 obj camp
      8 . PUNCT 2 punct`)).toEqual(['IND>PAK REQUEST 100']);
    // A verb that is a trigger ("withdraw its troops": a military de-escalation, 087) makes the
    // demand specific: a demand to de-escalate.
    expect(coded(`
      1 India PROPN 2 nsubj
      2 said VERB 0 root say
      3 Pakistan PROPN 5 nsubj
      4 must AUX 5 aux
      5 withdraw VERB 2 ccomp
      6 its PRON 7 nmod:poss
      7 troops NOUN 5 obj troop
      8 . PUNCT 2 punct`)).toEqual(['IND>PAK REQUEST 1056']);
  });

  it('places a meeting that follows a visit at the host\'s', () => {
    expect(coded(`
      1 Xi PROPN 2 nsubj
      2 visited VERB 0 root visit
      3 Kazakhstan PROPN 2 obj
      4 . PUNCT 2 punct

      1 Xi PROPN 2 nsubj
      2 met VERB 0 root meet
      3 Kazakh ADJ 4 amod
      4 officials NOUN 2 obj official
      5 . PUNCT 2 punct`)).toEqual(['CHN>KAZ CONSULT 042', 'CHN>KAZ CONSULT 042']);
  });

  it('reads an unattached relative pronoun as the phrase before it', () => {
    expect(coded(`
      1 Taiwan PROPN 2 nsubj
      2 welcomed VERB 0 root welcome
      3 Pelosi PROPN 2 obj
      4 , PUNCT 7 punct
      5 which PRON 7 nsubj
      6 Beijing PROPN 7 nsubj
      7 said VERB 2 parataxis say
      8 was AUX 9 cop be
      9 provocative ADJ 7 ccomp
      10 . PUNCT 2 punct`, { actors: [{ id: 'person:pelosi', name: 'Nancy Pelosi', type: 'person', country: 'USA', forms: ['Pelosi'] }, { id: 'state:TWN', name: 'Taiwan', type: 'state', country: 'TWN', forms: ['Taiwan'] }, { id: 'state:CHN', name: 'China', type: 'state', country: 'CHN', forms: ['Beijing'] }] })).toEqual(['TWN>USA SUPPORT 051', 'CHN>USA ACCUSE 111']);
  });

  it('makes the one called on to act the subject of the act ("called on X to meet")', () => {
    expect(coded(`
      1 France PROPN 2 nsubj
      2 called VERB 0 root call
      3 on ADP 4 case
      4 India PROPN 2 obl
      5 to PART 6 mark
      6 meet VERB 2 advcl
      7 Pakistan PROPN 6 obj
      8 . PUNCT 2 punct`)).toEqual(['FRA>IND REQUEST 106']);
  });
});

describe('event coder: an accusation with no agent', () => {
  const table = (reported: boolean): string => (reported ? `
      1 Ukraine PROPN 2 nsubj
      2 said VERB 0 root say
      3 Putin PROPN 5 nsubj:pass
      4 is AUX 5 aux:pass be
      5 accused VERB 2 ccomp accuse
      6 of SCONJ 7 mark
      7 lying VERB 5 advcl lie
      8 . PUNCT 2 punct` : `
      1 Putin PROPN 3 nsubj:pass
      2 is AUX 3 aux:pass be
      3 accused VERB 0 root accuse
      4 of SCONJ 5 mark
      5 lying VERB 3 advcl lie
      6 . PUNCT 3 punct`);

  it('is made by whoever reports it ("Ukraine said Putin is accused of lying")', () => {
    expect(coded(table(true)).filter((e) => e.includes('ACCUSE'))).toEqual(['UKR>RUS ACCUSE 112']);
  });

  it('has no source when nobody reports it', () => {
    expect(coded(table(false))).toEqual([]);
  });

  it('reads no accusation into a participle describing someone ("Putin, accused of lying, …")', () => {
    expect(coded(`
      1 Ukraine PROPN 2 nsubj
      2 said VERB 0 root say
      3 Putin PROPN 8 nsubj
      4 accused VERB 3 acl accuse
      5 of SCONJ 6 mark
      6 lying VERB 4 advcl lie
      7 would AUX 8 aux
      8 resign VERB 2 ccomp
      9 . PUNCT 2 punct`).filter((e) => e.includes('ACCUSE'))).toEqual([]);
  });
});

describe('event coder: who would free the people held', () => {
  it('asks the holder for the release ("demanded the release of a journalist held in Iran")', () => {
    const events = coded(`
      1 France PROPN 2 nsubj
      2 demanded VERB 0 root demand
      3 the DET 4 det
      4 release NOUN 2 obj release
      5 of ADP 7 case
      6 a DET 7 det
      7 journalist NOUN 4 nmod journalist
      8 held VERB 7 acl hold
      9 in ADP 10 case
      10 Iran PROPN 8 obl
      11 . PUNCT 2 punct`);
    expect(events.filter((e) => e.includes('REQUEST')).map((e) => e.split(' ')[0])).toEqual(['FRA>IRN']);
  });
});

describe('event coder: a frame whose subject is unknown', () => {
  it('does not take the inner act\'s doer as the one who refused ("the wing refused to allow UN planes to land")', () => {
    const events = coded(`
      1 The DET 2 det
      2 wing NOUN 3 nsubj wing
      3 refused VERB 0 root refuse
      4 to PART 5 mark
      5 allow VERB 3 xcomp allow
      6 UN PROPN 7 compound
      7 planes NOUN 5 obj plane
      8 to PART 9 mark
      9 land VERB 5 xcomp land
      10 in ADP 11 case
      11 Pakistan PROPN 9 obl
      12 . PUNCT 3 punct`);
    expect(events.filter((e) => e.startsWith('United Nations>') && e.includes('REJECT'))).toEqual([]);
    // Nor is the landing that was not allowed an act that happened.
    expect(events.filter((e) => e.includes('042') && !e.includes('?hyp'))).toEqual([]);
  });
});

describe('event coder: talks that fill a span before an act', () => {
  const table = `
      1 India PROPN 4 nsubj
      2 and CCONJ 3 cc
      3 Pakistan PROPN 1 conj
      4 agreed VERB 0 root agree
      5 to ADP 7 case
      6 a DET 7 det
      7 ceasefire NOUN 4 obl ceasefire
      8 after ADP 10 case
      9 two NUM 10 nummod
      10 weeks NOUN 4 obl week
      11 of ADP 12 case
      12 talks NOUN 10 nmod talk
      13 . PUNCT 4 punct`;

  it('gives "after two weeks of talks" the sides who agreed', () => {
    expect(coded(table).filter((e) => e.includes('CONSULT')).sort()).toEqual(['IND>PAK CONSULT 046', 'PAK>IND CONSULT 046']);
  });

  it('reads the span hung on the verb\'s noun too ("a ceasefire after two weeks of talks")', () => {
    const onNoun = table.replace('10 weeks NOUN 4 obl week', '10 weeks NOUN 7 nmod week');
    expect(coded(onNoun).filter((e) => e.includes('CONSULT')).sort()).toEqual(['IND>PAK CONSULT 046', 'PAK>IND CONSULT 046']);
  });

  it('reads no owner through a noun that is no span of time or series', () => {
    const other = table.replace('10 weeks NOUN 4 obl week', '10 walls NOUN 4 obl wall');
    expect(coded(other).filter((e) => e.includes('CONSULT'))).toEqual([]);
  });
});

describe('event coder: two-word state adjectives left untagged', () => {
  const korea: AnalysisActor = { id: 'state:KOR', name: 'South Korea', type: 'state', country: 'KOR', role: null, sector: null, cameo: 'KOR', aliases: [], mentions: [] };
  const twoWords = (w: string): AnalysisActor | null => (w === 'South Korean' ? korea : null);

  it('reads "South Korean" whole, beside a state named by its short name ("South Korean and U.S. forces")', () => {
    const events = coded(`
      1 South PROPN 2 compound
      2 Korean PROPN 5 compound
      3 and CCONJ 4 cc
      4 U.S. PROPN 2 conj
      5 forces NOUN 6 nsubj force
      6 held VERB 0 root hold
      7 a DET 9 det
      8 combined VERB 9 amod combine
      9 exercise NOUN 6 obj
      10 . PUNCT 6 punct`, { coder: { stateOfName: twoWords } });
    expect(events).toContain('KOR>USA COOPERATE 062');
    expect(events).toContain('USA>KOR COOPERATE 062');
  });
});

describe('reported obligations held by a noun', () => {
  it('does not make an obligation in a noun’s clause the reporter’s demand', () => {
    // "India said of those arguing that Pakistan must relocate the camps: …", parsed with "arguing" a
    // noun under "said" and the "must" clause its acl.
    const table = (verb: string) => `
      1 India PROPN 2 nsubj
      2 said VERB 0 root say
      3 those DET 4 det
      4 arguing NOUN 2 ccomp arguing
      5 that SCONJ 8 mark
      6 Pakistan PROPN 8 nsubj
      7 must AUX 8 aux
      8 ${verb} VERB 4 acl ${verb}
      9 the DET 10 det
      10 camps NOUN 8 obj camp
      11 . PUNCT 2 punct`;
    expect(coded(table('relocate')).filter((e) => e.startsWith('IND>PAK'))).toEqual([]);
    expect(coded(table('withdraw')).filter((e) => e.startsWith('IND>PAK') && e.includes(' 10'))).toEqual([]);
  });
});

describe('the doer of an act an accusation names', () => {
  it('is the accused, not the accuser ("the rebels, whom China blamed for the attacks that hit India")', () => {
    const events = coded(`
      1 Modi PROPN 2 nsubj
      2 condemned VERB 0 root condemn
      3 the DET 4 det
      4 rebels NOUN 2 obj rebel
      5 , PUNCT 8 punct
      6 whom PRON 8 obj
      7 China PROPN 8 nsubj
      8 blamed VERB 4 acl:relcl blame
      9 for ADP 11 case
      10 the DET 11 det
      11 attacks NOUN 8 obl attack
      12 that PRON 13 nsubj
      13 hit VERB 11 acl:relcl hit
      14 India PROPN 13 obj
      15 . PUNCT 2 punct`);
    expect(events.filter((e) => e.startsWith('CHN>IND'))).toEqual([]);
    expect(events.some((e) => e.startsWith('rebels>IND'))).toBe(true);
  });
});
