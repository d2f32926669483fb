/**
 * Feature extraction for the POS tagger, shared by the trainer and the run-time tagger so the two
 * can never disagree. A token's features are its form, lower-cased form, affixes, shape and flags,
 * the ±2 word window, and the tags already predicted to its left; the second pass also sees the
 * first pass's tags to its right.
 */
import { key1, key2, key3 } from './hash.js';
import { PREFIXES, SUFFIXES, WordFlag, type WordTable } from './word-table.js';

/** Maximum number of features one token produces. */
export const MAX_TAGGER_FEATURES = 64;

/** Tag value for positions before the sentence start / after its end. */
export const TAG_START = 254;
export const TAG_END = 253;
/** Word values for positions before the sentence start / after its end. */
export const WORD_START = 0x5a17;
export const WORD_END = 0x5e2d;

/** Bit added to the flags feature for the sentence's first token. */
export const FIRST_BIT = 1 << 12;

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
 * Writes token `i`'s feature keys into `out` and returns how many were written.
 * @param words  index into `table` per token of the sentence (positions `from..to`)
 * @param tags   tags already predicted (left of i); for pass 2 also first-pass tags (right of i)
 * @param pass2  true for the second pass, which adds right-context tag features
 * @param caps   {@link sentenceCaps} of the sentence
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
): number {
  const w0 = words[i];
  const lo = table.lower;
  const l0 = lo[w0];
  const lm1 = i - 1 >= from ? lo[words[i - 1]] : WORD_START;
  const lm2 = i - 2 >= from ? lo[words[i - 2]] : WORD_START;
  const lp1 = i + 1 < to ? lo[words[i + 1]] : WORD_END;
  const lp2 = i + 2 < to ? lo[words[i + 2]] : WORD_END;
  const tm1 = i - 1 >= from ? tags[i - 1] : TAG_START;
  const tm2 = i - 2 >= from ? tags[i - 2] : TAG_START;
  const sh0 = table.shape[w0];
  const shm1 = i - 1 >= from ? table.shape[words[i - 1]] : WORD_START;
  const shp1 = i + 1 < to ? table.shape[words[i + 1]] : WORD_END;
  const suf = table.suffix;
  const s0 = w0 * SUFFIXES;
  const p0 = w0 * PREFIXES;
  const suf3m1 = i - 1 >= from ? suf[words[i - 1] * SUFFIXES + 2] : WORD_START;
  const suf3p1 = i + 1 < to ? suf[words[i + 1] * SUFFIXES + 2] : WORD_END;
  const flags = table.flags[w0] | (i === from ? FIRST_BIT : 0);

  let n = 0;
  out[n++] = key1(0, 1);
  out[n++] = key1(1, table.form[w0]);
  out[n++] = key1(2, l0);
  for (let k = 0; k < SUFFIXES; k++) out[n++] = key1(3 + k, suf[s0 + k]);
  for (let k = 0; k < PREFIXES; k++) out[n++] = key1(7 + k, table.prefix[p0 + k]);
  out[n++] = key1(10, sh0);
  out[n++] = key1(11, flags);
  out[n++] = key1(12, lm1);
  out[n++] = key1(13, lp1);
  out[n++] = key1(14, lm2);
  out[n++] = key1(15, lp2);
  out[n++] = key1(16, suf3m1);
  out[n++] = key1(17, suf3p1);
  out[n++] = key1(19, shm1);
  out[n++] = key1(20, shp1);
  out[n++] = key1(21, tm1);
  out[n++] = key2(22, tm2, tm1);
  out[n++] = key2(23, tm1, l0);
  out[n++] = key2(24, lm1, l0);
  out[n++] = key2(25, l0, lp1);
  out[n++] = key2(26, tm1, suf[s0 + 2]);
  out[n++] = key2(27, lp1, lp2);
  out[n++] = key3(28, shm1, sh0, shp1);
  out[n++] = key2(29, tm1, lp1);
  out[n++] = key2(30, suf[s0 + 1], lp1);
  out[n++] = key2(31, lm2, lm1);
  if ((flags & WordFlag.InitUpper) !== 0) out[n++] = key2(32, tm1, flags);
  const lex = table.lex[w0];
  out[n++] = key1(33, lex);
  out[n++] = key2(34, table.morph[w0], suf[s0 + 1]);
  out[n++] = key2(35, lex, flags & (WordFlag.InitUpper | WordFlag.AllUpper | FIRST_BIT));
  out[n++] = key2(36, lex, tm1);
  out[n++] = key1(37, i + 1 < to ? table.lex[words[i + 1]] : WORD_END);
  out[n++] = key1(38, i - 1 >= from ? table.lex[words[i - 1]] : WORD_START);
  const capFlags = flags & (WordFlag.InitUpper | WordFlag.AllUpper | FIRST_BIT);
  out[n++] = key2(39, caps, capFlags);
  if (pass2) {
    const tp1 = i + 1 < to ? tags[i + 1] : TAG_END;
    const tp2 = i + 2 < to ? tags[i + 2] : TAG_END;
    out[n++] = key1(40, tp1);
    out[n++] = key2(41, tp1, tp2);
    out[n++] = key2(42, tm1, tp1);
    out[n++] = key2(43, tp1, l0);
    out[n++] = key3(44, tm1, tp1, l0);
    out[n++] = key2(45, tp1, suf[s0 + 2]);
    out[n++] = key2(46, tp1, sh0);
  }
  return n;
}
