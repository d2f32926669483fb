import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

describe('participants: appositives of plural nouns', () => {
  // "Modi met three women who criticised India, Putin." with "Putin" hung on "women" as its appositive.
  const table = (appos: string) => `
      1 Modi PROPN 2 nsubj
      2 met VERB 0 root meet
      3 three NUM 4 nummod
      4 women NOUN 2 obj woman
      5 who PRON 6 nsubj
      6 criticised VERB 4 acl:relcl criticise
      7 India PROPN 6 obj
      8 , PUNCT 9 punct
      ${appos}
      11 . PUNCT 2 punct`;

  it('does not read a single name as the appositive of a plural noun', () => {
    expect(coded(table('9 Putin PROPN 4 appos\n      10 Xi PROPN 2 obl'))).toEqual([]);
  });

  it('reads a list of names as the appositive of a plural noun ("three women, Xi and …")', () => {
    const events = coded(table('9 Putin PROPN 4 appos\n      10 Xi PROPN 9 conj'));
    expect(events.some((e) => e === 'RUS>IND ACCUSE 111')).toBe(true);
  });
});
