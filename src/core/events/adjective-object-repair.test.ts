import { describe, expect, it } from 'vitest';
import { parseArrays as arrays } from './test-support/parse-arrays.js';
import { repairAdjectiveObjects } from './adjective-object-repair.js';
import { coded } from './test-support/coded.js';

// "Rebels tried to kill former President Vladimir Putin on Friday." with "former" the verb's
// xcomp and the name its conjunct, as the parser reads it.
const KILL = `
  1 Rebels NOUN 2 nsubj rebel
  2 tried VERB 0 root try
  3 to PART 4 mark
  4 kill VERB 2 xcomp kill
  5 former ADJ 4 xcomp
  6 President PROPN 7 nmod:desc
  7 Vladimir PROPN 5 conj
  8 Putin PROPN 7 flat
  9 on ADP 10 case
  10 Friday PROPN 5 obl
  11 . PUNCT 2 punct`;

describe('repairAdjectiveObjects', () => {
  it('makes the noun after the adjective the verb\'s object and the adjective its modifier', () => {
    const a = arrays(KILL);
    expect(repairAdjectiveObjects(a.head, a.rel, a.upos, a.lemma, new Uint8Array(a.head.length))).toBe(true);
    expect([a.head[6], a.rel[6]]).toEqual([3, 'obj']);
    expect([a.head[4], a.rel[4]]).toEqual([6, 'amod']);
    // the name's own words stay its; the date hung on the adjective goes to the verb
    expect(a.head[5]).toBe(6);
    expect(a.head[9]).toBe(3);
  });

  it('reads the same with the adjective an adverb of the verb and the name its object', () => {
    const a = arrays(KILL.replace('5 former ADJ 4 xcomp', '5 outgoing ADJ 4 advmod').replace('7 Vladimir PROPN 5 conj', '7 Vladimir PROPN 5 obj'));
    expect(repairAdjectiveObjects(a.head, a.rel, a.upos, a.lemma, new Uint8Array(a.head.length))).toBe(true);
    expect([a.head[6], a.rel[6]]).toEqual([3, 'obj']);
  });

  it('leaves predicate adjectives, verbs with objects, prepositional phrases and dates alone', () => {
    // "became former …": a verb that takes a predicate
    const predicate = KILL.replace('4 kill VERB 2 xcomp kill', '4 become VERB 2 xcomp become');
    // the verb has an object of its own
    const owned = KILL.replace('1 Rebels NOUN 2 nsubj rebel', '1 Rebels NOUN 4 obj rebel');
    // "fell short of expectations": the noun has a preposition
    const marked = KILL.replace('6 President PROPN 7 nmod:desc', '6 of ADP 7 case');
    // a word between them outside the noun's phrase
    const outside = KILL.replace('6 President PROPN 7 nmod:desc', '6 President PROPN 4 obl');
    for (const table of [predicate, owned, marked, outside]) {
      const a = arrays(table);
      const before = Array.from(a.head);
      expect(repairAdjectiveObjects(a.head, a.rel, a.upos, a.lemma, new Uint8Array(a.head.length))).toBe(false);
      expect(Array.from(a.head)).toEqual(before);
    }
    const a = arrays(KILL);
    const temporal = new Uint8Array(a.head.length);
    temporal[6] = 1;
    expect(repairAdjectiveObjects(a.head, a.rel, a.upos, a.lemma, temporal)).toBe(false);
  });

  it('lets the coder find the attack on the person named', () => {
    const events = coded(KILL.replace('1 Rebels NOUN 2 nsubj rebel', '1 Ukraine PROPN 2 nsubj'));
    expect(events.some((e) => e.startsWith('UKR>RUS'))).toBe(true);
  });
});
