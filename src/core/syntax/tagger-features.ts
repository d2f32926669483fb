/**
 * Feature extraction for the POS tagger, shared by the trainer and the run-time tagger so the two
 * can never disagree. A token's features are its form, lower-cased form, affixes, shape and flags,
 * the ±2 word window, and the tags already predicted to its left; the second pass also sees the
 * first pass's tags to its right.
 */
import { key1, key2, key3 } from './hash.js';
import { TAG_END, TAG_START } from './tagger-constants.js';
import { emissionFeatures, leftTagFeatures, type TransitionContext } from './tagger-structured-features.js';
import { WordFlag, type WordTable } from './word-table.js';

/** Maximum number of features one token produces. */
export const MAX_TAGGER_FEATURES = 64;

export { FIRST_BIT, TAG_END, TAG_START, WORD_END, WORD_START } from './tagger-constants.js';

/**
 * How title-cased the sentence is: 0–3 for under 20 %, 20–50 %, 50–80 %, over 80 % of its
 * alphabetic words after the first starting with a capital. Headlines, e-mail subjects and
 * titles capitalise common nouns, which the NOUN/PROPN decision must discount.
 */
export function sentenceCaps(table: WordTable, words: Int32Array, from: number, to: number): number {
  let alpha = 0;
  let caps = 0;
  for (let i = from + 1; i < to; i++) {
    const f = table.flags[words[i]];
    if ((f & WordFlag.HasAlpha) === 0) continue;
    alpha++;
    if (f & WordFlag.InitUpper) caps++;
  }
  if (alpha < 2) return 4;
  const r = caps / alpha;
  return r < 0.2 ? 0 : r < 0.5 ? 1 : r < 0.8 ? 2 : 3;
}

/**
 * Writes token `i`'s feature keys into `out` and returns how many were written: the words' keys
 * (the structured tagger's emission features), the two tags to its left, and in the second pass
 * the first pass's tags to its right.
 * @param words  index into `table` per token of the sentence (positions `from..to`)
 * @param tags   tags already predicted (left of i); for pass 2 also first-pass tags (right of i)
 * @param pass2  true for the second pass, which adds right-context tag features
 * @param caps   {@link sentenceCaps} of the sentence
 * @param ctx    scratch the word features leave for the tag features (reused across calls)
 * @param contextOnly  leave out the keys of `wordKeys` (their scores come from a per-word row)
 */
export function taggerFeatures(
  table: WordTable,
  words: Int32Array,
  from: number,
  to: number,
  i: number,
  tags: Uint8Array,
  pass2: boolean,
  caps: number,
  out: Int32Array,
  ctx: TransitionContext,
  contextOnly = false,
): number {
  let n = emissionFeatures(table, words, from, to, i, caps, out, ctx, contextOnly);
  const tm1 = i - 1 >= from ? tags[i - 1] : TAG_START;
  const tm2 = i - 2 >= from ? tags[i - 2] : TAG_START;
  n = leftTagFeatures(ctx, tm1, tm2, out, n);
  if (pass2) {
    const tp1 = i + 1 < to ? tags[i + 1] : TAG_END;
    const tp2 = i + 2 < to ? tags[i + 2] : TAG_END;
    out[n++] = key1(40, tp1);
    out[n++] = key2(41, tp1, tp2);
    out[n++] = key2(42, tm1, tp1);
    out[n++] = key2(43, tp1, ctx.l0);
    out[n++] = key3(44, tm1, tp1, ctx.l0);
    out[n++] = key2(45, tp1, ctx.suf3);
    out[n++] = key2(46, tp1, ctx.sh0);
  }
  return n;
}
