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
