/**
 * Lexicon precision (data/lexicon) on frequent news words that also have a non-event reading, one
 * sentence each, written for these tests and parsed by hand (UD relations as the project's parser
 * writes them). Each case pairs the event reading with the reading that must not code.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

const lenient = { coder: { participants: 'lenient' as const } };

describe('lexicon: attacks on positions', () => {
  it('troops attacking positions fight (190); attacking a position on an issue is criticism (111)', () => {
    expect(coded(`
      1 Russian ADJ 2 amod
      2 troops NOUN 3 nsubj troop
      3 attacked VERB 0 root attack
      4 Ukrainian ADJ 5 amod
      5 positions NOUN 3 obj position
      6 . PUNCT 3 punct`)).toEqual(['RUS>UKR ASSAULT 190']);
    expect(coded(`
      1 China PROPN 2 nsubj
      2 attacked VERB 0 root attack
      3 India PROPN 5 nmod:poss
      4 's PART 3 case
      5 position NOUN 2 obj
      6 on ADP 8 case
      7 the DET 8 det
      8 border NOUN 5 nmod
      9 . PUNCT 2 punct`)).toEqual(['CHN>IND ACCUSE 111']);
  });
});

describe('lexicon: "demonstrate" as showing', () => {
  it('a state or a person demonstrating a quality shows it; a crowd demonstrating protests (141)', () => {
    expect(coded(`
      1 India PROPN 2 nsubj
      2 demonstrated VERB 0 root demonstrate
      3 an DET 5 det
      4 excellent ADJ 5 amod
      5 temperament NOUN 2 obj
      6 . PUNCT 2 punct`, lenient)).toEqual([]);
    expect(coded(`
      1 Iranian ADJ 2 amod
      2 students NOUN 3 nsubj student
      3 demonstrated VERB 0 root demonstrate
      4 on ADP 5 case
      5 Sunday PROPN 3 obl
      6 . PUNCT 3 punct`, lenient)).toEqual(['IRN>- PROTEST 141']);
  });

  it('demonstrating against someone protests, whoever demonstrates', () => {
    expect(coded(`
      1 The DET 2 det
      2 protesters NOUN 3 nsubj protester
      3 demonstrated VERB 0 root demonstrate
      4 against ADP 5 case
      5 China PROPN 3 obl
      6 in ADP 7 case
      7 Samarkand PROPN 3 obl
      8 . PUNCT 3 punct`)).toEqual(['UZB>CHN PROTEST 141']);
  });
});

describe('lexicon: standing states and descriptions are no events', () => {
  it('a military presence is no deployment; increasing it is (154)', () => {
    expect(coded(`
      1 The DET 4 det
      2 American ADJ 4 amod
      3 military ADJ 4 amod
      4 presence NOUN 7 nsubj
      5 in ADP 6 case
      6 Pakistan PROPN 4 nmod
      7 continued VERB 0 root continue
      8 . PUNCT 7 punct`, lenient)).toEqual([]);
    expect(coded(`
      1 Russia PROPN 2 nsubj
      2 increased VERB 0 root increase
      3 its PRON 5 nmod:poss
      4 military ADJ 5 amod
      5 presence NOUN 2 obj
      6 near ADP 7 case
      7 Ukraine PROPN 2 obl
      8 . PUNCT 2 punct`)).toEqual(['RUS>UKR MOBILIZE 154']);
  });

  it('"the threat posed by China" describes a danger; a threat by China is one (130)', () => {
    expect(coded(`
      1 The DET 2 det
      2 threat NOUN 6 nsubj
      3 posed VERB 2 acl pose
      4 by ADP 5 case
      5 China PROPN 3 obl:agent
      6 grew VERB 0 root grow
      7 . PUNCT 6 punct`, lenient)).toEqual([]);
    expect(coded(`
      1 The DET 2 det
      2 threat NOUN 5 nsubj
      3 by ADP 4 case
      4 China PROPN 2 nmod
      5 grew VERB 0 root grow
      6 . PUNCT 5 punct`, lenient)).toEqual(['CHN>- THREATEN 130']);
  });

  it('pushing talks forward asks nothing of their parties; pushing a state to act does (10x)', () => {
    expect(coded(`
      1 The DET 3 det
      2 United PROPN 3 compound
      3 States PROPN 4 nsubj
      4 pushed VERB 0 root push
      5 India PROPN 7 nmod:poss
      6 's PART 5 case
      7 talks NOUN 4 obj talk
      8 with ADP 9 case
      9 Pakistan PROPN 7 nmod
      10 . PUNCT 4 punct`).filter((e) => e.includes('REQUEST'))).toEqual([]);
    expect(coded(`
      1 The DET 3 det
      2 United PROPN 3 compound
      3 States PROPN 4 nsubj
      4 pushed VERB 0 root push
      5 Pakistan PROPN 4 obj
      6 to PART 7 mark
      7 hold VERB 4 xcomp
      8 talks NOUN 7 obj talk
      9 with ADP 10 case
      10 India PROPN 7 obl
      11 . PUNCT 4 punct`)).toEqual(['USA>PAK REQUEST 106']);
  });
});

describe('lexicon: standing conflicts and idioms', () => {
  it('"the conflict between India and Pakistan" names a standing state; clashes between them are fighting (190)', () => {
    expect(coded(`
      1 He PRON 2 nsubj
      2 discussed VERB 0 root discuss
      3 the DET 4 det
      4 conflict NOUN 2 obj
      5 between ADP 6 case
      6 India PROPN 4 nmod
      7 and CCONJ 8 cc
      8 Pakistan PROPN 6 conj
      9 . PUNCT 2 punct`, lenient).filter((e) => e.includes('ASSAULT'))).toEqual([]);
    expect(coded(`
      1 Clashes NOUN 7 nsubj clash
      2 between ADP 3 case
      3 India PROPN 1 nmod
      4 and CCONJ 5 cc
      5 Pakistan PROPN 3 conj
      6 have AUX 7 aux
      7 resumed VERB 0 root resume
      8 . PUNCT 7 punct`)).toEqual(['IND>PAK ASSAULT 190', 'PAK>IND ASSAULT 190']);
  });

  it('"fired up", "fighting it out" and "admitted" make no attack, fight or refuge', () => {
    expect(coded(`
      1 The DET 2 det
      2 speech NOUN 3 nsubj
      3 fired VERB 0 root fire
      4 up ADP 3 compound:prt
      5 Putin PROPN 3 obj
      6 . PUNCT 3 punct`, lenient)).toEqual([]);
    expect(coded(`
      1 Xi PROPN 4 nsubj
      2 and CCONJ 3 cc
      3 Putin PROPN 1 conj
      4 fought VERB 0 root fight
      5 it PRON 4 obj
      6 out ADP 4 compound:prt
      7 . PUNCT 4 punct`, lenient)).toEqual([]);
    expect(coded(`
      1 Russia PROPN 2 nsubj
      2 admitted VERB 0 root admit
      3 the DET 5 det
      4 Ukrainian ADJ 5 amod
      5 prisoners NOUN 2 obj prisoner
      6 were AUX 7 aux:pass
      7 held VERB 2 ccomp hold
      8 . PUNCT 2 punct`, lenient).filter((e) => e.includes('AID'))).toEqual([]);
  });
});
