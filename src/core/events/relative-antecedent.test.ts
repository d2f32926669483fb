import { describe, expect, it } from 'vitest';
import { ActorIndex } from './actor-index.js';
import { relativeAntecedent } from './relative-antecedent.js';
import { SyntaxView } from './syntax-view.js';
import { coded } from './test-support/coded.js';
import { eventDoc, WORLD, type ActorSpec } from './test-support/event-doc.js';

/** "Britain expanded its offensive against the rebels that have captured parts of Ukraine.", the clause hung on "offensive". */
const highClause = (noun: string, prep: string) => `
  1 Britain PROPN 2 nsubj
  2 expanded VERB 0 root expand
  3 its PRON 4 nmod:poss
  4 offensive NOUN 2 obj offensive
  5 ${prep} ADP 7 case
  6 the DET 7 det
  7 ${noun} ${noun === "rebels" ? "NOUN" : "PROPN"} 4 nmod
  8 that PRON 10 nsubj
  9 have AUX 10 aux
  10 captured VERB 4 acl:relcl capture
  11 parts NOUN 10 obj part
  12 of ADP 13 case
  13 Ukraine PROPN 11 nmod
  14 . PUNCT 2 punct`;

const antecedent = (table: string, pronoun: number, actors: ActorSpec[] = WORLD): string => {
  const doc = eventDoc(table, actors);
  const v = new SyntaxView(doc);
  const k = relativeAntecedent(v, new ActorIndex(doc), (l) => ['that', 'which', 'who'].includes(l), pronoun);
  return k < 0 ? '-' : doc.tokenText(k);
};

describe('the noun a relative pronoun stands for', () => {
  it('is the named group right before the pronoun when the parser hung the clause on a noun of no actor', () => {
    expect(antecedent(highClause('rebels', 'against'), 7)).toBe('rebels');
  });

  it('codes the capture as the group’s, not as the offensive’s owner’s', () => {
    const events = coded(highClause('rebels', 'against'));
    expect(events.some((e) => e === 'rebels>UKR COERCE 192')).toBe(true);
    expect(events.filter((e) => e.startsWith('GBR>UKR'))).toEqual([]);
  });

  it('keeps the parser’s noun when the noun before the pronoun is a state (where the act is)', () => {
    expect(antecedent(highClause('Russia', 'in'), 7)).toBe('offensive');
  });

  it('keeps the parser’s noun when that noun is an actor itself ("the leader of the rebels who …")', () => {
    const table = `
      1 Putin PROPN 2 nsubj
      2 met VERB 0 root meet
      3 the DET 4 det
      4 protesters NOUN 2 obj protester
      5 with ADP 7 case
      6 the DET 7 det
      7 rebels NOUN 4 nmod rebel
      8 who PRON 9 nsubj
      9 marched VERB 4 acl:relcl march
      10 . PUNCT 2 punct`;
    expect(antecedent(table, 7)).toBe('protesters');
  });

  it('is the noun the clause modifies when it sits right after it', () => {
    const table = `
      1 China PROPN 2 nsubj
      2 condemned VERB 0 root condemn
      3 the DET 4 det
      4 rebels NOUN 2 obj rebel
      5 who PRON 6 nsubj
      6 attacked VERB 4 acl:relcl attack
      7 India PROPN 6 obj
      8 . PUNCT 2 punct`;
    expect(antecedent(table, 4)).toBe('rebels');
  });
});

describe('the noun a relative pronoun stands for: titles and "who"', () => {
  it('reads a title in apposition to a name as the name, not as the group after it ("Xi, the leader of the rebels who …")', () => {
    const table = `
      1 Xi PROPN 9 nsubj
      2 , PUNCT 4 punct
      3 the DET 4 det
      4 leader NOUN 1 appos leader
      5 of ADP 6 case
      6 rebels NOUN 4 nmod rebel
      7 who PRON 8 nsubj
      8 negotiated VERB 4 acl:relcl negotiate
      9 spoke VERB 0 root speak
      10 . PUNCT 9 punct`;
    expect(antecedent(table, 6)).toBe('Xi');
  });

  it('does not let "who" stand for a body named right before it', () => {
    const council: ActorSpec = { id: 'org:council', name: 'council', type: 'org', country: null, forms: ['council'], via: 'description' };
    const table = highClause('rebels', 'against').replace('7 rebels NOUN', '7 council NOUN');
    expect(antecedent(table, 7, [...WORLD, council])).toBe('council');
    expect(antecedent(table.replace('8 that PRON', '8 who PRON'), 7, [...WORLD, council])).toBe('offensive');
  });
});

describe('the noun a relative pronoun stands for: names', () => {
  it('does not read a restrictive "that" right after a name as the name’s', () => {
    expect(antecedent(highClause('ECOWAS', 'against'), 7)).toBe('offensive');
  });
});

describe('the noun a relative pronoun stands for: a title beside a name', () => {
  it('is the named person a title stands beside ("Putin, a Chinese ally who …")', () => {
    const table = `
      1 Putin PROPN 0 root
      2 , PUNCT 5 punct
      3 a DET 5 det
      4 Chinese ADJ 5 amod
      5 ally NOUN 1 appos ally
      6 who PRON 7 nsubj
      7 backs VERB 5 acl:relcl back
      8 India PROPN 7 obj
      9 . PUNCT 1 punct`;
    expect(antecedent(table, 5)).toBe('Putin');
    expect(coded(table).filter((e) => e.startsWith('CHN>'))).toEqual([]);
  });
});

describe('the noun a relative pronoun stands for: "that" on a title', () => {
  it('keeps a "that" clause on what the title names ("Putin, a Chinese ally that …")', () => {
    const table = `
      1 Putin PROPN 0 root
      2 , PUNCT 5 punct
      3 a DET 5 det
      4 Chinese ADJ 5 amod
      5 ally NOUN 1 appos ally
      6 that PRON 7 nsubj
      7 backs VERB 5 acl:relcl back
      8 India PROPN 7 obj
      9 . PUNCT 1 punct`;
    expect(antecedent(table, 5)).toBe('ally');
  });
});
