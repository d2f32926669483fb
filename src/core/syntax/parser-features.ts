/**
 * Feature extraction for the transition parser, shared by the trainer and the run-time parser.
 *
 * Zhang & Nivre (2011)-style rich non-local features adapted to arc-hybrid: words and tags of the
 * three top stack items and the three first buffer items, their pairs and triples, the leftmost /
 * rightmost children (and second ones) of s0, s1 and b0 with their relations, valencies,
 * distances and the sets of relations already attached. All values are integers; keys are hashed
 * (see `hash.ts`) — no string is built here.
 */
import type { ParseState } from './arc-hybrid.js';
import { key1, key2, key3, key4 } from './hash.js';
import { bufferClusterKeys, pairClusterKeys, parserClusterFeatures } from './parser-cluster-features.js';
import { bucket, NONE, NONE_L } from './parser-feature-values.js';
import type { ParserInputs } from './parser-inputs.js';

/** Maximum number of features one configuration produces. */
export const MAX_PARSER_FEATURES = 128;

/**
 * Writes the feature keys of `st` into `out`; returns their number. With `withoutBuffer`, the keys
 * {@link bufferKeys} writes are left out: they read nothing but the buffer front's position, so the
 * greedy parser sums their weights once per buffer front (`parser.ts`). With `withoutPair` too,
 * so are the keys {@link pairKeys} writes (the beam sums them once per stack top and front).
 */
