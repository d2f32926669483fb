/**
 * What the beam parser remembers within a sentence so as not to score the same keys twice.
 *
 * - Rows (run time only, `rows`): the summed scores of the keys that read only the buffer front,
 *   once per front, and of the keys that read only the stack top and the buffer front
 *   ({@link pairKeys}: their words, tags and what lies between them), once per (top, front) pair:
 *   the items of a beam share most fronts, and about half the configurations scored repeat a
 *   pair seen earlier in the sentence. The run-time weights are integers, so adding a row equals
 *   adding its keys' weights one by one; the trainer's float sums would change with the order,
 *   so it scores every key.
 * - Items of one step (`reuse`): items often differ only where no feature looks (a label deep in
 *   the tree, the order of two attachments); an item with the same front, stack top and keys as
 *   an earlier item of the step takes that item's scores (about a fifth of the items on news
 *   text). Same keys in the same order give the same sums, float weights included.
 */
import type { ParseState } from './arc-hybrid.js';
import type { ClassScorer } from './beam-search.js';
import type { RowScorer } from './linear-model.js';
import { bufferKeys, MAX_PARSER_FEATURES, pairKeys } from './parser-features.js';
import type { ParserInputs } from './parser-inputs.js';

/** Ids a sentence's pair rows may use: beyond (a sentence of ~1,000 tokens) the pairs are scored key by key. */
export const MAX_PAIR_IDS = 1 << 20;

/** Rows of class scores keyed by small integer ids, cleared per sentence. */
export class ScoreRows {
  private index = new Int32Array(0);
  /** The rows, `nClasses` integers each, in order of first use. */
  data = new Int32Array(0);
  private count = 0;

  constructor(private readonly nClasses: number) {}

  /** Forgets every row; ids of the new sentence are `0..ids-1`. */
  start(ids: number): void {
    if (this.index.length < ids) this.index = new Int32Array(Math.max(ids, 2 * this.index.length));
    this.index.fill(-1, 0, ids);
    this.count = 0;
  }

  /** Offset in {@link data} of the row of `id`, or -1 when it has none yet. */
  find(id: number): number {
    const r = this.index[id];
    return r < 0 ? -1 : r * this.nClasses;
  }

  /** Gives `id` a row (contents undefined until written); returns its offset in {@link data}. */
  add(id: number): number {
    const nc = this.nClasses;
    if ((this.count + 1) * nc > this.data.length) {
      const grown = new Int32Array(Math.max(64 * nc, 2 * this.data.length));
      grown.set(this.data);
      this.data = grown;
    }
    this.index[id] = this.count;
    return this.count++ * nc;
  }
}

/** The beam parser's score cache for one thread (see the module's description). */
export class ParseScoreCache {
  /** The current sentence's configurations leave their pair keys to the pair rows. */
  pairs = false;
  private readonly front: ScoreRows | null;
  private readonly pair: ScoreRows | null;
  private readonly keys = new Int32Array(MAX_PARSER_FEATURES);
  private readonly tmp: Float64Array;
  private n = 0;
  private readonly seenFront: Int32Array;
  private readonly seenTop: Int32Array;
  private readonly seenCount: Int32Array;
  private readonly seenKeys: Int32Array;
  private readonly seenScores: Float64Array;
  private nSeen = 0;

  /** `rows`: keep front and pair rows (integer weights only); `width`: items per step. */
  constructor(private readonly nClasses: number, width: number, readonly rows: boolean) {
    this.front = rows ? new ScoreRows(nClasses) : null;
    this.pair = rows ? new ScoreRows(nClasses) : null;
    this.tmp = new Float64Array(nClasses);
    this.seenFront = new Int32Array(width);
    this.seenTop = new Int32Array(width);
    this.seenCount = new Int32Array(width);
    this.seenKeys = new Int32Array(width * MAX_PARSER_FEATURES);
    this.seenScores = new Float64Array(width * nClasses);
  }

  /** Starts a sentence of `n` tokens. */
  startSentence(n: number): void {
    this.n = n;
    this.nSeen = 0;
    if (!this.front || !this.pair) return;
    this.front.start(n + 1);
    this.pairs = (n + 1) * (n + 1) <= MAX_PAIR_IDS;
    if (this.pairs) this.pair.start((n + 1) * (n + 1));
  }

