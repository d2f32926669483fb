/**
 * Lexicon readings (data/lexicon) of joining and leaving: states joining an international body
 * (057) or applying to (0211), amounts of money and troops pledged to a state (0331, 0332), and "quit" — a minister
 * resigning, a state quitting talks, firms quitting a market. One sentence each, written for these
 * tests and parsed by hand (UD relations as the project's parser writes them); each case pairs the
 * reading that codes with the one that must not.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';
import { WORLD } from './test-support/event-doc.js';

const lenient = { coder: { participants: 'lenient' as const } };

describe('lexicon: joining an international body', () => {
  it('a state joining a body accedes to it (057), the body being the target', () => {
    expect(coded(`
      1 Niger PROPN 2 nsubj
      2 joined VERB 0 root join
      3 ECOWAS PROPN 2 obj
      4 in ADP 5 case
      5 1975 NUM 2 obl
      6 . PUNCT 2 punct`)).toEqual(['NER>Economic Community of West African States SUPPORT 057']);
  });

  it('a state approving another\'s membership approves its entry (057 on the acceding state), not a promise to the body', () => {
    const events = coded(`
      1 Turkey PROPN 2 nsubj
      2 approved VERB 0 root approve
      3 Ukraine PROPN 5 nmod:poss
      4 's PART 3 case
      5 membership NOUN 2 obj
      6 in ADP 7 case
      7 ECOWAS PROPN 5 nmod
      8 . PUNCT 2 punct`, { actors: [...WORLD, { id: 'state:TUR', name: 'Turkey', type: 'state', country: 'TUR', cameo: 'TUR', forms: ['Turkey'] }] });
    expect(events).toContain('TUR>UKR SUPPORT 057');
    expect(events.filter((e) => e.startsWith('TUR>Economic'))).toEqual([]);
  });

  it('"joined X in condemning" is no accession: only the condemnation codes', () => {
    expect(coded(`
      1 France PROPN 2 nsubj
      2 joined VERB 0 root join
      3 India PROPN 2 obj
      4 in SCONJ 5 mark
      5 condemning VERB 2 advcl condemn
      6 Russia PROPN 5 obj
      7 . PUNCT 2 punct`, lenient)).not.toContain('FRA>IND SUPPORT 057');
  });

  it('applying to join a body asks to be admitted (0211), addressed to the body', () => {
    expect(coded(`
      1 Taiwan PROPN 2 nsubj
      2 applied VERB 0 root apply
      3 to PART 4 mark
      4 join VERB 2 xcomp
      5 the DET 7 det
      6 United PROPN 7 compound
      7 Nations PROPN 4 obj
      8 . PUNCT 2 punct`)).toEqual(['TWN>United Nations REQUEST 0211']);
    expect(coded(`
      1 Ukraine PROPN 2 nsubj
      2 applied VERB 0 root apply
      3 for ADP 4 case
      4 membership NOUN 2 obl
      5 of ADP 6 case
      6 ECOWAS PROPN 4 nmod
      7 . PUNCT 2 punct`)).toEqual(['UKR>Economic Community of West African States REQUEST 0211']);
  });
});

describe('lexicon: money pledged', () => {
  it('an amount offered to a state is promised economic aid (0331); with an aid noun the aid decides', () => {
    expect(coded(`
      1 France PROPN 2 nsubj
      2 pledged VERB 0 root pledge
      3 500 NUM 4 nummod
      4 million NUM 5 nummod
      5 euros NOUN 2 obj euro
      6 to ADP 7 case
      7 Niger PROPN 2 obl
      8 . PUNCT 2 punct`)).toEqual(['FRA>NER AGREE 0331']);
    expect(coded(`
      1 France PROPN 2 nsubj
      2 pledged VERB 0 root pledge
      3 500 NUM 4 nummod
      4 million NUM 5 nummod
      5 euros NOUN 2 obj euro
      6 in ADP 8 case
      7 military ADJ 8 amod
      8 aid NOUN 5 nmod
      9 to ADP 10 case
      10 Niger PROPN 2 obl
      11 . PUNCT 2 punct`)).toEqual(['FRA>NER AGREE 0332']);
  });
});

describe('lexicon: troops offered', () => {
  it('troops offered to a state are promised military aid (0332)', () => {
    expect(coded(`
      1 India PROPN 2 nsubj
      2 offered VERB 0 root offer
      3 its PRON 4 nmod:poss
      4 troops NOUN 2 obj troop
      5 to ADP 6 case
      6 Niger PROPN 2 obl
      7 . PUNCT 2 punct`)).toEqual(['IND>NER AGREE 0332']);
  });
});

describe('lexicon: quitting', () => {
  it('quitting talks breaks them off (164), not a resignation', () => {
    expect(coded(`
      1 Iran PROPN 2 nsubj
      2 quit VERB 0 root quit
      3 the DET 4 det
      4 talks NOUN 2 obj talk
      5 with ADP 6 case
      6 Russia PROPN 4 nmod
      7 . PUNCT 2 punct`)).toEqual(['IRN>RUS SANCTION 164']);
  });

  it('firms quitting a market, or schools quitting, resign nothing and retreat from nothing', () => {
    expect(coded(`
      1 French ADJ 2 amod
      2 firms NOUN 3 nsubj firm
      3 quit VERB 0 root quit
      4 the DET 6 det
      5 Russian ADJ 6 amod
      6 market NOUN 3 obj
      7 . PUNCT 3 punct`, lenient)).toEqual([]);
    expect(coded(`
      1 Indian ADJ 2 amod
      2 schools NOUN 4 nsubj school
      3 will AUX 4 aux
      4 quit VERB 0 root quit
      5 . PUNCT 4 punct`, lenient)).toEqual([]);
  });

  it('a leader quitting resigns (0831)', () => {
    expect(coded(`
      1 Putin PROPN 2 nsubj
      2 quit VERB 0 root quit
      3 on ADP 4 case
      4 Monday PROPN 2 obl
      5 . PUNCT 2 punct`, lenient)).toEqual(['RUS>- CONCEDE 0831']);
  });
});
