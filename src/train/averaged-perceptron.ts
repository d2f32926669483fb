/**
 * A sparse multi-class averaged perceptron for training (Collins 2002; lazy averaging as in
 * Daumé's trick). Features are 32-bit keys (see `core/syntax/hash.ts`); a feature gets weights
 * only when an update touches it, and then only for the classes updated, stored in a contiguous
 * block per feature inside one arena of typed arrays (blocks double when full; the arena is
 * compacted when it grows). No object is allocated per feature or per update.
 */
import type { LinearModelParts } from '../core/syntax/linear-model.js';
import { quantiseWeights } from './quantise-weights.js';

export class AveragedPerceptron {
  readonly nClasses: number;
  /** Training instances seen (the averaging clock). */
  time = 0;
  private slotKey: Int32Array;
  private slotFeat: Int32Array;
  private mask: number;
  private nFeat = 0;
  private featKey: Int32Array;
  private featStart: Int32Array;
  private featLen: Int32Array;
  private featCap: Int32Array;
  private eClass: Uint16Array;
  private eW: Float32Array;
  private eTot: Float64Array;
  private eStamp: Int32Array;
  private arenaUsed = 0;

  constructor(nClasses: number, initialFeatures = 1 << 16) {
    this.nClasses = nClasses;
    let size = 16;
    while (size < initialFeatures * 2) size <<= 1;
    this.slotKey = new Int32Array(size);
    this.slotFeat = new Int32Array(size);
    this.mask = size - 1;
    this.featKey = new Int32Array(initialFeatures);
    this.featStart = new Int32Array(initialFeatures);
    this.featLen = new Int32Array(initialFeatures);
    this.featCap = new Int32Array(initialFeatures);
    const arena = initialFeatures * 4;
    this.eClass = new Uint16Array(arena);
    this.eW = new Float32Array(arena);
    this.eTot = new Float64Array(arena);
    this.eStamp = new Int32Array(arena);
  }

  /** Number of features with weights. */
  get features(): number {
    return this.nFeat;
  }

  /** Number of (feature, class) weights. */
  get entries(): number {
    let n = 0;
    for (let f = 0; f < this.nFeat; f++) n += this.featLen[f];
    return n;
  }

  private find(key: number): number {
    let s = key & this.mask;
    for (;;) {
      const k = this.slotKey[s];
      if (k === key) return this.slotFeat[s];
      if (k === 0) return -1;
      s = (s + 1) & this.mask;
    }
  }

  /** Adds current (non-averaged) weights of `keys[0..n)` into `scores`. */
  score(keys: Int32Array, n: number, scores: Float64Array): void {
    const { eClass, eW, featStart, featLen } = this;
    for (let i = 0; i < n; i++) {
      const f = this.find(keys[i]);
      if (f < 0) continue;
      const s = featStart[f];
      const e = s + featLen[f];
      for (let j = s; j < e; j++) scores[eClass[j]] += eW[j];
    }
  }

  /** Advances the averaging clock by one instance. */
  tick(): void {
    this.time++;
  }

  /** Adds `delta` to the weight of class `cls` for every feature in `keys[0..n)`. */
  update(keys: Int32Array, n: number, cls: number, delta: number): void {
    for (let i = 0; i < n; i++) {
      const key = keys[i];
      let f = this.find(key);
      if (f < 0) f = this.addFeature(key);
      const j = this.entry(f, cls);
      this.eTot[j] += (this.time - this.eStamp[j]) * this.eW[j];
      this.eStamp[j] = this.time;
      this.eW[j] += delta;
    }
  }

  private entry(f: number, cls: number): number {
    const s = this.featStart[f];
    const len = this.featLen[f];
    for (let j = s; j < s + len; j++) if (this.eClass[j] === cls) return j;
    if (len === this.featCap[f]) this.growBlock(f);
    const j = this.featStart[f] + this.featLen[f]++;
    this.eClass[j] = cls;
    this.eW[j] = 0;
    this.eTot[j] = 0;
    this.eStamp[j] = this.time;
    return j;
  }

