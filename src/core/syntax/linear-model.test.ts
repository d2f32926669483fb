import { describe, expect, it } from 'vitest';
import { key1 } from './hash.js';
import { addScores, buildLinearModel, findFeature, homeSlotOrder, scoreInto, type LinearModelParts } from './linear-model.js';

/** Parts whose feature f has weights for the first `counts[f]` classes, weight = 10·f + class + 1 (negated for odd f). */
function parts(counts: number[], nClasses: number): LinearModelParts {
  const keys = counts.map((_, f) => key1(900, f) >>> 0);
  const order = keys.map((_, f) => f).sort((a, b) => keys[a] - keys[b]);
  const start = [0];
  const cls: number[] = [];
  const w: number[] = [];
  for (const f of order) {
    for (let c = 0; c < counts[f]; c++) {
      cls.push(c);
      w.push((f % 2 ? -1 : 1) * (10 * f + c + 1));
    }
    start.push(cls.length);
  }
  return { nClasses, keys: Uint32Array.from(order.map((f) => keys[f])), start: Uint32Array.from(start), entryClass: Uint8Array.from(cls), entryWeight: Int16Array.from(w), scale: 1 };
}

describe('linear model', () => {
  // features with 1–6 weights over 6 classes: sparse blocks (< 3) and dense ones (≥ 3 of 6)
  const counts = [1, 2, 3, 6, 1, 2, 4, 5];
  const p = parts(counts, 6);
  const m = buildLinearModel(p);

  it('adds every weight of every feature found, whatever its storage', () => {
    for (let f = 0; f < counts.length; f++) {
      const scores = new Int32Array(6);
      scoreInto(m, Int32Array.from([key1(900, f)]), 1, scores);
      const twoPass = new Int32Array(6);
      scoreInto(m, Int32Array.from([key1(900, f)]), 1, twoPass, new Int32Array(4));
      expect(twoPass).toEqual(scores);
      const expected = Array.from({ length: 6 }, (_, c) => (c < counts[f] ? (f % 2 ? -1 : 1) * (10 * f + c + 1) : 0));
      expect(Array.from(scores)).toEqual(expected);
    }
  });

  it('sums several features, repeated ones counting twice, and skips unknown keys', () => {
    const scores = new Int32Array(6);
    const keys = Int32Array.from([key1(900, 0), key1(900, 1), key1(900, 1), key1(901, 5), key1(900, 3)]);
    scoreInto(m, keys, keys.length, scores);
    // feature 0: +1 on class 0; feature 1 (odd: negative) twice; feature 3 (odd) on all six classes
    expect(Array.from(scores)).toEqual([1 - 2 * 11 - 31, -2 * 12 - 32, -33, -34, -35, -36]);
    // looking every key up first, then adding (with scratch: two slots per key), gives the same sums; too small a scratch falls back
    for (const found of [new Int32Array(10), new Int32Array(2)]) {
      const again = new Int32Array(6);
      scoreInto(m, keys, keys.length, again, found);
      expect(again).toEqual(scores);
    }
    expect(findFeature(m, key1(900, 2))).toBeGreaterThanOrEqual(0);
    expect(findFeature(m, key1(901, 5))).toBe(-1);
  });

  it('adds to a float row exactly what scoring into a cleared integer row gives, with the kernel and without', () => {
    const keys = Int32Array.from([key1(900, 0), key1(900, 1), key1(900, 1), key1(901, 5), key1(900, 3), key1(900, 6), key1(900, 7)]);
    const plain = new Int32Array(6);
    scoreInto(m, keys, keys.length, plain);
    const preset = [0.5, -2, 7, 0, 1e6, -3.25];
    for (const model of [m, buildLinearModel(p, false)]) {
      // the kernel's own row holds the previous call's sums: each call starts from zero
      for (let round = 0; round < 2; round++) {
        const out = Float64Array.from(preset);
        addScores(model, keys, keys.length, out, new Int32Array(6), new Int32Array(2 * keys.length));
        expect(Array.from(out)).toEqual(preset.map((v, c) => v + plain[c]));
      }
    }
  });

  it('finds every feature when many share a home slot, inserted in home-slot order', () => {
    // eight keys with the same low bits (one home slot) and four with others, ascending as in a file
    const keys = Uint32Array.from([...Array.from({ length: 8 }, (_, i) => ((i + 1) << 20) | 5), 0x30, 0x41, 0x52, 0x63].sort((a, b) => a - b));
    const start = Uint32Array.from({ length: keys.length + 1 }, (_, f) => f);
    const dense = buildLinearModel({ nClasses: 2, keys, start, entryClass: new Uint8Array(keys.length), entryWeight: Int16Array.from(keys, (_, f) => f + 1), scale: 1 });
    keys.forEach((k, f) => {
      const scores = new Int32Array(2);
      scoreInto(dense, Int32Array.from([k | 0]), 1, scores, new Int32Array(2));
      expect(scores[0]).toBe(f + 1);
    });
    const order = homeSlotOrder(keys, dense.mask);
    expect([...order].sort((a, b) => a - b)).toEqual(Array.from(keys, (_, f) => f));
    const slots = Array.from(order, (f) => keys[f] & dense.mask);
    expect(slots).toEqual([...slots].sort((a, b) => a - b));
  });
});
