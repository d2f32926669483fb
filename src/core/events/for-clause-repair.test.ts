/**
 * A "for"-phrase the parser read as the marker and subject of a participle ("an aid program for
 * India aimed at …") is the phrase of the noun before it; a "for" clause with an infinitive stays.
 */
import { describe, expect, it } from 'vitest';
import { repairForClauses } from './for-clause-repair.js';
import { coded } from './test-support/coded.js';
import { parseArrays } from './test-support/parse-arrays.js';

/** "Russia suspended its military aid program for India aimed at training pilots ." */
const PROGRAM = `
  1 Russia PROPN 2 nsubj
  2 suspended VERB 0 root suspend
  3 its PRON 6 nmod:poss
  4 military ADJ 6 amod
  5 aid NOUN 6 compound
  6 program NOUN 2 obj
  7 for SCONJ 9 mark
  8 India PROPN 9 nsubj
  9 aimed VERB 2 advcl aim
  10 at SCONJ 11 mark
  11 training VERB 9 advcl train
  12 pilots NOUN 11 obj pilot
  13 . PUNCT 2 punct`;

describe('parse repairs: a "for"-phrase read as a participle clause', () => {
  it('hangs the phrase and the participle on the noun before "for"', () => {
    const p = parseArrays(PROGRAM);
    expect(repairForClauses(p.head, p.rel, p.upos, p.lower)).toBe(true);
    expect([p.head[6], p.rel[6], p.head[7], p.rel[7], p.head[8], p.rel[8]]).toEqual([7, 'case', 5, 'nmod', 5, 'acl']);
  });

  it('leaves a "for" clause with its infinitive ("for India to train pilots")', () => {
    const p = parseArrays(PROGRAM.replace('9 aimed VERB 2 advcl aim', '9 train VERB 2 advcl train').replace('10 at SCONJ 11 mark', '10 to PART 9 mark'));
    expect(repairForClauses(p.head, p.rel, p.upos, p.lower)).toBe(false);
  });

  it('lets the cut aid find its recipient', () => {
    expect(coded(PROGRAM).filter((e) => e.includes('SANCTION'))).toEqual(['RUS>IND SANCTION 1622']);
  });
});
