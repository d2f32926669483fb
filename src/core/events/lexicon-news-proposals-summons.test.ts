/**
 * Lexicon readings (data/lexicon) of acts that are only proposed, planned or resisted (grammar.json
 * `hypotheticalNouns`), of talks blocked (refused, not held), and of envoys summoned in the passive,
 * where the summoner is the place they are summoned to. One sentence each, written for these tests
 * and parsed by hand.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

describe('lexicon: proposed acts', () => {
  it('sanctions in a proposal that was blocked are only hypothetical', () => {
    expect(coded(`
      1 Russia PROPN 2 nsubj
      2 blocked VERB 0 root block
      3 a DET 4 det
      4 proposal NOUN 2 obj
      5 to PART 6 mark
      6 impose VERB 4 acl
      7 sanctions NOUN 6 obj
      8 on ADP 9 case
      9 Iran PROPN 6 obl
      10 . PUNCT 2 punct`).filter((e) => e.includes('COERCE'))).toEqual(['RUS>IRN COERCE 163 ?hyp']);
  });
});

describe('lexicon: acts resisted', () => {
  it('aid one is reluctant to provide is only hypothetical', () => {
    expect(coded(`
      1 France PROPN 2 nsubj
      2 deepened VERB 0 root deepen
      3 its PRON 4 nmod:poss
      4 reluctance NOUN 2 obj
      5 to PART 6 mark
      6 send VERB 4 acl
      7 tanks NOUN 6 obj
      8 to ADP 9 case
      9 Ukraine PROPN 6 obl
      10 . PUNCT 2 punct`, { coder: { participants: 'lenient' } }).filter((e) => e.includes('AID'))).toEqual(['->UKR AID 072 ?hyp']);
  });
});

describe('lexicon: talks blocked', () => {
  it('a state blocking another state\'s talks refuses them (125), the talks are not held', () => {
    expect(coded(`
      1 Russia PROPN 2 nsubj
      2 blocked VERB 0 root block
      3 Ukraine PROPN 6 nmod:poss
      4 's PART 3 case
      5 accession NOUN 6 compound
      6 talks NOUN 2 obj
      7 . PUNCT 2 punct`)).toEqual(['RUS>UKR REJECT 125']);
  });
});

describe('lexicon: passive summons', () => {
  it('an ambassador summoned to a foreign ministry is summoned by its state (114)', () => {
    expect(coded(`
      1 The DET 3 det
      2 Chinese ADJ 3 amod
      3 ambassador NOUN 5 nsubj:pass
      4 was AUX 5 aux:pass
      5 summoned VERB 0 root summon
      6 to ADP 7 case
      7 Paris PROPN 5 obl
      8 . PUNCT 5 punct`)).toEqual(['FRA>CHN ACCUSE 114']);
  });
});

describe('lexicon: complaints about an act', () => {
  it('protesting or complaining that a side did something complains against that side (114), the act only claimed', () => {
    for (const [word, lemma] of [['protested', 'protest'], ['complained', 'complain']]) {
      const events = coded(`
        1 Russia PROPN 2 nsubj
        2 ${word} VERB 0 root ${lemma}
        3 that SCONJ 6 mark
        4 Ukraine PROPN 6 nsubj
        5 had AUX 6 aux have
        6 violated VERB 2 ccomp violate
        7 the DET 8 det
        8 treaty NOUN 6 obj treaty
        9 . PUNCT 2 punct`);
      expect(events.filter((e) => !e.includes('?hyp'))).toEqual(['RUS>UKR ACCUSE 114']);
    }
  });

  it('rebels protesting against a state still demonstrate (141)', () => {
    expect(coded(`
      1 Rebels NOUN 2 nsubj rebel
      2 protested VERB 0 root protest
      3 against ADP 4 case
      4 Russia PROPN 2 obl
      5 . PUNCT 2 punct`)).toEqual(['rebels>RUS PROTEST 141']);
  });
});

describe('lexicon: complaints that are judgements', () => {
  it('complaining that a side was unfair is the accusation itself, made now (not an alleged act)', () => {
    const events = coded(`
      1 Russia PROPN 2 nsubj
      2 complained VERB 0 root complain
      3 that SCONJ 7 mark
      4 Ukraine PROPN 7 nsubj
      5 had AUX 7 aux have
      6 been AUX 7 cop be
      7 unfair ADJ 2 ccomp unfair
      8 to ADP 9 case
      9 it PRON 7 obl
      10 . PUNCT 2 punct`);
    expect(events.filter((e) => !e.includes('?hyp'))).toEqual(['RUS>UKR ACCUSE 111']);
  });
});
