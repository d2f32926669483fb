/** Token words: a Doc's tokens split into the knowledge base's normal form, with where each word comes from. */
import { describe, expect, it } from 'vitest';
import { buildDoc } from '../doc/test-support/build-doc.js';
import { tokenWords } from './token-words.js';

describe('tokenWords', () => {
  const doc = buildDoc(`
    1 Russia-China PROPN 2 compound
    2 talks NOUN 5 nsubj talk
    3 in ADP 4 case
    4 Nur-Sultan PROPN 2 nmod SpaceAfter=No
    5 's PART 4 case
    6 U.S. PROPN 7 compound
    7 office NOUN 0 root
    8 . PUNCT 7 punct`);

  it('gives each hyphen-separated part its words, and punctuation and possessives none', () => {
    const tw = tokenWords(doc, new Map());
    expect(tw.words).toEqual(['russia', 'china', 'talks', 'in', 'nur', 'sultan', 'us', 'office']);
    expect([...tw.wordToken]).toEqual([0, 0, 1, 2, 3, 3, 5, 6]);
    expect([...tw.tokenFirstWord]).toEqual([0, 2, 3, 4, -1, 6, 7, -1]);
    expect([...tw.tokenWordCount]).toEqual([2, 1, 1, 2, 0, 1, 1, 0]);
    // "China" is its own part: it starts and ends one, at its own characters.
    expect(doc.text.slice(tw.wordStart[1], tw.wordEnd[1])).toBe('China');
    expect([tw.partFirst[1], tw.partLast[1]]).toEqual([1, 1]);
  });

  it('reads the same from a cache filled by an earlier Doc', () => {
    const cache = new Map();
    const first = tokenWords(doc, cache);
    expect(cache.size).toBeGreaterThan(0);
    expect(tokenWords(doc, cache)).toEqual(first);
  });
});