  /** Starts a step: the items remembered for reuse were the previous step's. */
  startStep(): void {
    this.nSeen = 0;
  }

  /** Sets `scores` to the front's row plus, with {@link pairs}, the (top, front) pair's, scoring them on first use. */
  preset(st: ParseState, x: ParserInputs, scorer: ClassScorer, scores: Float64Array): void {
    const nc = this.nClasses;
    const front = this.front!;
    let f = front.find(st.b);
    if (f < 0) {
      scores.fill(0);
      scorer(this.keys, bufferKeys(st, x, this.keys), scores);
      f = front.add(st.b);
      // (integer weights: the float sums are integers, stored exactly)
      front.data.set(scores, f);
    } else if (!this.pairs) {
      for (let c = 0; c < nc; c++) scores[c] = front.data[f + c];
    }
    // (with pairs, scores are written below from both rows)
    if (!this.pairs) return;
    const pair = this.pair!;
    const id = st.s(0) * (this.n + 1) + st.b;
    let p = pair.find(id);
    if (p < 0) {
      const tmp = this.tmp;
      tmp.fill(0);
      scorer(this.keys, pairKeys(st, x, this.keys), tmp);
      p = pair.add(id);
      pair.data.set(tmp, p);
    }
    // (front.data may have grown since f was read: read the rows afresh)
    const fd = front.data;
    const pd = pair.data;
    for (let c = 0; c < nc; c++) scores[c] = fd[f + c] + pd[p + c];
  }

  /**
   * Sets `ints.row` to the front's row plus, with {@link pairs}, the (top, front) pair's, scoring
   * them on first use (into the same row, then kept): {@link preset} in integers, in place.
   */
  presetRow(st: ParseState, x: ParserInputs, ints: RowScorer): void {
    const nc = this.nClasses;
    const row = ints.row;
    const front = this.front!;
    let f = front.find(st.b);
    if (f < 0) {
      row.fill(0);
      ints.add(this.keys, bufferKeys(st, x, this.keys));
      f = front.add(st.b);
      front.data.set(row, f);
      if (!this.pairs) return;
    } else if (!this.pairs) {
      const fd = front.data;
      for (let c = 0; c < nc; c++) row[c] = fd[f + c];
      return;
    }
    const pair = this.pair!;
    const id = st.s(0) * (this.n + 1) + st.b;
    let p = pair.find(id);
    if (p < 0) {
      row.fill(0);
      ints.add(this.keys, pairKeys(st, x, this.keys));
      p = pair.add(id);
      pair.data.set(row, p);
    }
    const fd = front.data;
    const pd = pair.data;
    for (let c = 0; c < nc; c++) row[c] = fd[f + c] + pd[p + c];
  }

  /** When an earlier item of this step had the same front, stack top and `keys[0..nk)`, copies its scores into `scores`. */
  reuse(st: ParseState, keys: Int32Array, nk: number, scores: Float64Array | Int32Array): boolean {
    const { seenKeys, seenCount, seenFront, seenTop } = this;
    const b = st.b;
    const s0 = st.s(0);
    for (let i = 0; i < this.nSeen; i++) {
      if (seenFront[i] !== b || seenTop[i] !== s0 || seenCount[i] !== nk) continue;
      const at = i * MAX_PARSER_FEATURES;
      let q = 0;
      while (q < nk && seenKeys[at + q] === keys[q]) q++;
      if (q < nk) continue;
      const nc = this.nClasses;
      for (let c = 0, r = i * nc; c < nc; c++, r++) scores[c] = this.seenScores[r];
      return true;
    }
    return false;
  }

  /** Keeps the keys and class scores of an item just scored, for {@link reuse}. */
  remember(st: ParseState, keys: Int32Array, nk: number, scores: Float64Array | Int32Array): void {
    const i = this.nSeen++;
    this.seenFront[i] = st.b;
    this.seenTop[i] = st.s(0);
    this.seenCount[i] = nk;
    const at = i * MAX_PARSER_FEATURES;
    const seenKeys = this.seenKeys;
    for (let q = 0; q < nk; q++) seenKeys[at + q] = keys[q];
    const nc = this.nClasses;
    const seenScores = this.seenScores;
    for (let c = 0, r = i * nc; c < nc; c++, r++) seenScores[r] = scores[c];
  }
}
