/**
 * Joint acts: a statement, communiqué or declaration issued jointly "with" another party is the
 * act of every party together, coded between each pair in both directions.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

describe('event coder: joint acts', () => {
  it('codes every pair of the parties of a joint statement issued "with" another state', () => {
    const events = coded(`
      1 Iran PROPN 4 nsubj
      2 and CCONJ 3 cc
      3 Pakistan PROPN 1 conj
      4 issued VERB 0 root issue
      5 a DET 7 det
      6 joint ADJ 7 amod
      7 statement NOUN 4 obj
      8 with ADP 9 case
      9 China PROPN 4 obl
      10 . PUNCT 4 punct`);
    expect(events.sort()).toEqual([
      'CHN>IRN SUPPORT 057', 'CHN>PAK SUPPORT 057', 'IRN>CHN SUPPORT 057',
      'IRN>PAK SUPPORT 057', 'PAK>CHN SUPPORT 057', 'PAK>IRN SUPPORT 057',
    ]);
  });

  it('reads a modifier counting the parties ("a three-party communiqué") as joint', () => {
    const events = coded(`
      1 India PROPN 2 nsubj
      2 released VERB 0 root release
      3 a DET 5 det
      4 three-party NUM 5 nummod three-party
      5 communiqué NOUN 2 obj communiqué
      6 with ADP 7 case
      7 France PROPN 2 obl
      8 . PUNCT 2 punct`);
    expect(events.sort()).toEqual(['FRA>IND SUPPORT 057', 'IND>FRA SUPPORT 057']);
  });

  it('keeps one direction for talks held "with" someone and no joint marker', () => {
    expect(coded(`
      1 India PROPN 2 nsubj
      2 held VERB 0 root hold
      3 talks NOUN 2 obj talk
      4 with ADP 5 case
      5 France PROPN 2 obl
      6 . PUNCT 2 punct`)).toEqual(['IND>FRA CONSULT 046']);
  });
});
