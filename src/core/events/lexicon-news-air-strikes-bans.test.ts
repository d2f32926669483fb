/**
 * Lexicon (data/lexicon): aircraft striking, hitting or attacking another side's positions employ
 * aerial weapons (195) whatever they hit; ground forces striking stay an attack (190).
 * Sentences written for these tests, parsed by hand as the project's parser writes them.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

/** "Indian <subject> struck Pakistani positions near the border ." */
const struck = (subject: string, lemma: string, verb = 'struck', verbLemma = 'strike'): string => `
  1 Indian ADJ 2 amod
  2 ${subject} NOUN 3 nsubj ${lemma}
  3 ${verb} VERB 0 root ${verbLemma}
  4 Pakistani ADJ 5 amod
  5 positions NOUN 3 obj position
  6 near ADP 8 case
  7 the DET 8 det
  8 border NOUN 3 obl
  9 . PUNCT 3 punct`;

describe('lexicon: air strikes on positions', () => {
  it('warplanes, jets, drones or helicopters striking positions employ aerial weapons (195)', () => {
    expect(coded(struck('warplanes', 'warplane'))).toEqual(['IND>PAK ASSAULT 195']);
    expect(coded(struck('drones', 'drone', 'hit', 'hit'))).toEqual(['IND>PAK ASSAULT 195']);
    expect(coded(struck('helicopters', 'helicopter', 'attacked', 'attack'))).toEqual(['IND>PAK ASSAULT 195']);
  });

  it('troops striking them attack (190)', () => {
    expect(coded(struck('troops', 'troop'))).toEqual(['IND>PAK ASSAULT 190']);
  });
});
