import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';
import { parseArrays as arrays } from './test-support/parse-arrays.js';
import { repairWithAbsolutes } from './with-absolute-repair.js';

/** "China has complied with sanctions against Russia, with Chinese firms cutting ties with Moscow." with "firms" hung on "sanctions". */
const COMPLIED = `
  1 China PROPN 3 nsubj
  2 has AUX 3 aux have
  3 complied VERB 0 root comply
  4 with ADP 5 case
  5 sanctions NOUN 3 obl sanction
  6 against ADP 7 case
  7 Russia PROPN 5 nmod
  8 , PUNCT 11 punct
  9 with ADP 11 case with
  10 Chinese ADJ 11 amod chinese
  11 firms NOUN 5 nmod firm
  12 cutting VERB 11 acl cut
  13 ties NOUN 12 obj tie
  14 with ADP 15 case
  15 Moscow PROPN 13 nmod
  16 . PUNCT 3 punct`;

/** The same sentence as UD reads it: the absolute is an adverbial clause of "complied". */
const RIGHT = `
  1 China PROPN 3 nsubj
  2 has AUX 3 aux have
  3 complied VERB 0 root comply
  4 with ADP 5 case
  5 sanctions NOUN 3 obl sanction
  6 against ADP 7 case
  7 Russia PROPN 5 nmod
  8 , PUNCT 12 punct
  9 with SCONJ 12 mark with
  10 Chinese ADJ 11 amod chinese
  11 firms NOUN 12 nsubj firm
  12 cutting VERB 3 advcl cut
  13 ties NOUN 12 obj tie
  14 with ADP 15 case
  15 Moscow PROPN 13 nmod
  16 . PUNCT 3 punct`;

describe('repairWithAbsolutes', () => {
  it('makes the "-ing" verb an advcl of the predicate, with "with" its mark and the noun its subject', () => {
    const a = arrays(COMPLIED);
    expect(repairWithAbsolutes(a.head, a.rel, a.upos, a.lower)).toBe(true);
    expect([a.head[11], a.rel[11]]).toEqual([2, 'advcl']);
    expect([a.head[10], a.rel[10]]).toEqual([11, 'nsubj']);
    expect([a.head[8], a.rel[8]]).toEqual([11, 'mark']);
    expect(a.head[7]).toBe(11);
  });

  it('leaves a "with" phrase with no comma, no "-ing" verb, or on a verb as read', () => {
    const noComma = COMPLIED.replace('8 , PUNCT 11 punct', '8 today NOUN 3 obl:tmod today');
    const noIng = COMPLIED.replace('12 cutting VERB 11 acl cut', '12 based VERB 11 acl base');
    const onVerb = COMPLIED.replace('11 firms NOUN 5 nmod firm', '11 firms NOUN 3 obl firm');
    for (const table of [noComma, noIng, onVerb]) {
      const a = arrays(table);
      const before = Array.from(a.head);
      expect(repairWithAbsolutes(a.head, a.rel, a.upos, a.lower)).toBe(false);
      expect(Array.from(a.head)).toEqual(before);
    }
  });

  it('lets the coder read the absolute as its own clause, as on the UD tree', () => {
    expect(coded(COMPLIED)).toEqual(coded(RIGHT));
    expect(coded(COMPLIED)).toContain('CHN>RUS SANCTION 161');
  });
});
