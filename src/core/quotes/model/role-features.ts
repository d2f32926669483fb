/**
 * Features of the role tagger: given a cue's head, each token of the cue's window is labelled as
 * beginning or continuing the source (B-S, I-S) or the content (B-C, I-C), as another word of the
 * cue (CU: "has" in "has learned", "to" in "according to"), or outside all (O). Features tie
 * the token to the cue: its side and distance, the dependency path between them (the relations by
 * which each hangs from their lowest common ancestor), whether it stands in a quotation the cue is
 * outside of, and the cue's own word and class.
 */
import { key1, key2, key3, key4 } from '../../syntax/hash.js';
import type { DocView } from './doc-view.js';

/** Role labels. */
export const RoleLabel = { O: 0, BS: 1, IS: 2, BC: 3, IC: 4, CU: 5 } as const;
export const ROLE_LABELS = 6;
/** Most features a token gets. */
export const MAX_ROLE_FEATURES = 40;
/** Template of the transition feature (previous label → label), scored apart by the decoder. */
export const TRANSITION_TEMPLATE = 200;

const SELF = 250;
const MAX_DEPTH = 40;

/** A cue and the window of tokens its roles are looked for in. */
export interface CueWindow {
  /** The cue's head token. */
  readonly head: number;
  readonly from: number;
  readonly to: number;
}

/** Per-cue precomputation: the path of each window token to the cue's head. */
export interface CueContext {
  readonly w: CueWindow;
  /** For each window token (index − from): relation by which it hangs below the common ancestor (SELF when it is the ancestor). */
  readonly relJ: Uint8Array;
  /** The same for the cue's side. */
  readonly relH: Uint8Array;
  /** The relation one step further down the token's path (by which it hangs below the node of `relJ`), SELF when none. */
  readonly relJ2: Uint8Array;
  /** Steps from the token up to the common ancestor (capped). */
  readonly up: Uint8Array;
  /** Number of commas and colons between the token and the cue (capped at 3). */
  readonly puncts: Uint8Array;
}

/** The main token of cue tokens `[from, to)`: the first whose head lies outside them. */
export function cueHead(v: DocView, from: number, to: number): number {
  for (let t = from; t < to; t++) {
    const h = v.head[t];
    if (h < from || h >= to) return t;
  }
  return from;
}

/** Prepares the path features of every token of `w`. */
export function cueContext(v: DocView, w: CueWindow, commaWord: number, colonWord: number): CueContext {
  const len = w.to - w.from;
  const relJ = new Uint8Array(len);
  const relH = new Uint8Array(len);
  const relJ2 = new Uint8Array(len);
  const up = new Uint8Array(len);
  const puncts = new Uint8Array(len);
  // the cue head's ancestors, each with the child through which the path came up
  const below = new Map<number, number>();
  let t = w.head;
  let child = -1;
  for (let d = 0; t >= 0 && d < MAX_DEPTH; d++) {
    below.set(t, child);
    child = t;
    t = v.head[t];
  }
  for (let j = w.from; j < w.to; j++) {
    let x = j;
    let last = -1;
    let second = -1;
    let steps = 0;
    while (x >= 0 && !below.has(x) && steps < MAX_DEPTH) {
      second = last;
      last = x;
      x = v.head[x];
      steps++;
    }
    const k = j - w.from;
    relJ2[k] = second >= 0 ? v.rel[second] : SELF;
    if (x < 0 || !below.has(x)) {
      // different trees (another sentence): hang both from a virtual root
      relJ[k] = last >= 0 ? v.rel[last] : SELF;
      relH[k] = 251;
    } else {
      relJ[k] = last >= 0 ? v.rel[last] : SELF;
      const hc = below.get(x) as number;
      relH[k] = hc >= 0 ? v.rel[hc] : SELF;
    }
    up[k] = Math.min(steps, 4);
  }
  // punctuation between each token and the cue
  let count = 0;
  for (let j = w.head - 1; j >= w.from; j--) {
    puncts[j - w.from] = Math.min(count, 3);
    if (v.word[j] === commaWord || v.word[j] === colonWord) count++;
  }
  count = 0;
  for (let j = w.head + 1; j < w.to; j++) {
    if (v.word[j] === commaWord || v.word[j] === colonWord) count++;
    puncts[j - w.from] = Math.min(count, 3);
  }
  return { w, relJ, relH, relJ2, up, puncts };
}

