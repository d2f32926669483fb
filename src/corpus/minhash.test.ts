import { describe, expect, it } from 'vitest';
import { jaccard, lshKeys, minhash, shingleHashes, similarity, words } from './minhash.js';

const BASE =
  'The defence ministers of the two neighbouring countries agreed on Tuesday to open a joint command centre ' +
  'near the border, a step officials described as the most significant since the treaty was signed a decade ago. ' +
  'Talks will continue next month in the capital, where negotiators hope to settle the remaining questions about funding.';
const EDITED = BASE.replace('on Tuesday', 'on Tuesday, May 7,').replace('a decade ago', 'ten years ago') + ' Reprinted with permission.';
const OTHER =
  'Farmers in the northern provinces marched on the regional parliament on Friday to protest against new water ' +
  'quotas, blocking roads with tractors for several hours before police negotiated their withdrawal from the square.';

describe('MinHash and LSH', () => {
  it('shingles words, ignoring case and punctuation', () => {
    expect(words('Hello, WORLD! it’s 2024.')).toEqual(['hello', 'world', 'it', 's', '2024']);
    expect(shingleHashes('a b c d e f').length).toBe(2);
    expect(shingleHashes('too short').length).toBe(1);
    expect(shingleHashes('').length).toBe(0);
  });

  it('gives the same signature for the same text, in any run', () => {
    expect(Array.from(minhash(BASE))).toEqual(Array.from(minhash(BASE)));
    expect(minhash(BASE).length).toBe(128);
    expect(minhash(BASE)[0]).toBe(minhash(BASE.toUpperCase())[0]);
  });

  it('estimates Jaccard similarity closely', () => {
    const exact = jaccard(BASE, EDITED);
    expect(exact).toBeGreaterThan(0.5);
    expect(Math.abs(similarity(minhash(BASE), minhash(EDITED)) - exact)).toBeLessThan(0.12);
    expect(similarity(minhash(BASE), minhash(OTHER))).toBeLessThan(0.1);
  });

  it('puts a lightly edited copy in a shared LSH bucket, and an unrelated text in none', () => {
    const a = lshKeys(minhash(BASE));
    const b = lshKeys(minhash(EDITED));
    const c = lshKeys(minhash(OTHER));
    expect(a).toHaveLength(32);
    expect(a.filter((k, i) => k === b[i]).length).toBeGreaterThan(0);
    expect(a.filter((k, i) => k === c[i]).length).toBe(0);
  });

  it('gives an empty text no buckets, and refuses a band count that does not divide the signature', () => {
    expect(lshKeys(minhash(''))).toEqual([]);
    expect(() => lshKeys(minhash(BASE), { bands: 7 })).toThrow(RangeError);
  });
});
