/**
 * Three lexicon families, with sentences written for these tests and parsed by hand as the project's
 * parser writes them: thanks and gratitude as praise (CAMEO 051, PLOVER SUPPORT), as CAMEO's own verb
 * dictionary codes "express gratitude" ("express appreciation" stays an optimistic comment, 013, as
 * there); stressing the need for someone to act, an appeal to them; and raising a matter with another
 * side, talks with it.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

/** "Pakistan expressed deep gratitude to India for the help ." */
const GRATITUDE = `
  1 Pakistan PROPN 2 nsubj
  2 expressed VERB 0 root express
  3 deep ADJ 4 amod
  4 gratitude NOUN 2 obj gratitude
  5 to ADP 6 case
  6 India PROPN 2 obl
  7 for ADP 9 case
  8 the DET 9 det
  9 help NOUN 2 obl help
  10 . PUNCT 2 punct`;

describe('lexicon: thanks and gratitude', () => {
  it('gratitude or thanks expressed or voiced to a state praise it (051)', () => {
    expect(coded(GRATITUDE)).toEqual(['PAK>IND SUPPORT 051']);
    expect(coded(GRATITUDE.replace('2 expressed VERB 0 root express', '2 voiced VERB 0 root voice').replace('4 gratitude NOUN 2 obj gratitude', '4 thanks NOUN 2 obj thanks'))).toEqual(['PAK>IND SUPPORT 051']);
  });

  it('appreciation expressed is no praise event, and gratitude to no one codes nothing', () => {
    expect(coded(GRATITUDE.replace('4 gratitude NOUN 2 obj gratitude', '4 appreciation NOUN 2 obj appreciation')).filter((e) => e.includes('SUPPORT'))).toEqual([]);
    expect(coded(`
      1 Pakistan PROPN 2 nsubj
      2 expressed VERB 0 root express
      3 gratitude NOUN 2 obj gratitude
      4 . PUNCT 2 punct`)).toEqual([]);
  });
});

describe('lexicon: stressing the need for someone to act', () => {
  it('is an appeal to them, the act deciding the code; a need for no one is no event', () => {
    expect(coded(`
      1 France PROPN 2 nsubj
      2 stressed VERB 0 root stress
      3 the DET 4 det
      4 need NOUN 2 obj need
      5 for ADP 6 case
      6 Russia PROPN 4 nmod
      7 to PART 8 mark
      8 withdraw VERB 2 advcl withdraw
      9 its PRON 10 nmod:poss
      10 troops NOUN 8 obj troop
      11 . PUNCT 2 punct`)).toEqual(['FRA>RUS REQUEST 1056']);
    expect(coded(`
      1 France PROPN 2 nsubj
      2 stressed VERB 0 root stress
      3 the DET 4 det
      4 need NOUN 2 obj need
      5 for ADP 6 case
      6 reform NOUN 4 nmod reform
      7 . PUNCT 2 punct`)).toEqual([]);
  });
});

describe('lexicon: raising a matter with another side', () => {
  it('is talks with it (040); raising a matter with nobody named is no event', () => {
    const raised = `
      1 India PROPN 2 nsubj
      2 raised VERB 0 root raise
      3 the DET 4 det
      4 incident NOUN 2 obj incident
      5 with ADP 6 case
      6 Pakistan PROPN 2 obl
      7 . PUNCT 2 punct`;
    expect(coded(raised)).toEqual(['IND>PAK CONSULT 040']);
    expect(coded(raised.replace('5 with ADP 6 case', '5 at ADP 6 case'))).toEqual([]);
  });
});
