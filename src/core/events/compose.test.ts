/**
 * Frames around a reported obligation: "announced that Ukraine must agree to talks" lays a duty on
 * Ukraine — a demand on it by whoever announces, not the announcer's own intent to agree.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

/** "Russia announced that Ukraine must agree to talks ." */
const OBLIGED = `
  1 Russia PROPN 2 nsubj
  2 announced VERB 0 root announce
  3 that SCONJ 6 mark
  4 Ukraine PROPN 6 nsubj
  5 must AUX 6 aux
  6 agree VERB 2 ccomp
  7 to ADP 8 case
  8 talks NOUN 6 obl talk
  9 . PUNCT 2 punct`;

describe('frames: an announced obligation', () => {
  it('codes a duty announced for another side as a demand on it', () => {
    expect(coded(OBLIGED)).toEqual(['RUS>UKR REQUEST 100']);
  });

  it('keeps an act the speaker announces for itself its own', () => {
    const events = coded(OBLIGED.replace('4 Ukraine PROPN 6 nsubj', '4 it PRON 6 nsubj'));
    expect(events.some((e) => e.includes('REQUEST'))).toBe(false);
  });
});