export function parserFeatures(st: ParseState, x: ParserInputs, out: Int32Array, withoutBuffer = false, withoutPair = false): number {
  const all = !withoutBuffer;
  // (pair keys are left out only with the buffer's: both caches key on the front)
  const pair = !(withoutBuffer && withoutPair);
  const { word, tag, upos } = x;
  const s0 = st.s(0);
  const s1 = st.s(1);
  const s2 = st.s(2);
  const b0 = st.b;
  const n = st.n;
  const b1 = b0 + 1 <= n ? b0 + 1 : -1;
  const b2 = b0 + 2 <= n ? b0 + 2 : -1;
  const { lc1, lc2, rc1, rc2, label } = st;

  const s0l = s0 >= 0 ? lc1[s0] : -1;
  const s0l2 = s0 >= 0 ? lc2[s0] : -1;
  const s0r = s0 >= 0 ? rc1[s0] : -1;
  const s0r2 = s0 >= 0 ? rc2[s0] : -1;
  const s1l = s1 >= 0 ? lc1[s1] : -1;
  const s1r = s1 >= 0 ? rc1[s1] : -1;
  const s1r2 = s1 >= 0 ? rc2[s1] : -1;
  const b0l = b0 < n ? lc1[b0] : -1;
  const b0l2 = b0 < n ? lc2[b0] : -1;


  const s0w = wordAt(word, s0), s0p = at(tag, s0), s1w = wordAt(word, s1), s1p = at(tag, s1), s2p = at(tag, s2);
  const b0w = wordAt(word, b0), b0p = at(tag, b0), b1w = wordAt(word, b1), b1p = at(tag, b1), b2w = wordAt(word, b2), b2p = at(tag, b2);
  const dsb = s0 >= 0 ? bucket(b0 - s0) : 0;
  const dss = s1 >= 0 ? bucket(s0 - s1) : 0;

  let k = 0;
  // single positions
  if (pair) out[k++] = key2(1, s0w, s0p);
  if (pair) out[k++] = key1(2, s0w);
  if (pair) out[k++] = key1(3, s0p);
  // (the buffer's keys keep their places: the trainer's float sums keep their order)
  if (all) k = bufferKeysAt(x, b0, b1, b2, out, k, 0);
  out[k++] = key2(12, s1w, s1p);
  out[k++] = key1(14, s1p);
  out[k++] = key1(16, s2p);
  // pairs s0-b0
  if (pair) out[k++] = key4(20, s0w, s0p, b0w, b0p);
  if (pair) out[k++] = key3(23, s0w, s0p, b0p);
  if (pair) out[k++] = key3(24, s0p, b0w, b0p);
  if (pair) out[k++] = key2(25, s0w, b0w);
  if (pair) out[k++] = key2(26, s0p, b0p);
  if (all) out[k++] = key2(27, b0p, b1p);
  // pairs s1-s0
  out[k++] = key4(30, s1w, s1p, s0w, s0p);
  out[k++] = key2(33, s1w, s0w);
  out[k++] = key2(34, s1p, s0p);
  out[k++] = key3(35, s1p, s0p, b0w);
  out[k++] = key2(39, s1p, b0p);
  // triples of tags
  if (all) out[k++] = key3(40, b0p, b1p, b2p);
  if (pair) out[k++] = key3(41, s0p, b0p, b1p);
  out[k++] = key3(43, s2p, s1p, s0p);
  out[k++] = key3(45, s0p, at(tag, s0l), b0p);
  out[k++] = key3(47, s0p, b0p, at(tag, b0l));
  out[k++] = key3(48, s1p, at(tag, s1r), s0p);
  out[k++] = key3(49, s1p, s0p, at(tag, s0l));
  out[k++] = key3(50, s1p, at(tag, s1l), s0p);
  out[k++] = key3(51, s1p, s0p, at(tag, s0r));
  if (pair) out[k++] = key3(52, s0w, b0p, b1p);
  if (pair) out[k++] = key3(54, s0p, b0p, b1w);
  // distance
  if (pair) out[k++] = key2(60, s0w, dsb);
  if (pair) out[k++] = key2(61, s0p, dsb);
  if (pair) out[k++] = key2(62, b0w, dsb);
  if (pair) out[k++] = key2(63, b0p, dsb);
  if (pair) out[k++] = key3(65, s0p, b0p, dsb);
  out[k++] = key4(68, s1p, s0p, b0p, dsb * 8 + dss);
  // valency
  if (s0 >= 0) {
    out[k++] = key2(70, s0w, st.nr[s0]);
    out[k++] = key2(71, s0p, st.nr[s0]);
    out[k++] = key2(72, s0w, st.nl[s0]);
    out[k++] = key2(73, s0p, st.nl[s0]);
  }
  if (b0 < n) {
    out[k++] = key2(74, b0w, st.nl[b0]);
    out[k++] = key2(75, b0p, st.nl[b0]);
  }
  if (s1 >= 0) {
    out[k++] = key2(76, s1p, st.nr[s1]);
  }
  // children
  out[k++] = key1(80, wordAt(word, s0l));
  out[k++] = key1(81, at(tag, s0l));
  out[k++] = key1(82, at(label, s0l));
  out[k++] = key1(83, wordAt(word, s0r));
  out[k++] = key1(84, at(tag, s0r));
  out[k++] = key1(85, at(label, s0r));
  out[k++] = key1(86, wordAt(word, b0l));
  out[k++] = key1(87, at(tag, b0l));
  out[k++] = key1(88, at(label, b0l));
  out[k++] = key2(89, at(label, s0l), at(label, s0l2));
  out[k++] = key2(90, at(label, s0r), at(label, s0r2));
  out[k++] = key2(91, at(label, b0l), at(label, b0l2));
  out[k++] = key3(92, s0p, at(tag, s0l), at(tag, s0l2));
  out[k++] = key3(94, b0p, at(tag, b0l), at(tag, b0l2));
  out[k++] = key2(96, s1p, at(label, s1r));
  out[k++] = key2(97, s1p, at(label, s1l));
  out[k++] = key3(98, s0p, at(label, s0l), b0p);
  out[k++] = key3(100, s1p, at(label, s1r), s0p);
  out[k++] = key2(101, s0w, at(label, s0r));
  out[k++] = key2(102, b0w, at(label, b0l));
  // label sets
  if (s0 >= 0) {
    out[k++] = key3(110, s0p, st.lsetLo[s0], st.lsetHi[s0]);
    out[k++] = key3(111, s0p, st.rsetLo[s0], st.rsetHi[s0]);
    out[k++] = key3(112, s0w, st.rsetLo[s0], st.rsetHi[s0]);
  }
  if (b0 < n) out[k++] = key3(113, b0p, st.lsetLo[b0], st.lsetHi[b0]);
  if (s1 >= 0) out[k++] = key3(114, s1p, st.rsetLo[s1], st.rsetHi[s1]);
  // coarse tags of the core triple (robust to fine-tag errors)
  out[k++] = key3(120, at(upos, s1), at(upos, s0), at(upos, b0));
  out[k++] = key4(121, at(upos, s0), at(upos, b0), at(upos, b1), at(upos, s1));
  // what lies between s0 and b0, s1 and s0: punctuation and verbs (clause boundaries)
  const { punct, verbs, suffix } = x;
  const pb = s0 >= 0 ? Math.min(punct[b0] - punct[s0 + 1 > b0 ? b0 : s0 + 1], 3) : 4;
  const vb = s0 >= 0 ? Math.min(verbs[b0] - verbs[s0 + 1 > b0 ? b0 : s0 + 1], 2) : 3;
  const ps = s1 >= 0 ? Math.min(punct[s0] - punct[s1 + 1], 3) : 4;
  const vs = s1 >= 0 ? Math.min(verbs[s0] - verbs[s1 + 1], 2) : 3;
  if (pair) out[k++] = key4(130, s0p, b0p, pb, vb);
  out[k++] = key4(131, s1p, s0p, ps, vs);
  // suffixes stand in for unknown words
  if (pair) out[k++] = key3(133, s0 >= 0 ? suffix[s0] : NONE, s0p, b0p);
  if (pair) out[k++] = key3(134, suffix[b0], b0p, s0p);
  out[k++] = key3(135, s1 >= 0 ? suffix[s1] : NONE, s1p, s0p);
  // WordNet semantic classes (time nouns, verbs of saying …)
  const sem = x.sem;
  const s0s = s0 >= 0 ? sem[s0] : NONE;
  const b0s = sem[b0];
  const s1s = s1 >= 0 ? sem[s1] : NONE;
  if (pair) out[k++] = key3(142, b0p, b0s, s0p);
  out[k++] = key3(143, s1s, s0s, s0p);
  // linear context: the words next to s0 and s1 in the sentence, the word after b0
  const s0prev = s0 > 0 ? tag[s0 - 1] : NONE_L;
  const s0next = s0 >= 0 ? tag[s0 + 1] : NONE_L;
  const s1next = s1 >= 0 ? tag[s1 + 1] : NONE_L;
  if (pair) out[k++] = key3(150, s0p, s0next, b0p);
  out[k++] = key3(152, s1p, s1next, s0p);
  if (all) out[k++] = key3(153, b0w, b1w, b0p);
  if (pair) out[k++] = key4(154, s0p, s0next, b0p, b1p);
  // name classes in proper-noun chains: which word heads "Minister Jane Doe", "Jane Doe", "Doe Bridge"
  if (x.hasNames) {
    k = nameKeys(x, s0, b0, b1, out, k, pair, dsb);
    const nm = x.name;
    out[k++] = key4(145, s1 >= 0 ? nm[s1] : NONE_L, s0 >= 0 ? nm[s0] : NONE_L, s1p, s0p * 8 + (s1 >= 0 && s0 - s1 === 1 ? 1 : 0));
  }
  if (x.hasClusters) k = parserClusterFeatures(st, x, out, k, withoutBuffer, !pair);
  return k;
}

