/**
 * Blaming an act on someone (data/lexicon 11-disapprove): "blamed the attacks on Russia" accuses
 * Russia, as "blamed Russia for the attacks" does, with the act's kind refining the code (1123 for
 * attacks, 1125 for hacking). Sentences written for these tests, parsed as the project's parser
 * parses them.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

describe('lexicon: blaming', () => {
  it('"blamed the attacks on Russia" accuses Russia of aggression (1123)', () => {
    expect(coded(`
      1 France PROPN 2 nsubj
      2 blamed VERB 0 root blame
      3 the DET 4 det
      4 attacks NOUN 2 obj attack
      5 on ADP 6 case
      6 Russia PROPN 4 nmod
      7 . PUNCT 2 punct`)).toEqual(['FRA>RUS ACCUSE 1123']);
  });

  it('"blamed Russia for the attacks" reads the same', () => {
    expect(coded(`
      1 France PROPN 2 nsubj
      2 blamed VERB 0 root blame
      3 Russia PROPN 2 obj
      4 for ADP 6 case
      5 the DET 6 det
      6 attacks NOUN 2 obl attack
      7 . PUNCT 2 punct`)).toEqual(['FRA>RUS ACCUSE 1123']);
  });

  it('blaming hacking on a state accuses it of espionage or interference (1125)', () => {
    expect(coded(`
      1 France PROPN 2 nsubj
      2 blamed VERB 0 root blame
      3 the DET 4 det
      4 hacking NOUN 2 obj
      5 on ADP 6 case
      6 Russia PROPN 4 nmod
      7 . PUNCT 2 punct`)).toEqual(['FRA>RUS ACCUSE 1125']);
  });
});
