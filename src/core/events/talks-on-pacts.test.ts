/**
 * Talks about a pact with someone are talks with them: "held talks on a free trade agreement with
 * India", with "with India" hung on the pact. Sentences written for these tests, parsed as the
 * project's parser parses them.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

const talks = (topic: string) => `
      1 France PROPN 2 nsubj
      2 held VERB 0 root hold
      3 talks NOUN 2 obj talk
      4 on ADP 7 case
      5 a DET 7 det
      6 trade NOUN 7 compound
      7 ${topic} NOUN 2 obl ${topic}
      8 with ADP 9 case
      9 India PROPN 7 nmod
      10 . PUNCT 2 punct`;

describe('talks on a pact with a party', () => {
  it('are talks with that party, the "with" hung on the pact', () => {
    expect(coded(talks('agreement'))).toEqual(['FRA>IND CONSULT 046']);
    expect(coded(talks('deal'))).toEqual(['FRA>IND CONSULT 046']);
  });

  it('but talks on anything else "with" someone name no party ("talks on the dispute with India")', () => {
    expect(coded(talks('dispute'))).toEqual([]);
  });
});