/**
 * The word hash at position `i`, or {@link NONE} when there is none (i < 0); {@link at}, the same
 * for tags and labels. Plain functions over the arrays: closures over them, made per configuration
 * scored, were a sixth of everything the pipeline allocated.
 */
function wordAt(word: Int32Array, i: number): number {
  return i < 0 ? NONE : word[i];
}

/** The tag or label at position `i`, or {@link NONE_L} when there is none (i < 0). */
function at(a: Int32Array, i: number): number {
  return i < 0 ? NONE_L : a[i];
}

/**
 * Writes the keys of `st` that read only the stack top and the buffer front — the words, tags,
 * suffixes and classes at those two positions and the next ones, their distance and what lies
 * between them — into `out`; returns their number. They are the keys {@link parserFeatures} leaves
 * out when asked `withoutPair`: equal for every configuration with the same top and front.
 */
export function pairKeys(st: ParseState, x: ParserInputs, out: Int32Array): number {
  const { word, tag, suffix, sem, punct, verbs } = x;
  const s0 = st.s(0);
  const b0 = st.b;
  const n = st.n;
  const b1 = b0 + 1 <= n ? b0 + 1 : -1;
  const s0w = s0 < 0 ? NONE : word[s0], s0p = s0 < 0 ? NONE_L : tag[s0];
  const b0w = word[b0], b0p = tag[b0];
  const b1w = b1 < 0 ? NONE : word[b1], b1p = b1 < 0 ? NONE_L : tag[b1];
  const dsb = s0 >= 0 ? bucket(b0 - s0) : 0;
  const pb = s0 >= 0 ? Math.min(punct[b0] - punct[s0 + 1 > b0 ? b0 : s0 + 1], 3) : 4;
  const vb = s0 >= 0 ? Math.min(verbs[b0] - verbs[s0 + 1 > b0 ? b0 : s0 + 1], 2) : 3;
  const s0next = s0 >= 0 ? tag[s0 + 1] : NONE_L;
  let k = 0;
  out[k++] = key2(1, s0w, s0p);
  out[k++] = key1(2, s0w);
  out[k++] = key1(3, s0p);
  out[k++] = key4(20, s0w, s0p, b0w, b0p);
  out[k++] = key3(23, s0w, s0p, b0p);
  out[k++] = key3(24, s0p, b0w, b0p);
  out[k++] = key2(25, s0w, b0w);
  out[k++] = key2(26, s0p, b0p);
  out[k++] = key3(41, s0p, b0p, b1p);
  out[k++] = key3(52, s0w, b0p, b1p);
  out[k++] = key3(54, s0p, b0p, b1w);
  out[k++] = key2(60, s0w, dsb);
  out[k++] = key2(61, s0p, dsb);
  out[k++] = key2(62, b0w, dsb);
  out[k++] = key2(63, b0p, dsb);
  out[k++] = key3(65, s0p, b0p, dsb);
  out[k++] = key4(130, s0p, b0p, pb, vb);
  out[k++] = key3(133, s0 >= 0 ? suffix[s0] : NONE, s0p, b0p);
  out[k++] = key3(134, suffix[b0], b0p, s0p);
  out[k++] = key3(142, b0p, sem[b0], s0p);
  out[k++] = key3(150, s0p, s0next, b0p);
  out[k++] = key4(154, s0p, s0next, b0p, b1p);
  if (x.hasNames) k = nameKeys(x, s0, b0, b1, out, k, true, dsb);
  if (x.hasClusters) k = pairClusterKeys(st, x, out, k);
  return k;
}

