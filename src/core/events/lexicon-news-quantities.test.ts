/**
 * Lexicon readings (data/lexicon/grammar.json `quantityNouns`) of amounts a verb governs in place of
 * what they count: weights and volumes of goods ("700 kg of medicine", "25,000 tons of rice") and
 * counts or parts of a group ("two of its nationals"). One sentence each, written for these tests
 * and parsed by hand (UD relations as the project's parser writes them).
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

describe('lexicon: quantities of goods and people', () => {
  it('a weight of relief goods shipped to a state is humanitarian aid (073)', () => {
    expect(coded(`
      1 India PROPN 2 nsubj
      2 shipped VERB 0 root ship
      3 25,000 NUM 4 nummod
      4 tons NOUN 2 obj
      5 of ADP 6 case
      6 rice NOUN 4 nmod
      7 to ADP 8 case
      8 Pakistan PROPN 2 obl
      9 . PUNCT 2 punct`)).toEqual(['IND>PAK AID 073']);
  });

  it('a weight of something that is no aid good is no event', () => {
    expect(coded(`
      1 India PROPN 2 nsubj
      2 shipped VERB 0 root ship
      3 25,000 NUM 4 nummod
      4 tons NOUN 2 obj
      5 of ADP 6 case
      6 steel NOUN 4 nmod
      7 to ADP 8 case
      8 Pakistan PROPN 2 obl
      9 . PUNCT 2 punct`, { coder: { participants: 'lenient' } })).toEqual([]);
  });

  it('some of a state\'s nationals handed over to another state are judicial cooperation (063)', () => {
    expect(coded(`
      1 Iran PROPN 2 nsubj
      2 handed VERB 0 root hand
      3 over ADP 2 compound:prt
      4 two NUM 2 obj
      5 of ADP 7 case
      6 its PRON 7 nmod:poss
      7 nationals NOUN 4 nmod
      8 to ADP 9 case
      9 France PROPN 2 obl
      10 . PUNCT 2 punct`)).toEqual(['IRN>FRA COOPERATE 063']);
  });
});
