import { describe, expect, it } from 'vitest';
import { createDepWalker } from './dep-walk.js';
import { subtreeSpan } from './span-view.js';
import { buildDoc } from './test-support/build-doc.js';
import type { Doc } from './doc.js';

const walk = createDepWalker();
const words = (doc: Doc, tokens: readonly number[]): string[] => tokens.map((t) => doc.tokenText(t));

const PRAISED = buildDoc(`
  1 Putin   PROPN 2 nsubj
  2 praised VERB  0 root  praise
  3 the     DET   5 det
  4 Chinese ADJ   5 amod
  5 leader  NOUN  2 obj
`);

const INVASION = buildDoc(`
  1 Russia   PROPN 3 nmod:poss _ SpaceAfter=No
  2 's       PART  1 case
  3 invasion NOUN  0 root
  4 of       ADP   5 case
  5 Ukraine  PROPN 3 nmod
`);

const MET = buildDoc(`
  1 Xi        PROPN 4 nsubj
  2 and       CCONJ 3 cc
  3 Putin     PROPN 1 conj
  4 met       VERB  0 root meet
  5 in        ADP   6 case
  6 Samarkand PROPN 4 obl
`);

const SIGNED = buildDoc(`
  1 The       DET   2 det
  2 agreement NOUN  4 nsubj:pass
  3 was       AUX   4 aux:pass
  4 signed    VERB  0 root sign
  5 by        ADP   6 case
  6 India     PROPN 4 obl:agent
  7 and       CCONJ 8 cc
  8 France    PROPN 6 conj
`);

const REFRAINED = buildDoc(`
  1 Beijing    PROPN 3 nsubj
  2 has        AUX   3 aux
  3 refrained  VERB  0 root refrain
  4 from       SCONJ 5 mark
  5 condemning VERB  3 advcl condemn
  6 the        DET   7 det
  7 invasion   NOUN  5 obj
`);

const READY = buildDoc(`
  1 "     PUNCT 4 punct _ SpaceAfter=No
  2 We    PRON  4 nsubj
  3 are   AUX   4 cop be
  4 ready ADJ   8 ccomp _ SpaceAfter=No
  5 ,     PUNCT 4 punct SpaceAfter=No
  6 "     PUNCT 4 punct
  7 Xi    PROPN 8 nsubj
  8 said  VERB  0 root say
`);

