/**
 * Features of the cue tagger: for each token, whether it is the head of a cue (H) — the word the
 * rest of the cue hangs from ("said", "learned" in "has learned", "according" in "according to") —
 * or not (O). The role tagger later finds the cue's other words. The tagger reads a sentence left to right; its features are the token and its
 * neighbours (words, lemmas, tags), its relation and head, which dependents it has (a clausal
 * complement, a subject), its cue-lexicon class, whether it stands in a quotation, and the label it
 * gave the previous token.
 */
import { key1, key2, key3, key4 } from '../../syntax/hash.js';
import type { DocView } from './doc-view.js';

/** Cue labels. */
export const CueLabel = { O: 0, H: 1 } as const;
export const CUE_LABELS = 2;

/** Most features a token gets (size of the key buffer). */
export const MAX_CUE_FEATURES = 64;

const NONE = 0x5f5f5f;
const PAD_WORD = 0x70616421;

/** A bucket of the distance to the nearest quote mark on one side (0: none within 8). */
function markDistance(v: DocView, i: number, step: number): number {
  for (let d = 1; d <= 8; d++) {
    const t = i + d * step;
    if (t < 0 || t >= v.n || v.sentence[t] !== v.sentence[i]) return 0;
    if (v.mark[t]) return d <= 1 ? 1 : d <= 3 ? 2 : 3;
  }
  return 0;
}

/**
 * Writes the features of token `i` into `out` and returns their number. `prev` is the label of the
 * previous token of the sentence (O at its start).
 */
export function cueFeatures(v: DocView, i: number, prev: number, out: Int32Array): number {
  let k = 0;
  const s = v.sentence[i];
  const inS = (t: number) => t >= 0 && t < v.n && v.sentence[t] === s;
  const w = (t: number) => (inS(t) ? v.word[t] : PAD_WORD);
  const l = (t: number) => (inS(t) ? v.lemma[t] : PAD_WORD);
  const p = (t: number) => (inS(t) ? v.pos[t] : 99);
  const hd = v.head[i];
  const headLemma = hd >= 0 ? v.lemma[hd] : NONE;
  const headPos = hd >= 0 ? v.pos[hd] : 99;
  const comp = v.kids[i] & 7; // ccomp | xcomp | parataxis
  const subj = (v.kids[i] >> 3) & 3;
  const inQuote = v.quote[i] >= 0 ? 1 + v.mark[i] : 0;
  const lem = v.lemma[i];
  out[k++] = key1(1, 1);
  out[k++] = key1(2, v.word[i]);
  out[k++] = key1(3, lem);
  out[k++] = key1(4, v.pos[i]);
  out[k++] = key1(5, v.rel[i]);
  out[k++] = key2(6, lem, v.rel[i]);
  out[k++] = key2(7, lem, v.pos[i]);
  out[k++] = key1(8, w(i - 1));
  out[k++] = key1(9, w(i + 1));
  out[k++] = key2(10, l(i - 1), lem);
  out[k++] = key2(11, lem, l(i + 1));
  out[k++] = key2(12, p(i - 1), v.pos[i]);
  out[k++] = key2(13, v.pos[i], p(i + 1));
  out[k++] = key3(14, p(i - 2), p(i - 1), v.pos[i]);
  out[k++] = key1(15, v.cue[i]);
  out[k++] = key3(16, v.cue[i], comp, subj);
  out[k++] = key3(17, lem, comp, subj);
  out[k++] = key1(18, headLemma);
  out[k++] = key2(19, v.rel[i], headPos);
  out[k++] = key2(20, lem, headLemma);
  out[k++] = key1(21, inQuote);
  out[k++] = key2(22, inQuote, v.cue[i]);
  out[k++] = key3(23, markDistance(v, i, -1), markDistance(v, i, 1), v.pos[i]);
  out[k++] = key1(24, prev);
  out[k++] = key2(25, prev, lem);
  out[k++] = key2(26, prev, v.pos[i]);
  out[k++] = key3(27, prev, v.rel[i], hd >= 0 ? v.cue[hd] : 0);
  out[k++] = key2(28, v.kids[i], v.pos[i]);
  out[k++] = key2(29, headLemma, v.rel[i]);
  out[k++] = key2(30, v.shape[i], v.pos[i]);
  out[k++] = key3(31, v.cue[i], v.rel[i], headPos);
  out[k++] = key2(32, w(i - 1), v.word[i]);
  out[k++] = key2(33, v.word[i], w(i + 1));
  out[k++] = key3(34, prev, w(i - 1), v.word[i]);
  out[k++] = key2(35, hd >= 0 ? v.cue[hd] : 0, v.rel[i]);
  out[k++] = key4(36, lem, v.rel[i], comp, inQuote);
  out[k++] = key2(37, v.kids[i] & (64 | 1024 | 32), lem);
  out[k++] = key2(38, i === v.sentStart[s] ? 1 : i === v.sentEnd[s] - 1 ? 2 : 0, v.pos[i]);
  // who the subject is ("the poll found", "officials said") and what the object is
  const sj = v.subj[i];
  const ob = v.obj[i];
  const subjLemma = sj >= 0 ? v.lemma[sj] : NONE;
  const subjPos = sj >= 0 ? v.pos[sj] : 99;
  out[k++] = key2(39, subjLemma, lem);
  out[k++] = key2(40, subjPos, v.cue[i]);
  out[k++] = key3(41, subjPos, lem, comp);
  out[k++] = key3(42, v.suffix[i], v.pos[i], v.cue[i]);
  out[k++] = key3(43, ob >= 0 ? v.pos[ob] : 99, lem, comp);
  out[k++] = key2(44, v.kids[i] >> 11, lem);
  out[k++] = key3(45, v.kids[i] >> 11, v.cue[i], v.pos[i]);
  out[k++] = key3(46, subjPos, ob >= 0 ? v.pos[ob] : 99, v.cue[i]);
  out[k++] = key3(47, lem, w(i - 1), prev);
  out[k++] = key2(48, hd >= 0 ? v.kids[hd] & 7 : 8, v.rel[i]);
  // "PENCE: …", "Poll: …": a colon after a name that opens the sentence or a quotation
  const opens = (t: number) => (t === v.sentStart[s] || (t > 0 && v.mark[t - 1] === 1 && v.sentence[t - 1] === s) ? 1 : 0);
  out[k++] = key4(49, v.word[i], inS(i - 1) ? v.shape[i - 1] : 9, inS(i - 1) ? opens(i - 1) : 2, p(i - 1));
  out[k++] = key3(50, v.word[i], inS(i + 1) ? v.mark[i + 1] : 2, inS(i + 1) ? v.shape[i + 1] : 9);
  out[k++] = key4(51, lem, subjPos, comp, ob >= 0 ? v.pos[ob] : 99);
  // the rules' verdict, alone and with the word
  out[k++] = key2(52, v.ruleCue[i], v.cue[i]);
  out[k++] = key2(53, v.ruleCue[i], lem);
  return k;
}
