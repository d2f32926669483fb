/**
 * Lexicon precision (data/lexicon) on words that are events in one sense only: "conceded that …" is an
 * admission while "conceded defeat / to the demands" yields; "accommodate" yields to demands, not to
 * residents; poll shares "agree with" a politician state an opinion; help sought from a state named by
 * its possessive, and lobbying a state to act, address that state. One sentence each, written for
 * these tests and parsed by hand (UD relations as the project's parser writes them).
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

describe('lexicon: concede', () => {
  it('conceding that something is so is no event', () => {
    expect(coded(`
      1 Russia PROPN 2 nsubj
      2 conceded VERB 0 root concede
      3 that SCONJ 7 mark
      4 its PRON 5 nmod:poss
      5 troops NOUN 7 nsubj
      6 had AUX 7 aux
      7 crossed VERB 2 ccomp cross
      8 the DET 9 det
      9 border NOUN 7 obj
      10 . PUNCT 2 punct`).filter((e) => e.includes(' 080'))).toEqual([]);
  });

  it('conceding to demands yields (080)', () => {
    expect(coded(`
      1 Pakistan PROPN 2 nsubj
      2 conceded VERB 0 root concede
      3 to ADP 5 case
      4 Indian ADJ 5 amod
      5 demands NOUN 2 obl
      6 . PUNCT 2 punct`)).toEqual(['PAK>IND CONCEDE 080']);
  });
});

describe('lexicon: accommodate', () => {
  it("accommodating a state's concerns yields to it (080)", () => {
    expect(coded(`
      1 China PROPN 2 nsubj
      2 accommodated VERB 0 root accommodate
      3 India PROPN 5 nmod:poss
      4 's PART 3 case
      5 concerns NOUN 2 obj
      6 . PUNCT 2 punct`)).toEqual(['CHN>IND CONCEDE 080']);
  });

  it('accommodating people is no yielding', () => {
    expect(coded(`
      1 Pakistan PROPN 2 nsubj
      2 accommodated VERB 0 root accommodate
      3 Iranian ADJ 4 amod
      4 visitors NOUN 2 obj
      5 . PUNCT 2 punct`)).toEqual([]);
  });
});

describe('lexicon: agree with', () => {
  it('a poll share agreeing with a leader states an opinion, no agreement', () => {
    expect(coded(`
      1 A DET 2 det
      2 quarter NOUN 6 nsubj
      3 of ADP 5 case
      4 Ukrainian ADJ 5 amod
      5 voters NOUN 2 nmod voter
      6 agree VERB 0 root agree
      7 with ADP 8 case
      8 Putin PROPN 6 obl
      9 . PUNCT 6 punct`, { coder: { participants: 'lenient' } })).toEqual([]);
  });

  it('two states agreeing with each other still agree', () => {
    expect(coded(`
      1 India PROPN 2 nsubj
      2 agreed VERB 0 root agree
      3 with ADP 4 case
      4 Pakistan PROPN 2 obl
      5 on ADP 7 case
      6 a DET 7 det
      7 truce NOUN 2 obl
      8 . PUNCT 2 punct`).some((e) => e.startsWith('IND>PAK AGREE'))).toBe(true);
  });
});

describe('lexicon: help sought, governments lobbied', () => {
  it("help sought from a state named by its possessive appeals to that state (02x)", () => {
    expect(coded(`
      1 Pakistan PROPN 2 nsubj
      2 sought VERB 0 root seek
      3 China PROPN 5 nmod:poss
      4 's PART 3 case
      5 help NOUN 2 obj
      6 . PUNCT 2 punct`).some((e) => e.startsWith('PAK>CHN REQUEST 02'))).toBe(true);
  });

  it('lobbying a state to send arms presses it for military aid (1032)', () => {
    expect(coded(`
      1 Ukraine PROPN 2 nsubj
      2 lobbied VERB 0 root lobby
      3 France PROPN 2 obj
      4 to PART 5 mark
      5 send VERB 2 xcomp send
      6 tanks NOUN 5 obj
      7 . PUNCT 2 punct`)).toContain('UKR>FRA REQUEST 1032');
  });
});
