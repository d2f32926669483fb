/**
 * Parameter averaging across training runs: K perceptrons trained on the same data in different
 * orders (different shuffle seeds) are averaged weight by weight into one linear model. A
 * perceptron's weights depend on the order it saw the sentences in; averaging K orders cancels
 * much of that noise (a cheap ensemble whose run-time cost is one model's: the features are the
 * union, the scoring unchanged).
 */
import type { LinearModelParts } from '../core/syntax/linear-model.js';
import { quantiseWeights } from './quantise-weights.js';

/** What a trained model gives the model writer: its weights, quantised, above a threshold. */
export interface ExportableModel {
  export(threshold?: number): LinearModelParts;
}

/** The weight-by-weight mean of several models with the same classes. */
export class ModelAverage implements ExportableModel {
  constructor(private readonly models: readonly ExportableModel[]) {
    if (models.length === 0) throw new Error('ModelAverage needs at least one model');
  }

  /**
   * The mean weights, quantised to Int16 with one scale, keeping only weights whose mean
   * magnitude is at least `threshold` (as {@link AveragedPerceptron.export} does for one model).
   */
  export(threshold = 0): LinearModelParts {
    const parts = this.models.map((m) => m.export());
    const nc = parts[0].nClasses;
    if (parts.some((p) => p.nClasses !== nc)) throw new Error('ModelAverage: models disagree on the number of classes');
    const k = parts.length;
    // key → dense row of summed weights; the union of the models' features
    const rows = new Map<number, Float64Array>();
    for (const p of parts) {
      for (let f = 0; f < p.keys.length; f++) {
        const key = p.keys[f];
        let row = rows.get(key);
        if (!row) rows.set(key, (row = new Float64Array(nc)));
        for (let j = p.start[f]; j < p.start[f + 1]; j++) row[p.entryClass[j]] += (p.entryWeight[j] * p.scale) / k;
      }
    }
    const keys = [...rows.keys()].sort((a, b) => a - b);
    const weights = new Float64Array(keys.length * nc);
    keys.forEach((key, f) => weights.set(rows.get(key)!, f * nc));
    const start = Int32Array.from({ length: keys.length + 1 }, (_, f) => f * nc);
    const classes = Uint8Array.from(weights, (_, j) => j % nc);
    return quantiseWeights(nc, { keys, start, classes, weights }, threshold);
  }
}
