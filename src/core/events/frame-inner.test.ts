/**
 * Where a frame ("urged", "pledged", "refused") finds the act it frames: through a verb of merely
 * acting to its purpose ("urged the Council to act to stop the war"). Sentences written for these
 * tests, parsed as the project's parser parses them.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

describe('frames: the act behind a verb of acting', () => {
  const urged = (verb: string) => `
      1 India PROPN 2 nsubj
      2 urged VERB 0 root urge
      3 Pakistan PROPN 2 obj
      4 to PART 5 mark
      5 ${verb} VERB 2 xcomp ${verb}
      6 swiftly ADV 5 advmod
      7 to PART 8 mark
      8 release VERB 5 advcl release
      9 the DET 10 det
      10 prisoners NOUN 8 obj prisoner
      11 . PUNCT 2 punct`;

  it('"urged X to act to release the prisoners" urges the release (1053), not a bare appeal (100)', () => {
    expect(coded(urged('act'))).toEqual(['IND>PAK REQUEST 1053']);
  });

  it('a verb that is more than acting is the act urged itself ("urged X to meet to release …": a meeting, 106)', () => {
    expect(coded(urged('meet'))).toEqual(['IND>PAK REQUEST 106']);
  });
});
