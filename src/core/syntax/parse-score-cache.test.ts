import { describe, expect, it } from 'vitest';
import { ScoreRows } from './parse-score-cache.js';

describe('score rows keyed by id', () => {
  it('find only the rows added since the sentence started, at stable offsets as they grow', () => {
    const rows = new ScoreRows(3);
    rows.start(500);
    expect(rows.find(7)).toBe(-1);
    const offsets = new Map<number, number>();
    // more rows than the first allocation holds: the data grows and keeps what was written
    for (let id = 0; id < 400; id += 3) {
      const at = rows.add(id);
      rows.data.set([id, 1 - id, 3 * id + 1], at);
      offsets.set(id, at);
    }
    for (const [id, at] of offsets) {
      expect(rows.find(id)).toBe(at);
      expect(Array.from(rows.data.subarray(at, at + 3))).toEqual([id, 1 - id, 3 * id + 1]);
    }
    expect(rows.find(4)).toBe(-1);
    // a new sentence forgets them all, a longer one included
    rows.start(2000);
    expect(rows.find(0)).toBe(-1);
    expect(rows.find(399)).toBe(-1);
    expect(rows.find(1999)).toBe(-1);
  });
});