function distBucket(d: number): number {
  return d <= 1 ? d : d <= 3 ? 2 : d <= 6 ? 3 : d <= 10 ? 4 : d <= 20 ? 5 : 6;
}

/** Writes the features of window token `j` for the cue of `c` into `out`; returns their number. */
export function roleFeatures(v: DocView, c: CueContext, j: number, out: Int32Array): number {
  const { w } = c;
  let k = 0;
  const side = j < w.head ? 1 : j > w.head ? 2 : 3;
  const dist = distBucket(Math.abs(j - w.head));
  const x = j - w.from;
  const rj = c.relJ[x];
  const rh = c.relH[x];
  const cueLem = v.lemma[w.head];
  const cueCls = v.cue[w.head];
  const sameSentence = v.sentence[j] === v.sentence[w.head] ? 0 : v.sentence[j] < v.sentence[w.head] ? 1 : 2;
  const cueQuote = v.quote[w.head];
  const q = v.quote[j];
  const quoteRel = q < 0 ? 0 : q === cueQuote ? 1 : v.mark[j] ? 2 : 3;
  const prevInS = j - 1 >= w.from ? v.pos[j - 1] : 99;
  const nextInS = j + 1 < w.to ? v.pos[j + 1] : 99;
  const hd = v.head[j];
  out[k++] = key2(101, side, 1);
  out[k++] = key2(102, side, dist);
  out[k++] = key3(103, rj, rh, c.up[x]);
  out[k++] = key4(104, rj, rh, side, cueCls);
  out[k++] = key3(105, rj, rh, cueLem);
  out[k++] = key2(106, v.word[j], side);
  out[k++] = key1(107, v.lemma[j]);
  out[k++] = key3(108, v.pos[j], side, rh);
  out[k++] = key3(109, v.rel[j], side, rj);
  out[k++] = key3(110, quoteRel, side, sameSentence);
  out[k++] = key3(111, quoteRel, rj, rh);
  out[k++] = key2(112, cueLem, side);
  out[k++] = key3(113, cueCls, side, dist);
  out[k++] = key3(114, prevInS, v.pos[j], side);
  out[k++] = key3(115, v.pos[j], nextInS, side);
  out[k++] = key3(116, c.puncts[x], side, rh);
  out[k++] = key3(117, hd === w.head ? 1 : 0, v.rel[j], side);
  out[k++] = key3(118, v.rel[w.head], rj, rh);
  out[k++] = key2(119, sameSentence, side);
  out[k++] = key4(120, v.shape[j], v.pos[j], side, rj);
  out[k++] = key3(121, v.mark[j], side, dist);
  out[k++] = key4(122, rj, rh, c.up[x], quoteRel);
  out[k++] = key3(123, v.kids[w.head] & 7, rj, side);
  out[k++] = key2(124, v.word[j], rj);
  out[k++] = key3(125, cueLem, rj, rh);
  out[k++] = key4(126, side, dist, v.pos[j], c.puncts[x]);
  out[k++] = key3(127, hd >= 0 ? v.pos[hd] : 99, v.rel[j], side);
  out[k++] = key2(128, cueCls, quoteRel);
  // the structure inside the source or content: "Mulgrew, president of …, which represents …"
  const r2 = c.relJ2[x];
  out[k++] = key4(129, rj, r2, side, rh);
  out[k++] = key3(130, r2, v.pos[j], side);
  out[k++] = key4(131, rj, r2, c.puncts[x], side);
  // boundaries: the words around the token, where it stands in its quotation
  const prevW = j - 1 >= w.from ? v.word[j - 1] : 0;
  const nextW = j + 1 < w.to ? v.word[j + 1] : 0;
  const qPos = q < 0 ? 0 : v.mark[j] ? (j > 0 && v.quote[j - 1] === q ? 2 : 1) : 3;
  out[k++] = key3(132, prevW, side, rj);
  out[k++] = key3(133, nextW, side, rj);
  out[k++] = key4(134, qPos, side, rh, quoteRel);
  out[k++] = key4(135, rj, rh, side, sameSentence);
  out[k++] = key3(136, Math.max(-2, Math.min(2, v.sentence[j] - v.sentence[w.head])) + 2, quoteRel, side);
  out[k++] = key3(137, v.ruleRole[j] === 0 ? 0 : v.ruleHead[j] === w.head ? v.ruleRole[j] : 3 + v.ruleRole[j], side, rj);
  return k;
}

/** Key of the transition feature from label `prev`. */
export function transitionKey(prev: number): number {
  return key1(TRANSITION_TEMPLATE, prev);
}
