/**
 * Definite event nouns ("the talks", "the deal") that name nobody take the participants of the
 * diplomatic event told just before; without such an event, or with owners of their own, they
 * code nothing new.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

const AGREED = `
      1 India PROPN 4 nsubj
      2 and CCONJ 3 cc
      3 Pakistan PROPN 1 conj
      4 agreed VERB 0 root agree
      5 to PART 6 mark
      6 restore VERB 4 xcomp
      7 ties NOUN 6 obj tie
      8 . PUNCT 4 punct`;

const TALKS_HELD = `
      1 The DET 2 det
      2 talks NOUN 4 nsubj:pass talk
      3 were AUX 4 aux:pass be
      4 held VERB 0 root hold
      5 in ADP 6 case
      6 secret NOUN 4 obl
      7 . PUNCT 4 punct`;

describe('event coder: definite event nouns that point back', () => {
  it('gives "the talks were held" the sides of the agreement told just before', () => {
    const events = coded(`${AGREED}\n${TALKS_HELD}`).filter((e) => e.includes('CONSULT'));
    expect(events.sort()).toEqual(['IND>PAK CONSULT 046', 'PAK>IND CONSULT 046']);
  });

  it('codes nothing for the same sentence with no earlier event', () => {
    expect(coded(TALKS_HELD)).toEqual([]);
  });

  it('does not reach back past two sentences', () => {
    const filler = `
      1 It PRON 2 nsubj
      2 rained VERB 0 root rain
      3 . PUNCT 2 punct`;
    expect(coded(`${AGREED}\n${filler}\n${filler}\n${TALKS_HELD}`).filter((e) => e.includes('CONSULT'))).toEqual([]);
  });

  it('does not give "the talks" the sides of an answer to an appeal ("Pakistan welcomed the call")', () => {
    const urged = `
      1 France PROPN 2 nsubj
      2 urged VERB 0 root urge
      3 Pakistan PROPN 2 obj
      4 to PART 5 mark
      5 resume VERB 2 advcl
      6 negotiations NOUN 5 obj negotiation
      7 . PUNCT 2 punct`;
    const welcomed = `
      1 Pakistan PROPN 2 nsubj
      2 welcomed VERB 0 root welcome
      3 the DET 4 det
      4 call NOUN 2 obj
      5 . PUNCT 2 punct`;
    const events = coded(`${urged}\n${welcomed}\n${TALKS_HELD}`);
    expect(events.filter((e) => e.includes('SUPPORT'))).toEqual(['PAK>FRA SUPPORT 051']);
    expect(events.filter((e) => e.includes('CONSULT'))).toEqual([]);
  });

  it('leaves an indefinite noun alone ("talks were held")', () => {
    const indefinite = TALKS_HELD.replace('1 The DET 2 det', '1 Secret ADJ 2 amod');
    expect(coded(`${AGREED}\n${indefinite}`).filter((e) => e.includes('CONSULT'))).toEqual([]);
  });

  it('reads who did a definite act told just before ("Russia attacked Ukraine. India condemned the attack.")', () => {
    const attack = `
      1 Russia PROPN 2 nsubj
      2 attacked VERB 0 root attack
      3 Ukraine PROPN 2 obj
      4 . PUNCT 2 punct`;
    const condemn = `
      1 India PROPN 2 nsubj
      2 condemned VERB 0 root condemn
      3 the DET 4 det
      4 attack NOUN 2 obj
      5 . PUNCT 2 punct`;
    expect(coded(`${attack}\n${condemn}`).filter((e) => e.startsWith('IND>'))).toEqual(['IND>RUS ACCUSE 111']);
    expect(coded(condemn).filter((e) => e.startsWith('IND>RUS'))).toEqual([]);
  });

  it('gives "the talks" the sides of a mediation told before, not the mediator', () => {
    const mediated = `
      1 Kazakhstan PROPN 2 nsubj
      2 mediated VERB 0 root mediate
      3 between ADP 4 case
      4 India PROPN 2 obl
      5 and CCONJ 6 cc
      6 Pakistan PROPN 4 conj
      7 . PUNCT 2 punct`;
    const events = coded(`${mediated}\n${TALKS_HELD}`).filter((e) => e.includes('CONSULT 046'));
    expect(events.sort()).toEqual(['IND>PAK CONSULT 046', 'PAK>IND CONSULT 046']);
  });
  it('gives a mediation that names nobody the sides of the talks told just before', () => {
    const talks = `
      1 India PROPN 4 nsubj
      2 and CCONJ 3 cc
      3 Pakistan PROPN 1 conj
      4 held VERB 0 root hold
      5 talks NOUN 4 obj talk
      6 . PUNCT 4 punct`;
    const mediated = `
      1 Kazakhstan PROPN 2 nsubj
      2 mediated VERB 0 root mediate
      3 . PUNCT 2 punct`;
    const events = coded(`${talks}\n${mediated}`).filter((e) => e.startsWith('KAZ>'));
    expect(events.sort()).toEqual(['KAZ>IND CONSULT 045', 'KAZ>PAK CONSULT 045']);
    expect(coded(mediated)).toEqual([]);
  });
  it('never makes the sides of a mediation with no mediator named each other\'s mediators', () => {
    const mediation = `
      1 The DET 2 det
      2 mediation NOUN 7 nsubj mediation
      3 between ADP 4 case
      4 India PROPN 2 nmod
      5 and CCONJ 6 cc
      6 Pakistan PROPN 4 conj
      7 resumed VERB 0 root resume
      8 . PUNCT 7 punct`;
    expect(coded(mediation).filter((e) => e.includes('045'))).toEqual([]);
    const named = mediation.replace('1 The DET 2 det', '1 Kazakh ADJ 2 amod');
    expect(coded(named).filter((e) => e.includes('045')).sort()).toEqual(['KAZ>IND CONSULT 045', 'KAZ>PAK CONSULT 045']);
  });
  it('never makes the sides of talks told before the mediators of "the mediation" that names none', () => {
    const talks = `
      1 India PROPN 4 nsubj
      2 and CCONJ 3 cc
      3 Pakistan PROPN 1 conj
      4 held VERB 0 root hold
      5 talks NOUN 4 obj talk
      6 . PUNCT 4 punct`;
    const resumed = `
      1 The DET 2 det
      2 mediation NOUN 3 nsubj mediation
      3 resumed VERB 0 root resume
      4 . PUNCT 3 punct`;
    expect(coded(`${talks}\n${resumed}`).filter((e) => e.includes('045'))).toEqual([]);
  });
});
