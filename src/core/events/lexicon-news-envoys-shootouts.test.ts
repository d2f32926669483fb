/**
 * Lexicon readings (data/lexicon) of Commonwealth envoys ("high commissioner", recalled, summoned or
 * expelled like an ambassador) and of shootouts between armed sides. One sentence each, written for
 * these tests and parsed by hand (UD relations as the project's parser writes them).
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

/** "India recalled its high commissioner from Pakistan ." */
const RECALLED = `
  1 India PROPN 2 nsubj
  2 recalled VERB 0 root recall
  3 its PRON 5 nmod:poss
  4 high ADJ 5 amod
  5 commissioner NOUN 2 obj commissioner
  6 from ADP 7 case
  7 Pakistan PROPN 2 obl
  8 . PUNCT 2 punct`;

describe('lexicon: high commissioners', () => {
  it('a high commissioner recalled reduces relations (161), summoned is a complaint (114), expelled a sanction (166)', () => {
    expect(coded(RECALLED)).toEqual(['IND>PAK SANCTION 161']);
    const summoned = `
      1 India PROPN 2 nsubj
      2 summoned VERB 0 root summon
      3 the DET 6 det
      4 Pakistani ADJ 6 amod
      5 high ADJ 6 amod
      6 commissioner NOUN 2 obj commissioner
      7 . PUNCT 2 punct`;
    expect(coded(summoned)).toEqual(['IND>PAK ACCUSE 114']);
    expect(coded(summoned.replace('summoned VERB 0 root summon', 'expelled VERB 0 root expel'))).toEqual(['IND>PAK SANCTION 166']);
  });

  it('a commissioner of no other kind recalled is no event ("recalled its election commissioner")', () => {
    expect(coded(RECALLED.replace('high ADJ 5 amod', 'election NOUN 5 compound'))).toEqual([]);
  });
});

describe('lexicon: shootouts', () => {
  it('a shootout between two sides is fighting both ways (190)', () => {
    const events = coded(`
      1 A DET 2 det
      2 shootout NOUN 8 nsubj shootout
      3 between ADP 5 case
      4 Indian ADJ 5 amod
      5 troops NOUN 2 nmod troop
      6 and CCONJ 7 cc
      7 Pakistan PROPN 5 conj
      8 killed VERB 0 root kill
      9 two NUM 10 nummod
      10 people NOUN 8 obj person
      11 . PUNCT 8 punct`);
    expect(events).toContain('IND>PAK ASSAULT 190');
    expect(events).toContain('PAK>IND ASSAULT 190');
  });
});
