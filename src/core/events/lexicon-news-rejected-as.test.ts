/**
 * Lexicon (data/lexicon): rejecting or dismissing another's act "as" something wrong ("rejected the
 * sanctions as illegal", "as an aggression") accuses its author; the rejection is that accusation,
 * not a second event. An act rejected as anything else ("as unrealistic") stays a rejection (120).
 * Sentences written for these tests, parsed by hand as the project's parser writes them.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

/** "India <verb> the Pakistani <object> as <judgement> ." */
const rejected = (verb: string, lemma: string, object: string, objectLemma: string, judgement: string, tag = 'ADJ'): string => `
  1 India PROPN 2 nsubj
  2 ${verb} VERB 0 root ${lemma}
  3 the DET 5 det
  4 Pakistani ADJ 5 amod
  5 ${object} NOUN 2 obj ${objectLemma}
  6 as ADP 7 case
  7 ${judgement} ${tag} 2 obl ${judgement}
  8 . PUNCT 2 punct`;

describe('lexicon: rejected as wrong', () => {
  it('an act rejected or dismissed as illegal accuses its author, with no rejection beside it', () => {
    expect(coded(rejected('rejected', 'reject', 'sanctions', 'sanction', 'illegal'))).toEqual(['IND>PAK ACCUSE 111']);
    expect(coded(rejected('dismissed', 'dismiss', 'plan', 'plan', 'unacceptable'))).toEqual(['IND>PAK ACCUSE 111']);
  });

  it('an act rejected as anything else stays a rejection', () => {
    expect(coded(rejected('rejected', 'reject', 'plan', 'plan', 'unrealistic'))).toEqual(['IND>PAK REJECT 120']);
  });
});
