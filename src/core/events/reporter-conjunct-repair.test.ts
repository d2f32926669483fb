/**
 * A reporter's appeal or accusation read as a conjunct of what it reported: "Paris said the raid
 * broke the law and urged Moscow to …" — the urging is France's, not the raid's.
 */
import { describe, expect, it } from 'vitest';
import { repairReporterConjuncts } from './reporter-conjunct-repair.js';
import { coded } from './test-support/coded.js';
import { parseArrays } from './test-support/parse-arrays.js';

const SPEECH = (l: string): boolean => l === 'say' || l === 'tell';

/** "France said the raid broke the law and urged Russia to free the sailors ." with "urged" a conjunct of "broke". */
const URGED = `
  1 France PROPN 2 nsubj
  2 said VERB 0 root say
  3 the DET 4 det
  4 raid NOUN 5 nsubj raid
  5 broke VERB 2 ccomp break
  6 the DET 7 det
  7 law NOUN 5 obj law
  8 and CCONJ 9 cc
  9 urged VERB 5 conj urge
  10 Russia PROPN 9 obj
  11 to PART 12 mark
  12 free VERB 9 xcomp
  13 the DET 14 det
  14 sailors NOUN 12 obj sailor
  15 . PUNCT 2 punct`;

/** "India said Pakistan had made an error and called on Pakistan to act ." with "called" a conjunct of "made". */
const CALLED = `
  1 India PROPN 2 nsubj
  2 said VERB 0 root say
  3 Pakistan PROPN 5 nsubj
  4 had AUX 5 aux have
  5 made VERB 2 ccomp make
  6 an DET 7 det
  7 error NOUN 5 obj error
  8 and CCONJ 9 cc
  9 called VERB 5 conj call
  10 on ADP 11 case
  11 Islamabad PROPN 9 obl
  12 to PART 13 mark
  13 act VERB 9 advcl
  14 . PUNCT 2 punct`;

describe('parse repairs: a reporter\'s appeal conjoined to what it reported', () => {
  it('hangs the appeal on the reporting verb', () => {
    const p = parseArrays(URGED);
    expect(repairReporterConjuncts(p.head, p.rel, p.upos, p.lemma, p.lower, SPEECH)).toBe(true);
    expect([p.head[8], p.rel[8]]).toEqual([1, 'conj']);
    const q = parseArrays(CALLED);
    expect(repairReporterConjuncts(q.head, q.rel, q.upos, q.lemma, q.lower, SPEECH)).toBe(true);
    expect(q.head[8]).toBe(1);
  });

  it('lets the coder give the appeal to the reporter', () => {
    expect(coded(URGED)).toEqual(['FRA>RUS REQUEST 1053']);
    expect(coded(CALLED).some((e) => e.startsWith('IND>PAK REQUEST'))).toBe(true);
  });

  it('leaves a conjunct with its own auxiliary or subject, in another tense, or that is no appeal', () => {
    // "… and would urge Russia …": the auxiliary keeps it inside the report.
    const aux = parseArrays(URGED.replace('8 and CCONJ 9 cc', '8 would AUX 9 aux'));
    expect(repairReporterConjuncts(aux.head, aux.rel, aux.upos, aux.lemma, aux.lower, SPEECH)).toBe(false);
    // "… and it urged Russia …": a subject of its own.
    const own = parseArrays(URGED.replace('8 and CCONJ 9 cc', '8 it PRON 9 nsubj'));
    expect(repairReporterConjuncts(own.head, own.rel, own.upos, own.lemma, own.lower, SPEECH)).toBe(false);
    // "France says the raid broke the law and urged …": a present report, a past conjunct.
    const tense = parseArrays(URGED.replace('said VERB 0 root say', 'says VERB 0 root say'));
    expect(repairReporterConjuncts(tense.head, tense.rel, tense.upos, tense.lemma, tense.lower, SPEECH)).toBe(false);
    // "… and freed Russia …": not an appeal or a charge.
    const act = parseArrays(URGED.replace('urged VERB 5 conj urge', 'freed VERB 5 conj free'));
    expect(repairReporterConjuncts(act.head, act.rel, act.upos, act.lemma, act.lower, SPEECH)).toBe(false);
  });
});
