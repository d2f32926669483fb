import { describe, expect, it } from 'vitest';
import { parseArrays as arrays } from './test-support/parse-arrays.js';
import { repairReducedRelatives } from './reduced-relative-repair.js';
import { coded } from './test-support/coded.js';

const REPORT = `
  1 A DET 2 det
  2 report NOUN 3 nsubj report
  3 released VERB 0 root release
  4 in ADP 5 case
  5 Kyiv PROPN 3 obl
  6 alleged VERB 3 conj allege
  7 that SCONJ 9 mark
  8 Russia PROPN 9 nsubj
  9 shelled VERB 6 ccomp shell
  10 Kharkiv PROPN 9 obj
  11 . PUNCT 3 punct`;

describe('repairReducedRelatives', () => {
  it('makes the participle a modifier of its noun and the conjunct the predicate', () => {
    const a = arrays(REPORT);
    expect(repairReducedRelatives(a.head, a.rel, a.upos, a.lower, a.lemma, new Uint8Array(a.head.length))).toBe(true);
    expect([a.head[2], a.rel[2]]).toEqual([1, 'acl']);
    expect([a.head[5], a.rel[5]]).toEqual([-1, 'root']);
    expect([a.head[1], a.rel[1]]).toEqual([5, 'nsubj']);
    // The final stop follows the predicate; the place stays the participle's.
    expect(a.head[10]).toBe(5);
    expect(a.head[4]).toBe(2);
  });

  it('leaves real coordinations alone: with "and", after a comma, with an auxiliary, or a named subject', () => {
    const withAnd = `
      1 A DET 2 det
      2 report NOUN 3 nsubj report
      3 released VERB 0 root release
      4 in ADP 5 case
      5 Kyiv PROPN 3 obl
      6 and CCONJ 7 cc and
      7 alleged VERB 3 conj allege
      8 that SCONJ 10 mark
      9 Russia PROPN 10 nsubj
      10 shelled VERB 7 ccomp shell
      11 . PUNCT 3 punct`;
    const afterComma = withAnd.replace('6 and CCONJ 7 cc and', '6 , PUNCT 7 punct');
    const auxiliary = REPORT.replace('1 A DET 2 det', '1 It PRON 3 aux it');
    const named = REPORT.replace('2 report NOUN 3 nsubj report', '2 Ukraine PROPN 3 nsubj');
    // A main verb with an object ("officials suspended deliveries"), or a passive predicate ("were hit").
    const withObject = REPORT.replace('4 in ADP 5 case', '4 the DET 5 det').replace('5 Kyiv PROPN 3 obl', '5 files NOUN 3 obj file');
    const passive = REPORT.replace('5 Kyiv PROPN 3 obl', '5 were AUX 6 aux:pass be');
    for (const table of [withAnd, afterComma, auxiliary, named, withObject, passive]) {
      const a = arrays(table);
      const before = Array.from(a.head);
      expect(repairReducedRelatives(a.head, a.rel, a.upos, a.lower, a.lemma, new Uint8Array(a.head.length))).toBe(false);
      expect(Array.from(a.head)).toEqual(before);
    }
  });

  it('reads a date taken for the participle\'s object as a date ("a report released Tuesday alleged")', () => {
    const a = arrays(REPORT.replace('4 in ADP 5 case', '4 last ADJ 5 amod').replace('5 Kyiv PROPN 3 obl', '5 Tuesday PROPN 3 obj'));
    const temporal = new Uint8Array(a.head.length);
    temporal[4] = 1;
    expect(repairReducedRelatives(a.head, a.rel, a.upos, a.lower, a.lemma, temporal)).toBe(true);
    expect(a.rel[5]).toBe('root');
  });

  it('repairs the same reading with the predicate a parataxis of the participle (a beam-parser reading)', () => {
    const a = arrays(REPORT.replace('6 alleged VERB 3 conj allege', '6 alleged VERB 3 parataxis allege'));
    expect(repairReducedRelatives(a.head, a.rel, a.upos, a.lower, a.lemma, new Uint8Array(a.head.length))).toBe(true);
    expect([a.head[5], a.rel[5]]).toEqual([-1, 'root']);
    expect([a.head[1], a.rel[1]]).toEqual([5, 'nsubj']);
    expect(coded(REPORT.replace('6 alleged VERB 3 conj allege', '6 alleged VERB 3 parataxis allege')).some((e) => e.startsWith('UKR>RUS ACCUSE'))).toBe(true);
  });

  it('lets the coder read the document\'s allegation with the issuer taken from where it was released', () => {
    const events = coded(REPORT);
    expect(events.some((e) => e.startsWith('UKR>RUS ACCUSE'))).toBe(true);
  });
});
