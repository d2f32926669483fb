/**
 * Quantising trained weights for the model file: one scale for the whole model (the largest
 * magnitude maps to Int16's 32,767), weights under a threshold or rounding to 0 dropped, features
 * left with no weight dropped. Shared by a single perceptron's export and the average of several.
 */
import type { LinearModelParts } from '../core/syntax/linear-model.js';

/**
 * Trained real weights in the file's sparse layout: feature f (key `keys[f]`, ascending unsigned)
 * owns entries `start[f]..start[f+1]`, each a class and a real weight.
 */
export interface RealWeights {
  keys: ArrayLike<number>;
  start: ArrayLike<number>;
  classes: ArrayLike<number>;
  weights: ArrayLike<number>;
}

/** The quantised parts of `w`. */
export function quantiseWeights(nClasses: number, w: RealWeights, threshold: number): LinearModelParts {
  let maxAbs = 0;
  for (let j = 0; j < w.weights.length; j++) maxAbs = Math.max(maxAbs, Math.abs(w.weights[j]));
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const keys: number[] = [];
  const start: number[] = [0];
  const cls: number[] = [];
  const wts: number[] = [];
  for (let f = 0; f < w.keys.length; f++) {
    const before = cls.length;
    for (let j = w.start[f]; j < w.start[f + 1]; j++) {
      const a = w.weights[j];
      const q = Math.round(a / scale);
      if (Math.abs(a) < threshold || q === 0) continue;
      cls.push(w.classes[j]);
      wts.push(q);
    }
    if (cls.length > before) {
      keys.push(w.keys[f]);
      start.push(cls.length);
    }
  }
  return {
    nClasses,
    keys: Uint32Array.from(keys),
    start: Uint32Array.from(start),
    entryClass: Uint8Array.from(cls),
    entryWeight: Int16Array.from(wts),
    scale,
  };
}