describe('dep walk: arguments', () => {
  it('finds the subject and object: "Putin praised the Chinese leader"', () => {
    expect(words(PRAISED, walk.subjects(PRAISED, 1))).toEqual(['Putin']);
    expect(words(PRAISED, walk.objects(PRAISED, 1))).toEqual(['leader']);
    expect(Array.from(walk.children(PRAISED, 1))).toEqual([0, 4]);
  });

  it('finds the possessor and the nominal modifier: "Russia\'s invasion of Ukraine"', () => {
    expect(walk.possessor(INVASION, 2)).toBe(0);
    expect(walk.nominalModifiers(INVASION, 2)).toEqual([{ token: 4, prep: 'of', rel: 'nmod' }]);
    expect(walk.possessor(INVASION, 4)).toBe(-1);
  });

  it('expands coordinated subjects and finds obliques: "Xi and Putin met in Samarkand"', () => {
    expect(words(MET, walk.subjects(MET, 3))).toEqual(['Xi', 'Putin']);
    expect(walk.obliques(MET, 3)).toEqual([{ token: 5, prep: 'in', rel: 'obl' }]);
    expect(words(MET, walk.conjuncts(MET, 0))).toEqual(['Putin']);
    expect(words(MET, walk.conjuncts(MET, 2))).toEqual(['Xi']);
  });

  it('finds the passive subject and the agents: "The agreement was signed by India and France"', () => {
    expect(words(SIGNED, walk.subjects(SIGNED, 3))).toEqual(['agreement']);
    expect(words(SIGNED, walk.agents(SIGNED, 3))).toEqual(['India', 'France']);
    expect(walk.isPassive(SIGNED, 3)).toBe(true);
    expect(walk.isPassive(PRAISED, 1)).toBe(false);
  });

  it('takes a "by" oblique of a passive verb as its agent when the parser labels it obl', () => {
    const doc = buildDoc(`
      1 Talks  NOUN  3 nsubj:pass
      2 were   AUX   3 aux:pass
      3 hosted VERB  0 root
      4 by     ADP   5 case
      5 Qatar  PROPN 3 obl
    `);
    expect(words(doc, walk.agents(doc, 2))).toEqual(['Qatar']);
  });

  it('gives a non-finite clause the subject of its verb: "Beijing has refrained from condemning the invasion"', () => {
    expect(words(REFRAINED, walk.subjects(REFRAINED, 4))).toEqual(['Beijing']);
    expect(words(REFRAINED, walk.objects(REFRAINED, 4))).toEqual(['invasion']);
    expect(walk.isNegated(REFRAINED, 2)).toBe(false); // lexical negation is the event coder's
  });

  it('follows subject and object control through xcomp', () => {
    const wants = buildDoc(`
      1 Putin PROPN 2 nsubj
      2 wants VERB  0 root want
      3 to    PART  4 mark
      4 show  VERB  2 xcomp
      5 the   DET   6 det
      6 West  PROPN 4 obj
    `);
    expect(words(wants, walk.subjects(wants, 3))).toEqual(['Putin']);
    const urged = buildDoc(`
      1 The      DET   2 det
      2 UN       PROPN 3 nsubj
      3 urged    VERB  0 root urge
      4 Russia   PROPN 3 obj
      5 to       PART  6 mark
      6 withdraw VERB  3 xcomp
    `);
    expect(words(urged, walk.subjects(urged, 5))).toEqual(['Russia']);
  });

  it('shares the subject and a following object between conjoined verbs: "Xi met and praised Putin"', () => {
    const doc = buildDoc(`
      1 Xi      PROPN 2 nsubj
      2 met     VERB  0 root meet
      3 and     CCONJ 4 cc
      4 praised VERB  2 conj praise
      5 Putin   PROPN 2 obj
    `);
    expect(words(doc, walk.subjects(doc, 3))).toEqual(['Xi']);
    expect(words(doc, walk.objects(doc, 3))).toEqual(['Putin']);
  });

  it('resolves a relative pronoun subject to the noun: "the leaders who met"', () => {
    const doc = buildDoc(`
      1 the     DET  2 det
      2 leaders NOUN 0 root leader
      3 who     PRON 4 nsubj
      4 met     VERB 2 acl:relcl meet
    `);
    expect(words(doc, walk.subjects(doc, 3))).toEqual(['leaders']);
  });

  it('reads a multiword preposition: "according to a readout"', () => {
    const doc = buildDoc(`
      1 Xi        PROPN 2 nsubj
      2 spoke     VERB  0 root speak
      3 according VERB  6 case accord
      4 to        ADP   3 fixed
      5 a         DET   6 det
      6 readout   NOUN  2 obl
    `);
    expect(walk.obliques(doc, 1)).toEqual([{ token: 5, prep: 'according to', rel: 'obl' }]);
  });
});

describe('dep walk: quotes, copulas and clauses', () => {
  it('finds the speaker and the quoted clause: "\\"We are ready,\\" Xi said"', () => {
    expect(words(READY, walk.subjects(READY, 7))).toEqual(['Xi']);
    expect(READY.deprel(3)).toBe('ccomp');
    expect(walk.clauseOf(READY, 1)).toBe(3);
    expect(walk.clauseOf(READY, 6)).toBe(7);
    expect(words(READY, walk.subjects(READY, 3))).toEqual(['We']);
    expect(walk.governingVerb(READY, 1)).toBe(3);
    expect(walk.governingVerb(READY, 3)).toBe(7);
    expect(walk.governingVerb(READY, 7)).toBe(-1);
  });

  it('handles a copular predicate: "Kazakhstan is a member of the SCO"', () => {
    const doc = buildDoc(`
      1 Kazakhstan PROPN 4 nsubj
      2 is         AUX   4 cop be
      3 a          DET   4 det
      4 member     NOUN  0 root
      5 of         ADP   7 case
      6 the        DET   7 det
      7 SCO        PROPN 4 nmod
    `);
    expect(words(doc, walk.subjects(doc, 3))).toEqual(['Kazakhstan']);
    expect(walk.copula(doc, 3)).toBe(1);
    expect(walk.copula(doc, 0)).toBe(-1);
    expect(walk.nominalModifiers(doc, 3)).toEqual([{ token: 6, prep: 'of', rel: 'nmod' }]);
    expect(walk.governingVerb(doc, 6)).toBe(3);
    expect(walk.clauseOf(doc, 6)).toBe(3);
  });

  it('gives the character span of a subtree', () => {
    const span = subtreeSpan(PRAISED, walk, 4);
    expect(PRAISED.text.slice(span.start, span.end)).toBe('the Chinese leader');
  });
});

