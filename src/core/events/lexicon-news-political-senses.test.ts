/**
 * Lexicon precision (data/lexicon), second pass on political news: campaigns targeting voters,
 * attacks "for" something (criticism), politicians clashing, statistics gathered, qualities
 * demonstrated, markets broken into. One sentence each, written for these tests and parsed by hand.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

const lenient = { coder: { participants: 'lenient' as const } };

describe('lexicon: verbal and commercial senses of attack words', () => {
  it('a campaign targeting voters is no attack; a state targeting a state is (190)', () => {
    expect(coded(`
      1 Putin PROPN 3 nsubj
      2 is AUX 3 aux
      3 targeting VERB 0 root target
      4 Chinese ADJ 5 amod
      5 voters NOUN 3 obj
      6 . PUNCT 3 punct`, lenient)).toEqual([]);
    expect(coded(`
      1 Russia PROPN 2 nsubj
      2 targeted VERB 0 root target
      3 Ukraine PROPN 2 obj
      4 . PUNCT 2 punct`)).toEqual(['RUS>UKR ASSAULT 190']);
  });

  it('a state targeting another state\'s programme or banks is the sanctions sense, no attack', () => {
    expect(coded(`
      1 France PROPN 2 nsubj
      2 targeted VERB 0 root target
      3 Iran PROPN 6 nmod:poss
      4 's PART 3 case
      5 missile NOUN 6 compound
      6 programme NOUN 2 obj
      7 . PUNCT 2 punct`, lenient)).toEqual([]);
  });

  it('attacking someone for something criticises them (111)', () => {
    expect(coded(`
      1 China PROPN 2 nsubj
      2 attacked VERB 0 root attack
      3 India PROPN 2 obj
      4 for ADP 5 mark
      5 opposing VERB 2 advcl oppose
      6 the DET 7 det
      7 deal NOUN 5 obj
      8 . PUNCT 2 punct`)).toEqual(['CHN>IND ACCUSE 111']);
  });

  it('officials clashing with a state clash in words (111); troops clashing stay a fight (190)', () => {
    expect(coded(`
      1 Russian ADJ 2 amod
      2 officials NOUN 3 nsubj
      3 clashed VERB 0 root clash
      4 with ADP 5 case
      5 Ukraine PROPN 3 obl
      6 . PUNCT 3 punct`)).toEqual(['RUS>UKR ACCUSE 111', 'UKR>RUS ACCUSE 111']);
    expect(coded(`
      1 Russian ADJ 2 amod
      2 troops NOUN 3 nsubj
      3 clashed VERB 0 root clash
      4 with ADP 5 case
      5 Ukraine PROPN 3 obl
      6 . PUNCT 3 punct`)).toEqual(['RUS>UKR ASSAULT 190', 'UKR>RUS ASSAULT 190']);
  });
});

describe('lexicon: gathering, demonstrating and breaking into in their everyday senses', () => {
  it('statistics gathered are no protest', () => {
    expect(coded(`
      1 Iran PROPN 2 nsubj
      2 gathered VERB 0 root gather
      3 statistics NOUN 2 obj
      4 outside ADP 6 case
      5 the DET 6 det
      6 embassy NOUN 2 obl
      7 . PUNCT 2 punct`, lenient)).toEqual([]);
  });

  it('a knack demonstrated is no demonstration', () => {
    expect(coded(`
      1 Iran PROPN 2 nsubj
      2 demonstrated VERB 0 root demonstrate
      3 a DET 4 det
      4 knack NOUN 2 obj
      5 for ADP 6 case
      6 Russia PROPN 4 nmod
      7 . PUNCT 2 punct`, lenient)).toEqual([]);
  });

  it('breaking into a market is no hacking; breaking into a state\'s networks is (176)', () => {
    expect(coded(`
      1 China PROPN 2 nsubj
      2 broke VERB 0 root break
      3 into ADP 6 case
      4 the DET 6 det
      5 Indian ADJ 6 amod
      6 market NOUN 2 obl
      7 . PUNCT 2 punct`, lenient)).toEqual([]);
    expect(coded(`
      1 China PROPN 2 nsubj
      2 broke VERB 0 root break
      3 into ADP 6 case
      4 Indian ADJ 6 amod
      5 government NOUN 6 compound
      6 networks NOUN 2 obl
      7 . PUNCT 2 punct`)).toEqual(['CHN>IND COERCE 176']);
  });
});
