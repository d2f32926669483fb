/**
 * Arrests of people nobody names ("police detained two men") are coded with no target; named or
 * described actors stay targets, things are no people, and a negated arrest stays flagged.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

/** "Pakistani police detained 12 people in Lahore ." */
const TWELVE = `
  1 Pakistani ADJ 2 amod
  2 police NOUN 3 nsubj
  3 detained VERB 0 root detain
  4 12 NUM 5 nummod
  5 people NOUN 3 obj person
  6 in ADP 7 case
  7 Lahore PROPN 3 obl
  8 . PUNCT 3 punct`;

describe('unnamed people as the target of an arrest', () => {
  it('codes the arrest of people named by a common noun with no target', () => {
    expect(coded(TWELVE)).toEqual(['PAK>- COERCE 173']);
    // "two opposition leaders": a leader nobody names is no actor either.
    expect(coded(TWELVE.replace('12 NUM 5 nummod', 'two NUM 5 nummod').replace('people NOUN 3 obj person', 'leaders NOUN 3 obj leader'))).toEqual(['PAK>- COERCE 173']);
  });

  it('looks under a quantity ("dozens of men")', () => {
    const table = `
      1 Pakistani ADJ 2 amod
      2 police NOUN 3 nsubj
      3 arrested VERB 0 root arrest
      4 dozens NOUN 3 obj dozen
      5 of ADP 6 case
      6 men NOUN 4 nmod man
      7 . PUNCT 3 punct`;
    expect(coded(table)).toEqual(['PAK>- COERCE 173']);
  });

  it('keeps a named target, and codes nothing for things or a verb not marked for it', () => {
    expect(coded(TWELVE.replace('12 NUM 5 nummod', 'Indian ADJ 5 amod').replace('people NOUN 3 obj person', 'journalists NOUN 3 obj journalist'))).toEqual(['PAK>IND COERCE 173']);
    expect(coded(TWELVE.replace('people NOUN 3 obj person', 'trucks NOUN 3 obj truck'))).toEqual([]);
    // Praise is about someone, but nobody unnamed counts for it.
    expect(coded(TWELVE.replace('detained VERB 0 root detain', 'praised VERB 0 root praise'))).toEqual([]);
  });

  it('keeps a negated arrest flagged', () => {
    const table = `
      1 Pakistani ADJ 2 amod
      2 police NOUN 5 nsubj
      3 did AUX 5 aux do
      4 not PART 5 advmod
      5 detain VERB 0 root detain
      6 the DET 7 det
      7 men NOUN 5 obj man
      8 . PUNCT 5 punct`;
    expect(coded(table)).toEqual(['PAK>- COERCE 173 !neg']);
  });

  it('counts people named by their calling: "detained a local cleric", "arrested 12 fishermen"', () => {
    const cleric = `
      1 Pakistani ADJ 2 amod
      2 police NOUN 3 nsubj
      3 detained VERB 0 root detain
      4 a DET 6 det
      5 local ADJ 6 amod
      6 cleric NOUN 3 obj cleric
      7 . PUNCT 3 punct`;
    expect(coded(cleric)).toEqual(['PAK>- COERCE 173']);
    expect(coded(cleric.replace('4 a DET 6 det', '4 12 NUM 6 nummod').replace('5 local ADJ 6 amod', '5 more ADJ 6 amod').replace('cleric NOUN 3 obj cleric', 'fishermen NOUN 3 obj fisherman'))).toEqual(['PAK>- COERCE 173']);
  });
});