  private addFeature(key: number): number {
    if (this.nFeat === this.featKey.length) this.growFeatures();
    if ((this.nFeat + 1) * 2 > this.slotKey.length) this.rehash(this.slotKey.length * 2);
    const f = this.nFeat++;
    this.featKey[f] = key;
    this.featLen[f] = 0;
    this.featCap[f] = 0;
    this.featStart[f] = this.arenaUsed;
    let s = key & this.mask;
    while (this.slotKey[s] !== 0) s = (s + 1) & this.mask;
    this.slotKey[s] = key;
    this.slotFeat[s] = f;
    return f;
  }

  private growBlock(f: number): void {
    const cap = this.featCap[f] === 0 ? 2 : this.featCap[f] * 2;
    if (this.arenaUsed + cap > this.eW.length) this.compact(cap);
    const from = this.featStart[f];
    const to = this.arenaUsed;
    const len = this.featLen[f];
    this.eClass.copyWithin(to, from, from + len);
    this.eW.copyWithin(to, from, from + len);
    this.eTot.copyWithin(to, from, from + len);
    this.eStamp.copyWithin(to, from, from + len);
    this.featStart[f] = to;
    this.featCap[f] = cap;
    this.arenaUsed += cap;
  }

  /** Copies every live block into a fresh arena with room for `extra` more entries. */
  private compact(extra: number): void {
    let live = 0;
    for (let f = 0; f < this.nFeat; f++) live += this.featCap[f];
    const size = Math.max(1024, (live + extra) * 2);
    const cls = new Uint16Array(size);
    const w = new Float32Array(size);
    const tot = new Float64Array(size);
    const stamp = new Int32Array(size);
    let at = 0;
    for (let f = 0; f < this.nFeat; f++) {
      const s = this.featStart[f];
      const len = this.featLen[f];
      cls.set(this.eClass.subarray(s, s + len), at);
      w.set(this.eW.subarray(s, s + len), at);
      tot.set(this.eTot.subarray(s, s + len), at);
      stamp.set(this.eStamp.subarray(s, s + len), at);
      this.featStart[f] = at;
      at += this.featCap[f];
    }
    this.eClass = cls;
    this.eW = w;
    this.eTot = tot;
    this.eStamp = stamp;
    this.arenaUsed = at;
  }

  private growFeatures(): void {
    const c = this.featKey.length * 2;
    const grow = <T extends Int32Array | Int32Array>(a: T, make: (n: number) => T): T => {
      const b = make(c);
      b.set(a);
      return b;
    };
    this.featKey = grow(this.featKey, (n) => new Int32Array(n));
    this.featStart = grow(this.featStart, (n) => new Int32Array(n));
    this.featLen = grow(this.featLen, (n) => new Int32Array(n));
    this.featCap = grow(this.featCap, (n) => new Int32Array(n));
  }

  private rehash(size: number): void {
    this.slotKey = new Int32Array(size);
    this.slotFeat = new Int32Array(size);
    this.mask = size - 1;
    for (let f = 0; f < this.nFeat; f++) {
      let s = this.featKey[f] & this.mask;
      while (this.slotKey[s] !== 0) s = (s + 1) & this.mask;
      this.slotKey[s] = this.featKey[f];
      this.slotFeat[s] = f;
    }
  }

  /**
   * The averaged weights, quantised to Int16 with one scale, keeping only weights whose
   * magnitude is at least `threshold`; features left with no weight are dropped.
   */
  export(threshold = 0): LinearModelParts {
    const T = Math.max(1, this.time);
    const order = Array.from({ length: this.nFeat }, (_, f) => f).sort((a, b) => (this.featKey[a] >>> 0) - (this.featKey[b] >>> 0));
    // the averaged weights laid out feature by feature in key order
    const keys = new Uint32Array(order.length);
    const start = new Int32Array(order.length + 1);
    for (let i = 0; i < order.length; i++) {
      keys[i] = this.featKey[order[i]] >>> 0;
      start[i + 1] = start[i] + this.featLen[order[i]];
    }
    const classes = new Uint16Array(start[order.length]);
    const weights = new Float64Array(start[order.length]);
    order.forEach((f, i) => {
      const s = this.featStart[f];
      for (let j = 0; j < this.featLen[f]; j++) {
        classes[start[i] + j] = this.eClass[s + j];
        weights[start[i] + j] = (this.eTot[s + j] + (T - this.eStamp[s + j]) * this.eW[s + j]) / T;
      }
    });
    return quantiseWeights(this.nClasses, { keys, start, classes, weights }, threshold);
  }
}
