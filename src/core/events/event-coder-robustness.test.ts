/**
 * Parses as a statistical parser really writes them — a by-phrase hung on the wrong word, "and"
 * left without its conjunct, a bare noun phrase as an adverbial — and constructions that spread an
 * act over several words (shared frames, amounts of aid, participles used as adjectives).
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';
import { eventDoc, WORLD } from './test-support/event-doc.js';
import { shippedResources } from './test-support/resources.js';
import { SyntaxView } from './syntax-view.js';
import { matchTriggers } from './trigger-match.js';

describe('event coder: robustness to parser errors', () => {
  it('finds a passive\'s agent hung lower in its clause, and a bare "one week" object', () => {
    expect(coded(`
      1 Niger PROPN 3 nsubj:pass
      2 was AUX 3 aux:pass be
      3 given VERB 0 root give
      4 one NUM 5 nummod
      5 week NOUN 3 obl:unmarked
      6 to PART 7 mark
      7 leave VERB 3 advcl
      8 by ADP 9 case
      9 ECOWAS PROPN 7 obl
      10 . PUNCT 3 punct`)).toEqual(['Economic Community of West African States>NER THREATEN 139']);
  });

  it('links the name before an "and" the parser left dangling', () => {
    expect(coded(`
      1 China PROPN 0 root
      2 and CCONJ 3 cc
      3 Russia PROPN 4 nsubj
      4 met VERB 1 parataxis meet
      5 . PUNCT 1 punct`)).toEqual(['RUS>CHN CONSULT 040', 'CHN>RUS CONSULT 040']);
  });

  it('reads "each other" however it is attached', () => {
    expect(coded(`
      1 India PROPN 4 nsubj
      2 and CCONJ 3 cc
      3 Pakistan PROPN 1 conj
      4 spoke VERB 0 root speak
      5 to ADP 6 case
      6 each DET 4 obl
      7 other ADJ 6 fixed
      8 . PUNCT 4 punct`)).toEqual(['IND>PAK CONSULT 040', 'PAK>IND CONSULT 040']);
  });

  it('reads "each … the other" as a reciprocal ("India and Pakistan each blamed the other")', () => {
    expect(coded(`
      1 India PROPN 5 nsubj
      2 and CCONJ 3 cc
      3 Pakistan PROPN 1 conj
      4 each ADV 5 advmod
      5 blamed VERB 0 root blame
      6 the DET 7 det
      7 other ADJ 5 obj other
      8 for ADP 10 case
      9 the DET 10 det
      10 clash NOUN 5 obl clash
      11 . PUNCT 5 punct`).sort()).toEqual(['IND>PAK ACCUSE 112', 'PAK>IND ACCUSE 112']);
  });

  it('gives a by-phrase on an active verb to its object ("opposing provocations by the US")', () => {
    expect(coded(`
      1 Russia PROPN 2 nsubj
      2 opposed VERB 0 root oppose
      3 provocations NOUN 2 obj provocation
      4 by ADP 5 case
      5 Washington PROPN 2 obl:agent
      6 . PUNCT 2 punct`)).toEqual(['RUS>USA ACCUSE 111']);
  });
});

describe('event coder: acts spread over several words', () => {
  it('lets conjoined acts share their frame', () => {
    expect(coded(`
      1 Iran PROPN 2 nsubj
      2 agreed VERB 0 root agree
      3 to PART 4 mark
      4 restore VERB 2 xcomp
      5 ties NOUN 4 obj tie
      6 with ADP 7 case
      7 Pakistan PROPN 4 obl
      8 and CCONJ 9 cc
      9 reopen VERB 4 conj
      10 embassies NOUN 9 obj embassy
      11 . PUNCT 2 punct`)).toEqual(['IRN>PAK AGREE 032', 'IRN>PAK AGREE 032']);
  });

  it('reads aid given as an amount ("gave Ukraine 5 million dollars of aid")', () => {
    expect(coded(`
      1 France PROPN 2 nsubj
      2 gave VERB 0 root give
      3 Ukraine PROPN 2 iobj
      4 5 NUM 5 compound
      5 million NUM 6 nummod
      6 dollars NOUN 2 obj dollar
      7 of ADP 8 case
      8 aid NOUN 6 nmod
      9 . PUNCT 2 punct`)).toEqual(['FRA>UKR AID 070']);
  });

  it('reads "is prepared to" as readiness, an intent', () => {
    expect(coded(`
      1 India PROPN 3 nsubj:pass
      2 is AUX 3 aux:pass be
      3 prepared VERB 0 root prepare
      4 to PART 5 mark
      5 meet VERB 3 xcomp
      6 Pakistan PROPN 5 obj
      7 . PUNCT 3 punct`)).toEqual(['IND>PAK AGREE 036']);
  });

  it('codes a strike by a state as military, by workers as a strike', () => {
    expect(coded(`
      1 Russia PROPN 2 nsubj
      2 launched VERB 0 root launch
      3 strikes NOUN 2 obj strike
      4 on ADP 5 case
      5 Ukraine PROPN 2 obl
      6 . PUNCT 2 punct`)).toEqual(['RUS>UKR ASSAULT 190']);
    expect(coded(`
      1 Protesters NOUN 2 nsubj protester
      2 began VERB 0 root begin
      3 a DET 4 det
      4 strike NOUN 2 obj
      5 against ADP 7 case
      6 the DET 7 det
      7 Kremlin PROPN 4 nmod
      8 . PUNCT 2 punct`, { actors: [{ id: 'group:protesters', name: 'protesters', type: 'group', country: 'RUS', forms: ['Protesters'] }, { id: 'state:RUS', name: 'Russia', type: 'state', country: 'RUS', forms: ['Kremlin'] }] })).toEqual(['RUS>RUS PROTEST 143']);
    // (People protesting against their own government are a domestic dyad, as PLOVER and the corpus code them.)
  });

  it('codes troops arriving as a deployment, not a visit; a state and its own leader are no dyad', () => {
    expect(coded(`
      1 Russian ADJ 2 amod
      2 troops NOUN 3 nsubj troop
      3 arrived VERB 0 root arrive
      4 in ADP 5 case
      5 Kazakhstan PROPN 3 obl
      6 . PUNCT 3 punct`)).toEqual(['RUS>KAZ MOBILIZE 154']);
    // A modifier of the head may say which kind of troops ("peacekeeping"); alone it says nothing ("army chief").
    expect(coded(`
      1 Russian ADJ 3 amod
      2 peacekeeping NOUN 3 compound peacekeeping
      3 troops NOUN 4 nsubj troop
      4 arrived VERB 0 root arrive
      5 in ADP 6 case
      6 Kazakhstan PROPN 4 obl
      7 . PUNCT 4 punct`)).toEqual(['RUS>KAZ AID 074']);
    expect(coded(`
      1 Russia PROPN 4 nmod:poss
      2 's PART 1 case
      3 army NOUN 4 compound army
      4 chief NOUN 5 nsubj chief
      5 arrived VERB 0 root arrive
      6 in ADP 7 case
      7 Kazakhstan PROPN 5 obl
      8 . PUNCT 5 punct`)).toEqual(['RUS>KAZ CONSULT 042']);
    // So may a modifier of what the force noun is made of ("a deployment of Russian peacekeeping troops").
    expect(coded(`
      1 A DET 2 det
      2 deployment NOUN 7 nsubj deployment
      3 of ADP 6 case
      4 Russian ADJ 6 amod
      5 peacekeeping NOUN 6 compound peacekeeping
      6 troops NOUN 2 nmod troop
      7 arrived VERB 0 root arrive
      8 in ADP 9 case
      9 Kazakhstan PROPN 7 obl
      10 . PUNCT 7 punct`)).toEqual(['RUS>KAZ AID 074']);
    expect(coded(`
      1 Xi PROPN 2 nsubj
      2 praised VERB 0 root praise
      3 China PROPN 2 obj
      4 . PUNCT 2 punct`)).toEqual([]);
  });
});

describe('event coder: dates are no acts', () => {
  it('reads "In March, protesters …" with March as a month, not a march', () => {
    const table = `
      1 In ADP 2 case
      2 March PROPN 4 obl march
      3 , PUNCT 2 punct
      4 protesters NOUN 5 nsubj protester
      5 rallied VERB 0 root rally
      6 . PUNCT 5 punct`;
    const matchedAt = (dates: { text: string; value: string }[]): string[] => {
      const v = new SyntaxView(eventDoc(table, WORLD, { dates }));
      return matchTriggers(v, shippedResources().lexicon, 0, v.n).map((m) => v.lower[m.head]);
    };
    // As a date it is no act, resolved or not (an undated article's "In March" is a month too).
    expect(matchedAt([])).not.toContain('march');
    expect(matchedAt([{ text: 'March', value: '2023-03' }])).not.toContain('march');
  });

  it('still reads a march that no date expression covers', () => {
    const v = new SyntaxView(eventDoc(`
      1 The DET 2 det
      2 march NOUN 3 nsubj march
      3 ended VERB 0 root end
      4 . PUNCT 3 punct`, WORLD, { dates: [] }));
    expect(matchTriggers(v, shippedResources().lexicon, 0, v.n).map((m) => v.lower[m.head])).toContain('march');
  });
});

describe('event coder: a verb tagged as an adjective', () => {
  it('reads an "adjective" with an object and an auxiliary as the verb ("Pakistan would free the Indian prisoners")', () => {
    const table = `
      1 Pakistan PROPN 3 nsubj
      2 would AUX 3 aux
      3 free ADJ 0 root free
      4 the DET 6 det
      5 Indian ADJ 6 amod
      6 prisoners NOUN 3 obj prisoner
      7 . PUNCT 3 punct`;
    expect(coded(table, { coder: { participants: 'lenient' } }).length).toBeGreaterThan(0);
    // Without the auxiliary it stays an adjective ("free Indian prisoners" as a noun phrase), no act.
    expect(coded(table.replace('2 would AUX 3 aux', '2 , PUNCT 3 punct'), { coder: { participants: 'lenient' } })).toEqual([]);
  });
});
