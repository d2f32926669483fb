/**
 * A closing reporting verb reports one clause: complements the parser split off that clause
 * ("…opened fire to disperse the crowd, officials said", "…reject the new terms, its leader said")
 * are the clause's own.
 */
import { describe, expect, it } from 'vitest';
import { repairDatedReportedClauses, repairReportedClauses } from './reported-clause-repair.js';
import { coded } from './test-support/coded.js';
import { parseArrays } from './test-support/parse-arrays.js';

const SPEECH = (l: string): boolean => l === 'say' || l === 'tell';

/** "Indian police fired shots to disperse the protesters , officials said ." with "scatter" a ccomp of "said". */
const PURPOSE = `
  1 Indian ADJ 2 amod
  2 police NOUN 3 nsubj
  3 fired VERB 11 ccomp fire
  4 shots NOUN 3 obj shot
  5 to PART 6 mark
  6 disperse VERB 11 ccomp
  7 the DET 8 det
  8 protesters NOUN 6 obj protester
  9 , PUNCT 10 punct
  10 officials NOUN 11 nsubj official
  11 said VERB 0 root say
  12 . PUNCT 11 punct`;

/** "Pakistan rejects the new terms , its envoy said ." with "terms" a ccomp of "said". */
const OBJECT = `
  1 Pakistan PROPN 2 nsubj
  2 rejects VERB 9 ccomp reject
  3 the DET 5 det
  4 new ADJ 5 amod
  5 terms NOUN 9 ccomp term
  6 , PUNCT 8 punct
  7 its PRON 8 nmod:poss
  8 envoy NOUN 9 nsubj
  9 said VERB 0 root say
  10 . PUNCT 9 punct`;

/** "India is opposed to French mediation , its envoy said ." with "mediation" a ccomp of "said". */
const OPPOSED = `
  1 India PROPN 3 nsubj:pass
  2 is AUX 3 aux:pass be
  3 opposed VERB 10 ccomp oppose
  4 to ADP 6 case
  5 French ADJ 6 amod
  6 mediation NOUN 10 ccomp
  7 , PUNCT 9 punct
  8 its PRON 9 nmod:poss
  9 envoy NOUN 10 nsubj
  10 said VERB 0 root say
  11 . PUNCT 10 punct`;

