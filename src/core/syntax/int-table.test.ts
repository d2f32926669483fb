import { describe, expect, it } from 'vitest';
import { hashString } from './hash.js';
import { IntTable } from './int-table.js';

describe('IntTable', () => {
  it('answers what a Map of the same pairs answers, for word hashes in any order', () => {
    const words = ['minister', 'ceasefire', 'talks', 'Kyiv', 'sanctions', 'envoy', 'summit', 'rebels', 'troops', 'vote'];
    const pairs = words.map((w, i): [number, number] => [hashString(w), i * 1e9 + 0.5]);
    for (const ordered of [pairs, [...pairs].sort((a, b) => (a[0] >>> 0) - (b[0] >>> 0))]) {
      const t = new IntTable(ordered.map((p) => p[0]), ordered.map((p) => p[1]));
      const m = new Map(ordered);
      expect(t.size).toBe(m.size);
      for (const w of [...words, 'absent', 'parliament']) expect(t.get(hashString(w))).toBe(m.get(hashString(w)));
    }
  });

  it('keeps key 0, negative keys and small keys, and the last value of a repeated key', () => {
    const keys = [0, -1, 1, 2, 3, -2147483648, 2147483647, 2, 0];
    const values = [10, 11, 12, 13, 14, 15, 16, 17, 18];
    const t = new IntTable(keys, values);
    expect(t.size).toBe(7);
    expect([0, -1, 1, 2, 3, -2147483648, 2147483647].map((k) => t.get(k))).toEqual([18, 11, 12, 17, 14, 15, 16]);
    expect(t.get(4)).toBeUndefined();
    expect(t.has(3)).toBe(true);
    expect(t.has(5)).toBe(false);
  });

  it('finds every key when many share their top bits (one long probe run)', () => {
    const keys = Array.from({ length: 500 }, (_, i) => i + 1);
    const t = new IntTable(keys, keys.map((k) => -k));
    expect(keys.every((k) => t.get(k) === -k)).toBe(true);
    expect(t.get(501)).toBeUndefined();
    expect(new IntTable([], []).get(7)).toBeUndefined();
  });
});
