/**
 * Lexicon readings (data/lexicon) of judicial acts (deportations, sentences, bail, suspects handed
 * over), economic measures (sanctions lists, terrorist designations, assets unfrozen, bail-outs),
 * diplomatic ones (consulates closed, visas revoked) and protest forms (hunger strikes, occupations).
 * One sentence each, written for these tests and parsed by hand (UD relations as the project's
 * parser writes them).
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

describe('lexicon: judicial acts', () => {
  it('a deportation with no agent is the act of the state deported from (174)', () => {
    expect(coded(`
      1 A DET 3 det
      2 British ADJ 3 amod
      3 journalist NOUN 5 nsubj:pass
      4 was AUX 5 aux:pass
      5 deported VERB 0 root deport
      6 from ADP 7 case
      7 Iran PROPN 5 obl
      8 . PUNCT 5 punct`)).toEqual(['IRN>GBR COERCE 174']);
  });

  it('a sentence imposed on someone is a verdict (116), like "sentenced"', () => {
    expect(coded(`
      1 A DET 2 det
      2 court NOUN 5 nsubj
      3 in ADP 4 case
      4 Iran PROPN 2 nmod
      5 imposed VERB 0 root impose
      6 a DET 8 det
      7 death NOUN 8 compound
      8 sentence NOUN 5 obj
      9 on ADP 12 case
      10 a DET 12 det
      11 British ADJ 12 amod
      12 doctor NOUN 5 obl
      13 . PUNCT 5 punct`)).toEqual(['IRN>GBR ACCUSE 116']);
  });

  it('bail granted frees the one held (0841)', () => {
    expect(coded(`
      1 A DET 3 det
      2 Chinese ADJ 3 amod
      3 court NOUN 4 nsubj
      4 granted VERB 0 root grant
      5 bail NOUN 4 obj
      6 to ADP 9 case
      7 a DET 9 det
      8 British ADJ 9 amod
      9 businessman NOUN 4 obl
      10 . PUNCT 4 punct`)).toEqual(['CHN>GBR RETREAT 0841']);
  });

  it('a spy handed over to another state is judicial cooperation (063)', () => {
    expect(coded(`
      1 China PROPN 2 nsubj
      2 handed VERB 0 root hand
      3 over ADP 2 compound:prt
      4 a DET 7 det
      5 suspected VERB 7 amod suspect
      6 Indian ADJ 7 amod
      7 spy NOUN 2 obj
      8 to ADP 9 case
      9 Pakistan PROPN 2 obl
      10 . PUNCT 2 punct`)).toEqual(['CHN>PAK COOPERATE 063']);
  });

  it('a dissident deported to his own state is coerced (174), not extradited (063)', () => {
    expect(coded(`
      1 Pakistan PROPN 2 nsubj
      2 deported VERB 0 root deport
      3 a DET 5 det
      4 Chinese ADJ 5 amod
      5 dissident NOUN 2 obj
      6 to ADP 7 case
      7 China PROPN 2 obl
      8 . PUNCT 2 punct`)).toEqual(['PAK>CHN COERCE 174']);
  });

  it('officers placed by "in" act for that state (the lemma is singular)', () => {
    expect(coded(`
      1 Officers NOUN 4 nsubj officer
      2 in ADP 3 case
      3 Russia PROPN 1 nmod
      4 arrested VERB 0 root arrest
      5 two NUM 7 nummod
      6 Ukrainian ADJ 7 amod
      7 activists NOUN 4 obj
      8 . PUNCT 4 punct`)).toEqual(['RUS>UKR COERCE 173']);
  });
});

describe('lexicon: economic measures', () => {
  it('firms put on a sanctions list are sanctioned (163)', () => {
    expect(coded(`
      1 Britain PROPN 2 nsubj
      2 put VERB 0 root put
      3 two NUM 5 nummod
      4 Russian ADJ 5 amod
      5 banks NOUN 2 obj
      6 on ADP 9 case
      7 its PRON 9 nmod:poss
      8 sanctions NOUN 9 compound
      9 list NOUN 2 obl
      10 . PUNCT 2 punct`)).toEqual(['GBR>RUS COERCE 163']);
  });

  it('pressure put on a state is no listing', () => {
    expect(coded(`
      1 Britain PROPN 2 nsubj
      2 put VERB 0 root put
      3 pressure NOUN 2 obj
      4 on ADP 5 case
      5 Iran PROPN 2 obl
      6 . PUNCT 2 punct`)).not.toContain('GBR>IRN COERCE 163');
  });

  it('a body designated a terrorist organisation is sanctioned (163)', () => {
    expect(coded(`
      1 Britain PROPN 2 nsubj
      2 designated VERB 0 root designate
      3 the DET 5 det
      4 Iranian ADJ 5 amod
      5 militia NOUN 2 obj
      6 as ADP 9 case
      7 a DET 9 det
      8 terrorist ADJ 9 amod
      9 group NOUN 2 obl
      10 . PUNCT 2 punct`)).toEqual(['GBR>IRN COERCE 163']);
  });

  it('someone designated as an envoy is no event', () => {
    expect(coded(`
      1 Britain PROPN 2 nsubj
      2 designated VERB 0 root designate
      3 a DET 5 det
      4 new ADJ 5 amod
      5 envoy NOUN 2 obj
      6 to ADP 7 case
      7 Iran PROPN 5 nmod
      8 . PUNCT 2 punct`)).toEqual([]);
  });

  it('assets unfrozen ease the sanction on their owner (085)', () => {
    expect(coded(`
      1 Washington PROPN 2 nsubj
      2 unfroze VERB 0 root unfreeze
      3 Iranian ADJ 4 amod
      4 assets NOUN 2 obj
      5 . PUNCT 2 punct`)).toEqual(['USA>IRN RETREAT 085']);
  });

  it('a state bailed out gets economic aid (071)', () => {
    expect(coded(`
      1 China PROPN 2 nsubj
      2 bailed VERB 0 root bail
      3 out ADP 2 compound:prt
      4 Pakistan PROPN 2 obj
      5 . PUNCT 2 punct`)).toEqual(['CHN>PAK AID 071']);
  });

  it('a hospital ship sent to a state is humanitarian aid (073)', () => {
    expect(coded(`
      1 China PROPN 2 nsubj
      2 sent VERB 0 root send
      3 a DET 5 det
      4 hospital NOUN 5 compound
      5 ship NOUN 2 obj
      6 to ADP 7 case
      7 Pakistan PROPN 2 obl
      8 . PUNCT 2 punct`)).toEqual(['CHN>PAK AID 073']);
  });
});

describe('lexicon: diplomatic measures', () => {
  it("closing another state's consulate in a city reduces relations with that state (161), not the host", () => {
    expect(coded(`
      1 Ukraine PROPN 2 nsubj
      2 closed VERB 0 root close
      3 the DET 5 det
      4 Russian ADJ 5 amod
      5 consulate NOUN 2 obj
      6 in ADP 7 case
      7 Samarkand PROPN 2 obl
      8 . PUNCT 2 punct`)).toEqual(['UKR>RUS SANCTION 161']);
  });

  it('visas revoked from a state\'s diplomats restrict them (172)', () => {
    expect(coded(`
      1 Britain PROPN 2 nsubj
      2 revoked VERB 0 root revoke
      3 the DET 4 det
      4 visas NOUN 2 obj
      5 of ADP 8 case
      6 five NUM 8 nummod
      7 Russian ADJ 8 amod
      8 diplomats NOUN 4 nmod
      9 . PUNCT 2 punct`)).toEqual(['GBR>RUS COERCE 172']);
  });
});

describe('lexicon: protest forms', () => {
  it('going on hunger strike is a hunger strike (142), not a strike (143)', () => {
    const events = coded(`
      1 Iranian ADJ 2 amod
      2 activists NOUN 3 nsubj
      3 went VERB 0 root go
      4 on ADP 6 case
      5 hunger NOUN 6 compound
      6 strike NOUN 3 obl
      7 . PUNCT 3 punct`);
    expect(events.some((e) => e.startsWith('IRN>') && e.includes('PROTEST 142'))).toBe(true);
    expect(events.some((e) => e.includes(' 143'))).toBe(false);
  });

  it('protesters occupying a building protest (141), they do not occupy territory (192)', () => {
    const events = coded(`
      1 Ukrainian ADJ 2 amod
      2 protesters NOUN 3 nsubj
      3 occupied VERB 0 root occupy
      4 a DET 6 det
      5 government NOUN 6 compound
      6 building NOUN 3 obj
      7 in ADP 8 case
      8 Kyiv PROPN 3 obl
      9 . PUNCT 3 punct`);
    expect(events.some((e) => e.startsWith('UKR>') && e.includes('PROTEST 141'))).toBe(true);
    expect(events.some((e) => e.includes(' 192'))).toBe(false);
  });
});

describe('lexicon: people and money handed over', () => {
  it("a state's detained sailors returned are set free (0841), not property returned (0842)", () => {
    expect(coded(`
      1 Iran PROPN 2 nsubj
      2 returned VERB 0 root return
      3 the DET 6 det
      4 detained VERB 6 amod detain
      5 British ADJ 6 amod
      6 sailors NOUN 2 obj
      7 . PUNCT 2 punct`)).toEqual(['IRN>GBR RETREAT 0841']);
  });

  it('money deposited with a central bank is economic aid to its state (071)', () => {
    expect(coded(`
      1 China PROPN 2 nsubj
      2 deposited VERB 0 root deposit
      3 3 NUM 4 nummod
      4 billion NUM 5 nummod
      5 dollars NOUN 2 obj
      6 with ADP 9 case
      7 Pakistan PROPN 9 nmod:poss
      8 's PART 7 case
      9 bank NOUN 2 obl
      10 . PUNCT 2 punct`)).toEqual(['CHN>PAK AID 071']);
  });
});
