import { describe, expect, it } from 'vitest';
import { parseArrays as arrays } from './test-support/parse-arrays.js';
import { repairParticipleConjuncts } from './participle-conjunct-repair.js';
import { coded } from './test-support/coded.js';

// "Russia reopened its border to traders expelled from Ukraine, but was refusing admittance to
// Indians." with "refusing" read as a conjunct of the participle "expelled".
const BORDER = `
  1 Russia PROPN 2 nsubj
  2 reopened VERB 0 root reopen
  3 its PRON 4 nmod:poss its
  4 border NOUN 2 obj border
  5 to ADP 6 case
  6 traders NOUN 2 obl trader
  7 expelled VERB 6 acl expel
  8 from ADP 9 case
  9 Ukraine PROPN 7 obl
  10 , PUNCT 13 punct
  11 but CCONJ 13 cc
  12 was AUX 13 aux be
  13 refusing VERB 7 conj refuse
  14 admittance NOUN 13 obj admittance
  15 to ADP 16 case
  16 Indians PROPN 13 obl
  17 . PUNCT 2 punct`;

describe('repairParticipleConjuncts', () => {
  it('hangs a finite conjunct without a subject on the clause above the participle\'s noun', () => {
    const a = arrays(BORDER);
    expect(repairParticipleConjuncts(a.head, a.rel, a.upos, a.lower)).toBe(true);
    expect([a.head[12], a.rel[12]]).toEqual([1, 'conj']);
    // its own words stay its
    expect(a.head[13]).toBe(12);
  });

  it('leaves a participle\'s own conjuncts alone: no finite auxiliary, a subject, or no clause above', () => {
    // "traders expelled from Ukraine and stripped of their goods": participles coordinated
    const participles = BORDER.replace('12 was AUX 13 aux be', '12 then ADV 13 advmod');
    // "…, but Kyiv was refusing …": a clause of its own
    const subject = BORDER.replace('12 was AUX 13 aux be', '12 Kyiv PROPN 13 nsubj');
    // a noun phrase standing alone, with no clause above it
    const fragment = BORDER.replace('1 Russia PROPN 2 nsubj', '1 Russia PROPN 2 compound');
    for (const table of [participles, subject, fragment]) {
      const a = arrays(table);
      const before = Array.from(a.head);
      expect(repairParticipleConjuncts(a.head, a.rel, a.upos, a.lower)).toBe(false);
      expect(Array.from(a.head)).toEqual(before);
    }
  });

  it('lets the coder find who refused admittance (a refusal of entry, 172)', () => {
    const events = coded(BORDER.replace('16 Indians PROPN 13 obl', '16 India PROPN 13 obl'));
    expect(events.some((e) => e.startsWith('RUS>IND COERCE 172'))).toBe(true);
  });
});
