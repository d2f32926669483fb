/**
 * A host and the states listed under one plural noun acting together: host with each guest, both
 * ways — not every listed state with every other.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

describe('event coder: a host and the listed states', () => {
  it('codes "Xi and the presidents of A, B and C signed a pact" host with each guest, both ways', () => {
    const events = coded(`
      1 Xi PROPN 11 nsubj
      2 and CCONJ 4 cc
      3 the DET 4 det
      4 presidents NOUN 1 conj president
      5 of ADP 6 case
      6 Kazakhstan PROPN 4 nmod
      7 , PUNCT 8 punct
      8 Pakistan PROPN 6 conj
      9 and CCONJ 10 cc
      10 India PROPN 6 conj
      11 signed VERB 0 root sign
      12 a DET 13 det
      13 pact NOUN 11 obj
      14 . PUNCT 11 punct`);
    expect(events.sort()).toEqual([
      'CHN>IND SUPPORT 057', 'CHN>KAZ SUPPORT 057', 'CHN>PAK SUPPORT 057',
      'IND>CHN SUPPORT 057', 'KAZ>CHN SUPPORT 057', 'PAK>CHN SUPPORT 057',
    ]);
  });

  it('keeps every pair when all the sides stand in the one list', () => {
    const events = coded(`
      1 The DET 2 det
      2 presidents NOUN 9 nsubj president
      3 of ADP 4 case
      4 Kazakhstan PROPN 2 nmod
      5 , PUNCT 6 punct
      6 Pakistan PROPN 4 conj
      7 and CCONJ 8 cc
      8 India PROPN 4 conj
      9 signed VERB 0 root sign
      10 a DET 11 det
      11 pact NOUN 9 obj
      12 . PUNCT 9 punct`);
    expect(events.length).toBe(6);
    expect(events).toContain('KAZ>PAK SUPPORT 057');
    expect(events).toContain('PAK>IND SUPPORT 057');
  });

  it('keeps every pair of states named one by one', () => {
    const events = coded(`
      1 Kazakhstan PROPN 6 nsubj
      2 , PUNCT 3 punct
      3 Pakistan PROPN 1 conj
      4 and CCONJ 5 cc
      5 India PROPN 1 conj
      6 signed VERB 0 root sign
      7 a DET 8 det
      8 pact NOUN 6 obj
      9 . PUNCT 6 punct`);
    expect(events.length).toBe(6);
    expect(events).toContain('PAK>IND SUPPORT 057');
  });
});
