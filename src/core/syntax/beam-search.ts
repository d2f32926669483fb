/**
 * Beam search over arc-hybrid configurations (Zhang & Clark 2008; Zhang & Nivre 2011): keep the
 * `width` best-scoring partial parses, expand each by every legal labelled move, keep the `width`
 * best of the expansions. Every parse of n tokens takes exactly 2n moves, so the items stay in
 * step and the search ends when the first one is done.
 *
 * Shared by the run-time parser and the globally trained perceptron: the scorer is a callback, the
 * states come from a pool and are copied, never allocated per step, and the trainer can ask for
 * the back-pointers of every step (to replay the predicted sequence at the max-violation point).
 *
 * At run time (`cacheBuffer`) the scores of the keys that read only the buffer front, and of
 * those that read only the stack top and the front, are summed once per front and per pair in a
 * sentence, and an item with the same keys as another of its step takes its scores: see
 * `parse-score-cache.ts`. With the model's {@link RowScorer} (`rows`), all of this runs in
 * integers in the scorer's own row (the SIMD kernel's), which the classes are then read from.
 *
 * The states of a step's candidates are not all copies: an item with one candidate kept hands its
 * own state over, and only the others are copied from it (`takeStates`).
 *
 * A run-time beam may also have a `margin` (beam thresholding, as chart parsers and phrase-based
 * decoders prune): an item whose total score is more than `margin` below the best item's is not
 * expanded. Such items rarely climb back into the beam, and skipping them is most of a
 * configuration's cost (its keys' lookups): with the shipped model, about 14 % fewer configurations
 * scored at the same accuracy (`data/models/README.md`). The trainer's beam never prunes.
 */
import { LEFT, ParseState, SHIFT } from './arc-hybrid.js';
import { ParseScoreCache } from './parse-score-cache.js';
import type { RowScorer } from './linear-model.js';
import { MAX_PARSER_FEATURES, parserFeatures } from './parser-features.js';
import type { ParserInputs } from './parser-inputs.js';
import { classMove, classRel, type ParserModel } from './parser.js';

/** Class code of a forced move (no choice, nothing scored): SHIFT onto an empty stack, or ROOT taking the last stack item. */
export const FORCED = -1;

/** Adds the class scores of the configuration whose feature keys are `keys[0..n)` into `out` (cleared or preset by the caller). */
export type ClassScorer = (keys: Int32Array, n: number, out: Float64Array) => void;

/** True when `st` has exactly one legal move, which is then {@link FORCED}. */
export function isForced(st: ParseState): boolean {
  return st.sp === 0 || (st.b === st.n && st.sp === 1);
}

/** Applies class `c` (or {@link FORCED}) to `st`. */
export function applyClass(p: ParserModel, st: ParseState, c: number): void {
  if (c === FORCED) {
    if (st.sp === 0) st.apply(SHIFT, -1);
    else st.apply(LEFT, p.rootRel);
  } else {
    st.apply(classMove(p, c), classRel(p, c));
  }
}

/** A reusable beam of parser configurations for one thread. */
export class BeamSearch {
  /** Number of items kept (1 = greedy). */
  readonly width: number;
  /** Items currently in the beam, best first. */
  size = 0;
  /** Steps taken in the current sentence. */
  steps = 0;
  /** Total score of each item, best first. */
  score: Float64Array;
  /** When recording: parent index and class of item j after step t, at `t * width + j`. */
  histParent: Int32Array;
  histClass: Int32Array;
  private cur: ParseState[];
  private next: ParseState[];
  /** Spare arrays of states for {@link takeStates} (their contents are overwritten there). */
  private outStates: ParseState[];
  private freeStates: ParseState[];
  /** Per item of the step: candidates still to be given a state, and whether its own was handed over. */
  private readonly uses: Int32Array;
  private readonly taken: Uint8Array;
  private nextScore: Float64Array;
  private readonly cScore: Float64Array;
  private readonly cParent: Int32Array;
  private readonly cClass: Int32Array;
  private readonly keys = new Int32Array(MAX_PARSER_FEATURES);
  private readonly scores: Float64Array;
  /** Candidates kept in the current step. */
  private nc = 0;
  /** Front and pair rows (with `cacheBuffer`) and the step's items for reuse. */
  private readonly cache: ParseScoreCache;

