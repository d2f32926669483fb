import { describe, expect, it } from 'vitest';
import { key1 } from '../core/syntax/hash.js';
import { AveragedPerceptron } from './averaged-perceptron.js';
import { ModelAverage } from './model-average.js';

/** A perceptron whose averaged weights are exactly the given (key, class, weight) triples. */
function fixed(nClasses: number, weights: [number, number, number][]): AveragedPerceptron {
  const p = new AveragedPerceptron(nClasses, 4);
  for (const [k, c, w] of weights) p.update(Int32Array.from([k]), 1, c, w);
  p.tick(); // held for the whole (one-instance) clock: the averaged weight is the weight
  return p;
}

/** key → class → weight of exported parts. */
function table(parts: ReturnType<AveragedPerceptron['export']>): Map<number, Map<number, number>> {
  const t = new Map<number, Map<number, number>>();
  parts.keys.forEach((k, f) => {
    const row = new Map<number, number>();
    for (let j = parts.start[f]; j < parts.start[f + 1]; j++) row.set(parts.entryClass[j], parts.entryWeight[j] * parts.scale);
    t.set(k, row);
  });
  return t;
}

describe('ModelAverage', () => {
  const a = key1(1, 1) >>> 0;
  const b = key1(1, 2) >>> 0;
  const c = key1(1, 3) >>> 0;

  it('takes the mean of each weight over the models, over the union of their features', () => {
    const m1 = fixed(3, [[a, 0, 2], [b, 1, -1]]);
    const m2 = fixed(3, [[a, 0, 4], [c, 2, 3]]);
    const t = table(new ModelAverage([m1, m2]).export());
    expect([...t.keys()]).toEqual([a, b, c].sort((x, y) => x - y));
    expect(t.get(a)!.get(0)).toBeCloseTo(3, 3);
    expect(t.get(b)!.get(1)).toBeCloseTo(-0.5, 3);
    expect(t.get(c)!.get(2)).toBeCloseTo(1.5, 3);
  });

  it('drops mean weights under the threshold, and features left with none', () => {
    const m1 = fixed(2, [[a, 0, 1], [b, 1, 0.01]]);
    const m2 = fixed(2, [[a, 0, 1], [b, 1, -0.01]]);
    const parts = new ModelAverage([m1, m2]).export(0.5);
    expect([...parts.keys]).toEqual([a]);
    expect(parts.entryWeight.length).toBe(1);
  });

  it('of one model is that model', () => {
    const m = fixed(4, [[a, 3, 5], [c, 1, -2]]);
    expect(table(new ModelAverage([m]).export())).toEqual(table(m.export()));
  });

  it('refuses models with different classes', () => {
    expect(() => new ModelAverage([fixed(2, [[a, 0, 1]]), fixed(3, [[a, 0, 1]])]).export()).toThrow(/classes/);
  });
});
