import { describe, expect, it } from 'vitest';
import { hashString } from './hash.js';
import { clusterPrefix } from './word-clusters.js';
import { normaliseWord, WordTable } from './word-table.js';

describe('word clusters', () => {
  it('cuts a tree path to its first bits below the root', () => {
    // path 0b1_0110_1101: depth 8 below the root bit
    const path = 0b101101101;
    expect(clusterPrefix(path, 4)).toBe(0b10110);
    expect(clusterPrefix(path, 1)).toBe(0b10);
    expect(clusterPrefix(path, 8)).toBe(path);
    expect(clusterPrefix(path, 12)).toBe(path);
    expect(clusterPrefix(0, 4)).toBe(0);
  });

  it('gives every form of a word its lower-cased cluster in the word table', () => {
    const clusters = new Map([[hashString(normaliseWord('Minister')), 0b1101]]);
    const t = new WordTable(16, new Map(), new Map(), clusters);
    expect(t.hasClusters).toBe(true);
    const a = t.add('minister');
    const b = t.add('MINISTER');
    const c = t.add('ministry');
    expect(t.cluster[a]).toBe(0b1101);
    expect(t.cluster[b]).toBe(0b1101);
    expect(t.cluster[c]).toBe(0);
    expect(new WordTable(16).hasClusters).toBe(false);
  });
});
