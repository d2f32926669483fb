import { describe, expect, it } from 'vitest';
import { parseArrays as arrays } from './test-support/parse-arrays.js';
import { repairAsClauses } from './as-clause-repair.js';
import { coded } from './test-support/coded.js';

/** "India lifted the curfew, as police in Pakistan cracked down on protesters.", with "as" a preposition of "police" and "cracked" its modifier. */
const LIFTED = `
  1 India PROPN 2 nsubj
  2 lifted VERB 0 root lift
  3 the DET 4 det
  4 curfew NOUN 2 obj curfew
  5 , PUNCT 7 punct
  6 as ADP 7 case as
  7 police NOUN 4 nmod police
  8 in ADP 9 case
  9 Pakistan PROPN 7 nmod
  10 cracked VERB 7 acl crack
  11 down ADP 10 compound:prt down
  12 on ADP 13 case
  13 protesters NOUN 10 obl protester
  14 . PUNCT 2 punct`;

describe('repairAsClauses', () => {
  it('makes the verb head the as-clause, with the noun its subject and "as" its subordinator', () => {
    const a = arrays(LIFTED);
    expect(repairAsClauses(a.head, a.rel, a.upos, a.lower, a.lemma)).toBe(true);
    expect([a.head[9], a.rel[9]]).toEqual([3, 'advcl']);
    expect([a.head[6], a.rel[6]]).toEqual([9, 'nsubj']);
    expect([a.head[5], a.rel[5]]).toEqual([9, 'mark']);
  });

  it('leaves a participle with its agent, an "-ing" form, and an "as" with no comma before it as read', () => {
    const agent = LIFTED.replace('11 down ADP 10 compound:prt down', '11 by ADP 13 case by').replace('12 on ADP 13 case', '12 the DET 13 det').replace('13 protesters NOUN 10 obl protester', '13 protesters NOUN 10 obl:agent protester');
    const ing = LIFTED.replace('10 cracked VERB 7 acl crack', '10 cracking VERB 7 acl crack');
    const noComma = LIFTED.replace('5 , PUNCT 7 punct', '5 today ADV 2 advmod');
    for (const table of [agent, ing, noComma]) {
      const a = arrays(table);
      const before = Array.from(a.head);
      expect(repairAsClauses(a.head, a.rel, a.upos, a.lower, a.lemma)).toBe(false);
      expect(Array.from(a.head)).toEqual(before);
    }
  });

  it('lets the coder read who cracked down', () => {
    expect(coded(LIFTED).filter((e) => e.includes('175'))).toEqual(['PAK>protesters ASSAULT 175']);
  });
});

/** "India and Pakistan agreed to hold talks, even as fighting in Kashmir showed no sign of easing.", with "fighting" a gerund clause and "showed" its complement. */
const AGREED_GERUND = `
  1 India PROPN 4 nsubj
  2 and CCONJ 3 cc
  3 Pakistan PROPN 1 conj
  4 agreed VERB 0 root agree
  5 to PART 6 mark
  6 hold VERB 4 xcomp hold
  7 talks NOUN 6 obj talk
  8 , PUNCT 11 punct
  9 even ADV 11 mark
  10 as SCONJ 9 fixed
  11 fighting VERB 6 advcl fight
  12 in ADP 13 case
  13 Kashmir PROPN 11 obl
  14 showed VERB 11 xcomp show
  15 no DET 16 det
  16 sign NOUN 14 nsubj sign
  17 . PUNCT 4 punct`;

/** "India and Pakistan agreed to hold talks, even as fighting continued in Kashmir.", with "as fighting" an oblique and "continued" its modifier. */
const AGREED_OBLIQUE = `
  1 India PROPN 4 nsubj
  2 and CCONJ 3 cc
  3 Pakistan PROPN 1 conj
  4 agreed VERB 0 root agree
  5 to PART 6 mark
  6 hold VERB 4 xcomp hold
  7 talks NOUN 6 obj talk
  8 , PUNCT 11 punct
  9 even ADV 11 advmod
  10 as ADP 11 case
  11 fighting NOUN 6 obl fighting
  12 continued VERB 11 acl continue
  13 in ADP 14 case
  14 Kashmir PROPN 12 obl
  15 . PUNCT 4 punct`;

describe('repairAsClauses: "even as" a noun in "-ing" did something', () => {
  it('makes a gerund after "as" the subject of the finite verb after it, which heads the clause', () => {
    const a = arrays(AGREED_GERUND);
    expect(repairAsClauses(a.head, a.rel, a.upos, a.lower, a.lemma)).toBe(true);
    expect([a.head[13], a.rel[13]]).toEqual([5, 'advcl']);
    expect([a.head[10], a.rel[10]]).toEqual([13, 'nsubj']);
    expect(a.head[8]).toBe(13);
    // the noun after the verb is its object
    expect([a.head[15], a.rel[15]]).toEqual([13, 'obj']);
  });

  it('reads ", even as" like ", as" before a noun and a past verb', () => {
    const a = arrays(AGREED_OBLIQUE);
    expect(repairAsClauses(a.head, a.rel, a.upos, a.lower, a.lemma)).toBe(true);
    expect([a.head[11], a.rel[11]]).toEqual([5, 'advcl']);
    expect([a.head[10], a.rel[10]]).toEqual([11, 'nsubj']);
    expect([a.head[9], a.rel[9]]).toEqual([11, 'mark']);
    expect(a.head[8]).toBe(11);
  });

  it('leaves a gerund with no "as", or one whose finite verb has its own subject, as read', () => {
    const noAs = AGREED_GERUND.replace('9 even ADV 11 mark', '9 even ADV 11 advmod').replace('10 as SCONJ 9 fixed', '10 still ADV 11 advmod');
    const own = AGREED_GERUND.replace('12 in ADP 13 case', '12 troops NOUN 14 nsubj').replace('13 Kashmir PROPN 11 obl', '13 there ADV 14 advmod');
    for (const table of [noAs, own]) {
      const a = arrays(table);
      const before = Array.from(a.head);
      expect(repairAsClauses(a.head, a.rel, a.upos, a.lower, a.lemma)).toBe(false);
      expect(Array.from(a.head)).toEqual(before);
    }
  });

  it('keeps the fighting from being a fight between the two who agreed to talk', () => {
    for (const table of [AGREED_GERUND, AGREED_OBLIQUE]) {
      const events = coded(table);
      expect(events.filter((e) => /^(IND>PAK|PAK>IND) ASSAULT/.test(e))).toEqual([]);
      expect(events.filter((e) => e.startsWith('IND>PAK AGREE'))).not.toEqual([]);
    }
  });
});
