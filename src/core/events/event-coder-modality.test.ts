/**
 * Negation, modality, time and frames: what did not happen is flagged, what might happen is
 * hypothetical, what is promised is an intent (03x) and not the act, what is refused a rejection.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';
import { WORLD } from './test-support/event-doc.js';

describe('event coder: negation', () => {
  it('flags "did not", "refrained from", "denied that" and "no"', () => {
    expect(coded(`
      1 China PROPN 4 nsubj
      2 did AUX 4 aux do
      3 not PART 4 advmod
      4 condemn VERB 0 root
      5 the DET 6 det
      6 invasion NOUN 4 obj
      7 . PUNCT 4 punct`)).toEqual(['CHN>- ACCUSE 111 !neg']);
    expect(coded(`
      1 Beijing PROPN 3 nsubj
      2 has AUX 3 aux have
      3 refrained VERB 0 root refrain
      4 from SCONJ 5 mark
      5 condemning VERB 3 advcl condemn
      6 Russia PROPN 8 nmod:poss
      7 's PART 6 case
      8 invasion NOUN 5 obj
      9 of ADP 10 case
      10 Ukraine PROPN 8 nmod
      11 . PUNCT 3 punct`)).toEqual(['CHN>RUS ACCUSE 111 !neg', 'RUS>UKR ASSAULT 190']);
    expect(coded(`
      1 India PROPN 2 nsubj
      2 denied VERB 0 root deny
      3 that SCONJ 6 mark
      4 Indian ADJ 5 amod
      5 troops NOUN 6 nsubj troop
      6 attacked VERB 2 ccomp attack
      7 Pakistani ADJ 8 amod
      8 posts NOUN 6 obj post
      9 . PUNCT 2 punct`)).toEqual(['IND>PAK ASSAULT 190 !neg']);
    expect(coded(`
      1 India PROPN 4 nsubj
      2 and CCONJ 3 cc
      3 Pakistan PROPN 1 conj
      4 signed VERB 0 root sign
      5 no DET 6 det
      6 agreement NOUN 4 obj
      7 . PUNCT 4 punct`)).toEqual(['IND>PAK SUPPORT 057 !neg', 'PAK>IND SUPPORT 057 !neg']);
  });
});

describe('event coder: modality', () => {
  it('flags modal verbs, conditions, "the possibility of" and questions as hypothetical', () => {
    expect(coded(`
      1 Russia PROPN 3 nsubj
      2 may AUX 3 aux
      3 attack VERB 0 root
      4 Ukraine PROPN 3 obj
      5 . PUNCT 3 punct`)).toEqual(['RUS>UKR ASSAULT 190 ?hyp']);
    expect(coded(`
      1 If SCONJ 3 mark
      2 Russia PROPN 3 nsubj
      3 attacks VERB 8 advcl attack
      4 Ukraine PROPN 3 obj
      5 , PUNCT 3 punct
      6 China PROPN 8 nsubj
      7 will AUX 8 aux
      8 respond VERB 0 root
      9 . PUNCT 8 punct`)).toEqual(['RUS>UKR ASSAULT 190 ?hyp']);
    expect(coded(`
      1 The DET 2 det
      2 deal NOUN 3 nsubj
      3 reduces VERB 0 root reduce
      4 the DET 5 det
      5 possibility NOUN 3 obj
      6 of ADP 8 case
      7 an DET 8 det
      8 attack NOUN 5 nmod
      9 by ADP 10 case
      10 Russia PROPN 8 nmod
      11 on ADP 12 case
      12 Ukraine PROPN 8 nmod
      13 . PUNCT 3 punct`)).toEqual(['RUS>UKR ASSAULT 190 ?hyp']);
    expect(coded(`
      1 Will AUX 3 aux
      2 China PROPN 3 nsubj
      3 support VERB 0 root
      4 Russia PROPN 3 obj
      5 ? PUNCT 3 punct`)).toEqual(['CHN>RUS SUPPORT 051 ?hyp +fut']);
  });

  it('treats a forecast of a conflict act as hypothetical', () => {
    expect(coded(`
      1 Russia PROPN 3 nsubj:pass
      2 is AUX 3 aux:pass be
      3 expected VERB 0 root expect
      4 to PART 5 mark
      5 attack VERB 3 xcomp
      6 Ukraine PROPN 5 obj
      7 . PUNCT 3 punct`)).toEqual(['RUS>UKR ASSAULT 190 ?hyp +fut']);
  });
});

describe('event coder: obligations', () => {
  it('codes "X said Y must …" as a demand by X to Y; an unreported obligation is no act', () => {
    const t = `
      1 India PROPN 2 nsubj
      2 said VERB 0 root say
      3 Pakistan PROPN 5 nsubj
      4 must AUX 5 aux
      5 release VERB 2 ccomp
      6 the DET 7 det
      7 fishermen NOUN 5 obj fisherman
      8 . PUNCT 2 punct`;
    expect(coded(t)).toEqual(['IND>PAK REQUEST 1053']);
    expect(coded(`
      1 Pakistan PROPN 3 nsubj
      2 must AUX 3 aux
      3 release VERB 0 root
      4 Indians PROPN 3 obj Indian
      5 . PUNCT 3 punct`, { actors: [...WORLD, { id: 'group:indians', name: 'Indians', type: 'group', country: 'IND', forms: ['Indians'] }] })).toEqual(['PAK>IND RETREAT 0841 ?hyp']);
  });
});

describe('event coder: intent and future', () => {
  it('reads "it" as the subject of "is willing to" even when the parser calls it an expletive', () => {
    const table = (it: string): string => `
      1 Pakistan PROPN 2 nsubj
      2 says VERB 0 root say
      3 it PRON 5 ${it}
      4 is AUX 5 cop be
      5 willing ADJ 2 ccomp
      6 to PART 7 mark
      7 meet VERB 5 xcomp
      8 India PROPN 7 obj
      9 . PUNCT 2 punct`;
    // "it" as the actor layer resolves it here: Pakistan.
    const actors = WORLD.map((a) => (a.id === 'state:PAK' ? { ...a, forms: [...a.forms, 'it'] } : a));
    expect(coded(table('nsubj'), { actors })).toEqual(['PAK>IND AGREE 036']);
    expect(coded(table('expl'), { actors })).toEqual(['PAK>IND AGREE 036']);
  });

  it('codes "will continue to support" as an intent (032), flagged future', () => {
    expect(coded(`
      1 China PROPN 3 nsubj
      2 will AUX 3 aux
      3 continue VERB 0 root
      4 to PART 5 mark
      5 support VERB 3 xcomp
      6 Kazakhstan PROPN 5 obj
      7 . PUNCT 3 punct`)).toEqual(['CHN>KAZ AGREE 032 +fut']);
  });

  it('codes aid "expected to be delivered next year" as an intent, never as aid', () => {
    expect(coded(`
      1 The DET 2 det
      2 aid NOUN 4 nsubj:pass
      3 is AUX 4 aux:pass be
      4 expected VERB 0 root expect
      5 to PART 7 mark
      6 be AUX 7 aux:pass
      7 delivered VERB 4 xcomp deliver
      8 to ADP 9 case
      9 Ukraine PROPN 7 obl
      10 by ADP 13 case
      11 the DET 13 det
      12 United PROPN 13 compound
      13 States PROPN 7 obl
      14 next ADJ 15 amod
      15 year NOUN 7 obl:tmod
      16 . PUNCT 4 punct`)).toEqual(['USA>UKR AGREE 033 +fut']);
  });

  it('codes an invitation to visit as an intent to meet, not a visit', () => {
    expect(coded(`
      1 Kazakhstan PROPN 2 nsubj
      2 invited VERB 0 root invite
      3 Xi PROPN 2 obj
      4 to PART 5 mark
      5 visit VERB 2 xcomp
      6 Astana PROPN 5 obj
      7 . PUNCT 2 punct`)).toEqual(['KAZ>CHN AGREE 036']);
  });

  it('codes a refusal to come ("would not accept") as a rejection by the speaker', () => {
    expect(coded(`
      1 India PROPN 2 nsubj
      2 said VERB 0 root say
      3 it PRON 6 nsubj
      4 would AUX 6 aux
      5 not PART 6 advmod
      6 accept VERB 2 ccomp
      7 French ADJ 8 amod
      8 mediation NOUN 6 obj
      9 . PUNCT 2 punct`)).toEqual(['IND>FRA REJECT 120']);
  });

  it('codes a decision against a cooperative act ("announced it would not accept") as a rejection', () => {
    // "accept a proposal" is agreeing to it (030, as PETRARCH's dictionary codes accept + plan/proposal);
    // deciding against that is a rejection not further specified (120).
    expect(coded(`
      1 India PROPN 2 nsubj
      2 announced VERB 0 root announce
      3 it PRON 6 nsubj
      4 would AUX 6 aux
      5 not PART 6 advmod
      6 accept VERB 2 ccomp
      7 the DET 9 det
      8 French ADJ 9 amod
      9 proposal NOUN 6 obj
      10 . PUNCT 2 punct`)).toEqual(['IND>FRA REJECT 120']);
  });

  it('keeps an announced conflict decision as the act, flagged future', () => {
    expect(coded(`
      1 India PROPN 2 nsubj
      2 announced VERB 0 root announce
      3 that SCONJ 6 mark
      4 it PRON 6 nsubj
      5 would AUX 6 aux
      6 suspend VERB 2 ccomp
      7 diplomatic ADJ 8 amod
      8 relations NOUN 6 obj relation
      9 with ADP 10 case
      10 Pakistan PROPN 8 nmod
      11 . PUNCT 2 punct`)).toEqual(['IND>PAK SANCTION 161 +fut']);
  });
});

describe('event coder: threats and cessation', () => {
  it('codes "warned that it would impose sanctions" as a threat of sanctions (1312)', () => {
    expect(coded(`
      1 Washington PROPN 2 nsubj
      2 warned VERB 0 root warn
      3 that SCONJ 6 mark
      4 it PRON 6 nsubj
      5 would AUX 6 aux
      6 impose VERB 2 ccomp
      7 sanctions NOUN 6 obj sanction
      8 on ADP 9 case
      9 Iran PROPN 6 obl
      10 . PUNCT 2 punct`)).toEqual(['USA>IRN THREATEN 1312']);
  });

  it('reads "warned that Russia could attack Ukraine" as a prediction of Russia\'s act, not a threat by the warner', () => {
    const table = (subj: string, modal: string): string => `
      1 Washington PROPN 2 nsubj
      2 warned VERB 0 root warn
      3 that SCONJ 6 mark
      4 ${subj} ${subj === 'it' ? 'PRON' : 'PROPN'} 6 nsubj
      5 ${modal} AUX 6 aux
      6 attack VERB 2 ccomp
      7 Ukraine PROPN 6 obj
      8 . PUNCT 2 punct`;
    expect(coded(table('Russia', 'could'))).toEqual(['RUS>UKR ASSAULT 190 ?hyp']);
    expect(coded(table('Russia', 'would'))).toEqual(['RUS>UKR ASSAULT 190 ?hyp +fut']);
    // The warner's own act stays a threat.
    const actors = WORLD.map((a) => (a.id === 'state:USA' ? { ...a, forms: [...a.forms, 'it'] } : a));
    const own = coded(table('it', 'would'), { actors });
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((e) => e.startsWith('USA>UKR THREATEN'))).toBe(true);
    // So does a state's officer speaking of the state's act ("Putin warned that Russia would attack").
    const officer = coded(table('Russia', 'would').replace('1 Washington PROPN', '1 Putin PROPN'));
    expect(officer.length).toBeGreaterThan(0);
    expect(officer.every((e) => e.startsWith('RUS>UKR THREATEN'))).toBe(true);
  });

  it('reads "warned of a Russian attack on Ukraine" as a prediction too', () => {
    expect(coded(`
      1 Washington PROPN 2 nsubj
      2 warned VERB 0 root warn
      3 of ADP 6 case
      4 a DET 6 det
      5 Russian ADJ 6 amod
      6 attack NOUN 2 obl
      7 on ADP 8 case
      8 Ukraine PROPN 6 nmod
      9 . PUNCT 2 punct`).filter((e) => e.startsWith('USA>'))).toEqual([]);
  });

  it('codes "did not rule out the use of force" as a threat of force', () => {
    expect(coded(`
      1 ECOWAS PROPN 4 nsubj
      2 did AUX 4 aux do
      3 not PART 4 advmod
      4 rule VERB 0 root
      5 out ADP 4 compound:prt
      6 the DET 7 det
      7 use NOUN 4 obj
      8 of ADP 9 case
      9 force NOUN 7 nmod
      10 against ADP 11 case
      11 Niger PROPN 9 nmod
      12 . PUNCT 4 punct`)).toEqual(['Economic Community of West African States>NER THREATEN 1384']);
  });

  it('codes lifting sanctions as easing them (085)', () => {
    expect(coded(`
      1 The DET 3 det
      2 United PROPN 3 compound
      3 States PROPN 4 nsubj
      4 lifted VERB 0 root lift
      5 sanctions NOUN 4 obj sanction
      6 on ADP 7 case
      7 Iran PROPN 4 obl
      8 . PUNCT 4 punct`)).toEqual(['USA>IRN RETREAT 085']);
  });
});

describe('event coder: agreeing to refrain from force', () => {
  /** "India and Pakistan agreed not to attack each other ." */
  const AGREED = `
    1 India PROPN 4 nsubj
    2 and CCONJ 3 cc
    3 Pakistan PROPN 1 conj
    4 agreed VERB 0 root agree
    5 not PART 7 advmod
    6 to PART 7 mark
    7 attack VERB 4 xcomp attack
    8 each DET 9 det
    9 other ADJ 7 obj
    10 . PUNCT 4 punct`;

  it('codes an agreement not to use force as an intent to de-escalate, both ways (0356)', () => {
    expect(coded(AGREED).sort()).toEqual(['IND>PAK AGREE 0356', 'PAK>IND AGREE 0356']);
  });

  it('leaves a vow not to attack the negated attack it was ("vowed not to attack")', () => {
    const vowed = coded(`
      1 India PROPN 2 nsubj
      2 vowed VERB 0 root vow
      3 not PART 5 advmod
      4 to PART 5 mark
      5 attack VERB 2 xcomp attack
      6 Pakistan PROPN 5 obj
      7 . PUNCT 2 punct`);
    expect(vowed.some((e) => e.includes('0356'))).toBe(false);
  });
});
