/**
 * Acts a noun names as only possible (modality.ts, grammar.json `hypotheticalModifiers`): "a
 * possible meeting", "potential sanctions" have not happened and are flagged hypothetical; the
 * same noun without the adjective is an act. Sentences written for these tests, parsed as the
 * project's parser parses them.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

describe('modality: possible acts', () => {
  it('"confirmed a possible meeting between Xi and Putin" flags the meeting hypothetical', () => {
    expect(coded(`
      1 Officials NOUN 2 nsubj official
      2 confirmed VERB 0 root confirm
      3 a DET 5 det
      4 possible ADJ 5 amod
      5 meeting NOUN 2 obj
      6 between ADP 7 case
      7 Xi PROPN 5 nmod
      8 and CCONJ 9 cc
      9 Putin PROPN 7 conj
      10 . PUNCT 2 punct`)).toEqual(['CHN>RUS CONSULT 040 ?hyp', 'RUS>CHN CONSULT 040 ?hyp']);
  });

  it('"confirmed a meeting between Xi and Putin" reports the meeting', () => {
    expect(coded(`
      1 Officials NOUN 2 nsubj official
      2 confirmed VERB 0 root confirm
      3 a DET 4 det
      4 meeting NOUN 2 obj
      5 between ADP 6 case
      6 Xi PROPN 4 nmod
      7 and CCONJ 8 cc
      8 Putin PROPN 6 conj
      9 . PUNCT 2 punct`)).toEqual(['CHN>RUS CONSULT 040', 'RUS>CHN CONSULT 040']);
  });
});
