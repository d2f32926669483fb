/**
 * A noun of appeal addressed to a civilian public and asking nothing is attraction, not a request
 * (audience-appeal.ts): "Putin's appeal to protesters has grown" codes nothing; an appeal that asks
 * something ("to leave") or is addressed to a state stays a request. Sentences written for these
 * tests, parsed as the project's parser parses them.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

describe('appeal as attraction', () => {
  it('an appeal to a public that asks nothing is no request', () => {
    expect(coded(`
      1 Putin PROPN 3 nmod:poss
      2 's PART 1 case
      3 appeal NOUN 7 nsubj
      4 to ADP 5 case
      5 protesters NOUN 3 nmod protester
      6 has AUX 7 aux have
      7 grown VERB 0 root grow
      8 . PUNCT 7 punct`)).toEqual([]);
  });

  it('an appeal to a public to do something asks it', () => {
    expect(coded(`
      1 Putin PROPN 3 nmod:poss
      2 's PART 1 case
      3 appeal NOUN 9 nsubj
      4 to ADP 5 case
      5 protesters NOUN 3 nmod protester
      6 to PART 7 mark
      7 leave VERB 3 acl
      8 was AUX 9 cop be
      9 clear ADJ 0 root
      10 . PUNCT 9 punct`).map((e) => e.split(' ').slice(1).join(' '))).toEqual(['REQUEST 020']);
  });

  it('an appeal to a state stays a request', () => {
    expect(coded(`
      1 Putin PROPN 3 nmod:poss
      2 's PART 1 case
      3 appeal NOUN 7 nsubj
      4 to ADP 5 case
      5 India PROPN 3 nmod
      6 has AUX 7 aux have
      7 grown VERB 0 root grow
      8 . PUNCT 7 punct`)).toEqual(['RUS>IND REQUEST 020']);
  });
});
