/**
 * Lexicon readings (data/lexicon) of armoured vehicles moved or deployed (a show of force, 154) and of a
 * court's ruling dismissed (a rejection, 120). One sentence each, written for these tests and
 * parsed by hand (UD relations as the project's parser writes them).
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

describe('lexicon: armoured vehicles and rulings', () => {
  it('armoured vehicles moved toward a border are a deployment (154); vehicles of no kind are not', () => {
    const table = `
      1 India PROPN 2 nsubj
      2 moved VERB 0 root move
      3 armoured ADJ 4 amod
      4 vehicles NOUN 2 obj vehicle
      5 toward ADP 8 case
      6 the DET 8 det
      7 Pakistani ADJ 8 amod
      8 border NOUN 2 obl
      9 . PUNCT 2 punct`;
    expect(coded(table)).toEqual(['IND>PAK MOBILIZE 154']);
    expect(coded(table.replace('armoured ADJ 4 amod', 'its PRON 4 nmod:poss'))).toEqual([]);
  });

  it("dismissing a state's ruling or verdict rejects it (120)", () => {
    expect(coded(`
      1 Iran PROPN 2 nsubj
      2 dismissed VERB 0 root dismiss
      3 the DET 6 det
      4 French ADJ 6 amod
      5 court NOUN 6 compound
      6 ruling NOUN 2 obj ruling
      7 . PUNCT 2 punct`)).toEqual(['IRN>FRA REJECT 120']);
  });
});
