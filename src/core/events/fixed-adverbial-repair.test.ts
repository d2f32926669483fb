/**
 * "at last" / "at first" read as an oblique that takes the verb's next phrase: the phrase is the verb's.
 */
import { describe, expect, it } from 'vitest';
import { repairFixedAdverbials } from './fixed-adverbial-repair.js';
import { coded } from './test-support/coded.js';

describe('parse repairs: fixed "at …" adverbials', () => {
  it('moves a phrase hung on "last" to the verb, leaving the preposition of "at last" alone', () => {
    // agreed(0) at(1) last(2) to(3) talks(4)
    const head = Int32Array.from([-1, 2, 0, 4, 2]);
    const rel = ['root', 'case', 'obl', 'case', 'nmod'];
    expect(repairFixedAdverbials(head, rel, ['VERB', 'ADP', 'ADJ', 'ADP', 'NOUN'], ['agreed', 'at', 'last', 'to', 'talks'])).toBe(true);
    expect([...head]).toEqual([-1, 2, 0, 4, 0]);
  });

  it('leaves "at the last minute" alone', () => {
    const head = Int32Array.from([-1, 3, 3, 0]);
    expect(repairFixedAdverbials(head, ['root', 'case', 'det', 'obl'], ['VERB', 'ADP', 'DET', 'NOUN'], ['left', 'at', 'the', 'last'])).toBe(false);
  });

  it('lets the coder find whom the act is directed at', () => {
    const table = `
      1 Russia PROPN 2 nsubj
      2 conceded VERB 0 root concede
      3 at ADP 4 case
      4 last ADJ 2 obl last
      5 to ADP 6 case
      6 Ukraine PROPN 4 nmod
      7 . PUNCT 2 punct`;
    expect(coded(table)).toEqual(['RUS>UKR CONCEDE 080']);
  });
});
