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

  it('reaches a charge hung deeper in the report, with the object the parser gave the verb above it', () => {
    // "Ankara said the raids would go on until the area is cleared and accused Baghdad of inaction ."
    // with "accused" a conjunct of the passive "cleared" and "Baghdad" that passive's object.
    const deep = parseArrays(`
  1 Ankara PROPN 2 nsubj
  2 said VERB 0 root say
  3 the DET 4 det
  4 raids NOUN 6 nsubj raid
  5 would AUX 6 aux
  6 go VERB 2 ccomp go
  7 on ADP 6 compound:prt
  8 until SCONJ 12 mark
  9 the DET 10 det
  10 area NOUN 12 nsubj:pass
  11 is AUX 12 aux:pass be
  12 cleared VERB 6 advcl clear
  13 and CCONJ 14 cc
  14 accused VERB 12 conj accuse
  15 Baghdad PROPN 12 obj
  16 of ADP 17 case
  17 inaction NOUN 14 obl
  18 . PUNCT 2 punct`);
    expect(repairReporterConjuncts(deep.head, deep.rel, deep.upos, deep.lemma, deep.lower, SPEECH)).toBe(true);
    expect([deep.head[13], deep.head[14]]).toEqual([1, 13]);
  });

  it('leaves a charge conjoined to a verb deeper in the report that shares its tense', () => {
    // "Paris said Iran seized the ship after it boarded the tanker and accused the crew of spying .":
    // "accused" may be the boarder's second act; it stays where it hangs.
    const after = parseArrays(`
  1 Paris PROPN 2 nsubj
  2 said VERB 0 root say
  3 Iran PROPN 4 nsubj
  4 seized VERB 2 ccomp seize
  5 the DET 6 det
  6 ship NOUN 4 obj
  7 after SCONJ 9 mark
  8 it PRON 9 nsubj
  9 boarded VERB 4 advcl board
  10 the DET 11 det
  11 tanker NOUN 9 obj
  12 and CCONJ 13 cc
  13 accused VERB 9 conj accuse
  14 the DET 15 det
  15 crew NOUN 13 obj
  16 . PUNCT 2 punct`);
    expect(repairReporterConjuncts(after.head, after.rel, after.upos, after.lemma, after.lower, SPEECH)).toBe(false);
    expect(after.head[12]).toBe(8);
  });
});
