/**
 * A sparse, quantised linear classifier: the run-time form of an averaged perceptron.
 *
 * Each feature (a 32-bit key from `hash.ts`) owns a block holding only its non-zero weights as
 * `(class, Int16 weight)` pairs packed in one Int32 each; a feature with weights for most classes
 * (tag-only features such as "s0 is a NOUN") gets a dense block instead, one weight per class, which
 * scores in a tight loop. One scale per model turns stored weights into real ones, so scores are
 * summed in integers. The lookup table interleaves each key with its block offset, so scoring a
 * feature costs two memory accesses (slot, block). On the parser's real feature stream most hits
 * are big blocks (a quarter dense, 40 % with 9+ weights): ~2,500 weight additions per
 * configuration, so the additions matter as much as the lookups (see {@link scoreInto}).
 */
import { KERNEL_FOUND_PAIRS, type ScoreKernel } from './score-kernel.js';

export { buildLinearModel, homeSlotOrder, tableSlots } from './linear-model-build.js';

/** A linear model ready for scoring. Build with {@link buildLinearModel}. */
export interface LinearModel {
  readonly nClasses: number;
  /** Real weight = stored weight × scale. */
  readonly scale: number;
  /** Open-addressing table of `[key, block offset]` pairs (key 0 = empty slot). */
  readonly table: Int32Array;
  /** Slot mask over pairs (number of slots − 1). */
  readonly mask: number;
  /**
   * Per feature: a count c ≥ 0 then c words `class << 16 | (weight & 0xffff)` (sparse), or −1 then
   * one weight per class (dense).
   */
  readonly blocks: Int32Array;
  readonly features: number;
  /**
   * The SIMD kernel whose memory holds `table` and `blocks` (see `score-kernel.ts`), or null: then
   * they are plain arrays and scoring is JavaScript only.
   */
  readonly kernel?: ScoreKernel | null;
}

/** The stored parts of a model (the file's layout), from which the run-time form is built. */
export interface LinearModelParts {
  nClasses: number;
  /**
   * Feature keys as unsigned values, distinct, non-zero, in any order: trainers give them
   * ascending, a model file of format 6 on in table order (see `linear-model-codec.ts`).
   */
  keys: Uint32Array;
  /** `start[f]..start[f+1]` are feature f's entries. */
  start: Uint32Array;
  entryClass: Uint8Array;
  entryWeight: Int16Array;
  scale: number;
}

/** Block offset of the feature with `key`, or -1. */
export function findFeature(m: LinearModel, key: number): number {
  const { table, mask } = m;
  key |= 0;
  let s = key & mask;
  for (;;) {
    const k = table[s * 2];
    if (k === key) return table[s * 2 + 1];
    if (k === 0) return -1;
    s = (s + 1) & mask;
  }
}

/**
 * Adds the weights of `keys[0..n)` into `scores` (length ≥ nClasses, cleared by the caller).
 * Scores are in stored units; multiply by `scale` for real values.
 *
 * With `found` (scratch, length ≥ 2n) the keys are all looked up first and the blocks added
 * afterwards: the lookups are then independent loads the CPU overlaps, instead of each waiting
 * behind the previous feature's additions (−20 % time on the parser's features). The lookups also
 * read each block's header (its first word), so the block's cache miss overlaps with the other
 * lookups instead of stalling the additions one block at a time. The sums are the same either way.
 *
 * With `found` and a model built with the SIMD kernel, the same two passes run in the kernel (its
 * own keys and found scratch are used, `found` only asks for the two-pass path): dense rows four
 * classes per instruction. Integer sums again, so the scores are exactly the JavaScript path's.
 */
export function scoreInto(m: LinearModel, keys: Int32Array, n: number, scores: Int32Array, found?: Int32Array): void {
  const kernel = m.kernel;
  if (found && kernel && n <= KERNEL_FOUND_PAIRS) {
    // the kernel reads only its own memory: keys, table, blocks, found pairs and scores row are there
    const row = kernel.scores;
    if (scores.length === row.length) row.set(scores);
    else row.set(scores.subarray(0, row.length));
    if (keys.length <= KERNEL_FOUND_PAIRS) kernel.keys.set(keys);
    else kernel.keys.set(keys.subarray(0, n));
    kernel.score(n);
    scores.set(row);
    return;
  }
  if (found && found.length >= 2 * n) {
    addBlocks(m, found, lookUp(m, keys, n, found), scores);
    return;
  }
  const table = m.table;
  const blocks = m.blocks;
  const mask = m.mask;
  const nc = m.nClasses;
  for (let i = 0; i < n; i++) {
    const key = keys[i];
    let s = (key & mask) << 1;
    let k = table[s];
    while (k !== key) {
      if (k === 0) break;
      s = (s + 2) & (mask * 2 + 1);
      k = table[s];
    }
    if (k === 0) continue;
    const o = table[s + 1] + 1;
    const count = blocks[o - 1];
    if (count < 0) {
      for (let c = 0; c < nc; c++) scores[c] += blocks[o + c];
    } else {
      const end = o + count;
      for (let j = o; j < end; j++) {
        const e = blocks[j];
        scores[e >>> 16] += (e << 16) >> 16;
      }
    }
  }
}

