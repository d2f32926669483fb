/**
 * The WebAssembly SIMD kernel that scores keys against a linear model (`score-kernel.wat`).
 *
 * Adding the blocks costs about three times the key lookups on the parser's features: a quarter
 * of the features found have dense rows of one Int32 weight per class, which `i32x4.add` sums four
 * classes per instruction. The kernel can only read its own linear memory, so a model built with
 * a kernel keeps its blocks and lookup table there, after a scores row and the found-pairs and keys
 * areas (the scratch of one `scoreInto` call: scoring is synchronous, so one scratch per model
 * serves every caller). The lookups run in the kernel too: that saved another ~15 % of parse time
 * over looking up in JavaScript and adding in the kernel (EWT dev, beam 4).
 *
 * Where WebAssembly or its SIMD is missing (`WebAssembly.validate` fails) there is no kernel and
 * the model scores in JavaScript; the sums are integers, so both give the same scores exactly.
 */
import { SCORE_KERNEL_WASM } from './score-kernel-wasm.js';

/** Lanes of an `i32x4` vector: dense rows are padded to a multiple of this and 16-byte aligned. */
export const KERNEL_LANES = 4;

/** Keys (and found pairs) the kernel's scratch holds: a call with more keys scores in JavaScript. */
export const KERNEL_FOUND_PAIRS = 1024;

/** A model's kernel instance and the views on its memory. */
export interface ScoreKernel {
  /** The model's blocks (`LinearModel.blocks`), zero-filled, to be written by the builder. */
  readonly blocks: Int32Array;
  /** The model's lookup table (`LinearModel.table`), zero-filled, to be written by the builder. */
  readonly table: Int32Array;
  /** Scratch for the keys to score: `KERNEL_FOUND_PAIRS` words. */
  readonly keys: Int32Array;
  /** Scratch for (block offset, header) pairs: `2 × KERNEL_FOUND_PAIRS` words. */
  readonly found: Int32Array;
  /** The scores row the kernel adds into: `nClasses` words (zero padding follows). */
  readonly scores: Int32Array;
  /** Looks up the first `n` of `keys` (pairs into `found`) and adds their blocks into `scores`. */
  readonly score: (n: number) => void;
}

/**
 * The compiled kernel, or null without WebAssembly SIMD. Compiled once at load (479 bytes, so a
 * synchronous compile is allowed on a browser's main thread too); a `Module` is immutable and
 * shareable, the instances (and their memory) belong to models.
 */
const KERNEL_MODULE: WebAssembly.Module | null = compileKernel();

function compileKernel(): WebAssembly.Module | null {
  if (typeof WebAssembly !== 'object' || typeof WebAssembly.validate !== 'function') return null;
  try {
    return WebAssembly.validate(SCORE_KERNEL_WASM) ? new WebAssembly.Module(SCORE_KERNEL_WASM) : null;
  } catch {
    return null;
  }
}

/** True when this runtime has the SIMD kernel (else models score in JavaScript). */
export function kernelAvailable(): boolean {
  return KERNEL_MODULE !== null;
}

/** Words of a dense row of `nClasses` weights: whole vectors. */
export function denseRowWords(nClasses: number): number {
  return Math.ceil(nClasses / KERNEL_LANES) * KERNEL_LANES;
}

/**
 * A kernel instance whose memory holds a scores row for `nClasses`, the found and keys scratch,
 * `blockWords` words of blocks (16-byte aligned) and a lookup table of `mask + 1` slots; null
 * when the runtime has no SIMD kernel.
 */
export function createScoreKernel(nClasses: number, blockWords: number, mask: number): ScoreKernel | null {
  if (KERNEL_MODULE === null) return null;
  const row = denseRowWords(Math.max(1, nClasses));
  const foundAt = row;
  const keysAt = foundAt + 2 * KERNEL_FOUND_PAIRS;
  const base = keysAt + KERNEL_FOUND_PAIRS;
  const tableAt = base + blockWords;
  const tableWords = 2 * (mask + 1);
  const bytes = (tableAt + tableWords) * 4;
  const pages = Math.max(1, Math.ceil(bytes / 65536));
  // fixed size: the memory never grows, so the views below are never detached
  const memory = new WebAssembly.Memory({ initial: pages, maximum: pages });
  const k = (v: number) => new WebAssembly.Global({ value: 'i32', mutable: false }, v);
  const instance = new WebAssembly.Instance(KERNEL_MODULE, {
    k: { memory, found: k(foundAt * 4), base: k(base * 4), nv: k(row / KERNEL_LANES), keys: k(keysAt * 4), table: k(tableAt * 4), mask8: k(mask << 3) },
  });
  return {
    blocks: new Int32Array(memory.buffer, base * 4, blockWords),
    table: new Int32Array(memory.buffer, tableAt * 4, tableWords),
    keys: new Int32Array(memory.buffer, keysAt * 4, KERNEL_FOUND_PAIRS),
    found: new Int32Array(memory.buffer, foundAt * 4, 2 * KERNEL_FOUND_PAIRS),
    scores: new Int32Array(memory.buffer, 0, nClasses),
    score: instance.exports.score as (n: number) => void,
  };
}
