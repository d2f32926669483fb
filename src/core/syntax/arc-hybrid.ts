/**
 * The arc-hybrid transition system (Kuhlmann et al. 2011) with the root at the end of the buffer.
 *
 * Configuration: a stack, a buffer `b..n` whose last item `n` is the artificial ROOT, and the arcs
 * built so far. Moves: SHIFT (push the buffer front), LEFT (the buffer front becomes the head of
 * the stack top, which is popped) and RIGHT (the item under the stack top becomes its head; pop).
 * ROOT may only take the last remaining stack item, so every parse is a tree with one root; every
 * sentence of n tokens takes exactly 2n moves. The state also keeps what the features read: the
 * two leftmost/rightmost children of each token, their counts and the sets of their labels.
 */

export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;

/** A parser configuration over one sentence; reuse one per thread via {@link ParseState.reset}. */
export class ParseState {
  /** Sentence length; token ids are 0..n-1, ROOT is n. */
  n = 0;
  stack: Int32Array;
  /** Stack size. */
  sp = 0;
  /** Buffer front (n = ROOT). */
  b = 0;
  /** Head per token (-1 = none yet, n = ROOT). */
  head: Int32Array;
  /** Relation id (index into `DEPRELS`) per token, -1 while unattached. */
  label: Int32Array;
  /** Leftmost and second leftmost child, rightmost and second rightmost child (-1 = none). */
  lc1: Int32Array;
  lc2: Int32Array;
  rc1: Int32Array;
  rc2: Int32Array;
  /** Left and right child counts. */
  nl: Int32Array;
  nr: Int32Array;
  /** Bit sets of the relation ids of the left and right children (ids 0..63 in two words). */
  lsetLo: Int32Array;
  lsetHi: Int32Array;
  rsetLo: Int32Array;
  rsetHi: Int32Array;

  constructor(capacity = 256) {
    const c = capacity + 1;
    this.stack = new Int32Array(c);
    this.head = new Int32Array(c);
    this.label = new Int32Array(c);
    this.lc1 = new Int32Array(c);
    this.lc2 = new Int32Array(c);
    this.rc1 = new Int32Array(c);
    this.rc2 = new Int32Array(c);
    this.nl = new Int32Array(c);
    this.nr = new Int32Array(c);
    this.lsetLo = new Int32Array(c);
    this.lsetHi = new Int32Array(c);
    this.rsetLo = new Int32Array(c);
    this.rsetHi = new Int32Array(c);
  }

  /** Starts a sentence of `n` tokens (grows the arrays when needed). */
  reset(n: number): void {
    if (n + 1 > this.stack.length) {
      const fresh = new ParseState(Math.max(n, this.stack.length * 2));
      Object.assign(this, fresh);
    }
    this.n = n;
    this.sp = 0;
    this.b = 0;
    const m = n + 1;
    this.head.fill(-1, 0, m);
    this.label.fill(-1, 0, m);
    this.lc1.fill(-1, 0, m);
    this.lc2.fill(-1, 0, m);
    this.rc1.fill(-1, 0, m);
    this.rc2.fill(-1, 0, m);
    this.nl.fill(0, 0, m);
    this.nr.fill(0, 0, m);
    this.lsetLo.fill(0, 0, m);
    this.lsetHi.fill(0, 0, m);
    this.rsetLo.fill(0, 0, m);
    this.rsetHi.fill(0, 0, m);
  }

  /**
   * Makes this state a copy of `o` (same sentence): beam search keeps a pool of states and copies
   * the parent into a pooled one instead of allocating per candidate.
   */
  copyFrom(o: ParseState): void {
    const m = o.n + 1;
    if (this.stack.length < m) this.reset(o.n);
    // Moves write only at positions ≤ b, and b never decreases: past its own b each state still
    // holds the values `reset` put there. For the same sentence length only positions up to the
    // larger of the two fronts can differ, so the copy stops there (about half the rows on average
    // over a parse; its gain alone was within the noise of our measurements).
    const hi = this.n === o.n ? Math.max(this.b, o.b) + 1 : m;
    this.n = o.n;
    this.sp = o.sp;
    this.b = o.b;
    // one loop, no subarray views: sentences are short and this runs for every beam item and step
    for (let i = 0; i < o.sp; i++) this.stack[i] = o.stack[i];
    const { head, label, lc1, lc2, rc1, rc2, nl, nr, lsetLo, lsetHi, rsetLo, rsetHi } = this;
    for (let i = 0; i < hi; i++) {
      head[i] = o.head[i];
      label[i] = o.label[i];
      lc1[i] = o.lc1[i];
      lc2[i] = o.lc2[i];
      rc1[i] = o.rc1[i];
      rc2[i] = o.rc2[i];
      nl[i] = o.nl[i];
      nr[i] = o.nr[i];
      lsetLo[i] = o.lsetLo[i];
      lsetHi[i] = o.lsetHi[i];
      rsetLo[i] = o.rsetLo[i];
      rsetHi[i] = o.rsetHi[i];
    }
  }

  /** True when the parse is complete. */
  get done(): boolean {
    return this.sp === 0 && this.b === this.n;
  }

  /** Stack item `k` from the top (0 = top), or -1. */
  s(k: number): number {
    return k < this.sp ? this.stack[this.sp - 1 - k] : -1;
  }

  canShift(): boolean {
    return this.b < this.n;
  }

  /** LEFT onto ROOT only for the last stack item: one root per sentence. */
  canLeft(): boolean {
    return this.sp > 0 && (this.b < this.n || this.sp === 1);
  }

  canRight(): boolean {
    return this.sp > 1;
  }

  /** Applies `move` (with relation id `rel` for arcs). The move must be legal. */
  apply(move: number, rel: number): void {
    if (move === SHIFT) {
      this.stack[this.sp++] = this.b++;
    } else if (move === LEFT) {
      const d = this.stack[--this.sp];
      this.attach(this.b, d, rel);
    } else {
      const d = this.stack[--this.sp];
      this.attach(this.stack[this.sp - 1], d, rel);
    }
  }

  private attach(h: number, d: number, rel: number): void {
    this.head[d] = h;
    this.label[d] = rel;
    if (h === this.n) return;
    const lo = rel < 32 ? 1 << rel : 0;
    const hi = rel >= 32 ? 1 << (rel - 32) : 0;
    if (d < h) {
      this.nl[h]++;
      this.lsetLo[h] |= lo;
      this.lsetHi[h] |= hi;
      if (this.lc1[h] === -1 || d < this.lc1[h]) {
        this.lc2[h] = this.lc1[h];
        this.lc1[h] = d;
      } else if (this.lc2[h] === -1 || d < this.lc2[h]) {
        this.lc2[h] = d;
      }
    } else {
      this.nr[h]++;
      this.rsetLo[h] |= lo;
      this.rsetHi[h] |= hi;
      if (this.rc1[h] === -1 || d > this.rc1[h]) {
        this.rc2[h] = this.rc1[h];
        this.rc1[h] = d;
      } else if (this.rc2[h] === -1 || d > this.rc2[h]) {
        this.rc2[h] = d;
      }
    }
  }
}
