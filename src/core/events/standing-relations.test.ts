/**
 * Keeping up ties described as a standing state codes no event; told as narration, it stays one.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

/** "India, whose government has kept close ties with Russia, abstained." */
const WHOSE = `
      1 India PROPN 6 nsubj
      2 , PUNCT 3 punct
      3 whose PRON 4 nmod:poss
      4 government NOUN 6 nsubj government
      5 has AUX 6 aux have
      6 kept VERB 0 root keep
      7 close ADJ 8 amod
      8 ties NOUN 6 obj tie
      9 with ADP 10 case
      10 Russia PROPN 8 nmod
      11 , PUNCT 12 punct
      12 abstained VERB 6 conj abstain
      13 . PUNCT 6 punct`;

/** "India maintains close ties with Russia." */
const MAINTAINS = `
      1 India PROPN 2 nsubj
      2 maintains VERB 0 root maintain
      3 close ADJ 4 amod
      4 ties NOUN 2 obj tie
      5 with ADP 6 case
      6 Russia PROPN 4 nmod
      7 . PUNCT 2 punct`;

const relations = (events: string[]): string[] => events.filter((e) => e.startsWith('IND>RUS'));

describe('standing relations: keeping up ties as a state is no event', () => {
  it('codes no support for ties kept up in a relative clause or in the simple present', () => {
    expect(relations(coded(WHOSE))).toEqual([]);
    expect(relations(coded(MAINTAINS))).toEqual([]);
  });

  it('keeps ties kept up in narration, in the past or in the future as acts', () => {
    const past = MAINTAINS.replace('2 maintains VERB 0 root maintain', '2 maintained VERB 0 root maintain');
    const perfect = WHOSE.replace('3 whose PRON 4 nmod:poss', '3 its PRON 4 nmod:poss');
    const future = `
      1 India PROPN 3 nsubj
      2 will AUX 3 aux will
      3 maintain VERB 0 root maintain
      4 close ADJ 5 amod
      5 ties NOUN 3 obj tie
      6 with ADP 7 case
      7 Russia PROPN 5 nmod
      8 . PUNCT 3 punct`;
    for (const table of [past, perfect, future]) expect(relations(coded(table)).length).toBeGreaterThan(0);
  });
});
