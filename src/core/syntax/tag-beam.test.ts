import { describe, expect, it } from 'vitest';
import { key1 } from './hash.js';
import { TagBeam, type TagScorer } from './tag-beam.js';
import { sentenceCaps } from './tagger-features.js';
import { WordTable } from './word-table.js';

/**
 * A scorer over hand-set weights: the word feature (template 2, lower-cased form) and the
 * previous-tag feature (template 21) — two of the structured tagger's templates.
 */
function handScorer(weights: Map<number, number[]>): TagScorer {
  return (keys, n, out) => {
    for (let i = 0; i < n; i++) {
      const w = weights.get(keys[i]);
      if (w) for (let c = 0; c < w.length; c++) out[c] += w[c];
    }
  };
}

/** Decodes `forms` with `width`; `fixed` gives a dictionary class per position (−1: none). */
function decode(table: WordTable, ids: Int32Array, scorer: TagScorer, width: number, fixed: number[] = []): number[] {
  const beam = new TagBeam(2, width);
  beam.start(ids.length);
  const caps = sentenceCaps(table, ids, 0, ids.length);
  for (let t = 0; t < ids.length; t++) beam.step(t, table, ids, 0, ids.length, caps, fixed[t] ?? -1, scorer);
  const out = new Uint8Array(ids.length);
  beam.path(ids.length - 1, 0, out);
  return Array.from(out);
}

describe('tag beam', () => {
  const table = new WordTable();
  const ids = Int32Array.from(['dock', 'workers', 'strike'], (w) => table.add(w));
  // "dock" prefers class 0 on its own, but class 1 followed by class 1 scores far more in all:
  // 0 0 0 = 2, 1 1 1 = 1 + 5 + 5 = 11
  const weights = new Map<number, number[]>([
    [key1(2, table.lower[ids[0]]), [2, 1]],
    [key1(21, 1), [0, 5]],
  ]);
  const scorer = handScorer(weights);

  it('with width 1 is the greedy decision at every token', () => {
    expect(decode(table, ids, scorer, 1)).toEqual([0, 0, 0]);
  });

  it('with a wider beam finds the best whole sequence the greedy choice misses', () => {
    expect(decode(table, ids, scorer, 2)).toEqual([1, 1, 1]);
    expect(decode(table, ids, scorer, 4)).toEqual([1, 1, 1]);
  });

  it('gives dictionary-fixed tokens their class without scoring them', () => {
    // the last token would take class 1 after class 1; the dictionary says 0
    expect(decode(table, ids, scorer, 2, [-1, -1, 0])).toEqual([1, 1, 0]);
  });

  it('grows for sentences longer than its buffers', () => {
    const long = Int32Array.from({ length: 600 }, () => ids[1]);
    const beam = new TagBeam(2, 3, 4);
    beam.start(long.length);
    for (let t = 0; t < long.length; t++) beam.step(t, table, long, 0, long.length, 0, -1, scorer);
    const out = new Uint8Array(long.length);
    beam.path(long.length - 1, 0, out);
    // after the first token, a previous class 1 earns 5 for class 1
    expect(out.every((c) => c === 1)).toBe(true);
  });
});