  /** Keeps the back-pointers of every step (the trainer's max-violation replay). */
  private readonly record: boolean;
  /** Sums the buffer-only keys once per front (run time, integer weights only: see above). */
  private readonly cacheBuffer: boolean;
  /** Takes the scores of an earlier item of the step with the same keys (default on; off only to test it: see `parse-score-cache.ts`). */
  private readonly reuse: boolean;
  /** Items further than this below the best one are not expanded (in the scorer's units; Infinity: none pruned). */
  private readonly margin: number;
  /** The integer scorer of the run-time cache (`rows` option), or null: then `step`'s scorer. */
  private readonly ints: RowScorer | null;

  constructor(
    private readonly nClasses: number,
    width: number,
    options: { record?: boolean; cacheBuffer?: boolean; reuseScores?: boolean; margin?: number; rows?: RowScorer } = {},
  ) {
    this.record = options.record === true;
    this.cacheBuffer = options.cacheBuffer === true;
    this.ints = this.cacheBuffer ? (options.rows ?? null) : null;
    this.reuse = options.reuseScores !== false;
    this.margin = options.margin ?? Infinity;
    if (!(this.margin >= 0)) throw new RangeError(`beam margin must be 0 or more, got ${options.margin}`);
    this.width = Math.max(1, Math.floor(width));
    const k = this.width;
    this.cur = Array.from({ length: k }, () => new ParseState(64));
    // (next-pool arrays are 2k long: takeStates gathers up to 2k − 1 free states in one and keeps
    // the first k; the places past k are scratch, here filled with the same k states)
    const pool = Array.from({ length: k }, () => new ParseState(64));
    this.next = [...pool, ...pool];
    this.outStates = new Array<ParseState>(k);
    this.freeStates = this.next.slice();
    this.uses = new Int32Array(k);
    this.taken = new Uint8Array(k);
    this.score = new Float64Array(k);
    this.nextScore = new Float64Array(k);
    this.cScore = new Float64Array(k);
    this.cParent = new Int32Array(k);
    this.cClass = new Int32Array(k);
    this.scores = new Float64Array(nClasses);
    this.cache = new ParseScoreCache(nClasses, k, this.cacheBuffer);
    this.histParent = new Int32Array(this.record ? 128 * k : 0);
    this.histClass = new Int32Array(this.record ? 128 * k : 0);
  }

  /** Starts a sentence of `n` tokens with the empty configuration as the only item. */
  start(n: number): void {
    this.cur[0].reset(n);
    this.score[0] = 0;
    this.size = 1;
    this.steps = 0;
    this.cache.startSentence(n);
    if (this.record && this.histParent.length < 2 * n * this.width) {
      this.histParent = new Int32Array(4 * n * this.width);
      this.histClass = new Int32Array(4 * n * this.width);
    }
  }

  /** True when the items are complete parses. */
  get done(): boolean {
    return this.cur[0].done;
  }

  /** Item `j` (0 = best). */
  item(j: number): ParseState {
    return this.cur[j];
  }

  /** Expands every item by its legal moves and keeps the best `width` expansions. */
  step(p: ParserModel, x: ParserInputs, scorer: ClassScorer): void {
    const { keys, scores, cScore, cParent, cClass, ints } = this;
    const k = this.width;
    const L = p.leftRel.length;
    const R = p.rightRel.length;
    this.nc = 0;
    const cache = this.cache;
    cache.startStep();
    // items are sorted best first: the first one past the margin ends the step's expansions
    const floor = this.score[0] - this.margin;
    for (let j = 0; j < this.size; j++) {
      const st = this.cur[j];
      const base = this.score[j];
      if (base < floor) break;
      if (isForced(st)) {
        this.offer(base, j, FORCED);
        continue;
      }
      const nk = parserFeatures(st, x, keys, this.cacheBuffer, cache.pairs);
      if (ints) {
        // integers throughout, in the scorer's own row (the kernel's: no copy in or out)
        const row = ints.row;
        if (!(this.reuse && cache.reuse(st, keys, nk, row))) {
          cache.presetRow(st, x, ints);
          ints.add(keys, nk);
          if (this.reuse) cache.remember(st, keys, nk, row);
        }
        this.expand(st, j, base, row, L, R);
        continue;
      }
      if (!(this.reuse && cache.reuse(st, keys, nk, scores))) {
        if (this.cacheBuffer) cache.preset(st, x, scorer, scores);
        else scores.fill(0);
        scorer(keys, nk, scores);
        if (this.reuse) cache.remember(st, keys, nk, scores);
      }
      this.expand(st, j, base, scores, L, R);
    }
    const h = this.steps * k;
    const nc = this.nc;
    this.takeStates(nc);
    for (let i = 0; i < nc; i++) {
      applyClass(p, this.cur[i], cClass[i]);
      this.nextScore[i] = cScore[i];
      if (this.record) {
        this.histParent[h + i] = cParent[i];
        this.histClass[h + i] = cClass[i];
      }
    }
    const ts = this.score;
    this.score = this.nextScore;
    this.nextScore = ts;
    this.size = nc;
    this.steps++;
  }

