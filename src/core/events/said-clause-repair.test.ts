import { describe, expect, it } from 'vitest';
import { parseArrays as arrays } from './test-support/parse-arrays.js';
import { repairSaidClauses } from './said-clause-repair.js';
import { coded } from './test-support/coded.js';

// "India said Pakistani troops fired on Indian posts." with "troops" the object of "said" and
// "fired" a participle modifying it.
const FIRED = `
  1 India PROPN 2 nsubj
  2 said VERB 0 root say
  3 Pakistani ADJ 4 amod pakistani
  4 troops NOUN 2 obj troop
  5 fired VERB 4 acl fire
  6 on ADP 8 case
  7 Indian ADJ 8 amod indian
  8 posts NOUN 5 obl post
  9 . PUNCT 2 punct`;

describe('repairSaidClauses', () => {
  it('makes the participle the reported clause and the noun its subject', () => {
    const a = arrays(FIRED);
    expect(repairSaidClauses(a.head, a.rel, a.upos, a.lower, a.lemma)).toBe(true);
    expect([a.head[4], a.rel[4]]).toEqual([1, 'ccomp']);
    expect([a.head[3], a.rel[3]]).toEqual([4, 'nsubj']);
  });

  it('leaves other verbs, "-ing" forms, a clause already reported and a participle with its own subject alone', () => {
    const announced = FIRED.replace('2 said VERB 0 root say', '2 announced VERB 0 root announce');
    const firing = FIRED.replace('5 fired VERB 4 acl fire', '5 firing VERB 4 acl fire');
    const reported = FIRED.replace('8 posts NOUN 5 obl post', '8 posts NOUN 2 ccomp post');
    const marked = FIRED.replace('6 on ADP 8 case', '6 that SCONJ 5 mark');
    for (const table of [announced, firing, reported, marked]) {
      const a = arrays(table);
      const before = Array.from(a.head);
      expect(repairSaidClauses(a.head, a.rel, a.upos, a.lower, a.lemma)).toBe(false);
      expect(Array.from(a.head)).toEqual(before);
    }
  });

  it("codes the victim's report of the attack with the attacker as source", () => {
    expect(coded(FIRED)).toContain('PAK>IND ASSAULT 194');
  });
});
