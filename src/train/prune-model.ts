/**
 * Pruning a trained linear model for the shipped artifact: weights whose real magnitude is under a
 * threshold are dropped, and features left without weights disappear. Most of an averaged
 * perceptron's features were touched once or twice late in training and carry tiny averaged
 * weights; dropping them shrinks the file and the run-time tables (fewer cache misses) at little
 * cost in accuracy — `npm run train:syntax` measures the trade-off it ships.
 */
import type { LinearModelParts } from '../core/syntax/linear-model.js';

/** `m` without the weights whose |weight × scale| is below `threshold`. */
export function pruneLinear(m: LinearModelParts, threshold: number): LinearModelParts {
  const keys: number[] = [];
  const start: number[] = [0];
  const cls: number[] = [];
  const w: number[] = [];
  const q = threshold / m.scale;
  for (let f = 0; f < m.keys.length; f++) {
    const before = cls.length;
    for (let e = m.start[f]; e < m.start[f + 1]; e++) {
      if (Math.abs(m.entryWeight[e]) < q) continue;
      cls.push(m.entryClass[e]);
      w.push(m.entryWeight[e]);
    }
    if (cls.length > before) {
      keys.push(m.keys[f]);
      start.push(cls.length);
    }
  }
  return {
    nClasses: m.nClasses,
    keys: Uint32Array.from(keys),
    start: Uint32Array.from(start),
    entryClass: Uint8Array.from(cls),
    entryWeight: Int16Array.from(w),
    scale: m.scale,
  };
}
