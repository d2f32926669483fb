import { describe, expect, it } from 'vitest';
import { parseArrays as arrays } from './test-support/parse-arrays.js';
import { repairParticiplePassives } from './participle-passive-repair.js';
import { childrenLists } from './repair-children.js';
import { coded } from './test-support/coded.js';

/** "Rebels captured during the raid were handed over by Ukraine." as the parser misreads it. */
const HANDED = `
  1 Rebels NOUN 2 nsubj rebel
  2 captured VERB 0 root capture
  3 during SCONJ 7 mark
  4 the DET 5 det
  5 raid NOUN 7 nsubj:pass
  6 were AUX 7 aux:pass be
  7 released VERB 2 advcl release
  8 by ADP 9 case
  9 Ukraine PROPN 7 obl:agent
  10 . PUNCT 2 punct`;

/** "protesters jailed for criticising Russia were freed by Putin." with "Russia" read as the subject. */
const FREED = `
  1 protesters NOUN 2 nsubj protester
  2 jailed VERB 0 root jail
  3 for SCONJ 4 mark
  4 criticising VERB 2 advcl criticise
  5 Russia PROPN 7 nsubj:pass
  6 were AUX 7 aux:pass be
  7 freed VERB 4 ccomp free
  8 by ADP 9 case
  9 Putin PROPN 7 obl:agent
  10 . PUNCT 2 punct`;

/** "Rebels held for fighting in the east were released by Ukraine": the gerund clause as the subject. */
const CLAUSE = `
  1 Rebels NOUN 2 nsubj rebel
  2 held VERB 0 root hold
  3 for SCONJ 4 mark
  4 fighting VERB 8 nsubj:pass fight
  5 in ADP 6 case
  6 east NOUN 4 obl
  7 were AUX 8 aux:pass be
  8 released VERB 2 ccomp release
  9 by ADP 10 case
  10 Ukraine PROPN 8 obl:agent
  11 . PUNCT 2 punct`;

const repair = (table: string, isSpeech?: (l: string) => boolean) => {
  const a = arrays(table);
  const changed = repairParticiplePassives(a.head, a.rel, a.upos, a.lower, a.lemma, new Uint8Array(a.head.length), childrenLists(a.head), isSpeech);
  return { ...a, changed };
};

describe('repairParticiplePassives', () => {
  it('makes the passive the predicate, the noun its subject and the participle its modifier', () => {
    const a = repair(HANDED);
    expect(a.changed).toBe(true);
    expect([a.head[6], a.rel[6]]).toEqual([-1, 'root']);
    expect([a.head[0], a.rel[0]]).toEqual([6, 'nsubj:pass']);
    expect([a.head[1], a.rel[1]]).toEqual([0, 'acl']);
    // "during the raid" is the participle's phrase again; the stop follows the predicate.
    expect([a.head[4], a.rel[4]]).toEqual([1, 'obl']);
    expect([a.head[2], a.rel[2]]).toEqual([4, 'case']);
    expect(a.head[9]).toBe(6);
  });

  it('gives a gerund back its object', () => {
    const a = repair(FREED);
    expect(a.changed).toBe(true);
    expect([a.head[4], a.rel[4]]).toEqual([3, 'obj']);
    expect([a.head[0], a.rel[0]]).toEqual([6, 'nsubj:pass']);
  });

  it('reads a gerund clause taken for the subject as the participle\'s adverbial', () => {
    const a = repair(CLAUSE);
    expect(a.changed).toBe(true);
    expect([a.head[3], a.rel[3]]).toEqual([1, 'advcl']);
    expect([a.head[7], a.rel[7]]).toEqual([-1, 'root']);
  });

  it('keeps a verb with its own content clause or object, and real subordinate clauses', () => {
    // "Officials confirmed the prisoners were released": the noun right after the verb is the clause's subject.
    const confirmed = `
      1 Officials NOUN 2 nsubj official
      2 confirmed VERB 0 root confirm
      3 the DET 4 det
      4 prisoners NOUN 6 nsubj:pass prisoner
      5 were AUX 6 aux:pass be
      6 released VERB 2 ccomp release
      7 . PUNCT 2 punct`;
    const after = HANDED.replace('3 during SCONJ 7 mark', '3 after SCONJ 7 mark');
    const comma = HANDED.replace('4 the DET 5 det', '4 , PUNCT 2 punct');
    const withObject = FREED.replace('4 criticising VERB 2 advcl criticise', '4 officials NOUN 2 obj official');
    for (const table of [confirmed, after, comma, withObject]) {
      const a = repair(table);
      expect(a.changed).toBe(false);
      expect(Array.from(a.head)).toEqual(Array.from(arrays(table).head));
    }
    // A reporting verb keeps its content whatever the phrase before it.
    expect(repair(HANDED.replace('2 captured VERB 0 root capture', '2 reported VERB 0 root report'), (l) => l === 'report').changed).toBe(false);
  });

  it('lets the coder read who released whom', () => {
    expect(coded(HANDED).some((e) => e.startsWith('UKR>rebels RETREAT 0841'))).toBe(true);
    expect(coded(FREED).some((e) => e.startsWith('RUS>RUS RETREAT 0841'))).toBe(true);
  });
});
