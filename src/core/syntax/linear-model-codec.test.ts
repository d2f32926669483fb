import { describe, expect, it } from 'vitest';
import { ByteReader, ByteWriter } from './bytes.js';
import { key1 } from './hash.js';
import { readLinearModel, writeLinearModel } from './linear-model-codec.js';
import { tableSlots, type LinearModelParts } from './linear-model.js';

/** Features `key1(5, f)` (in that order, not sorted) with `f % 4` weights each. */
function unsorted(n: number): LinearModelParts {
  const start = [0];
  const cls: number[] = [];
  const w: number[] = [];
  for (let f = 0; f < n; f++) {
    for (let c = 0; c < f % 4; c++) {
      cls.push(c * 2);
      w.push(f % 2 ? -300 * c - f : 300 * c + f);
    }
    start.push(cls.length);
  }
  return { nClasses: 8, keys: Uint32Array.from({ length: n }, (_, f) => key1(5, f) >>> 0), start: Uint32Array.from(start), entryClass: Uint8Array.from(cls), entryWeight: Int16Array.from(w), scale: 0.25 };
}

function roundTrip(m: LinearModelParts, layout: 'ascending' | 'table'): LinearModelParts {
  const w = new ByteWriter();
  writeLinearModel(w, m, layout);
  w.u8(7);
  const r = new ByteReader(w.finish(), 'test');
  const back = readLinearModel(r, layout);
  expect(r.u8()).toBe(7);
  return back;
}

/** Key → "class:weight" entries. */
function byKey(m: LinearModelParts): Map<number, string> {
  return new Map(Array.from(m.keys, (k, f) => [k, Array.from(m.entryClass.subarray(m.start[f], m.start[f + 1]), (c, j) => `${c}:${m.entryWeight[m.start[f] + j]}`).join()]));
}

describe('linear model in the model file', () => {
  const m = unsorted(500);

  it('reads back every feature with its weights, in ascending key order or in table order', () => {
    const mask = tableSlots(500) - 1;
    const asc = roundTrip(m, 'ascending');
    const tab = roundTrip(m, 'table');
    expect(Array.from(asc.keys)).toEqual(Array.from(m.keys).sort((a, b) => a - b));
    const homes = Array.from(tab.keys, (k) => k & mask);
    expect(homes).toEqual([...homes].sort((a, b) => a - b));
    for (const back of [asc, tab]) {
      expect(back.scale).toBe(0.25);
      expect(back.nClasses).toBe(8);
      expect(byKey(back)).toEqual(byKey(m));
    }
  });

  it('stores the rotation it sorted by, and refuses one that cannot be', () => {
    const w = new ByteWriter();
    writeLinearModel(w, m, 'table');
    const bytes = w.finish();
    // nClasses, n, entries (u32 each), scale (f64), then the rotation: log2 of the table's slots
    expect(bytes[20]).toBe(Math.log2(tableSlots(500)));
    bytes[20] = 40;
    expect(() => readLinearModel(new ByteReader(bytes, 'test'), 'table')).toThrow(/rotation/);
  });
});
