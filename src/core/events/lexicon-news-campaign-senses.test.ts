/**
 * Lexicon precision (data/lexicon): the campaign and everyday senses of coercion, protest,
 * mobilisation and attack words that political news uses next to their event senses — a
 * nomination locked up, a flight boarded, a party gathering, supporters mobilised, an attack
 * between two politicians. One sentence each, written for these tests and parsed by hand.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

const lenient = { coder: { participants: 'lenient' as const } };

describe('lexicon: campaign senses are no coercion or mobilisation', () => {
  it('a nomination locked up is nobody detained; people locked up are (173)', () => {
    expect(coded(`
      1 Putin PROPN 2 nsubj
      2 locked VERB 0 root lock
      3 up ADP 2 compound:prt
      4 the DET 5 det
      5 nomination NOUN 2 obj
      6 . PUNCT 2 punct`, lenient)).toEqual([]);
    expect(coded(`
      1 Russia PROPN 2 nsubj
      2 locked VERB 0 root lock
      3 up ADP 2 compound:prt
      4 two NUM 6 nummod
      5 French ADJ 6 amod
      6 activists NOUN 2 obj
      7 . PUNCT 2 punct`)).toEqual(['RUS>FRA COERCE 173']);
  });

  it('boarding a flight is travel; boarding another state\'s ship restricts it (191)', () => {
    expect(coded(`
      1 Putin PROPN 2 nsubj
      2 boarded VERB 0 root board
      3 his PRON 4 nmod:poss
      4 flight NOUN 2 obj
      5 . PUNCT 2 punct`, lenient)).toEqual([]);
    expect(coded(`
      1 Iran PROPN 2 nsubj
      2 boarded VERB 0 root board
      3 a DET 5 det
      4 British ADJ 5 amod
      5 tanker NOUN 2 obj
      6 . PUNCT 2 punct`)).toEqual(['IRN>GBR COERCE 191']);
  });

  it('supporters mobilised by a campaign are no deployment; reservists mobilised against a state are (154)', () => {
    expect(coded(`
      1 Putin PROPN 2 nsubj
      2 mobilized VERB 0 root mobilize
      3 his PRON 4 nmod:poss
      4 supporters NOUN 2 obj
      5 against ADP 6 case
      6 Ukraine PROPN 2 obl
      7 . PUNCT 2 punct`, lenient)).toEqual([]);
    expect(coded(`
      1 Russia PROPN 2 nsubj
      2 mobilized VERB 0 root mobilize
      3 reservists NOUN 2 obj
      4 against ADP 5 case
      5 Ukraine PROPN 2 obl
      6 . PUNCT 2 punct`)).toEqual(['RUS>UKR MOBILIZE 154']);
  });

  it('a party or delegates gathering is no protest; protesters gathering outside an embassy are (141)', () => {
    expect(coded(`
      1 Iranian ADJ 2 amod
      2 delegates NOUN 3 nsubj
      3 gathered VERB 0 root gather
      4 outside ADP 7 case
      5 the DET 7 det
      6 French ADJ 7 amod
      7 embassy NOUN 3 obl
      8 . PUNCT 3 punct`, lenient)).toEqual([]);
    expect(coded(`
      1 Iranian ADJ 2 amod
      2 protesters NOUN 3 nsubj
      3 gathered VERB 0 root gather
      4 outside ADP 7 case
      5 the DET 7 det
      6 French ADJ 7 amod
      7 embassy NOUN 3 obl
      8 . PUNCT 3 punct`)).toEqual(['protesters>FRA PROTEST 141']);
  });
});

describe('lexicon: an attack between named people', () => {
  it('is a verbal attack (111); a state\'s attack on a state stays an assault (190)', () => {
    expect(coded(`
      1 Putin PROPN 2 nsubj
      2 launched VERB 0 root launch
      3 an DET 4 det
      4 attack NOUN 2 obj
      5 on ADP 6 case
      6 Xi PROPN 4 nmod
      7 . PUNCT 2 punct`)).toEqual(['RUS>CHN ACCUSE 111']);
    expect(coded(`
      1 Russia PROPN 2 nsubj
      2 launched VERB 0 root launch
      3 an DET 4 det
      4 attack NOUN 2 obj
      5 on ADP 6 case
      6 Ukraine PROPN 4 nmod
      7 . PUNCT 2 punct`)).toEqual(['RUS>UKR ASSAULT 190']);
  });
});