describe('parse repairs: the clause a closing reporting verb reports', () => {
  it('hangs a subjectless infinitive on the reported verb as its purpose', () => {
    const p = parseArrays(PURPOSE);
    expect(repairReportedClauses(p.head, p.rel, p.upos, p.lemma, SPEECH)).toBe(true);
    expect([p.head[5], p.rel[5]]).toEqual([2, 'advcl']);
  });

  it('reads the infinitive as the complement of a verb with no object ("moved to seal")', () => {
    const p = parseArrays(`
      1 Troops NOUN 2 nsubj troop
      2 moved VERB 8 ccomp move
      3 to PART 4 mark
      4 seal VERB 8 ccomp
      5 the DET 6 det
      6 border NOUN 4 obj
      7 , PUNCT 8 punct
      8 said VERB 0 root say`);
    expect(repairReportedClauses(p.head, p.rel, p.upos, p.lemma, SPEECH)).toBe(true);
    expect([p.head[3], p.rel[3]]).toEqual([1, 'xcomp']);
  });

  it('takes back an infinitive the parser hung on the reporting verb as an adverbial or clausal subject', () => {
    // "Ruritania agreed to free the sailors , officials said ." with "to free" an advcl of "said".
    const ADVCL = `
      1 Ruritania PROPN 2 nsubj
      2 agreed VERB 9 ccomp agree
      3 to PART 4 mark
      4 free VERB 9 advcl
      5 the DET 6 det
      6 sailors NOUN 4 obj sailor
      7 , PUNCT 4 punct
      8 officials NOUN 9 nsubj official
      9 said VERB 0 root say
      10 . PUNCT 9 punct`;
    const p = parseArrays(ADVCL);
    expect(repairReportedClauses(p.head, p.rel, p.upos, p.lemma, SPEECH)).toBe(true);
    expect([p.head[3], p.rel[3]]).toEqual([1, 'xcomp']);
    // The same split as a clausal subject of "said", after a date ("agreed on Friday to resume talks").
    const q = parseArrays(`
      1 Ruritania PROPN 2 nsubj
      2 agreed VERB 11 ccomp agree
      3 on ADP 4 case
      4 Friday PROPN 2 obl
      5 to PART 6 mark
      6 resume VERB 11 csubj
      7 talks NOUN 6 obj talk
      8 , PUNCT 6 punct
      9 its PRON 10 nmod:poss
      10 envoy NOUN 11 nsubj
      11 said VERB 0 root say`);
    expect(repairReportedClauses(q.head, q.rel, q.upos, q.lemma, SPEECH)).toBe(true);
    expect([q.head[5], q.rel[5]]).toEqual([1, 'xcomp']);
  });

  it('takes back a subordinate clause split off the reported clause, and leaves what follows the reporter', () => {
    const p = parseArrays(`
      1 Police NOUN 2 nsubj
      2 fired VERB 9 ccomp fire
      3 when SCONJ 5 mark
      4 crowds NOUN 5 nsubj crowd
      5 threw VERB 9 advcl throw
      6 stones NOUN 5 obj stone
      7 , PUNCT 8 punct
      8 officials NOUN 9 nsubj official
      9 said VERB 0 root say
      10 , PUNCT 12 punct
      11 to PART 12 mark
      12 add VERB 9 advcl`);
    expect(repairReportedClauses(p.head, p.rel, p.upos, p.lemma, SPEECH)).toBe(true);
    expect([p.head[4], p.rel[4]]).toEqual([1, 'advcl']);
    // "to add" comes after the reporter: it is the reporting verb's own.
    expect([p.head[11], p.rel[11]]).toEqual([8, 'advcl']);
  });

  it('makes a clause opened by "and" a conjunct of the reported verb ("… seized the port and shelled the town, officials said")', () => {
    const p = parseArrays(`
      1 Rebels NOUN 2 nsubj rebel
      2 seized VERB 10 ccomp seize
      3 the DET 4 det
      4 port NOUN 2 obj
      5 and CCONJ 6 cc
      6 shelled VERB 10 ccomp shell
      7 the DET 8 det
      8 town NOUN 6 obj
      9 , PUNCT 10 punct
      10 said VERB 0 root say
      11 . PUNCT 10 punct`);
    expect(repairReportedClauses(p.head, p.rel, p.upos, p.lemma, SPEECH)).toBe(true);
    expect([p.head[5], p.rel[5]]).toEqual([1, 'conj']);
  });

  it('makes a clause opened by a comma and "but" a conjunct too ("… opened the border, but was refusing entry to …, police said")', () => {
    const p = parseArrays(`
      1 Chad PROPN 2 nsubj
      2 opened VERB 13 ccomp open
      3 the DET 4 det
      4 border NOUN 2 obj
      5 , PUNCT 8 punct
      6 but CCONJ 8 cc
      7 was AUX 8 aux be
      8 refusing VERB 13 ccomp refuse
      9 entry NOUN 8 obj
      10 to ADP 11 case
      11 traders NOUN 8 obl trader
      12 , PUNCT 13 punct
      13 said VERB 0 root say
      14 . PUNCT 13 punct`);
    expect(repairReportedClauses(p.head, p.rel, p.upos, p.lemma, SPEECH)).toBe(true);
    expect([p.head[7], p.rel[7]]).toEqual([1, 'conj']);
  });

  it('makes a noun phrase right after a verb without an object that object', () => {
    const p = parseArrays(OBJECT);
    expect(repairReportedClauses(p.head, p.rel, p.upos, p.lemma, SPEECH)).toBe(true);
    expect([p.head[4], p.rel[4]]).toEqual([1, 'obj']);
  });

  it('makes a prepositional phrase right after the verb its oblique, with an object or without', () => {
    const p = parseArrays(OPPOSED);
    expect(repairReportedClauses(p.head, p.rel, p.upos, p.lemma, SPEECH)).toBe(true);
    expect([p.head[5], p.rel[5]]).toEqual([2, 'obl']);
    expect(coded(OPPOSED)).toEqual(['IND>FRA REJECT 120']);
    // Not when something else stands between the verb and the phrase.
    const apart = parseArrays(OPPOSED.replace('to ADP 6 case', 'today NOUN 3 obl:tmod'));
    expect(repairReportedClauses(apart.head, apart.rel, apart.upos, apart.lemma, SPEECH)).toBe(false);
  });

  it('leaves a second clause with its own subject, a noun after an object, and a verb that reports nothing', () => {
    const two = parseArrays(`
      1 Police NOUN 2 nsubj
      2 left VERB 7 ccomp leave
      3 , PUNCT 5 punct
      4 protesters NOUN 5 nsubj protester
      5 stayed VERB 7 ccomp stay
      6 , PUNCT 7 punct
      7 said VERB 0 root say`);
    expect(repairReportedClauses(two.head, two.rel, two.upos, two.lemma, SPEECH)).toBe(false);
    // "Pakistan offered India new terms": the verb has its object; "rejects today the new terms": not right after the verb.
    const withObject = parseArrays(OBJECT.replace('rejects VERB 9 ccomp reject', 'offered VERB 9 ccomp offer').replace('the DET 5 det', 'India PROPN 2 obj'));
    expect(repairReportedClauses(withObject.head, withObject.rel, withObject.upos, withObject.lemma, SPEECH)).toBe(false);
    const apart = parseArrays(OBJECT.replace('the DET 5 det', 'today NOUN 2 obl:tmod'));
    expect(repairReportedClauses(apart.head, apart.rel, apart.upos, apart.lemma, SPEECH)).toBe(false);
    const notSpeech = parseArrays(OBJECT.replace('said VERB 0 root say', 'left VERB 0 root leave'));
    expect(repairReportedClauses(notSpeech.head, notSpeech.rel, notSpeech.upos, notSpeech.lemma, SPEECH)).toBe(false);
  });

  it('lets the coder find who dispersed whom, and what was rejected', () => {
    // The police disperse the protesters: without the repair the dispersing has no source.
    expect(coded(PURPOSE)).toContain('IND>protesters ASSAULT 175');
    expect(coded(OBJECT.replace('new ADJ 5 amod', 'Indian ADJ 5 amod'))).toEqual(['PAK>IND REJECT 120']);
  });
});

