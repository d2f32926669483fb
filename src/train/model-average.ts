/**
 * Parameter averaging across training runs: K perceptrons trained on the same data in different
 * orders (different shuffle seeds) are averaged weight by weight into one linear model. A
 * perceptron's weights depend on the order it saw the sentences in; averaging K orders cancels
 * much of that noise (a cheap ensemble whose run-time cost is one model's: the features are the
 * union, the scoring unchanged).
 */
import type { LinearModelParts } from '../core/syntax/linear-model.js';

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
    const order = [...rows.keys()].sort((a, b) => a - b);
    let maxAbs = 0;
    for (const key of order) for (const w of rows.get(key)!) maxAbs = Math.max(maxAbs, Math.abs(w));
    const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
    const keys: number[] = [];
    const start: number[] = [0];
    const cls: number[] = [];
    const wts: number[] = [];
    for (const key of order) {
      const row = rows.get(key)!;
      const before = cls.length;
      for (let c = 0; c < nc; c++) {
        const q = Math.round(row[c] / scale);
        if (Math.abs(row[c]) < threshold || q === 0) continue;
        cls.push(c);
        wts.push(q);
      }
      if (cls.length > before) {
        keys.push(key);
        start.push(cls.length);
      }
    }
    return {
      nClasses: nc,
      keys: Uint32Array.from(keys),
      start: Uint32Array.from(start),
      entryClass: Uint8Array.from(cls),
      entryWeight: Int16Array.from(wts),
      scale,
    };
  }
}
