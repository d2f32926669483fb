/**
 * Lexicon readings (data/lexicon) of trade penalties raised or blacklists extended (163), ships sunk
 * (190), troops crossing a border (190), airspace violated (150), embassies opened (050) and
 * branding (111). One sentence each, written for these tests and parsed by hand (UD relations as
 * the project's parser writes them).
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

const lenient = { coder: { participants: 'lenient' as const } };

describe('lexicon: trade penalties', () => {
  it('tariffs raised on a state\'s goods are sanctions (163)', () => {
    expect(coded(`
      1 India PROPN 2 nsubj
      2 raised VERB 0 root raise
      3 tariffs NOUN 2 obj
      4 on ADP 6 case
      5 Chinese ADJ 6 amod
      6 steel NOUN 2 obl
      7 . PUNCT 2 punct`)).toEqual(['IND>CHN COERCE 163']);
  });

  it('firms added to a blacklist are sanctioned (163); other things added are no event', () => {
    expect(coded(`
      1 France PROPN 2 nsubj
      2 added VERB 0 root add
      3 Russian ADJ 4 amod
      4 banks NOUN 2 obj
      5 to ADP 7 case
      6 its PRON 7 nmod:poss
      7 blacklist NOUN 2 obl
      8 . PUNCT 2 punct`)).toEqual(['FRA>RUS COERCE 163']);
    expect(coded(`
      1 France PROPN 2 nsubj
      2 added VERB 0 root add
      3 Russian ADJ 4 amod
      4 banks NOUN 2 obj
      5 to ADP 7 case
      6 its PRON 7 nmod:poss
      7 report NOUN 2 obl
      8 . PUNCT 2 punct`, lenient)).toEqual([]);
  });
});

describe('lexicon: at sea and across borders', () => {
  it('a state\'s warship sunk is an attack on it (190)', () => {
    expect(coded(`
      1 Ukraine PROPN 2 nsubj
      2 sank VERB 0 root sink
      3 a DET 5 det
      4 Russian ADJ 5 amod
      5 warship NOUN 2 obj
      6 . PUNCT 2 punct`)).toEqual(['UKR>RUS ASSAULT 190']);
  });

  it('troops crossing into a state attack it (190); refugees crossing into it do not', () => {
    expect(coded(`
      1 Russian ADJ 2 amod
      2 troops NOUN 3 nsubj
      3 crossed VERB 0 root cross
      4 into ADP 5 case
      5 Ukraine PROPN 3 obl
      6 . PUNCT 3 punct`)).toEqual(['RUS>UKR ASSAULT 190']);
    expect(coded(`
      1 Ukrainian ADJ 2 amod
      2 refugees NOUN 3 nsubj
      3 crossed VERB 0 root cross
      4 into ADP 5 case
      5 France PROPN 3 obl
      6 . PUNCT 3 punct`, lenient)).toEqual([]);
  });

  it('another state\'s airspace violated is a show of force (150)', () => {
    expect(coded(`
      1 Russian ADJ 2 amod
      2 jets NOUN 3 nsubj
      3 violated VERB 0 root violate
      4 Ukrainian ADJ 5 amod
      5 airspace NOUN 3 obj
      6 . PUNCT 3 punct`)).toEqual(['RUS>UKR MOBILIZE 150']);
  });
});

describe('lexicon: embassies and branding', () => {
  it('an embassy opened in a state is diplomatic cooperation with it (050)', () => {
    expect(coded(`
      1 India PROPN 2 nsubj
      2 opened VERB 0 root open
      3 an DET 4 det
      4 embassy NOUN 2 obj
      5 in ADP 6 case
      6 Kazakhstan PROPN 2 obl
      7 . PUNCT 2 punct`)).toEqual(['IND>KAZ SUPPORT 050']);
  });

  it('the one branded is the first object (111)', () => {
    expect(coded(`
      1 Russia PROPN 2 nsubj
      2 branded VERB 0 root brand
      3 Ukraine PROPN 2 iobj
      4 a DET 5 det
      5 puppet NOUN 2 obj
      6 of ADP 7 case
      7 Washington PROPN 5 nmod
      8 . PUNCT 2 punct`)).toEqual(['RUS>UKR ACCUSE 111']);
  });
});
