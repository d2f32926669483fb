/**
 * Building a linear model's run-time form (`LinearModel`, see `linear-model.ts`) from its stored
 * parts: the lookup table and the weight blocks, in the SIMD kernel's memory when there is one.
 * Loading the syntax model is mostly this for the parser's 1.7 M features, so the table and the
 * blocks are written front to back (features in home-slot order) and nothing else is allocated
 * when the parts come in that order already (model files of format 6 on).
 */
import type { LinearModel, LinearModelParts } from './linear-model.js';
import { createScoreKernel, denseRowWords, KERNEL_LANES } from './score-kernel.js';

/** Slots of the lookup table of a model with `features` features: a power of two, at least twice as many. */
export function tableSlots(features: number): number {
  let slots = 16;
  while (slots < features * 2) slots *= 2;
  return slots;
}

/**
 * Builds the run-time form of stored parts. With `useKernel` (the default) and WebAssembly SIMD
 * available, the blocks live in a kernel's memory and `scoreInto` adds them there; the layout is
 * the same either way (dense rows 16-byte aligned and zero-padded to whole vectors), so the kernel
 * and the JavaScript path read identical blocks.
 */
export function buildLinearModel(parts: LinearModelParts, useKernel = true): LinearModel {
  const { keys, start, entryClass, entryWeight } = parts;
  const n = keys.length;
  const slots = tableSlots(n);
  const mask = slots - 1;
  const nc = parts.nClasses;
  // dense when at least half the classes have a weight: a dense row is then no bigger than ~2× the sparse one
  const half = nc / 2;
  const row = denseRowWords(nc);
  // Features go in by home slot, so the table (tens of MB for the parser) is written front to back
  // instead of at a random slot per feature: that random write was most of the model's load time.
  // A linear-probing table holds the same keys, each found by its lookup, whatever the order.
  // Parts read from a file of format 6 on are in that order already: their entries are then read
  // front to back too, and no order is computed.
  const order = inHomeSlotOrder(keys, mask) ? null : homeSlotOrder(keys, mask);
  let size = 0;
  for (let i = 0; i < n; i++) {
    const f = order === null ? i : order[i];
    const count = start[f + 1] - start[f];
    size = count >= half ? denseHeader(size) + 1 + row : size + 1 + count;
  }
  const kernel = useKernel ? createScoreKernel(nc, size, mask) : null;
  const table = kernel ? kernel.table : new Int32Array(slots * 2);
  const blocks = kernel ? kernel.blocks : new Int32Array(size);
  let at = 0;
  // In exact home-slot order the probe's end is known without reading the table: the slot after
  // the last one filled, or the home slot if that is further (until a run wraps past the end).
  // Reading a fresh page before writing it costs a second page fault: most of the build's time.
  let next = order === null ? 0 : slots;
  for (let i = 0; i < n; i++) {
    const f = order === null ? i : order[i];
    const k = keys[f] | 0;
    let s = k & mask;
    if (next < slots) {
      if (s < next) s = next;
      next = s + 1;
    } else {
      while (table[s * 2] !== 0) s = (s + 1) & mask;
    }
    table[s * 2] = k;
    const a = start[f];
    const b = start[f + 1];
    if (b - a >= half) {
      at = denseHeader(at);
      table[s * 2 + 1] = at;
      blocks[at++] = -1;
      for (let e = a; e < b; e++) blocks[at + entryClass[e]] = entryWeight[e];
      at += row;
    } else {
      table[s * 2 + 1] = at;
      blocks[at++] = b - a;
      for (let e = a; e < b; e++) blocks[at++] = (entryClass[e] << 16) | (entryWeight[e] & 0xffff);
    }
  }
  return { nClasses: parts.nClasses, scale: parts.scale, table, mask, blocks, features: n, kernel };
}

/** Where a dense row's header goes at or after `at`: just before a 4-word boundary, so that its weights start on one. */
function denseHeader(at: number): number {
  return Math.ceil((at + 1) / KERNEL_LANES) * KERNEL_LANES - 1;
}

/** Whether the keys' home slots (`key & mask`) never decrease. */
function inHomeSlotOrder(keys: Uint32Array, mask: number): boolean {
  let last = 0;
  for (let f = 0; f < keys.length; f++) {
    const h = keys[f] & mask;
    if (h < last) return false;
    last = h;
  }
  return true;
}

/**
 * Feature indices ordered by their keys' home slots (`key & mask`), by a counting sort on the
 * slot's top bits (at most 2^16 buckets; within one, the file's order): close enough to slot order
 * for the table's writes to run front to back.
 */
export function homeSlotOrder(keys: Uint32Array, mask: number): Uint32Array {
  const bits = 32 - Math.clz32(mask);
  const shift = Math.max(0, bits - 16);
  const count = new Uint32Array((mask >>> shift) + 2);
  for (let f = 0; f < keys.length; f++) count[((keys[f] & mask) >>> shift) + 1]++;
  for (let b = 1; b < count.length; b++) count[b] += count[b - 1];
  const order = new Uint32Array(keys.length);
  for (let f = 0; f < keys.length; f++) order[count[(keys[f] & mask) >>> shift]++] = f;
  return order;
}
