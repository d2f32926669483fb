/**
 * Features of the structured (beam) tagger, split in two so a beam never recomputes what does not
 * depend on its hypotheses: emission features read only the words (computed and scored once per
 * token), transition features read the two previous tags of one hypothesis (scored once per beam
 * item). The greedy tagger (`tagger-features.ts`) is built from the same two parts — the emission
 * features and the left-tag templates — while the beam adds two tag-trigram templates.
 */
import { key1, key2, key3 } from './hash.js';
import { FIRST_BIT, WORD_END, WORD_START } from './tagger-constants.js';
import { clusterPrefix } from './word-clusters.js';
import { PREFIXES, SUFFIXES, WordFlag, type WordTable } from './word-table.js';

/** Maximum number of emission / transition features of one token. */
export const MAX_EMISSION_FEATURES = 48;
export const MAX_TRANSITION_FEATURES = 10;

/** What the transition features of token i read besides the tags (filled by {@link emissionFeatures}). */
export interface TransitionContext {
  l0: number;
  sh0: number;
  suf3: number;
  lp1: number;
  flags: number;
  lex: number;
}

/** A fresh context. */
export function transitionContext(): TransitionContext {
  return { l0: 0, sh0: 0, suf3: 0, lp1: 0, flags: 0, lex: 0 };
}

/**
 * Writes token `i`'s emission keys into `out`, fills `ctx` for its transition features, and
 * returns the number of keys. With `contextOnly`, the keys that read nothing but the word itself
 * ({@link wordKeys}) are left out: the greedy tagger adds their summed weights from a per-word
 * cache instead (`tagger-word-scores.ts`).
 */
export function emissionFeatures(
  table: WordTable,
  words: Int32Array,
  from: number,
  to: number,
  i: number,
  caps: number,
  out: Int32Array,
  ctx: TransitionContext,
  contextOnly = false,
): number {
  const w0 = words[i];
  const lo = table.lower;
  const l0 = lo[w0];
  const lm1 = i - 1 >= from ? lo[words[i - 1]] : WORD_START;
  const lm2 = i - 2 >= from ? lo[words[i - 2]] : WORD_START;
  const lp1 = i + 1 < to ? lo[words[i + 1]] : WORD_END;
  const lp2 = i + 2 < to ? lo[words[i + 2]] : WORD_END;
  const sh0 = table.shape[w0];
  const shm1 = i - 1 >= from ? table.shape[words[i - 1]] : WORD_START;
  const shp1 = i + 1 < to ? table.shape[words[i + 1]] : WORD_END;
  const suf = table.suffix;
  const s0 = w0 * SUFFIXES;
  const p0 = w0 * PREFIXES;
  const suf3m1 = i - 1 >= from ? suf[words[i - 1] * SUFFIXES + 2] : WORD_START;
  const suf3p1 = i + 1 < to ? suf[words[i + 1] * SUFFIXES + 2] : WORD_END;
  const flags = table.flags[w0] | (i === from ? FIRST_BIT : 0);
  const lex = table.lex[w0];

  // the keys of wordKeys() stay in their original places: the trainer's float sums keep their order
  let n = 0;
  if (!contextOnly) {
    out[n++] = key1(0, 1);
    out[n++] = key1(1, table.form[w0]);
    out[n++] = key1(2, l0);
    for (let k = 0; k < SUFFIXES; k++) out[n++] = key1(3 + k, suf[s0 + k]);
    for (let k = 0; k < PREFIXES; k++) out[n++] = key1(7 + k, table.prefix[p0 + k]);
    out[n++] = key1(10, sh0);
  }
  out[n++] = key1(11, flags);
  out[n++] = key1(12, lm1);
  out[n++] = key1(13, lp1);
  out[n++] = key1(14, lm2);
  out[n++] = key1(15, lp2);
  out[n++] = key1(16, suf3m1);
  out[n++] = key1(17, suf3p1);
  out[n++] = key1(19, shm1);
  out[n++] = key1(20, shp1);
  out[n++] = key2(24, lm1, l0);
  out[n++] = key2(25, l0, lp1);
  out[n++] = key2(27, lp1, lp2);
  out[n++] = key3(28, shm1, sh0, shp1);
  out[n++] = key2(30, suf[s0 + 1], lp1);
  out[n++] = key2(31, lm2, lm1);
  if (!contextOnly) {
    out[n++] = key1(33, lex);
    out[n++] = key2(34, table.morph[w0], suf[s0 + 1]);
  }
  const capFlags = flags & (WordFlag.InitUpper | WordFlag.AllUpper | FIRST_BIT);
  out[n++] = key2(35, lex, capFlags);
  out[n++] = key1(37, i + 1 < to ? table.lex[words[i + 1]] : WORD_END);
  out[n++] = key1(38, i - 1 >= from ? table.lex[words[i - 1]] : WORD_START);
  out[n++] = key2(39, caps, capFlags);
  if (table.hasClusters) n = clusterFeatures(table, words, from, to, i, capFlags, out, n, contextOnly);
  ctx.l0 = l0;
  ctx.sh0 = sh0;
  ctx.suf3 = suf[s0 + 2];
  ctx.lp1 = lp1;
  ctx.flags = flags;
  ctx.lex = lex;
  return n;
}

