/**
 * Lexicon readings (data/lexicon) of mediation and a return to talks — "acted as a mediator between",
 * "shuttled between" two capitals, "urged them to return to the negotiating table" — and of force
 * inside a frame ("would not hesitate to use force against") and interceptions ("intercepted an
 * Iranian drone"). One sentence each, written for these tests and parsed by hand (UD relations as
 * the project's parser writes them). Also: blocked aid deliveries (191), people stripped of their
 * citizenship or accreditation (172), and a state advising its own citizens (no appeal to anyone).
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';
import { WORLD } from './test-support/event-doc.js';

/** The test world with a group of citizens of no country, as the actor layer reads "its citizens". */
const WITH_CITIZENS = [...WORLD, { id: 'group:citizens', name: 'citizens', type: 'group' as const, country: null, sector: 'CVL', cameo: 'CVL', forms: ['citizens'] }];

describe('lexicon: mediators and shuttles', () => {
  it('a state acting as a mediator between two others mediates towards both (045)', () => {
    const events = coded(`
      1 Kazakhstan PROPN 2 nsubj
      2 acted VERB 0 root act
      3 as ADP 5 case
      4 a DET 5 det
      5 mediator NOUN 2 obl
      6 between ADP 7 case
      7 Russia PROPN 5 nmod
      8 and CCONJ 9 cc
      9 Ukraine PROPN 7 conj
      10 . PUNCT 2 punct`);
    expect(events).toContain('KAZ>RUS CONSULT 045');
    expect(events).toContain('KAZ>UKR CONSULT 045');
    expect(events.some((e) => e.startsWith('RUS>') || e.startsWith('UKR>'))).toBe(false);
  });

  it('shuttling between two capitals mediates between their states', () => {
    const events = coded(`
      1 France PROPN 2 nsubj
      2 shuttled VERB 0 root shuttle
      3 between ADP 4 case
      4 Moscow PROPN 2 obl
      5 and CCONJ 6 cc
      6 Kyiv PROPN 4 conj
      7 . PUNCT 2 punct`);
    expect(events).toContain('FRA>RUS CONSULT 045');
    expect(events).toContain('FRA>UKR CONSULT 045');
  });

  it('mediation among several parties is mediation towards them, as between two ("halted mediation efforts among Kazakh factions")', () => {
    expect(coded(`
      1 India PROPN 2 nsubj
      2 mediated VERB 0 root mediate
      3 among ADP 6 case
      4 the DET 6 det
      5 Kazakh ADJ 6 amod
      6 factions NOUN 2 obl faction
      7 . PUNCT 2 punct`)).toEqual(['IND>KAZ CONSULT 045']);
    expect(coded(`
      1 France PROPN 2 nsubj
      2 halted VERB 0 root halt
      3 mediation NOUN 4 compound
      4 efforts NOUN 2 obj effort
      5 among ADP 8 case
      6 the DET 8 det
      7 Kazakh ADJ 8 amod
      8 factions NOUN 4 nmod faction
      9 . PUNCT 2 punct`)).toEqual(['FRA>KAZ SANCTION 165']);
    // "among" on a verb that is no mediation names no side
    expect(coded(`
      1 India PROPN 2 nsubj
      2 divided VERB 0 root divide
      3 the DET 4 det
      4 money NOUN 2 obj
      5 among ADP 7 case
      6 Kazakh ADJ 7 amod
      7 farmers NOUN 2 obl farmer
      8 . PUNCT 2 punct`)).toEqual([]);
  });
});

describe('lexicon: a return to talks', () => {
  it('urging two sides to return to the negotiating table asks them to talk (106)', () => {
    const events = coded(`
      1 China PROPN 2 nsubj
      2 urged VERB 0 root urge
      3 India PROPN 2 obj
      4 and CCONJ 5 cc
      5 Pakistan PROPN 3 conj
      6 to PART 7 mark
      7 return VERB 2 xcomp
      8 to ADP 11 case
      9 the DET 11 det
      10 negotiating NOUN 11 compound
      11 table NOUN 7 obl
      12 . PUNCT 2 punct`);
    expect(events).toContain('CHN>IND REQUEST 106');
    expect(events).toContain('CHN>PAK REQUEST 106');
  });

  it('returning to a city is no act', () => {
    expect(coded(`
      1 Putin PROPN 2 nsubj
      2 returned VERB 0 root return
      3 to ADP 4 case
      4 Moscow PROPN 2 obl
      5 . PUNCT 2 punct`)).toEqual([]);
  });
});

