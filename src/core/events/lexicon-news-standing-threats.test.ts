/**
 * Lexicon precision (data/lexicon) of the threat nouns: a threat described as a standing state ("the
 * immediate Pakistani threat", "the threat level") is no threat made; a threat against someone stays
 * one. One sentence each, written for these tests and parsed by hand (UD relations as the project's
 * parser writes them).
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

const lenient = { coder: { participants: 'lenient' as const } };

describe('lexicon: standing threats', () => {
  it('an immediate or main threat described is no event', () => {
    expect(coded(`
      1 India PROPN 2 nsubj
      2 discussed VERB 0 root discuss
      3 the DET 6 det
      4 immediate ADJ 6 amod
      5 Pakistani ADJ 6 amod
      6 threat NOUN 2 obj
      7 . PUNCT 2 punct`, lenient)).toEqual([]);
  });

  it('a threat against a state stays a threat (130)', () => {
    expect(coded(`
      1 Iran PROPN 2 nsubj
      2 issued VERB 0 root issue
      3 a DET 4 det
      4 threat NOUN 2 obj
      5 against ADP 6 case
      6 France PROPN 4 nmod
      7 . PUNCT 2 punct`, lenient)).toEqual(['IRN>FRA THREATEN 130']);
  });
});
