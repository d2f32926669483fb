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