/** "France said here Wednesday that India must free the sailors .", with "Wednesday" a subject and the clause its modifier. */
const DATED = `
  1 France PROPN 2 nsubj
  2 said VERB 0 root say
  3 here ADV 2 advmod
  4 Wednesday PROPN 2 nsubj
  5 that SCONJ 8 mark
  6 India PROPN 8 nsubj
  7 must AUX 8 aux
  8 free VERB 4 acl
  9 the DET 10 det
  10 sailors NOUN 8 obj sailor
  11 . PUNCT 2 punct`;

describe('parse repairs: a "that" clause hung on the date of its reporting verb', () => {
  const temporalAt = (n: number, k: number): Uint8Array => Uint8Array.from({ length: n }, (_, i) => (i === k ? 1 : 0));

  it('makes the clause the verb\'s complement and the date when it was said', () => {
    const p = parseArrays(DATED);
    expect(repairDatedReportedClauses(p.head, p.rel, p.upos, p.lemma, p.lower, temporalAt(11, 3), SPEECH)).toBe(true);
    expect([p.head[7], p.rel[7], p.head[3], p.rel[3]]).toEqual([1, 'ccomp', 1, 'obl:tmod']);
  });

  it('leaves a date not right after a reporting verb, and a clause with no subject', () => {
    const p = parseArrays(DATED.replace('said VERB 0 root say', 'left VERB 0 root leave'));
    expect(repairDatedReportedClauses(p.head, p.rel, p.upos, p.lemma, p.lower, temporalAt(11, 3), SPEECH)).toBe(false);
    const q = parseArrays(DATED.replace('6 India PROPN 8 nsubj', '6 India PROPN 8 obj'));
    expect(repairDatedReportedClauses(q.head, q.rel, q.upos, q.lemma, q.lower, temporalAt(11, 3), SPEECH)).toBe(false);
  });

  it('lets the coder read the reported obligation as a demand', () => {
    expect(coded(DATED)).toEqual(['FRA>IND REQUEST 1053']);
  });
});