/**
 * Word-cluster keys of token i (clusters from unlabelled text, `word-clusters.ts`): prefixes of its
 * own path from POS-like to word-like, the full path with its capitalisation, and its neighbours'
 * clusters — they generalise what the treebanks say about a word to words of the same distribution.
 */
function clusterFeatures(table: WordTable, words: Int32Array, from: number, to: number, i: number, capFlags: number, out: Int32Array, n: number, contextOnly: boolean): number {
  const c0 = table.cluster[words[i]];
  const cm1 = i - 1 >= from ? table.cluster[words[i - 1]] : WORD_START;
  const cp1 = i + 1 < to ? table.cluster[words[i + 1]] : WORD_END;
  if (!contextOnly) n = wordClusterKeys(c0, out, n);
  out[n++] = key2(54, c0, capFlags);
  out[n++] = key1(55, cm1);
  out[n++] = key1(56, cp1);
  // sentinels stay sentinels: a prefix of one could pass for a real cluster
  out[n++] = key2(57, i - 1 >= from ? clusterPrefix(cm1, 6) : WORD_START, i + 1 < to ? clusterPrefix(cp1, 6) : WORD_END);
  return n;
}

/**
 * Writes, from `out[n]` on, the emission keys of word `w` (an index into `table`) that read
 * nothing but the word's own table entries — form, lower case, affixes, shape, lexicon class,
 * de-inflection, its cluster's prefixes — and the bias; returns the new count. They are the same
 * wherever the word occurs, so their weights can be summed once per word.
 */
export function wordKeys(table: WordTable, w: number, out: Int32Array, n: number): number {
  const suf = table.suffix;
  const s0 = w * SUFFIXES;
  const p0 = w * PREFIXES;
  out[n++] = key1(0, 1);
  out[n++] = key1(1, table.form[w]);
  out[n++] = key1(2, table.lower[w]);
  for (let k = 0; k < SUFFIXES; k++) out[n++] = key1(3 + k, suf[s0 + k]);
  for (let k = 0; k < PREFIXES; k++) out[n++] = key1(7 + k, table.prefix[p0 + k]);
  out[n++] = key1(10, table.shape[w]);
  out[n++] = key1(33, table.lex[w]);
  out[n++] = key2(34, table.morph[w], suf[s0 + 1]);
  if (table.hasClusters) n = wordClusterKeys(table.cluster[w], out, n);
  return n;
}

/** The cluster keys of a word's own path (see {@link wordKeys}). */
function wordClusterKeys(c0: number, out: Int32Array, n: number): number {
  out[n++] = key1(50, clusterPrefix(c0, 4));
  out[n++] = key1(51, clusterPrefix(c0, 6));
  out[n++] = key1(52, clusterPrefix(c0, 9));
  out[n++] = key1(53, c0);
  return n;
}

/**
 * Writes, from `out[n]` on, the keys of a token (context `ctx`) that read the two tags to its left
 * (`tm2 tm1`) — the greedy tagger's templates; returns the new count.
 */
export function leftTagFeatures(ctx: TransitionContext, tm1: number, tm2: number, out: Int32Array, n: number): number {
  out[n++] = key1(21, tm1);
  out[n++] = key2(22, tm2, tm1);
  out[n++] = key2(23, tm1, ctx.l0);
  out[n++] = key2(26, tm1, ctx.suf3);
  out[n++] = key2(29, tm1, ctx.lp1);
  if ((ctx.flags & WordFlag.InitUpper) !== 0) out[n++] = key2(32, tm1, ctx.flags);
  out[n++] = key2(36, ctx.lex, tm1);
  return n;
}

/** Writes the transition keys of a token (context `ctx`) after tags `tm2 tm1`; returns their number. */
export function transitionFeatures(ctx: TransitionContext, tm1: number, tm2: number, out: Int32Array): number {
  let n = leftTagFeatures(ctx, tm1, tm2, out, 0);
  // tag trigrams with the word and its suffix: cheap in a beam, where they were unusable greedily
  out[n++] = key3(70, tm2, tm1, ctx.l0);
  out[n++] = key3(71, tm2, tm1, ctx.suf3);
  return n;
}