/**
 * Adds the scores of `keys[0..n)` to the float row `out` (length ≥ nClasses, preset by the caller):
 * the beam search's scorer. The sums are those of {@link scoreInto} into a cleared integer row
 * (`ints`, with `found` as its scratch) added to `out`; with the kernel its own row is cleared and
 * read in place, which saves clearing a second row and copying it in and out for every
 * configuration scored.
 */
export function addScores(m: LinearModel, keys: Int32Array, n: number, out: Float64Array, ints: Int32Array, found: Int32Array): void {
  const kernel = m.kernel;
  const nc = m.nClasses;
  if (kernel && n <= KERNEL_FOUND_PAIRS) {
    const row = kernel.scores;
    row.fill(0);
    // only the n keys (a configuration's are a third of its buffer): a loop, no subarray view
    const kk = kernel.keys;
    for (let i = 0; i < n; i++) kk[i] = keys[i];
    kernel.score(n);
    for (let c = 0; c < nc; c++) out[c] += row[c];
    return;
  }
  ints.fill(0);
  scoreInto(m, keys, n, ints, found);
  for (let c = 0; c < nc; c++) out[c] += ints[c];
}

/**
 * An integer scores row and what adds keys' weights into it: the beam's run-time scorer, which
 * sums rows and keys in integers and reads the row in place (see `beam-search.ts`).
 */
export interface RowScorer {
  /** The scores row, `nClasses` long: the kernel's own row when the model has a kernel. */
  readonly row: Int32Array;
  /** Adds the weights of `keys[0..n)` into {@link row}. */
  add(keys: Int32Array, n: number): void;
}

/** The {@link RowScorer} of `m`: its kernel's row and lookups, or a row of its own scored in JavaScript. */
export function rowScorer(m: LinearModel): RowScorer {
  const kernel = m.kernel;
  if (kernel) {
    const { scores: row, keys: kk, score } = kernel;
    return {
      row,
      add(keys: Int32Array, n: number): void {
        if (n > KERNEL_FOUND_PAIRS) return scoreInto(m, keys, n, row);
        for (let i = 0; i < n; i++) kk[i] = keys[i];
        score(n);
      },
    };
  }
  const row = new Int32Array(m.nClasses);
  const found = new Int32Array(2 * KERNEL_FOUND_PAIRS);
  return { row, add: (keys: Int32Array, n: number): void => scoreInto(m, keys, n, row, n <= KERNEL_FOUND_PAIRS ? found : undefined) };
}

/**
 * Writes, per key found, the offset of its block's first weight and the block's header (count, or
 * −1 for dense) as a pair into `out`; returns how many were found.
 */
function lookUp(m: LinearModel, keys: Int32Array, n: number, out: Int32Array): number {
  const table = m.table;
  const blocks = m.blocks;
  const mask = m.mask;
  const mask2 = mask * 2 + 1;
  let found = 0;
  for (let i = 0; i < n; i++) {
    const key = keys[i];
    let s = (key & mask) << 1;
    let k = table[s];
    while (k !== key && k !== 0) {
      s = (s + 2) & mask2;
      k = table[s];
    }
    if (k !== 0) {
      const o = table[s + 1];
      out[found * 2] = o + 1;
      out[found * 2 + 1] = blocks[o];
      found++;
    }
  }
  return found;
}

/** Adds the blocks of the `n` (offset, header) pairs in `found` into `scores`. */
function addBlocks(m: LinearModel, found: Int32Array, n: number, scores: Int32Array): void {
  const blocks = m.blocks;
  const nc = m.nClasses;
  for (let i = 0; i < n; i++) {
    const o = found[i * 2];
    const count = found[i * 2 + 1];
    if (count < 0) {
      // four classes per step: fewer loop checks on the hottest loop (dense rows are a third of the work)
      let c = 0;
      for (; c + 3 < nc; c += 4) {
        scores[c] += blocks[o + c];
        scores[c + 1] += blocks[o + c + 1];
        scores[c + 2] += blocks[o + c + 2];
        scores[c + 3] += blocks[o + c + 3];
      }
      for (; c < nc; c++) scores[c] += blocks[o + c];
    } else {
      const end = o + count;
      for (let j = o; j < end; j++) {
        const e = blocks[j];
        scores[e >>> 16] += (e << 16) >> 16;
      }
    }
  }
}
