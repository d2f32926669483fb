/**
 * A preposition the parser made the head of the gerund after it: the gerund is the verb's clause.
 */
import { describe, expect, it } from 'vitest';
import { repairPrepositionClauses } from './preposition-clause-repair.js';
import { coded } from './test-support/coded.js';

describe('parse repairs: a preposition heading a gerund', () => {
  it('makes the gerund the verb\'s adverbial clause and the preposition its marker', () => {
    // Rebels(0) turned(1) to(2) smuggling(3) arms(4)
    const head = Int32Array.from([1, -1, 1, 2, 3]);
    const rel = ['nsubj', 'root', 'obj', 'acl', 'obj'];
    expect(repairPrepositionClauses(head, rel, ['NOUN', 'VERB', 'SCONJ', 'VERB', 'NOUN'], ['rebels', 'turned', 'to', 'smuggling', 'arms'])).toBe(true);
    expect([...head]).toEqual([1, -1, 3, 1, 3]);
    expect(rel).toEqual(['nsubj', 'root', 'mark', 'advcl', 'obj']);
  });

  it('leaves a preposition heading a noun, and a gerund already marked, alone', () => {
    // Rebels(0) turned(1) to(2) smuggling(3) with "smuggling" a noun
    expect(repairPrepositionClauses(Int32Array.from([1, -1, 3, 1]), ['nsubj', 'root', 'case', 'obl'], ['NOUN', 'VERB', 'ADP', 'NOUN'], ['rebels', 'turned', 'to', 'smuggling'])).toBe(false);
    expect(repairPrepositionClauses(Int32Array.from([1, -1, 3, 1, 3]), ['nsubj', 'root', 'mark', 'advcl', 'obj'], ['NOUN', 'VERB', 'SCONJ', 'VERB', 'NOUN'], ['rebels', 'turned', 'to', 'smuggling', 'arms'])).toBe(false);
  });

  it('lets the coder read the act the gerund names, done by the verb\'s subject', () => {
    const table = `
      1 Russia PROPN 2 nsubj
      2 resorted VERB 0 root resort
      3 to SCONJ 2 obj
      4 expelling VERB 3 acl expel
      5 Indian ADJ 6 amod
      6 diplomats NOUN 4 obj diplomat
      7 . PUNCT 2 punct`;
    expect(coded(table)).toEqual(['RUS>IND SANCTION 166']);
  });
});
