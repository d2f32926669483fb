import { describe, expect, it } from 'vitest';
import { parseArrays as arrays } from './test-support/parse-arrays.js';
import { repairAsClauses } from './as-clause-repair.js';
import { coded } from './test-support/coded.js';

/** "India lifted the curfew, as police in Pakistan cracked down on protesters.", with "as" a preposition of "police" and "cracked" its modifier. */
const LIFTED = `
  1 India PROPN 2 nsubj
  2 lifted VERB 0 root lift
  3 the DET 4 det
  4 curfew NOUN 2 obj curfew
  5 , PUNCT 7 punct
  6 as ADP 7 case as
  7 police NOUN 4 nmod police
  8 in ADP 9 case
  9 Pakistan PROPN 7 nmod
  10 cracked VERB 7 acl crack
  11 down ADP 10 compound:prt down
  12 on ADP 13 case
  13 protesters NOUN 10 obl protester
  14 . PUNCT 2 punct`;

describe('repairAsClauses', () => {
  it('makes the verb head the as-clause, with the noun its subject and "as" its subordinator', () => {
    const a = arrays(LIFTED);
    expect(repairAsClauses(a.head, a.rel, a.upos, a.lower, a.lemma)).toBe(true);
    expect([a.head[9], a.rel[9]]).toEqual([3, 'advcl']);
    expect([a.head[6], a.rel[6]]).toEqual([9, 'nsubj']);
    expect([a.head[5], a.rel[5]]).toEqual([9, 'mark']);
  });

  it('leaves a participle with its agent, an "-ing" form, and an "as" with no comma before it as read', () => {
    const agent = LIFTED.replace('11 down ADP 10 compound:prt down', '11 by ADP 13 case by').replace('12 on ADP 13 case', '12 the DET 13 det').replace('13 protesters NOUN 10 obl protester', '13 protesters NOUN 10 obl:agent protester');
    const ing = LIFTED.replace('10 cracked VERB 7 acl crack', '10 cracking VERB 7 acl crack');
    const noComma = LIFTED.replace('5 , PUNCT 7 punct', '5 today ADV 2 advmod');
    for (const table of [agent, ing, noComma]) {
      const a = arrays(table);
      const before = Array.from(a.head);
      expect(repairAsClauses(a.head, a.rel, a.upos, a.lower, a.lemma)).toBe(false);
      expect(Array.from(a.head)).toEqual(before);
    }
  });

  it('lets the coder read who cracked down', () => {
    expect(coded(LIFTED).filter((e) => e.includes('175'))).toEqual(['PAK>protesters ASSAULT 175']);
  });
});
