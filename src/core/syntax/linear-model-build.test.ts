import { describe, expect, it } from 'vitest';
import { key1 } from './hash.js';
import { buildLinearModel, findFeature, scoreInto, tableSlots, type LinearModelParts } from './linear-model.js';

/** Parts of `keys` (in the order given), feature f with `1 + f % nClasses` weights `f·10 + class`. */
function partsOf(keys: number[], nClasses: number): LinearModelParts {
  const start = [0];
  const cls: number[] = [];
  const w: number[] = [];
  keys.forEach((_, f) => {
    for (let c = 0; c <= f % nClasses; c++) {
      cls.push(c);
      w.push(f * 10 + c);
    }
    start.push(cls.length);
  });
  return { nClasses, keys: Uint32Array.from(keys), start: Uint32Array.from(start), entryClass: Uint8Array.from(cls), entryWeight: Int16Array.from(w), scale: 1 };
}

/** Every feature's scores, and a miss, through the lookup table. */
function allScores(m: ReturnType<typeof buildLinearModel>, keys: number[]): number[][] {
  return [...keys, 12345].map((k) => {
    const s = new Int32Array(m.nClasses);
    scoreInto(m, Int32Array.of(k | 0), 1, s);
    return Array.from(s);
  });
}

describe('building a linear model', () => {
  it('sizes the table at a power of two, at least twice the features', () => {
    expect([0, 1, 8, 9, 1000].map(tableSlots)).toEqual([16, 16, 16, 32, 2048]);
  });

  it('builds the same lookups from features in table order as from ascending keys, runs wrapping past the end included', () => {
    const n = 300;
    const slots = tableSlots(n);
    // random keys, plus a crowd whose home slots are the table's last ones: their run wraps to slot 0
    const keys = [...Array.from({ length: n - 12 }, (_, i) => key1(77, i) >>> 0), ...Array.from({ length: 12 }, (_, i) => (((i + 1) << 20) | (slots - 1 - (i % 3))) >>> 0)];
    const ascending = [...keys].sort((a, b) => a - b);
    const home = (k: number): number => k & (slots - 1);
    const tableOrder = [...keys].sort((a, b) => home(a) - home(b) || a - b);
    const asc = partsOf(ascending, 5);
    const byFeature = new Map(ascending.map((k, f) => [k, f]));
    // the same features (same weights) listed in table order
    const inTable = partsOf(tableOrder, 5);
    const remap = (p: LinearModelParts): LinearModelParts => {
      const start = [0];
      const cls: number[] = [];
      const w: number[] = [];
      for (const k of p.keys) {
        const f = byFeature.get(k) as number;
        for (let e = asc.start[f]; e < asc.start[f + 1]; e++) {
          cls.push(asc.entryClass[e]);
          w.push(asc.entryWeight[e]);
        }
        start.push(cls.length);
      }
      return { ...p, start: Uint32Array.from(start), entryClass: Uint8Array.from(cls), entryWeight: Int16Array.from(w) };
    };
    const a = buildLinearModel(asc);
    const b = buildLinearModel(remap(inTable));
    const c = buildLinearModel(remap(inTable), false);
    expect(allScores(b, ascending)).toEqual(allScores(a, ascending));
    expect(allScores(c, ascending)).toEqual(allScores(a, ascending));
    expect(ascending.every((k) => findFeature(b, k) >= 0)).toBe(true);
    // a linear-probing table holds the same slots whatever the insertion order
    const used = (m: ReturnType<typeof buildLinearModel>): number[] => Array.from({ length: slots }, (_, s) => (m.table[2 * s] === 0 ? 0 : 1));
    expect(used(b)).toEqual(used(a));
  });
});
