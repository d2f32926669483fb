/**
 * A linear model in the syntax model file. The feature keys are stored sorted, as 32-bit deltas,
 * then the entry count per feature as a byte, the entry classes as bytes and the weights as Int16;
 * multi-byte numbers are split into byte planes (all low bytes, then all high bytes), which gzip
 * compresses well (high bytes are mostly 0) and which decode in one pass without parsing.
 *
 * Two orders of the features. Formats 1–5 sort them by key ("ascending"). Format 6 sorts them by
 * their home slot in the run-time lookup table (`key & mask`, then the remaining high bits:
 * "table" order): the builder then writes the 30 MB table and the blocks front to back and reads
 * the entries front to back, where ascending keys sent it to a random slot, and a random entry,
 * per feature. The deltas are those of the key rotated right by the table's slot bits, a bijection
 * of uniformly spread keys onto uniformly spread numbers, so the file is as small either way. The
 * rotation is stored (a byte after the scale), so a file still decodes if the run-time table's size
 * rule changes: the builder then only loses the head start of the order.
 */
import { EntenteError } from '../errors/errors.js';
import type { ByteReader, ByteWriter } from './bytes.js';
import { tableSlots, type LinearModelParts } from './linear-model.js';

/** How a model file orders a linear model's features (see the module comment). */
export type LinearLayout = 'ascending' | 'table';

/** Bits of a slot number in the lookup table of `features` features. */
function slotBits(features: number): number {
  return 31 - Math.clz32(tableSlots(features));
}

/** `key` rotated right by `bits` (0–31): its home slot becomes the top bits. */
function rotateRight(key: number, bits: number): number {
  return bits === 0 ? key >>> 0 : ((key >>> bits) | (key << (32 - bits))) >>> 0;
}

/** `values` as `bytes` byte planes: all least significant bytes first. */
function planes(values: ArrayLike<number>, bytes: number): Uint8Array {
  const n = values.length;
  const out = new Uint8Array(n * bytes);
  for (let b = 0; b < bytes; b++) {
    const shift = 8 * b;
    for (let i = 0; i < n; i++) out[b * n + i] = (values[i] >>> shift) & 0xff;
  }
  return out;
}

/** Writes `m` (features in any order) with its features in `layout` order. */
export function writeLinearModel(w: ByteWriter, m: LinearModelParts, layout: LinearLayout): void {
  const n = m.keys.length;
  if (m.nClasses > 255) throw new EntenteError('E203', `a linear model has ${m.nClasses} classes; the model file holds at most 255`);
  w.u32(m.nClasses);
  w.u32(n);
  w.u32(m.entryClass.length);
  w.f64(m.scale);
  const bits = layout === 'table' ? slotBits(n) : 0;
  if (layout === 'table') w.u8(bits);
  const sorted = Uint32Array.from(m.keys, (k) => rotateRight(k, bits));
  const order = Uint32Array.from(sorted, (_, f) => f).sort((a, b) => sorted[a] - sorted[b]);
  const deltas = new Uint32Array(n);
  const counts = new Uint8Array(n);
  const entryClass = new Uint8Array(m.entryClass.length);
  const entryWeight = new Int16Array(m.entryWeight.length);
  let e = 0;
  for (let i = 0; i < n; i++) {
    const f = order[i];
    deltas[i] = sorted[f] - (i > 0 ? sorted[order[i - 1]] : 0);
    counts[i] = m.start[f + 1] - m.start[f];
    for (let j = m.start[f]; j < m.start[f + 1]; j++, e++) {
      entryClass[e] = m.entryClass[j];
      entryWeight[e] = m.entryWeight[j];
    }
  }
  w.bytes(planes(deltas, 4));
  w.bytes(counts);
  w.bytes(entryClass);
  w.bytes(planes(entryWeight, 2));
}

/**
 * Reads a linear model stored in `layout` order; its parts keep the file's order, which for
 * "table" is the one `buildLinearModel` builds fastest from.
 */
export function readLinearModel(r: ByteReader, layout: LinearLayout): LinearModelParts {
  const nClasses = r.u32();
  const n = r.u32();
  const nEntries = r.u32();
  const scale = r.f64();
  // ascending keys are read as keys rotated by 0 bits
  const bits = layout === 'table' ? r.u8() : 0;
  if (bits > 31) throw new EntenteError('E201', `model file is inconsistent (a key rotation of ${bits} bits); it is damaged — restore or retrain it`, { input: r.source });
  const d = r.view(n * 4);
  const keys = new Uint32Array(n);
  const back = (32 - bits) & 31;
  let prev = 0;
  for (let f = 0; f < n; f++) {
    prev = (prev + (d[f] | (d[n + f] << 8) | (d[2 * n + f] << 16) | (d[3 * n + f] << 24))) >>> 0;
    keys[f] = bits === 0 ? prev : (prev << bits) | (prev >>> back);
  }
  const counts = r.view(n);
  const start = new Uint32Array(n + 1);
  for (let f = 0; f < n; f++) start[f + 1] = start[f] + counts[f];
  if (start[n] !== nEntries) throw new EntenteError('E201', 'model file is inconsistent (entry counts do not add up); it is damaged — restore or retrain it', { input: r.source });
  const entryClass = r.bytes(nEntries);
  const wp = r.view(nEntries * 2);
  const entryWeight = new Int16Array(nEntries);
  for (let e = 0; e < nEntries; e++) entryWeight[e] = wp[e] | (wp[nEntries + e] << 8);
  return { nClasses, keys, start, entryClass, entryWeight, scale };
}
