/**
 * The dynamic oracle of arc-hybrid (Goldberg & Nivre 2013): the cost of a move is the number of
 * gold arcs it makes unreachable from the current configuration, exact for projective gold trees.
 * Training follows the model's own (possibly wrong) moves and is corrected towards the zero-cost
 * ones, so the parser learns to recover from its mistakes.
 *
 * Adapted to the root-at-the-end variant where ROOT takes only the last stack item: a word whose
 * gold head is ROOT can only get it from the bottom of the stack.
 */
import { LEFT, RIGHT, SHIFT, type ParseState } from '../core/syntax/arc-hybrid.js';

/** A gold tree with its children listed per head (CSR, ascending). */
export class GoldTree {
  readonly n: number;
  readonly head: Int32Array;
  readonly rel: Int32Array;
  readonly childStart: Int32Array;
  readonly children: Int32Array;

  constructor(head: Int32Array, rel: Int32Array) {
    const n = head.length;
    this.n = n;
    this.head = head;
    this.rel = rel;
    const count = new Int32Array(n + 2);
    for (let d = 0; d < n; d++) count[head[d] + 1]++;
    for (let h = 0; h <= n; h++) count[h + 1] += count[h];
    this.childStart = count;
    this.children = new Int32Array(n);
    const fill = count.slice();
    for (let d = 0; d < n; d++) this.children[fill[head[d]]++] = d;
  }

  /** Number of gold children of `h` at positions ≥ `from` (ROOT excluded: it is never a child). */
  childrenFrom(h: number, from: number): number {
    let c = 0;
    for (let j = this.childStart[h]; j < this.childStart[h + 1]; j++) if (this.children[j] >= from) c++;
    return c;
  }
}

/** Costs of the three moves in `st` (Infinity when illegal). */
export interface MoveCosts {
  shift: number;
  left: number;
  right: number;
}

/** Fills `out` with the cost of each move from `st` against `gold`. */
export function moveCosts(st: ParseState, gold: GoldTree, out: MoveCosts): MoveCosts {
  const n = st.n;
  const b = st.b;
  const s0 = st.s(0);
  const s1 = st.s(1);
  const gh = gold.head;
  out.shift = Infinity;
  out.left = Infinity;
  out.right = Infinity;

  if (st.canShift()) {
    let c = 0;
    const h = gh[b];
    if (h === n) {
      if (st.sp > 0) c++;
    } else if (h !== s0 && h < b && onStack(st, h)) {
      c++;
    }
    for (let j = gold.childStart[b]; j < gold.childStart[b + 1]; j++) {
      const k = gold.children[j];
      if (k < b && onStack(st, k)) c++;
    }
    out.shift = c;
  }
  if (s0 >= 0) {
    const lostChildren = gold.childrenFrom(s0, b);
    const h = gh[s0];
    if (st.canLeft()) {
      let c = lostChildren;
      if (h !== b && headReachable(st, h, s1)) c++;
      out.left = c;
    }
    if (st.canRight()) {
      let c = lostChildren;
      if (h !== s1 && headReachable(st, h, s1)) c++;
      out.right = c;
    }
  }
  return out;
}

/** Whether the stack top can still get `h` as its head (from s1, the buffer, or ROOT at the bottom). */
function headReachable(st: ParseState, h: number, s1: number): boolean {
  if (h === st.n) return st.sp === 1;
  return h === s1 || h >= st.b;
}

function onStack(st: ParseState, k: number): boolean {
  for (let i = 0; i < st.sp; i++) if (st.stack[i] === k) return true;
  return false;
}

/** A zero-cost move for `st` (static-oracle order: LEFT, RIGHT, SHIFT), or -1 when none. */
export function zeroCostMove(st: ParseState, gold: GoldTree, costs: MoveCosts): number {
  moveCosts(st, gold, costs);
  if (costs.left === 0) return LEFT;
  if (costs.right === 0) return RIGHT;
  if (costs.shift === 0) return SHIFT;
  return -1;
}
