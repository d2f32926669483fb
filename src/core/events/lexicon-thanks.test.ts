/**
 * Thanks and gratitude as praise (CAMEO 051, PLOVER SUPPORT), as CAMEO's own verb dictionary codes
 * "express gratitude"; "express appreciation" stays an optimistic comment (013) as it does there.
 * Sentences written for these tests, parsed by hand as the project's parser writes them.
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
