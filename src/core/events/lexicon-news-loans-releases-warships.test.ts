/**
 * Lexicon readings (data/lexicon) of loans approved by a lender (071), releases of things rather than
 * people (no event), warships sailing into a state's waters (150), detainees swapped (0841) and
 * accessions ratified (057). One sentence each, written for
 * these tests and parsed by hand (UD relations as the project's parser writes them).
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

describe('lexicon: loans approved, things released', () => {
  it("a lender's approval of a loan to a state grants it (071)", () => {
    expect(coded(`
      1 The DET 3 det
      2 World PROPN 3 compound
      3 Bank PROPN 4 nsubj
      4 approved VERB 0 root approve
      5 a DET 6 det
      6 loan NOUN 4 obj
      7 to ADP 8 case
      8 Pakistan PROPN 4 obl
      9 . PUNCT 4 punct`, { actors: [{ id: 'igo:wb', name: 'World Bank', type: 'igo', country: null, sector: 'IGO', cameo: 'IGOWBK', forms: ['World Bank'] }, { id: 'state:PAK', name: 'Pakistan', type: 'state', country: 'PAK', cameo: 'PAK', forms: ['Pakistan'] }] })).toEqual(['World Bank>PAK AID 071']);
  });

  it('the release of treated water sets no one free', () => {
    expect(coded(`
      1 China PROPN 2 nsubj
      2 approved VERB 0 root approve
      3 the DET 4 det
      4 release NOUN 2 obj
      5 of ADP 7 case
      6 treated VERB 7 amod treat
      7 water NOUN 4 nmod
      8 . PUNCT 2 punct`, { coder: { participants: 'lenient' } }).filter((e) => / (084|0353)/.test(e))).toEqual([]);
  });

  it('the release of a journalist held abroad still frees a person (0841 under the demand)', () => {
    expect(coded(`
      1 Britain PROPN 2 nsubj
      2 demanded VERB 0 root demand
      3 the DET 4 det
      4 release NOUN 2 obj
      5 of ADP 7 case
      6 a DET 7 det
      7 journalist NOUN 4 nmod
      8 held VERB 7 acl hold
      9 in ADP 10 case
      10 Iran PROPN 8 obl
      11 . PUNCT 2 punct`)).toEqual(['GBR>IRN REQUEST 1053']);
  });
});

describe('lexicon: warships sailing', () => {
  it("warships sailing into a state's waters show force (150)", () => {
    expect(coded(`
      1 Russian ADJ 2 amod
      2 warships NOUN 3 nsubj
      3 sailed VERB 0 root sail
      4 into ADP 6 case
      5 Ukrainian ADJ 6 amod
      6 waters NOUN 3 obl
      7 . PUNCT 3 punct`)).toEqual(['RUS>UKR MOBILIZE 150']);
  });

  it('a ferry sailing to a state is no event', () => {
    expect(coded(`
      1 A DET 3 det
      2 British ADJ 3 amod
      3 ferry NOUN 4 nsubj
      4 sailed VERB 0 root sail
      5 to ADP 6 case
      6 France PROPN 4 obl
      7 . PUNCT 4 punct`)).toEqual([]);
  });
});

describe('lexicon: swaps and ratifications', () => {
  it('two states swapping detainees free them both ways (0841)', () => {
    expect(coded(`
      1 Russia PROPN 4 nsubj
      2 and CCONJ 3 cc
      3 Ukraine PROPN 1 conj
      4 swapped VERB 0 root swap
      5 detainees NOUN 4 obj detainee
      6 . PUNCT 4 punct`)).toEqual(['RUS>UKR RETREAT 0841', 'UKR>RUS RETREAT 0841']);
  });

  it("a parliament ratifying a state's accession approves it by treaty (057)", () => {
    expect(coded(`
      1 Pakistan PROPN 2 nsubj
      2 ratified VERB 0 root ratify
      3 India PROPN 5 nmod:poss
      4 's PART 3 case
      5 accession NOUN 2 obj
      6 . PUNCT 2 punct`)).toEqual(['PAK>IND SUPPORT 057']);
  });
});

describe('lexicon: amounts written with a currency sign', () => {
  it('reads "$500 million" given to a state as money given (071), as "500 million dollars" is', () => {
    const table = `
      1 Japan PROPN 2 nsubj
      2 gave VERB 0 root give
      3 $ SYM 2 obj
      4 500 NUM 5 compound
      5 million NUM 3 nummod
      6 to ADP 7 case
      7 India PROPN 2 obl
      8 . PUNCT 2 punct`;
    expect(coded(table, { actors: [{ id: 'state:JPN', name: 'Japan', type: 'state', country: 'JPN', cameo: 'JPN', forms: ['Japan'] }, { id: 'state:IND', name: 'India', type: 'state', country: 'IND', cameo: 'IND', forms: ['India'] }] })).toEqual(['JPN>IND AID 071']);
    // A sign no entry names stays no amount.
    expect(coded(table.replace('3 $ SYM 2 obj', '3 % SYM 2 obj'), { actors: [{ id: 'state:JPN', name: 'Japan', type: 'state', country: 'JPN', cameo: 'JPN', forms: ['Japan'] }, { id: 'state:IND', name: 'India', type: 'state', country: 'IND', cameo: 'IND', forms: ['India'] }] })).toEqual([]);
  });
});
