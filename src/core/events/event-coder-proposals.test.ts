/**
 * Frames around proposals and requests: demanding that someone pay, rejecting an offer from
 * someone, offering to host talks between two sides, and a multi-word frame whose complement
 * hangs on its second word ("stopped short of").
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

const ACTORS = [
  { id: 'state:POL', name: 'Poland', type: 'state' as const, country: 'POL', forms: ['Poland'] },
  { id: 'state:DEU', name: 'Germany', type: 'state' as const, country: 'DEU', forms: ['Germany'] },
  { id: 'state:IRN', name: 'Iran', type: 'state' as const, country: 'IRN', forms: ['Iran'] },
  { id: 'state:USA', name: 'United States', type: 'state' as const, country: 'USA', forms: ['Washington'] },
  { id: 'state:QAT', name: 'Qatar', type: 'state' as const, country: 'QAT', forms: ['Qatar'] },
  { id: 'state:RUS', name: 'Russia', type: 'state' as const, country: 'RUS', forms: ['Russia'] },
  { id: 'state:UKR', name: 'Ukraine', type: 'state' as const, country: 'UKR', forms: ['Ukraine'] },
  { id: 'state:KOR', name: 'South Korea', type: 'state' as const, country: 'KOR', forms: ['Seoul'] },
  { id: 'state:JPN', name: 'Japan', type: 'state' as const, country: 'JPN', forms: ['Tokyo'] },
];

describe('event coder: proposals and requests', () => {
  it('addresses a demand to the one who is to act through a light verb ("demanded that Germany pay reparations")', () => {
    expect(coded(`
      1 Poland PROPN 2 nsubj
      2 demanded VERB 0 root demand
      3 that SCONJ 5 mark
      4 Germany PROPN 5 nsubj
      5 pay VERB 2 ccomp
      6 reparations NOUN 5 obj reparation
      7 . PUNCT 2 punct`, { actors: ACTORS }).map((e) => e.split(' ').slice(0, 2).join(' '))).toEqual(['POL>DEU REQUEST']);
  });

  it('rejects an offer as addressed to whoever made it ("rejected an offer from Washington")', () => {
    expect(coded(`
      1 Iran PROPN 2 nsubj
      2 rejected VERB 0 root reject
      3 an DET 4 det
      4 offer NOUN 2 obj
      5 from ADP 6 case
      6 Washington PROPN 4 nmod
      7 . PUNCT 2 punct`, { actors: ACTORS })).toEqual(['IRN>USA REJECT 120']);
  });

  it('offering support performs it, offering military support promises it', () => {
    const table = (words: string) => `
      1 France PROPN 2 nsubj
      2 offered VERB 0 root offer
      ${words}
      5 to ADP 6 case
      6 India PROPN 2 obl
      7 . PUNCT 2 punct`;
    expect(coded(table('3 its PRON 4 nmod:poss\n      4 support NOUN 2 obj support'))).toEqual(['FRA>IND SUPPORT 051']);
    expect(coded(table('3 military ADJ 4 amod\n      4 support NOUN 2 obj support'))).toEqual(['FRA>IND AGREE 0312']);
  });

  it('offering to host talks between two sides is an intent, not an appeal to them', () => {
    const events = coded(`
      1 Qatar PROPN 2 nsubj
      2 offered VERB 0 root offer
      3 to PART 4 mark
      4 host VERB 2 xcomp
      5 talks NOUN 4 obj talk
      6 between ADP 7 case
      7 Russia PROPN 5 nmod
      8 and CCONJ 9 cc
      9 Ukraine PROPN 7 conj
      10 . PUNCT 2 punct`, { actors: ACTORS });
    expect(events.filter((e) => e.includes('REQUEST'))).toEqual([]);
    expect(events.some((e) => e.startsWith('QAT>') && e.includes('AGREE'))).toBe(true);

  });

  it('flags, not asserts, a meeting that a framed act would bring about ("pledged to support talks between …")', () => {
    expect(coded(`
      1 Qatar PROPN 2 nsubj
      2 pledged VERB 0 root pledge
      3 to PART 4 mark
      4 support VERB 2 xcomp
      5 talks NOUN 4 obj talk
      6 between ADP 7 case
      7 Russia PROPN 5 nmod
      8 and CCONJ 9 cc
      9 Ukraine PROPN 7 conj
      10 . PUNCT 2 punct`, { actors: ACTORS }).filter((e) => e.includes(' 046'))).toEqual(['RUS>UKR CONSULT 046 ?hyp', 'UKR>RUS CONSULT 046 ?hyp']);
  });

  it('keeps talks between two sides theirs when a third holds them', () => {
    const events = coded(`
      1 Qatar PROPN 2 nsubj
      2 held VERB 0 root hold
      3 talks NOUN 2 obj talk
      4 between ADP 5 case
      5 Russia PROPN 3 nmod
      6 and CCONJ 7 cc
      7 Ukraine PROPN 5 conj
      8 . PUNCT 2 punct`, { actors: ACTORS });
    expect(events).toEqual(['RUS>UKR CONSULT 046', 'UKR>RUS CONSULT 046']);
  });

  it('finds the complement of a multi-word frame on its second word ("stopped short of recalling")', () => {
    expect(coded(`
      1 Seoul PROPN 2 nsubj
      2 stopped VERB 0 root stop
      3 short ADJ 2 xcomp
      4 of SCONJ 5 mark
      5 recalling VERB 3 advcl recall
      6 its PRON 7 nmod:poss
      7 envoy NOUN 5 obj
      8 from ADP 9 case
      9 Tokyo PROPN 5 obl
      10 . PUNCT 2 punct`, { actors: ACTORS })).toEqual(['KOR>JPN SANCTION 161 !neg']);
  });

  it('addresses consent to another\'s act to whoever does it ("agreed to US mediation")', () => {
    expect(coded(`
      1 India PROPN 3 nsubj
      2 has AUX 3 aux
      3 agreed VERB 0 root agree
      4 to ADP 6 case
      5 US PROPN 6 compound
      6 mediation NOUN 3 obl
      7 . PUNCT 3 punct`)).toEqual(['IND>USA AGREE 039']);
  });

  it('does not assert talks that a rejected offer was for ("rejected an offer from Ukraine for direct talks")', () => {
    const events = coded(`
      1 Russia PROPN 2 nsubj
      2 rejected VERB 0 root reject
      3 an DET 4 det
      4 offer NOUN 2 obj
      5 from ADP 6 case
      6 Ukraine PROPN 4 nmod
      7 for ADP 9 case
      8 direct ADJ 9 amod
      9 talks NOUN 2 obl talk
      10 . PUNCT 2 punct`);
    expect(events.filter((e) => e.includes('REJECT'))).toEqual(['RUS>UKR REJECT 120']);
    expect(events.filter((e) => e.includes('CONSULT') && !e.endsWith('?hyp'))).toEqual([]);
  });
});

describe('event coder: forces promised to a state', () => {
  const table = `
      1 France PROPN 2 nsubj
      2 offered VERB 0 root offer
      3 to PART 4 mark
      4 send VERB 2 xcomp send
      5 troops NOUN 4 obj troop
      6 to ADP 7 case
      7 Ukraine PROPN 4 obl
      8 . PUNCT 2 punct`;
  it('codes an offer to send forces to a state as promised military aid, not a threat', () => {
    expect(coded(table)).toEqual(['FRA>UKR AGREE 0332']);
  });
  it('keeps forces promised near a state, or threatened, a threat', () => {
    expect(coded(table.replace('6 to ADP 7 case', '6 near ADP 7 case'))).toEqual(['FRA>UKR THREATEN 138']);
    expect(coded(table.replace('2 offered VERB 0 root offer', '2 threatened VERB 0 root threaten'))).toEqual(['FRA>UKR THREATEN 138']);
  });
});
