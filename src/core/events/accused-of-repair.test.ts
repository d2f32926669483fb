/**
 * "accused the United States of hypocrisy" with the charge hung on the accused: the charge is the verb's.
 */
import { describe, expect, it } from 'vitest';
import { repairAccusedOf } from './accused-of-repair.js';
import { coded } from './test-support/coded.js';

describe('parse repairs: the charge of "accused X of …"', () => {
  it('moves the charge from the accused to the verb', () => {
    // accused(0) the(1) States(2) of(3) meddling(4)
    const head = Int32Array.from([-1, 2, 0, 4, 2]);
    const rel = ['root', 'det', 'obj', 'case', 'nmod'];
    expect(repairAccusedOf(head, rel, ['VERB', 'DET', 'PROPN', 'ADP', 'NOUN'], ['accuse', 'the', 'States', 'of', 'meddling'], ['accused', 'the', 'states', 'of', 'meddling'])).toBe(true);
    expect(head[4]).toBe(0);
    expect(rel[4]).toBe('obl');
  });

  it('keeps a name after "of" on the noun it belongs to ("the president of Ukraine")', () => {
    // accused(0) the(1) president(2) of(3) Ukraine(4)
    const head = Int32Array.from([-1, 2, 0, 4, 2]);
    const rel = ['root', 'det', 'obj', 'case', 'nmod'];
    expect(repairAccusedOf(head, rel, ['VERB', 'DET', 'NOUN', 'ADP', 'PROPN'], ['accuse', 'the', 'president', 'of', 'Ukraine'], ['accused', 'the', 'president', 'of', 'ukraine'])).toBe(false);
    expect(head[4]).toBe(2);
  });

  it('leaves the "of" phrase of a verb that is no accusation alone', () => {
    // praised(0) the(1) leader(2) of(3) talks(4)
    const head = Int32Array.from([-1, 2, 0, 4, 2]);
    const rel = ['root', 'det', 'obj', 'case', 'nmod'];
    expect(repairAccusedOf(head, rel, ['VERB', 'DET', 'NOUN', 'ADP', 'NOUN'], ['praise', 'the', 'leader', 'of', 'talk'], ['praised', 'the', 'leader', 'of', 'talks'])).toBe(false);
  });

  it('lets the coder code the accusation when the charge is a quoted judgement', () => {
    const table = `
      1 China PROPN 2 nsubj
      2 accused VERB 0 root accuse
      3 the DET 5 det
      4 United PROPN 5 compound
      5 States PROPN 2 obj
      6 of ADP 8 case
      7 " PUNCT 8 punct
      8 hypocrisy NOUN 5 nmod hypocrisy
      9 " PUNCT 8 punct
      10 . PUNCT 2 punct`;
    expect(coded(table, { quotes: [{ text: 'hypocrisy', speaker: 'state:CHN' }] }).some((e) => e.startsWith('CHN>USA ACCUSE 11'))).toBe(true);
  });
});
