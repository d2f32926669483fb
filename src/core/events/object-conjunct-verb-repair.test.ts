import { describe, expect, it } from 'vitest';
import { parseArrays as arrays } from './test-support/parse-arrays.js';
import { repairObjectConjunctVerbs } from './object-conjunct-verb-repair.js';
import { coded } from './test-support/coded.js';

// "Indian police arrested four suspects and seized rifles and explosives in Delhi." with "seized"
// read as a participle modifying "rifles", itself a conjunct of "suspects".
const RAID = `
  1 Indian ADJ 2 amod indian
  2 police NOUN 3 nsubj police
  3 arrested VERB 0 root arrest
  4 four NUM 5 nummod four
  5 suspects NOUN 3 obj suspect
  6 and CCONJ 8 cc and
  7 seized VERB 8 amod seize
  8 rifles NOUN 5 conj rifle
  9 and CCONJ 10 cc and
  10 explosives NOUN 5 conj explosive
  11 in ADP 12 case
  12 Delhi PROPN 3 obl
  13 . PUNCT 3 punct`;

describe('repairObjectConjunctVerbs', () => {
  it('makes the verb after "and" a second predicate with the noun and its conjuncts as object', () => {
    const a = arrays(RAID);
    expect(repairObjectConjunctVerbs(a.head, a.rel, a.upos, a.lower, a.lemma)).toBe(true);
    expect([a.head[6], a.rel[6]]).toEqual([2, 'conj']);
    expect([a.head[7], a.rel[7]]).toEqual([6, 'obj']);
    expect(a.head[5]).toBe(6); // the conjunction is the new verb's
    expect(a.head[9]).toBe(7); // "explosives" is seized too
  });

  it('leaves "-ing" modifiers, adjectives, clauses without a subject and uninflected forms alone', () => {
    const fleeing = RAID.replace('7 seized VERB 8 amod seize', '7 fleeing VERB 8 amod flee');
    const adjective = RAID.replace('7 seized VERB 8 amod seize', '7 seized ADJ 8 amod seized');
    const noSubject = RAID.replace('2 police NOUN 3 nsubj police', '2 police NOUN 3 obl police');
    const bare = RAID.replace('7 seized VERB 8 amod seize', '7 cut VERB 8 amod cut');
    for (const table of [fleeing, adjective, noSubject, bare]) {
      const a = arrays(table);
      const before = Array.from(a.head);
      expect(repairObjectConjunctVerbs(a.head, a.rel, a.upos, a.lower, a.lemma)).toBe(false);
      expect(Array.from(a.head)).toEqual(before);
    }
  });

  it('keeps the arrest of unnamed people once the seized things are no longer among them', () => {
    expect(coded(RAID)).toContain('IND>- COERCE 173');
  });
});