  /** Offers every legal class of item `j` (total `base`) under its class scores `scores`. */
  private expand(st: ParseState, j: number, base: number, scores: Float64Array | Int32Array, L: number, R: number): void {
    const cScore = this.cScore;
    const k = this.width;
    if (st.canShift()) this.offer(base + scores[0], j, 0);
    // A class enters only above the last kept candidate: compared as scores[c] > cScore[k-1] − base
    // (sums of integers far below 2^53, so exactly as base + scores[c] > cScore[k-1]).
    let bar = this.nc < k ? -Infinity : cScore[k - 1] - base;
    if (st.canLeft() && st.b < st.n) {
      for (let c = 1; c <= L; c++) {
        if (scores[c] > bar) {
          this.offer(base + scores[c], j, c);
          if (this.nc === k) bar = cScore[k - 1] - base;
        }
      }
    }
    if (st.canRight()) {
      for (let c = L + 1; c <= L + R; c++) {
        if (scores[c] > bar) {
          this.offer(base + scores[c], j, c);
          if (this.nc === k) bar = cScore[k - 1] - base;
        }
      }
    }
  }

  /**
   * Makes `cur[0..nc)` the states of the step's `nc` candidates, before their moves: a parent with
   * one candidate hands its own state over, one with several is copied for all but the last
   * (copies cost a pass over the sentence's arrays; on news text most items have one child kept).
   * Every copy is made before any state is moved on, and the pools keep `2 × width` distinct states.
   */
  private takeStates(nc: number): void {
    const { cParent, uses, taken } = this;
    const k = this.width;
    const cur = this.cur;
    const next = this.next;
    const out = this.outStates;
    const free = this.freeStates;
    uses.fill(0);
    taken.fill(0);
    for (let i = 0; i < nc; i++) uses[cParent[i]]++;
    let spare = 0;
    for (let i = 0; i < nc; i++) {
      const j = cParent[i];
      if (--uses[j] > 0) {
        out[i] = next[spare++];
        out[i].copyFrom(cur[j]);
      } else {
        out[i] = cur[j];
        taken[j] = 1;
      }
    }
    let f = 0;
    for (let s = spare; s < k; s++) free[f++] = next[s];
    for (let j = 0; j < k; j++) if (taken[j] === 0) free[f++] = cur[j];
    // free holds 2k − nc ≥ k states: k for the next pool, the rest fill out's unused places
    for (let i = nc; i < k; i++) out[i] = free[--f];
    this.outStates = cur;
    this.freeStates = next;
    this.cur = out;
    this.next = free;
  }

  /** Keeps candidate (score `s`, parent item, class) if it is among the `width` best so far. */
  private offer(s: number, parent: number, cls: number): void {
    const { cScore, cParent, cClass } = this;
    const k = this.width;
    let at: number;
    if (this.nc < k) at = this.nc++;
    else if (s > cScore[k - 1]) at = k - 1;
    else return;
    while (at > 0 && cScore[at - 1] < s) {
      cScore[at] = cScore[at - 1];
      cParent[at] = cParent[at - 1];
      cClass[at] = cClass[at - 1];
      at--;
    }
    cScore[at] = s;
    cParent[at] = parent;
    cClass[at] = cls;
  }

  /**
   * The classes item `j` took after `steps` steps, in order, into `out` (requires recording).
   * Returns `steps`.
   */
  sequence(steps: number, j: number, out: Int32Array): number {
    const k = this.width;
    for (let t = steps - 1; t >= 0; t--) {
      out[t] = this.histClass[t * k + j];
      j = this.histParent[t * k + j];
    }
    return steps;
  }
}
