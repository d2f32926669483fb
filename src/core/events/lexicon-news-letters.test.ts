/**
 * Lexicon readings (data/lexicon) of letters sent between leaders and governments: a communication
 * (040), a congratulation (051) or a protest (114) by what the letter is. One sentence each,
 * written for these tests and parsed by hand (UD relations as the project's parser writes them).
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

const lenient = { coder: { participants: 'lenient' as const } };

describe('lexicon: letters', () => {
  it('a letter sent to a leader communicates (040); a congratulatory one congratulates (051)', () => {
    expect(coded(`
      1 Xi PROPN 2 nsubj
      2 sent VERB 0 root send
      3 a DET 4 det
      4 letter NOUN 2 obj
      5 to ADP 6 case
      6 Putin PROPN 2 obl
      7 . PUNCT 2 punct`)).toEqual(['CHN>RUS CONSULT 040']);
    expect(coded(`
      1 Putin PROPN 2 nsubj
      2 sent VERB 0 root send
      3 a DET 5 det
      4 congratulatory ADJ 5 amod
      5 letter NOUN 2 obj
      6 to ADP 7 case
      7 Xi PROPN 2 obl
      8 . PUNCT 2 punct`)).toEqual(['RUS>CHN SUPPORT 051']);
  });

  it('a letter to nobody known is no event', () => {
    expect(coded(`
      1 Putin PROPN 2 nsubj
      2 wrote VERB 0 root write
      3 a DET 4 det
      4 letter NOUN 2 obj
      5 to ADP 7 case
      6 the DET 7 det
      7 editor NOUN 2 obl
      8 . PUNCT 2 punct`, lenient)).toEqual([]);
  });
});