describe('lexicon: force inside a frame, interceptions', () => {
  it('not hesitating to use force against a state threatens it (138x)', () => {
    const events = coded(`
      1 China PROPN 4 nsubj
      2 would AUX 4 aux
      3 not PART 4 advmod
      4 hesitate VERB 0 root
      5 to PART 6 mark
      6 use VERB 4 xcomp
      7 force NOUN 6 obj
      8 against ADP 9 case
      9 Taiwan PROPN 6 obl
      10 . PUNCT 4 punct`);
    expect(events.some((e) => e.startsWith('CHN>TWN THREATEN 138'))).toBe(true);
  });

  it('using force with no frame is left alone', () => {
    expect(coded(`
      1 India PROPN 2 nsubj
      2 used VERB 0 root use
      3 force NOUN 2 obj
      4 . PUNCT 2 punct`)).toEqual([]);
  });

  it('intercepting another side\'s drone is force against it (190)', () => {
    const events = coded(`
      1 Russia PROPN 2 nsubj
      2 intercepted VERB 0 root intercept
      3 a DET 5 det
      4 Ukrainian ADJ 5 amod
      5 drone NOUN 2 obj
      6 . PUNCT 2 punct`);
    expect(events).toContain('RUS>UKR ASSAULT 190');
  });
});

describe('lexicon: blocked deliveries, stripped rights', () => {
  it('blocking aid deliveries to a state restricts movement (191)', () => {
    const events = coded(`
      1 Russia PROPN 2 nsubj
      2 blocked VERB 0 root block
      3 aid NOUN 4 compound
      4 deliveries NOUN 2 obj
      5 to ADP 6 case
      6 Ukraine PROPN 2 obl
      7 . PUNCT 2 punct`);
    expect(events).toContain('RUS>UKR COERCE 191');
  });

  it('stripping foreign journalists of their accreditation is an administrative sanction (172)', () => {
    const events = coded(`
      1 China PROPN 2 nsubj
      2 stripped VERB 0 root strip
      3 French ADJ 4 amod
      4 journalists NOUN 2 obj
      5 of ADP 7 case
      6 their PRON 7 nmod:poss
      7 accreditation NOUN 4 nmod
      8 . PUNCT 2 punct`);
    expect(events.some((e) => e.startsWith('CHN>FRA COERCE 172'))).toBe(true);
  });

  it('a title or a medal stripped is no event', () => {
    expect(coded(`
      1 Russia PROPN 2 nsubj
      2 stripped VERB 0 root strip
      3 the DET 5 det
      4 Ukrainian ADJ 5 amod
      5 athlete NOUN 2 obj
      6 of ADP 8 case
      7 her PRON 8 nmod:poss
      8 medal NOUN 5 nmod
      9 . PUNCT 2 punct`)).toEqual([]);
  });
});

describe('lexicon: a state advising its own people', () => {
  it('urging its citizens to leave a country is no request to a group of citizens', () => {
    const events = coded(`
      1 France PROPN 2 nsubj
      2 urged VERB 0 root urge
      3 its PRON 4 nmod:poss
      4 citizens NOUN 2 obj
      5 to PART 6 mark
      6 leave VERB 2 xcomp
      7 Iran PROPN 6 obj
      8 . PUNCT 2 punct`, { actors: WITH_CITIZENS });
    expect(events.some((e) => e.includes('REQUEST'))).toBe(false);
  });

  it('urging a state to act is still a request', () => {
    const events = coded(`
      1 France PROPN 2 nsubj
      2 urged VERB 0 root urge
      3 Iran PROPN 2 obj
      4 to PART 5 mark
      5 release VERB 2 xcomp
      6 the DET 7 det
      7 prisoners NOUN 5 obj
      8 . PUNCT 2 punct`);
    expect(events.some((e) => e.startsWith('FRA>IRN REQUEST'))).toBe(true);
  });
});
