import { describe, expect, it } from 'vitest';
import { SyntaxView } from './syntax-view.js';
import { coded } from './test-support/coded.js';
import { eventDoc, WORLD } from './test-support/event-doc.js';
import { trailingPhrases } from './trailing-phrases.js';

/** "France backed an extension of the mandate for the force in Ukraine ." with "for …" on "extension" or on "mandate". */
const table = (on: number) => `
  1 France PROPN 2 nsubj
  2 backed VERB 0 root back
  3 an DET 4 det
  4 extension NOUN 2 obj
  5 of ADP 7 case
  6 the DET 7 det
  7 mandate NOUN 4 nmod
  8 for ADP 10 case
  9 the DET 10 det
  10 force NOUN ${on} nmod
  11 in ADP 12 case
  12 Ukraine PROPN 10 nmod
  13 . PUNCT 2 punct`;

describe('phrases hung one word above the noun they follow', () => {
  it('finds "for the force" hung on "extension" right after "of the mandate", for the preposition asked', () => {
    const v = new SyntaxView(eventDoc(table(4), WORLD));
    expect(trailingPhrases(v, 6, ['for'])).toEqual([9]);
    expect(trailingPhrases(v, 6, ['with'])).toEqual([]);
  });

  it('finds nothing when the phrase is the noun\'s own, or does not follow it directly', () => {
    expect(trailingPhrases(new SyntaxView(eventDoc(table(7), WORLD)), 6, ['for'])).toEqual([]);
    // "a shift in support from Russia to China": the phrases are the shift's.
    const shift = new SyntaxView(eventDoc(`
      1 a DET 2 det
      2 shift NOUN 0 root
      3 in ADP 4 case
      4 support NOUN 2 nmod
      5 from ADP 6 case
      6 Russia PROPN 2 nmod
      7 to ADP 8 case
      8 China PROPN 2 nmod`, WORLD));
    expect(trailingPhrases(shift, 3, ['from', 'to'])).toEqual([]);
    // "France extended the mandate on Monday for the force": "on Monday" stands between.
    const v = new SyntaxView(eventDoc(`
      1 France PROPN 2 nsubj
      2 extended VERB 0 root extend
      3 the DET 4 det
      4 mandate NOUN 2 obj
      5 on ADP 6 case
      6 Monday PROPN 2 obl
      7 for ADP 9 case
      8 the DET 9 det
      9 force NOUN 2 obl`, WORLD));
    expect(trailingPhrases(v, 3, ['for'])).toEqual([]);
  });

  it('lets the coder find where the peacekeeping goes on: "Russia agreed to an extension of the mandate for the peacekeeping force in Ukraine."', () => {
    const events = coded(`
      1 Russia PROPN 2 nsubj
      2 agreed VERB 0 root agree
      3 to ADP 5 case
      4 an DET 5 det
      5 extension NOUN 2 obl
      6 of ADP 8 case
      7 the DET 8 det
      8 mandate NOUN 5 nmod
      9 for ADP 12 case
      10 the DET 12 det
      11 peacekeeping ADJ 12 amod
      12 force NOUN 5 nmod
      13 in ADP 14 case
      14 Ukraine PROPN 12 nmod
      15 . PUNCT 2 punct`);
    expect(events.some((e) => e.startsWith('RUS>UKR AGREE'))).toBe(true);
  });
});
