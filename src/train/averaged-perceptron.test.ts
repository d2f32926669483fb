import { describe, expect, it } from 'vitest';
import { key1 } from '../core/syntax/hash.js';
import { buildLinearModel, scoreInto } from '../core/syntax/linear-model.js';
import { AveragedPerceptron } from './averaged-perceptron.js';
import { createRng } from './rng.js';

describe('AveragedPerceptron', () => {
  // A toy task: the class is the value of feature family 1 modulo 5; family 2 is noise.
  const rng = createRng(3);
  const examples = Array.from({ length: 2000 }, () => {
    const a = Math.floor(rng() * 40);
    const b = Math.floor(rng() * 40);
    return { keys: Int32Array.from([key1(1, a), key1(2, b), key1(0, 0)]), gold: a % 5 };
  });

  it('learns a separable problem and its exported, quantised model predicts the same', () => {
    const p = new AveragedPerceptron(5, 16);
    const scores = new Float64Array(5);
    for (let epoch = 0; epoch < 5; epoch++) {
      for (const ex of examples) {
        scores.fill(0);
        p.score(ex.keys, 3, scores);
        let guess = 0;
        for (let c = 1; c < 5; c++) if (scores[c] > scores[guess]) guess = c;
        p.tick();
        if (guess !== ex.gold) {
          p.update(ex.keys, 3, ex.gold, 1);
          p.update(ex.keys, 3, guess, -1);
        }
      }
    }
    expect(p.features).toBeGreaterThan(40);
    const m = buildLinearModel(p.export());
    const s = new Int32Array(5);
    let right = 0;
    for (const ex of examples) {
      s.fill(0);
      scoreInto(m, ex.keys, 3, s);
      let guess = 0;
      for (let c = 1; c < 5; c++) if (s[c] > s[guess]) guess = c;
      if (guess === ex.gold) right++;
    }
    expect(right / examples.length).toBeGreaterThan(0.99);
  });

  it('averages weights over time', () => {
    const p = new AveragedPerceptron(2, 4);
    const k = Int32Array.from([key1(9, 9)]);
    p.tick();
    p.update(k, 1, 1, 1); // weight 1 from time 1
    for (let i = 0; i < 3; i++) p.tick(); // time 4: average = 1 * 3 / 4
    const parts = p.export();
    expect(parts.entryWeight[0] * parts.scale).toBeCloseTo(0.75, 3);
  });

  it('drops weights under the export threshold', () => {
    const p = new AveragedPerceptron(3, 4);
    p.tick();
    p.update(Int32Array.from([key1(1, 1)]), 1, 0, 1);
    p.update(Int32Array.from([key1(1, 2)]), 1, 1, 0.001);
    p.tick();
    expect(p.export(0.01).keys.length).toBe(1);
    expect(p.export(0).keys.length).toBe(2);
  });
});
