/**
 * The parties of a two-sided act named "between" its sides: a verb that borrows its subject from
 * the clause above ("closed its border because of fighting between A and B") is the sides' act only.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

const FIGHTING = `
  1 Iran PROPN 2 nsubj
  2 closed VERB 0 root close
  3 its PRON 4 nmod:poss
  4 border NOUN 2 obj
  5 because ADP 7 mark
  6 of SCONJ 5 fixed
  7 fighting VERB 2 advcl fight
  8 between ADP 9 case
  9 India PROPN 7 obl
  10 and CCONJ 11 cc
  11 Pakistan PROPN 9 conj
  12 . PUNCT 2 punct`;

describe('event drafts: sides named "between"', () => {
  it('codes fighting between two sides as theirs, not also the subject of the clause it explains', () => {
    const events = coded(FIGHTING);
    const fights = events.filter((e) => e.includes('ASSAULT'));
    expect(fights.sort()).toEqual(['IND>PAK ASSAULT 190', 'PAK>IND ASSAULT 190']);
  });
});

/** "<Side> strikes hit <Other> positions ." — a strike by one side on another's is an attack. */
const strikesHit = (side: string, other: string, object: string): string => `
  1 ${side} ADJ 2 amod
  2 strikes NOUN 3 nsubj strike
  3 hit VERB 0 root hit
  4 ${other} ADJ 5 amod
  5 ${object} NOUN 3 obj
  6 . PUNCT 3 punct`;

describe('event drafts: strikes that hit something', () => {
  it('code one side\'s strikes hitting another state\'s positions as an attack, with no labour strike beside it', () => {
    const events = coded(strikesHit('Russian', 'Ukrainian', 'positions'));
    expect(events.some((e) => e.startsWith('RUS>UKR ASSAULT 19'))).toBe(true);
    expect(events.filter((e) => e.includes('PROTEST'))).toEqual([]);
  });

  it('code nothing for strikes that hit their own side\'s ports (a labour strike)', () => {
    const events = coded(strikesHit('French', 'French', 'ports'));
    expect(events.filter((e) => e.includes('ASSAULT'))).toEqual([]);
  });

  it('read strikes that kill as an attack, not a labour strike ("Indian strikes killed five people in Pakistan")', () => {
    const events = coded(`
  1 Indian ADJ 2 amod
  2 strikes NOUN 3 nsubj strike
  3 killed VERB 0 root kill
  4 five NUM 5 nummod
  5 people NOUN 3 obj person
  6 in ADP 7 case
  7 Pakistan PROPN 3 obl
  8 . PUNCT 3 punct`);
    expect(events.some((e) => e.startsWith('IND>PAK ASSAULT 19'))).toBe(true);
    expect(events.filter((e) => e.includes('PROTEST'))).toEqual([]);
  });
});
