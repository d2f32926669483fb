/**
 * Lexicon precision (data/lexicon) on the interview and campaign senses of appeal and meeting verbs:
 * asking someone about something or a question is no appeal, speaking to voters, supporters or
 * reporters is no meeting, "talking up" a candidacy is promotion, and pushing one's priorities is no
 * demand. One sentence each, written for these tests and parsed by hand (UD relations as the
 * project's parser writes them).
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

describe('lexicon: questions are not appeals', () => {
  it('asking someone about something is a question (no event); asking for help stays an appeal', () => {
    expect(coded(`
      1 Putin PROPN 2 nsubj
      2 asked VERB 0 root ask
      3 Xi PROPN 2 obj
      4 about ADP 6 case
      5 the DET 6 det
      6 remarks NOUN 2 obl
      7 . PUNCT 2 punct`)).toEqual([]);
    expect(coded(`
      1 Pakistan PROPN 2 nsubj
      2 asked VERB 0 root ask
      3 China PROPN 2 obj
      4 for ADP 5 case
      5 help NOUN 2 obl
      6 . PUNCT 2 punct`)).toEqual(['PAK>CHN REQUEST 023']);
  });

  it('asking someone a question is no appeal', () => {
    expect(coded(`
      1 Putin PROPN 2 nsubj
      2 asked VERB 0 root ask
      3 Xi PROPN 2 iobj
      4 a DET 5 det
      5 question NOUN 2 obj
      6 . PUNCT 2 punct`)).toEqual([]);
  });
});

describe('lexicon: speaking to an audience', () => {
  it('speaking to supporters is no meeting; speaking with a leader is one (040)', () => {
    expect(coded(`
      1 Putin PROPN 2 nsubj
      2 spoke VERB 0 root speak
      3 to ADP 4 case
      4 supporters NOUN 2 obl
      5 in ADP 6 case
      6 Samarkand PROPN 4 nmod
      7 . PUNCT 2 punct`)).toEqual([]);
    expect(coded(`
      1 Putin PROPN 2 nsubj
      2 spoke VERB 0 root speak
      3 with ADP 4 case
      4 Xi PROPN 2 obl
      5 . PUNCT 2 punct`)).toEqual(['RUS>CHN CONSULT 040']);
  });

  it('talking up a candidacy is promotion, not talks', () => {
    expect(coded(`
      1 Putin PROPN 2 nsubj
      2 talked VERB 0 root talk
      3 up ADP 2 compound:prt
      4 the DET 5 det
      5 deal NOUN 2 obj
      6 with ADP 7 case
      7 China PROPN 5 nmod
      8 . PUNCT 2 punct`)).toEqual([]);
  });
});

describe('lexicon: pushing priorities', () => {
  it('pushing one\'s priorities is no demand; pushing a state to act is one', () => {
    expect(coded(`
      1 France PROPN 2 nsubj
      2 pushed VERB 0 root push
      3 its PRON 4 nmod:poss
      4 priorities NOUN 2 obj
      5 in ADP 6 case
      6 Kazakhstan PROPN 2 obl
      7 . PUNCT 2 punct`)).toEqual([]);
    expect(coded(`
      1 France PROPN 2 nsubj
      2 pushed VERB 0 root push
      3 India PROPN 2 obj
      4 to PART 5 mark
      5 cut VERB 2 xcomp cut
      6 emissions NOUN 5 obj
      7 . PUNCT 2 punct`)).toEqual(['FRA>IND REQUEST 100']);
  });
});

describe('lexicon: electoral preferences', () => {
  it('voters backing a candidate state a preference (no event); a state backing another supports it (051)', () => {
    expect(coded(`
      1 Russian ADJ 2 amod
      2 voters NOUN 3 nsubj
      3 backed VERB 0 root back
      4 Putin PROPN 3 obj
      5 . PUNCT 3 punct`)).toEqual([]);
    expect(coded(`
      1 Russia PROPN 2 nsubj
      2 backed VERB 0 root back
      3 China PROPN 2 obj
      4 . PUNCT 2 punct`)).toEqual(['RUS>CHN SUPPORT 051']);
  });
});

describe('lexicon: verbal attacks', () => {
  it('attacks on someone\'s record or policy are verbal (111), attacks on a state are force (190)', () => {
    expect(coded(`
      1 Russian ADJ 2 amod
      2 attacks NOUN 6 nsubj
      3 on ADP 5 case
      4 Ukraine PROPN 5 nmod:poss
      5 policy NOUN 2 nmod
      6 continued VERB 0 root continue
      7 . PUNCT 6 punct`, { coder: { participants: 'lenient' } })).toEqual(['RUS>UKR ACCUSE 111']);
    expect(coded(`
      1 Russian ADJ 2 amod
      2 attacks NOUN 5 nsubj
      3 on ADP 4 case
      4 Ukraine PROPN 2 nmod
      5 continued VERB 0 root continue
      6 . PUNCT 5 punct`, { coder: { participants: 'lenient' } })).toEqual(['RUS>UKR ASSAULT 190']);
  });
});
