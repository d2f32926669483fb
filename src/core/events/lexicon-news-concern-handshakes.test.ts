/**
 * Lexicon (data/lexicon): a state or an official "concerned", "worried" or "alarmed" about another's
 * act voices disapproval of it (110), as "expressed concern" does; people worried about something,
 * and "concerned" with nothing it is about, code nothing. Two sides shaking hands meet (040).
 * Sentences written for these tests, parsed by hand as the project's parser writes them.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';
import { WORLD } from './test-support/event-doc.js';

/** "<Who> is deeply <adj> about China 's drills ." */
const about = (who: string, adj: string, tag = 'PROPN'): string => `
  1 ${who} ${tag} 4 nsubj
  2 is AUX 4 cop be
  3 deeply ADV 4 advmod
  4 ${adj} ADJ 0 root
  5 about ADP 8 case
  6 China PROPN 8 nmod:poss
  7 's PART 6 case
  8 drills NOUN 4 obl drill
  9 . PUNCT 4 punct`;

describe('lexicon: concerned, worried, alarmed', () => {
  it('a state concerned or worried about another state\'s act disapproves of it (110)', () => {
    expect(coded(about('India', 'concerned')).filter((e) => e.startsWith('IND>CHN'))).toEqual(['IND>CHN ACCUSE 110']);
    expect(coded(about('India', 'worried')).filter((e) => e.startsWith('IND>CHN'))).toEqual(['IND>CHN ACCUSE 110']);
  });

  it('people worried about it disapprove of nobody', () => {
    const voters = coded(about('demonstrators', 'worried', 'NOUN'), { actors: [...WORLD, { id: 'group:voters', name: 'voters', type: 'group', country: 'IND', sector: 'CVL', cameo: 'INDCVL', forms: ['demonstrators'], via: 'description' }] });
    expect(voters.filter((e) => e.includes('ACCUSE'))).toEqual([]);
  });

  it('"the parties concerned" and "as far as India is concerned" name nothing it is about', () => {
    expect(coded(`
      1 As ADV 3 advmod
      2 far ADV 3 advmod
      3 as SCONJ 6 mark
      4 India PROPN 6 nsubj
      5 is AUX 6 cop be
      6 concerned ADJ 10 advcl
      7 , PUNCT 6 punct
      8 talks NOUN 10 nsubj talk
      9 will AUX 10 aux
      10 continue VERB 0 root
      11 . PUNCT 10 punct`).filter((e) => e.includes('ACCUSE'))).toEqual([]);
  });
});

describe('lexicon: shaking hands', () => {
  it('two sides shaking hands meet (040 both ways); one shaking hands with another meets it', () => {
    expect(coded(`
      1 India PROPN 4 nsubj
      2 and CCONJ 3 cc
      3 Pakistan PROPN 1 conj
      4 shook VERB 0 root shake
      5 hands NOUN 4 obj hand
      6 . PUNCT 4 punct`)).toEqual(['IND>PAK CONSULT 040', 'PAK>IND CONSULT 040']);
    expect(coded(`
      1 India PROPN 2 nsubj
      2 shook VERB 0 root shake
      3 hands NOUN 2 obj hand
      4 with ADP 5 case
      5 Pakistan PROPN 2 obl
      6 . PUNCT 2 punct`)).toEqual(['IND>PAK CONSULT 040']);
  });

  it('shaking anything else is no meeting', () => {
    expect(coded(`
      1 India PROPN 2 nsubj
      2 shook VERB 0 root shake
      3 Pakistan PROPN 2 obj
      4 . PUNCT 2 punct`)).toEqual([]);
  });
});