/**
 * The name-class keys of the stack top, the buffer front and the word after it (`name-classes.ts`),
 * with their tags and distance: a title before a given name attaches to it, a given name heads
 * what follows it. They read only s0, b0 and b1, so they are pair keys.
 */
function nameKeys(x: ParserInputs, s0: number, b0: number, b1: number, out: Int32Array, k: number, pair: boolean, dsb: number): number {
  if (!pair) return k;
  const { name, tag } = x;
  const s0n = s0 >= 0 ? name[s0] : NONE_L;
  const b0n = name[b0];
  const b1n = b1 >= 0 ? name[b1] : NONE_L;
  const s0p = s0 >= 0 ? tag[s0] : NONE_L;
  out[k++] = key4(144, s0n * 8 + b0n, s0p, tag[b0], dsb);
  out[k++] = key4(146, s0n, b0n, b1n, tag[b0]);
  return k;
}

/**
 * Writes the keys of `st` that read only the buffer front and the two tokens after it (their words
 * and tags) into `out` from position `k`; returns the new count. They are the keys
 * {@link parserFeatures} leaves out when asked `withoutBuffer`, so both together score as it alone.
 */
export function bufferKeys(st: ParseState, x: ParserInputs, out: Int32Array, k = 0): number {
  const b0 = st.b;
  const n = st.n;
  const b1 = b0 + 1 <= n ? b0 + 1 : -1;
  const b2 = b0 + 2 <= n ? b0 + 2 : -1;
  k = bufferKeysAt(x, b0, b1, b2, out, k, 1);
  if (x.hasClusters) k = bufferClusterKeys(st, x, out, k);
  return k;
}

/**
 * The single-position keys of the buffer's first three tokens; with `rest` = 1 also its pair,
 * triple and word-pair keys (written elsewhere among {@link parserFeatures}' keys).
 */
function bufferKeysAt(x: ParserInputs, b0: number, b1: number, b2: number, out: Int32Array, k: number, rest: number): number {
  const { word, tag } = x;
  const b0w = word[b0], b0p = tag[b0];
  const b1w = b1 < 0 ? NONE : word[b1], b1p = b1 < 0 ? NONE_L : tag[b1];
  const b2w = b2 < 0 ? NONE : word[b2], b2p = b2 < 0 ? NONE_L : tag[b2];
  out[k++] = key2(4, b0w, b0p);
  out[k++] = key1(5, b0w);
  out[k++] = key1(6, b0p);
  out[k++] = key2(7, b1w, b1p);
  out[k++] = key1(8, b1w);
  out[k++] = key1(9, b1p);
  out[k++] = key2(10, b2w, b2p);
  out[k++] = key1(11, b2p);
  if (rest) {
    out[k++] = key2(27, b0p, b1p);
    out[k++] = key3(40, b0p, b1p, b2p);
    out[k++] = key3(153, b0w, b1w, b0p);
  }
  return k;
}
