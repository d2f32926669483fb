/**
 * Word-cluster features of the transition parser (Koo, Carreras & Collins 2008): the clusters of
 * the stack and buffer words and of their children stand in for the words in the core templates,
 * the short prefixes (4, 6 bits) for coarse parts of speech, the whole path for a smoothed word
 * identity that covers words the treebanks never show. Read only when the model was trained with
 * them (`ParserModel.clusters`); the per-token prefixes come from `ParserInputs.fill`.
 */
import type { ParseState } from './arc-hybrid.js';
import { key2, key3, key4 } from './hash.js';
import { bucket, NONE, NONE_L } from './parser-feature-values.js';
import type { ParserInputs } from './parser-inputs.js';

/** Number of keys {@link parserClusterFeatures} writes. */
export const PARSER_CLUSTER_FEATURES = 17;

/**
 * Writes the cluster keys of `st` into `out` from position `k`; returns the new count.
 * Token ids −1 stand for absent positions. With `withoutBuffer`, the keys of {@link bufferClusterKeys}
 * are left out; with `withoutPair`, those of {@link pairClusterKeys}.
 */
export function parserClusterFeatures(st: ParseState, x: ParserInputs, out: Int32Array, k: number, withoutBuffer = false, withoutPair = false): number {
  const all = !withoutBuffer;
  const pair = !withoutPair;
  const { cf, c4, c6, tag } = x;
  const n = st.n;
  const s0 = st.s(0);
  const s1 = st.s(1);
  const b0 = st.b;
  const b1 = b0 + 1 <= n ? b0 + 1 : -1;
  const s0l = s0 >= 0 ? st.lc1[s0] : -1;
  const s0r = s0 >= 0 ? st.rc1[s0] : -1;
  const b0l = b0 < n ? st.lc1[b0] : -1;
  const label = st.label;

  const s0f = s0 >= 0 ? cf[s0] : NONE, s0c4 = s0 >= 0 ? c4[s0] : NONE, s0c6 = s0 >= 0 ? c6[s0] : NONE;
  const s1f = s1 >= 0 ? cf[s1] : NONE, s1c6 = s1 >= 0 ? c6[s1] : NONE;
  const b0f = cf[b0], b0c4 = c4[b0], b0c6 = c6[b0];
  const b1f = b1 >= 0 ? cf[b1] : NONE, b1c6 = b1 >= 0 ? c6[b1] : NONE;
  const s0p = s0 >= 0 ? tag[s0] : NONE_L, s1p = s1 >= 0 ? tag[s1] : NONE_L;
  const b0p = tag[b0], b1p = b1 >= 0 ? tag[b1] : NONE_L;
  const dsb = s0 >= 0 ? bucket(b0 - s0) : 0;

  // single positions: the whole path with the tag (a word identity that generalises)
  if (pair) out[k++] = key2(200, s0f, s0p);
  if (all) {
    out[k++] = key2(201, b0f, b0p);
    out[k++] = key2(202, b1f, b1p);
  }
  out[k++] = key2(203, s1f, s1p);
  // s0–b0 pairs, the arc the next move may build
  if (pair) out[k++] = key2(204, s0c6, b0c6);
  if (pair) out[k++] = key4(205, s0c4, s0p, b0c4, b0p);
  if (pair) out[k++] = key2(206, s0f, b0f);
  if (pair) out[k++] = key3(207, s0f, s0p, b0p);
  if (pair) out[k++] = key3(208, s0p, b0f, b0p);
  if (pair) out[k++] = key3(209, s0c6, b0c6, dsb);
  // s1–s0 pairs, the arc a RIGHT move builds
  out[k++] = key4(210, s1c6, s1p, s0c6, s0p);
  out[k++] = key2(211, s1f, s0f);
  out[k++] = key3(212, s1p, s0p, b0f);
  // buffer context
  if (all) out[k++] = key3(213, b0f, b1c6, b0p);
  // heads with their children
  out[k++] = key3(214, s0c6, s0l >= 0 ? c6[s0l] : NONE, s0l >= 0 ? label[s0l] : NONE_L);
  out[k++] = key3(215, s0c6, s0r >= 0 ? c6[s0r] : NONE, s0r >= 0 ? label[s0r] : NONE_L);
  out[k++] = key3(216, b0c6, b0l >= 0 ? c6[b0l] : NONE, b0l >= 0 ? label[b0l] : NONE_L);
  return k;
}

/** The cluster keys that read only the buffer's first two tokens (see `bufferKeys` of `parser-features.ts`). */
export function bufferClusterKeys(st: ParseState, x: ParserInputs, out: Int32Array, k: number): number {
  const { cf, c6, tag } = x;
  const b0 = st.b;
  const b1 = b0 + 1 <= st.n ? b0 + 1 : -1;
  const b0f = cf[b0], b0p = tag[b0];
  const b1f = b1 >= 0 ? cf[b1] : NONE, b1c6 = b1 >= 0 ? c6[b1] : NONE, b1p = b1 >= 0 ? tag[b1] : NONE_L;
  out[k++] = key2(201, b0f, b0p);
  out[k++] = key2(202, b1f, b1p);
  out[k++] = key3(213, b0f, b1c6, b0p);
  return k;
}

/** The cluster keys that read only the stack top and the buffer front (see `pairKeys` of `parser-features.ts`). */
export function pairClusterKeys(st: ParseState, x: ParserInputs, out: Int32Array, k: number): number {
  const { cf, c4, c6, tag } = x;
  const s0 = st.s(0);
  const b0 = st.b;
  const s0f = s0 >= 0 ? cf[s0] : NONE, s0c4 = s0 >= 0 ? c4[s0] : NONE, s0c6 = s0 >= 0 ? c6[s0] : NONE;
  const b0f = cf[b0], b0c4 = c4[b0], b0c6 = c6[b0];
  const s0p = s0 >= 0 ? tag[s0] : NONE_L;
  const b0p = tag[b0];
  const dsb = s0 >= 0 ? bucket(b0 - s0) : 0;
  out[k++] = key2(200, s0f, s0p);
  out[k++] = key2(204, s0c6, b0c6);
  out[k++] = key4(205, s0c4, s0p, b0c4, b0p);
  out[k++] = key2(206, s0f, b0f);
  out[k++] = key3(207, s0f, s0p, b0p);
  out[k++] = key3(208, s0p, b0f, b0p);
  out[k++] = key3(209, s0c6, b0c6, dsb);
  return k;
}
