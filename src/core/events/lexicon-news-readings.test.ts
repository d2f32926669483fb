/**
 * Lexicon readings (data/lexicon) of news phrases whose wording decides the event: contests and
 * retorts told with fighting words, visits that end, dangers described rather than threatened,
 * things given up, agreements signed together, advisories and meetings attended. One sentence each, written for these
 * tests and parsed by hand (UD relations as the project's parser writes them); each case pairs the
 * reading that codes with the one that must not.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';
import { WORLD } from './test-support/event-doc.js';

const lenient = { coder: { participants: 'lenient' as const } };

describe('lexicon: contests, retorts and visits that end', () => {
  it('fighting for first place is a contest; fighting for control of a city is fighting (190)', () => {
    expect(coded(`
      1 Xi PROPN 4 nsubj
      2 and CCONJ 3 cc
      3 Putin PROPN 1 conj
      4 fought VERB 0 root fight
      5 for ADP 7 case
      6 first ADJ 7 amod
      7 place NOUN 4 obl
      8 . PUNCT 4 punct`, lenient)).toEqual([]);
    expect(coded(`
      1 Russia PROPN 4 nsubj
      2 and CCONJ 3 cc
      3 Ukraine PROPN 1 conj
      4 fought VERB 0 root fight
      5 for ADP 6 case
      6 control NOUN 4 obl
      7 of ADP 9 case
      8 the DET 9 det
      9 city NOUN 6 nmod
      10 . PUNCT 4 punct`)).toEqual(['RUS>UKR ASSAULT 190', 'UKR>RUS ASSAULT 190']);
  });

  it('a leader firing back at another retorts (111); soldiers firing back shoot (193)', () => {
    expect(coded(`
      1 Putin PROPN 2 nsubj
      2 fired VERB 0 root fire
      3 back ADV 2 advmod
      4 at ADP 5 case
      5 Xi PROPN 2 obl
      6 . PUNCT 2 punct`)).toEqual(['RUS>CHN ACCUSE 111']);
    expect(coded(`
      1 Indian ADJ 2 amod
      2 soldiers NOUN 3 nsubj soldier
      3 fired VERB 0 root fire
      4 back ADV 3 advmod
      5 . PUNCT 3 punct`, lenient)).toEqual(['IND>- ASSAULT 193']);
  });

  it('ending a visit reports the visit (042), not a visit broken off (164)', () => {
    expect(coded(`
      1 Putin PROPN 2 nsubj
      2 ended VERB 0 root end
      3 a DET 5 det
      4 three-day ADJ 5 amod
      5 visit NOUN 2 obj
      6 to ADP 7 case
      7 India PROPN 5 nmod
      8 . PUNCT 2 punct`)).toEqual(['RUS>IND CONSULT 042']);
  });
});

describe('lexicon: dangers described and things given up', () => {
  it('"the threat from Russia" describes a danger; a threat with its act is one (13x)', () => {
    expect(coded(`
      1 The DET 2 det
      2 threat NOUN 5 nsubj
      3 from ADP 4 case
      4 Russia PROPN 2 nmod
      5 grew VERB 0 root grow
      6 . PUNCT 5 punct`, lenient)).toEqual([]);
    expect(coded(`
      1 The DET 2 det
      2 threat NOUN 10 nsubj
      3 from ADP 4 case
      4 Russia PROPN 2 nmod
      5 to PART 6 mark
      6 cut VERB 2 acl
      7 aid NOUN 6 obj
      8 to ADP 9 case
      9 Ukraine PROPN 6 obl
      10 grew VERB 0 root grow
      11 . PUNCT 10 punct`, lenient)).toEqual(['RUS>UKR THREATEN 1311']);
  });

  it('giving up arms or ground retreats (0873/0874); giving up hope does not', () => {
    expect(coded(`
      1 The DET 2 det
      2 rebels NOUN 3 nsubj rebel
      3 gave VERB 0 root give
      4 up ADP 3 compound:prt
      5 their PRON 6 nmod:poss
      6 arms NOUN 3 obj arm
      7 . PUNCT 3 punct`, lenient)).toEqual(['rebels>- RETREAT 0873']);
    expect(coded(`
      1 Ukraine PROPN 2 nsubj
      2 gave VERB 0 root give
      3 up ADP 2 compound:prt
      4 control NOUN 2 obj
      5 of ADP 7 case
      6 the DET 7 det
      7 town NOUN 4 nmod
      8 . PUNCT 2 punct`, lenient)).toEqual(['UKR>- RETREAT 0874']);
    expect(coded(`
      1 Ukraine PROPN 2 nsubj
      2 gave VERB 0 root give
      3 up ADP 2 compound:prt
      4 hope NOUN 2 obj
      5 . PUNCT 2 punct`, lenient)).toEqual([]);
  });
});

describe('lexicon: agreements signed together', () => {
  it('signing an agreement with someone is done by both (057 both ways); ratifying is one side\'s act', () => {
    expect(coded(`
      1 India PROPN 2 nsubj
      2 signed VERB 0 root sign
      3 an DET 4 det
      4 agreement NOUN 2 obj
      5 with ADP 6 case
      6 France PROPN 2 obl
      7 . PUNCT 2 punct`)).toEqual(['IND>FRA SUPPORT 057', 'FRA>IND SUPPORT 057']);
    expect(coded(`
      1 Ukraine PROPN 2 nsubj
      2 ratified VERB 0 root ratify
      3 an DET 4 det
      4 agreement NOUN 2 obj
      5 with ADP 6 case
      6 France PROPN 2 obl
      7 . PUNCT 2 punct`)).toEqual(['UKR>FRA SUPPORT 057']);
  });
});

describe('lexicon: advisories', () => {
  it('warning travellers is an advisory; warning a state is a threat (130)', () => {
    expect(coded(`
      1 Britain PROPN 2 nsubj
      2 warned VERB 0 root warn
      3 its PRON 4 nmod:poss
      4 citizens NOUN 2 obj citizen
      5 against ADP 6 case
      6 travel NOUN 2 obl
      7 to ADP 8 case
      8 Pakistan PROPN 6 nmod
      9 . PUNCT 2 punct`, { ...lenient, actors: [...WORLD, { id: 'group:citizens', name: 'citizens', type: 'group', country: null, forms: ['citizens'] }] })).toEqual([]);
    expect(coded(`
      1 Britain PROPN 2 nsubj
      2 warned VERB 0 root warn
      3 Pakistan PROPN 2 obj
      4 . PUNCT 2 punct`)).toEqual(['GBR>PAK THREATEN 130']);
  });
});

describe('lexicon: restraint and reparations asked for', () => {
  it('a call for restraint "from" a state asks it to de-escalate (1056); showing restraint is no event', () => {
    expect(coded(`
      1 India PROPN 2 nsubj
      2 called VERB 0 root call
      3 for ADP 4 case
      4 restraint NOUN 2 obl
      5 from ADP 6 case
      6 Pakistan PROPN 2 obl
      7 . PUNCT 2 punct`)).toEqual(['IND>PAK REQUEST 1056']);
    expect(coded(`
      1 India PROPN 2 nsubj
      2 showed VERB 0 root show
      3 restraint NOUN 2 obj
      4 . PUNCT 2 punct`, lenient)).toEqual([]);
  });

  it('seeking reparations from a state asks it for money (0231)', () => {
    expect(coded(`
      1 Pakistan PROPN 2 nsubj
      2 sought VERB 0 root seek
      3 reparations NOUN 2 obj reparation
      4 from ADP 5 case
      5 India PROPN 2 obl
      6 . PUNCT 2 punct`)).toEqual(['PAK>IND REQUEST 0231']);
  });
});

describe('lexicon: what claims and reports say', () => {
  it('an attack told inside "claims that …" is not asserted; told plainly it is (190)', () => {
    const table = (head: string): string => `
      1 Russia PROPN 2 nsubj
      2 rejected VERB 0 root reject
      3 ${head} NOUN 2 obj ${head.replace(/s$/, '')}
      4 that SCONJ 7 mark
      5 its PRON 6 nmod:poss
      6 troops NOUN 7 nsubj troop
      7 attacked VERB 3 acl attack
      8 Ukraine PROPN 7 obj
      9 . PUNCT 2 punct`;
    for (const head of ['claims', 'reports', 'allegations']) {
      expect(coded(table(head), lenient).filter((e) => e.includes('ASSAULT') && !e.includes('?hyp'))).toEqual([]);
    }
    expect(coded(`
      1 Russian ADJ 2 amod
      2 troops NOUN 3 nsubj troop
      3 attacked VERB 0 root attack
      4 Ukraine PROPN 3 obj
      5 . PUNCT 3 punct`)).toEqual(['RUS>UKR ASSAULT 190']);
  });
});

describe('lexicon: ultimatums', () => {
  it('giving a state a week to act is an ultimatum (139); a week given to nobody is none', () => {
    expect(coded(`
      1 Pakistan PROPN 2 nsubj
      2 gave VERB 0 root give
      3 India PROPN 2 iobj
      4 a DET 5 det
      5 week NOUN 2 obj
      6 to PART 7 mark
      7 respond VERB 5 acl
      8 . PUNCT 2 punct`)).toEqual(['PAK>IND THREATEN 139']);
    expect(coded(`
      1 Pakistan PROPN 2 nsubj
      2 gave VERB 0 root give
      3 the DET 4 det
      4 talks NOUN 2 iobj talk
      5 a DET 6 det
      6 week NOUN 2 obj
      7 . PUNCT 2 punct`, lenient).filter((e) => e.includes('THREATEN'))).toEqual([]);
  });
});

describe('lexicon: expelled from somewhere', () => {
  it('"X was expelled from Y" with no agent: Y expels X; an agent still expels', () => {
    expect(coded(`
      1 Niger PROPN 3 nsubj:pass
      2 was AUX 3 aux:pass
      3 expelled VERB 0 root expel
      4 from ADP 5 case
      5 ECOWAS PROPN 3 obl
      6 . PUNCT 3 punct`)).toEqual(['Economic Community of West African States>NER SANCTION 166']);
    expect(coded(`
      1 Pakistan PROPN 2 nsubj
      2 expelled VERB 0 root expel
      3 two NUM 5 nummod
      4 Indian ADJ 5 amod
      5 diplomats NOUN 2 obj diplomat
      6 from ADP 7 case
      7 Islamabad PROPN 2 obl
      8 . PUNCT 2 punct`)).toEqual(['PAK>IND SANCTION 166']);
  });
});

describe('lexicon: pulling out voters', () => {
  it('"pulled out voters" gets people to the polls; "pulled out its troops" withdraws them (087)', () => {
    expect(coded(`
      1 France PROPN 2 nsubj
      2 pulled VERB 0 root pull
      3 out ADP 2 compound:prt
      4 voters NOUN 2 obj voter
      5 . PUNCT 2 punct`, { ...lenient, actors: [...WORLD, { id: 'group:fra-voters', name: 'French voters', type: 'group', country: 'FRA', sector: 'CVL', via: 'description', forms: ['voters'] }] })).toEqual([]);
    expect(coded(`
      1 Russia PROPN 2 nsubj
      2 pulled VERB 0 root pull
      3 out ADP 2 compound:prt
      4 its PRON 5 nmod:poss
      5 troops NOUN 2 obj troop
      6 from ADP 7 case
      7 Ukraine PROPN 2 obl
      8 . PUNCT 2 punct`)).toEqual(['RUS>UKR RETREAT 087']);
  });
});

describe('lexicon: attending a meeting of others', () => {
  it('"attended a meeting of Indian ministers" meets those whose meeting it is (040)', () => {
    expect(coded(`
      1 China PROPN 2 nsubj
      2 attended VERB 0 root attend
      3 a DET 4 det
      4 meeting NOUN 2 obj meeting
      5 of ADP 7 case
      6 Indian ADJ 7 amod
      7 ministers NOUN 4 nmod minister
      8 . PUNCT 2 punct`, { actors: [...WORLD, { id: 'group:ind-ministers', name: 'Indian ministers', type: 'group', country: 'IND', sector: 'GOV', via: 'description', forms: ['Indian ministers'] }] })).toEqual(['CHN>IND CONSULT 040']);
  });
});