describe('dep walk: negation', () => {
  const negated = (table: string, verb: number, throughControl = false): boolean =>
    walk.isNegated(buildDoc(table), verb, { throughControl });

  it('sees not, n\'t and never attached to the verb', () => {
    expect(negated('1 China PROPN 4 nsubj\n2 did AUX 4 aux\n3 not PART 4 advmod\n4 condemn VERB 0 root', 3)).toBe(true);
    expect(negated('1 China PROPN 4 nsubj\n2 did AUX 4 aux\n3 n\'t PART 4 advmod not\n4 condemn VERB 0 root', 3)).toBe(true);
    expect(negated('1 Beijing PROPN 4 nsubj\n2 will AUX 4 aux\n3 never ADV 4 advmod\n4 accept VERB 0 root', 3)).toBe(true);
    expect(negated('1 China PROPN 3 nsubj\n2 swiftly ADV 3 advmod\n3 condemned VERB 0 root', 2)).toBe(false);
  });

  it('sees a negative subject or object ("No country", "nobody")', () => {
    expect(negated('1 No DET 2 det\n2 country NOUN 3 nsubj\n3 condemned VERB 0 root', 2)).toBe(true);
    expect(negated('1 Nobody PRON 2 nsubj\n2 objected VERB 0 root', 1)).toBe(true);
  });

  it('sees negation of a copular predicate', () => {
    expect(negated('1 Russia PROPN 4 nsubj\n2 is AUX 4 cop\n3 not PART 4 advmod\n4 member NOUN 0 root', 3)).toBe(true);
  });

  it('follows control only when asked', () => {
    const table = '1 They PRON 4 nsubj\n2 did AUX 4 aux\n3 not PART 4 advmod\n4 want VERB 0 root\n5 to PART 6 mark\n6 meet VERB 4 xcomp';
    expect(negated(table, 5)).toBe(false);
    expect(negated(table, 5, true)).toBe(true);
  });
});

describe('dep walk: index', () => {
  it('caches children per Doc and rebuilds them when the Doc gets new heads', () => {
    const doc = buildDoc('1 Xi PROPN 2 nsubj\n2 spoke VERB 0 root');
    expect(Array.from(walk.children(doc, 1))).toEqual([0]);
    doc.setDeps(Int32Array.from([-1, 0]), Uint8Array.from([0, 0]));
    expect(Array.from(walk.children(doc, 1))).toEqual([]);
    expect(Array.from(walk.children(doc, 0))).toEqual([1]);
  });

  it('terminates on a malformed cyclic tree', () => {
    const doc = buildDoc('1 a NOUN 2 conj\n2 b NOUN 1 conj');
    expect(walk.conjuncts(doc, 0).length).toBeLessThanOrEqual(1);
    expect(walk.clauseOf(doc, 0)).toBeGreaterThanOrEqual(0);
    expect(walk.governingVerb(doc, 0)).toBe(-1);
  });
});

describe('dep walk: participles on times', () => {
  // A participle the parser hung on a time noun describes the clause, not the time.
  const MARCHED = buildDoc(`
    1 Protesters NOUN  2 nsubj
    2 marched    VERB  0 root march
    3 on         ADP   5 case
    4 Friday     PROPN 5 compound
    5 night      NOUN  2 obl
    6 chanting   VERB  5 acl chant
    7 slogans    NOUN  6 obj
  `);
  const GUARDING = buildDoc(`
    1 Soldiers NOUN 3 nsubj
    2 were     AUX  3 aux
    3 seen     VERB 0 root see
    4 near     ADP  5 case
    5 troops   NOUN 3 obl
    6 guarding VERB 5 acl guard
    7 it       PRON 6 obj
  `);
  const IN_MARCH = buildDoc(`
    1 Rallies NOUN 2 nsubj
    2 began   VERB 0 root begin
    3 in      ADP  4 case
    4 March   PROPN 2 obl
    5 demanding VERB 4 acl demand
    6 reform  NOUN 5 obj
  `);
  const A_MARCH = buildDoc(`
    1 They      PRON 2 nsubj
    2 joined    VERB 0 root join
    3 a         DET  4 det
    4 march     NOUN 2 obj
    5 demanding VERB 4 acl demand
    6 reform    NOUN 5 obj
  `);

  it('gives the clause subject to a participle hung on a time', () => {
    expect(words(MARCHED, walk.subjects(MARCHED, 5))).toEqual(['Protesters']);
    expect(words(IN_MARCH, walk.subjects(IN_MARCH, 4))).toEqual(['Rallies']);
  });

  it('keeps the modified noun as the subject of other participles', () => {
    expect(words(GUARDING, walk.subjects(GUARDING, 5))).toEqual(['troops']);
    // lower-case "march" is a procession, not the month
    expect(words(A_MARCH, walk.subjects(A_MARCH, 4))).toEqual(['march']);
  });
});
