/**
 * "up to 16", "more than 40" before a counted noun: a bound on the number, never the verb's
 * particle nor the noun's preposition.
 */
import { describe, expect, it } from 'vitest';
import { repairQuantityModifiers } from './quantity-modifier-repair.js';
import { coded } from './test-support/coded.js';
import { parseArrays } from './test-support/parse-arrays.js';

/** "Rebels have kidnapped up to 30 Indian workers .", with "up" a particle of "seized" and "to" the case of "workers". */
const PARTICLE = `
  1 Rebels NOUN 3 nsubj rebel
  2 have AUX 3 aux
  3 kidnapped VERB 0 root kidnap
  4 up ADP 3 compound:prt
  5 to ADP 8 case
  6 30 NUM 8 nummod
  7 Indian ADJ 8 amod
  8 workers NOUN 3 obl worker
  9 . PUNCT 3 punct`;

describe('parse repairs: quantity modifiers before a number', () => {
  it('hangs "up to" on the number and makes the noun the object again', () => {
    const p = parseArrays(PARTICLE);
    expect(repairQuantityModifiers(p.head, p.rel, p.upos, p.lower)).toBe(true);
    expect([p.head[3], p.rel[3], p.head[4], p.rel[4]]).toEqual([5, 'advmod', 3, 'fixed']);
    expect([p.head[7], p.rel[7]]).toEqual([2, 'obj']);
  });

  it('repairs "as many as" read as a preposition of the noun, keeping a real preposition', () => {
    const p = parseArrays(`
      1 Police NOUN 2 nsubj
      2 handed VERB 0 root hand
      3 leaflets NOUN 2 obj leaflet
      4 to ADP 9 case
      5 as ADP 9 case
      6 many ADJ 5 fixed
      7 as ADP 5 fixed
      8 200 NUM 9 nummod
      9 voters NOUN 2 obl voter`);
    expect(repairQuantityModifiers(p.head, p.rel, p.upos, p.lower)).toBe(true);
    expect([p.head[4], p.rel[4], p.head[5], p.head[6]]).toEqual([7, 'advmod', 4, 4]);
    // "to … voters" is still a recipient: its own preposition stays, and the verb has its object.
    expect([p.head[8], p.rel[8], p.head[3]]).toEqual([1, 'obl', 8]);
  });

  it('leaves a modifier already read as the number\'s, and "up" with no number after "to"', () => {
    const fine = parseArrays(`
      1 Troops NOUN 2 nsubj troop
      2 killed VERB 0 root kill
      3 more ADJ 5 advmod
      4 than ADP 3 fixed
      5 40 NUM 6 nummod
      6 fighters NOUN 2 obj fighter`);
    expect(repairQuantityModifiers(fine.head, fine.rel, fine.upos, fine.lower)).toBe(false);
    const phrasal = parseArrays(`
      1 They PRON 2 nsubj
      2 lived VERB 0 root live
      3 up ADP 2 compound:prt
      4 to ADP 6 case
      5 their PRON 6 nmod:poss
      6 promises NOUN 2 obl promise`);
    expect(repairQuantityModifiers(phrasal.head, phrasal.rel, phrasal.upos, phrasal.lower)).toBe(false);
  });

  it('lets the coder find the captives\' country', () => {
    const table = PARTICLE.replace('Rebels NOUN 3 nsubj rebel', 'Russia PROPN 3 nsubj');
    expect(coded(table)).toEqual(['RUS>IND ASSAULT 181']);
  });
});
