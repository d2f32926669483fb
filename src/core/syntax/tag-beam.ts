/**
 * Beam search over tag sequences for the structured tagger (Collins 2002; Collins & Roark 2004):
 * left to right, each hypothesis extended by every class, the `width` best kept. A token's
 * emission features are scored once and shared by all hypotheses; only the transition features
 * (the two previous tags) are scored per hypothesis. Hypotheses are kept as back-pointers per
 * position, so nothing is copied. Shared by the trainer (float weights) and the run-time tagger
 * (quantised weights) through a {@link TagScorer}.
 */
import {
  emissionFeatures,
  MAX_EMISSION_FEATURES,
  MAX_TRANSITION_FEATURES,
  transitionContext,
  transitionFeatures,
  type TransitionContext,
} from './tagger-structured-features.js';
import { TAG_START } from './tagger-features.js';
import type { WordTable } from './word-table.js';

/** Adds the weights of `keys[0..n)` per class into `out` (not cleared). */
export type TagScorer = (keys: Int32Array, n: number, out: Float64Array) => void;

/** Reusable beam buffers (one per thread). */
export class TagBeam {
  /** Class of hypothesis b at position t: `tag[t * width + b]`. */
  tag: Uint8Array;
  /** Hypothesis at position t − 1 that b extends. */
  back: Uint8Array;
  /** Number of hypotheses at each position. */
  size: Uint8Array;
  /** Scores of the hypotheses at the last position stepped. */
  readonly score: Float64Array;
  readonly keys = new Int32Array(MAX_EMISSION_FEATURES);
  readonly tkeys = new Int32Array(MAX_TRANSITION_FEATURES);
  readonly ctx: TransitionContext = transitionContext();
  private readonly emission: Float64Array;
  private readonly trans: Float64Array;
  private readonly candScore: Float64Array;
  private readonly candB: Int32Array;
  private readonly candC: Int32Array;

  constructor(readonly nClasses: number, readonly width: number, capacity = 256) {
    if (width < 1 || width > 255) throw new RangeError('tag beam width must be 1–255');
    this.tag = new Uint8Array(capacity * width);
    this.back = new Uint8Array(capacity * width);
    this.size = new Uint8Array(capacity);
    this.score = new Float64Array(width);
    this.emission = new Float64Array(nClasses);
    this.trans = new Float64Array(nClasses);
    this.candScore = new Float64Array(width);
    this.candB = new Int32Array(width);
    this.candC = new Int32Array(width);
  }

  /** Prepares for a sentence of `n` tokens. */
  start(n: number): void {
    if (n > this.size.length) {
      let c = this.size.length;
      while (c < n) c *= 2;
      this.tag = new Uint8Array(c * this.width);
      this.back = new Uint8Array(c * this.width);
      this.size = new Uint8Array(c);
    }
    this.score[0] = 0;
  }

  /** The tags before hypothesis b at position t (t may be −1: the start). */
  prevTags(t: number, b: number): [number, number] {
    if (t < 0) return [TAG_START, TAG_START];
    const w = this.width;
    const tm1 = this.tag[t * w + b];
    const tm2 = t > 0 ? this.tag[(t - 1) * w + this.back[t * w + b]] : TAG_START;
    return [tm1, tm2];
  }

  /**
   * Extends the hypotheses of position t − 1 with token t (= `from + t`). A token with a fixed
   * class (`fixed` ≥ 0, from the tag dictionary) is not scored: every hypothesis takes that class.
   */
  step(t: number, table: WordTable, words: Int32Array, from: number, to: number, caps: number, fixed: number, scorer: TagScorer): void {
    const w = this.width;
    const prev = t === 0 ? 1 : this.size[t - 1];
    const at = t * w;
    if (fixed >= 0) {
      for (let b = 0; b < prev; b++) {
        this.tag[at + b] = fixed;
        this.back[at + b] = b;
      }
      this.size[t] = prev;
      return;
    }
    const nc = this.nClasses;
    const E = this.emission;
    const T = this.trans;
    E.fill(0);
    scorer(this.keys, emissionFeatures(table, words, from, to, from + t, caps, this.keys, this.ctx), E);
    const cs = this.candScore;
    const cb = this.candB;
    const cc = this.candC;
    let m = 0;
    const pt = (t - 1) * w;
    for (let b = 0; b < prev; b++) {
      const tm1 = t > 0 ? this.tag[pt + b] : TAG_START;
      const tm2 = t > 1 ? this.tag[pt - w + this.back[pt + b]] : TAG_START;
      T.fill(0);
      scorer(this.tkeys, transitionFeatures(this.ctx, tm1, tm2, this.tkeys), T);
      const base = this.score[b];
      for (let c = 0; c < nc; c++) {
        const s = base + E[c] + T[c];
        if (m === w && s <= cs[m - 1]) continue;
        // insertion into the sorted candidates (ties keep the earlier candidate first)
        let j = m < w ? m++ : m - 1;
        while (j > 0 && cs[j - 1] < s) {
          cs[j] = cs[j - 1];
          cb[j] = cb[j - 1];
          cc[j] = cc[j - 1];
          j--;
        }
        cs[j] = s;
        cb[j] = b;
        cc[j] = c;
      }
    }
    for (let j = 0; j < m; j++) {
      this.tag[at + j] = cc[j];
      this.back[at + j] = cb[j];
      this.score[j] = cs[j];
    }
    this.size[t] = m;
  }

  /** Replaces the hypotheses at position t by one: class `cls` after hypothesis `back` of t − 1 (training). */
  resetTo(t: number, cls: number, back: number): void {
    this.tag[t * this.width] = cls;
    this.back[t * this.width] = back;
    this.size[t] = 1;
    this.score[0] = 0;
  }

  /** Writes the classes of hypothesis b at position t and its ancestors into `out[from..from+t]`. */
  path(t: number, b: number, out: Uint8Array | Int16Array, from = 0): void {
    const w = this.width;
    for (let p = t; p >= 0; p--) {
      out[from + p] = this.tag[p * w + b];
      b = this.back[p * w + b];
    }
  }
}
