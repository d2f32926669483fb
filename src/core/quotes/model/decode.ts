/**
 * Decoding with the attribution model's two taggers: the cue tagger reads a sentence left to right,
 * greedily (each token's label feeds the next token's features) and marks cue heads; the role
 * tagger finds the best label sequence over a cue's window with Viterbi, under the constraints that
 * an I-S follows a B-S or I-S, an I-C a B-C or I-C, and the cue's head is CU.
 */
import type { TokenSpan } from '../attribution.js';
import { CUE_LABELS, CueLabel, cueFeatures, MAX_CUE_FEATURES } from './cue-features.js';
import type { DocView } from './doc-view.js';
import type { Scorer } from './attribution-model.js';
import { MAX_ROLE_FEATURES, ROLE_LABELS, RoleLabel, roleFeatures, type CueContext } from './role-features.js';

/** Reusable buffers. */
export class DecodeScratch {
  readonly keys = new Int32Array(Math.max(MAX_CUE_FEATURES, MAX_ROLE_FEATURES));
  readonly scores = new Float64Array(Math.max(CUE_LABELS, ROLE_LABELS));
}

/**
 * Cue labels of sentence `s` (one per token of the sentence). When `margins` (one per Doc token) is
 * given, each token's cue score minus its no-cue score, bias included, is written into it.
 */
export function tagCueLabels(v: DocView, s: number, score: Scorer, scratch: DecodeScratch, bias = 0, margins?: Float64Array): Uint8Array {
  const from = v.sentStart[s];
  const to = v.sentEnd[s];
  const labels = new Uint8Array(to - from);
  let prev: number = CueLabel.O;
  for (let i = from; i < to; i++) {
    const n = cueFeatures(v, i, prev, scratch.keys);
    scratch.scores.fill(0);
    score(scratch.keys, n, scratch.scores);
    scratch.scores[CueLabel.H] += bias;
    if (margins) margins[i] = scratch.scores[CueLabel.H] - scratch.scores[CueLabel.O];
    let best: number = CueLabel.O;
    for (let c = 1; c < CUE_LABELS; c++) if (scratch.scores[c] > scratch.scores[best]) best = c;
    labels[i - from] = best;
    prev = best;
  }
  return labels;
}

/** Cue heads from the labels of sentence `s`. */
export function cueHeads(v: DocView, s: number, labels: Uint8Array): number[] {
  const from = v.sentStart[s];
  const out: number[] = [];
  for (let k = 0; k < labels.length; k++) if (labels[k] === CueLabel.H) out.push(from + k);
  return out;
}

/** True when label `c` may follow label `p`. */
export function allowed(p: number, c: number): boolean {
  if (c === RoleLabel.IS) return p === RoleLabel.BS || p === RoleLabel.IS;
  if (c === RoleLabel.IC) return p === RoleLabel.BC || p === RoleLabel.IC;
  return true;
}

/** Emission scores of every window token (`[k * ROLE_LABELS + label]`). */
export function roleEmissions(v: DocView, c: CueContext, score: Scorer, scratch: DecodeScratch): Float64Array {
  const { from, to } = c.w;
  const em = new Float64Array((to - from) * ROLE_LABELS);
  for (let j = from; j < to; j++) {
    const n = roleFeatures(v, c, j, scratch.keys);
    scratch.scores.fill(0);
    score(scratch.keys, n, scratch.scores);
    for (let l = 0; l < ROLE_LABELS; l++) em[(j - from) * ROLE_LABELS + l] = scratch.scores[l];
  }
  return em;
}

/** The best label sequence over the window (Viterbi). */
export function viterbiRoles(c: CueContext, em: Float64Array, transitions: ArrayLike<number>): Uint8Array {
  const { from, to, head } = c.w;
  const len = to - from;
  const L = ROLE_LABELS;
  const best = new Float64Array(len * L).fill(-Infinity);
  const back = new Int8Array(len * L);
  const forced = (k: number) => from + k === head;
  for (let k = 0; k < len; k++) {
    for (let l = 0; l < L; l++) {
      if (forced(k) && l !== RoleLabel.CU) continue;
      const e = em[k * L + l];
      if (k === 0) {
        if (l === RoleLabel.IS || l === RoleLabel.IC) continue;
        best[l] = e;
        continue;
      }
      let bv = -Infinity;
      let bp = 0;
      for (let p = 0; p < L; p++) {
        const prev = best[(k - 1) * L + p];
        if (prev === -Infinity || !allowed(p, l)) continue;
        const s = prev + transitions[p * L + l];
        if (s > bv) {
          bv = s;
          bp = p;
        }
      }
      if (bv === -Infinity) continue;
      best[k * L + l] = bv + e;
      back[k * L + l] = bp;
    }
  }
  const labels = new Uint8Array(len);
  if (!len) return labels;
  let l = 0;
  for (let x = 1; x < L; x++) if (best[(len - 1) * L + x] > best[(len - 1) * L + l]) l = x;
  for (let k = len - 1; k >= 0; k--) {
    labels[k] = l;
    l = back[k * L + l];
  }
  return labels;
}

/** The cue (the run of CU labels holding the head), source segments and content runs from role labels over the window starting at `from`. */
export function roleSpans(labels: Uint8Array, from: number, head: number): { cue: TokenSpan; sources: TokenSpan[]; content: TokenSpan[] } {
  const sources: TokenSpan[] = [];
  const content: TokenSpan[] = [];
  let a = head;
  let b = head + 1;
  while (a - 1 >= from && labels[a - 1 - from] === RoleLabel.CU) a--;
  while (b - from < labels.length && labels[b - from] === RoleLabel.CU) b++;
  for (let k = 0; k < labels.length; k++) {
    const l = labels[k];
    const t = from + k;
    if (l === RoleLabel.BS) sources.push({ from: t, to: t + 1 });
    else if (l === RoleLabel.IS) sources[sources.length - 1] = { from: sources[sources.length - 1].from, to: t + 1 };
    else if (l === RoleLabel.BC) content.push({ from: t, to: t + 1 });
    else if (l === RoleLabel.IC) content[content.length - 1] = { from: content[content.length - 1].from, to: t + 1 };
  }
  return { cue: { from: a, to: b }, sources, content };
}
