import { describe, expect, it } from 'vitest';
import { LEFT, ParseState, RIGHT, SHIFT } from '../core/syntax/arc-hybrid.js';
import { GoldTree, moveCosts, zeroCostMove, type MoveCosts } from './arc-hybrid-oracle.js';
import { isProjective, projectivize } from './projectivize.js';
import { createRng, type Rng } from './rng.js';

/** A random projective tree over n words (heads 0-based, ROOT = n). */
function randomProjectiveTree(n: number, rng: Rng): Int32Array {
  const head = new Int32Array(n);
  const pick = (lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));
  const attach = (lo: number, hi: number, p: number): void => {
    while (lo <= hi) {
      const end = pick(lo, hi);
      const r = pick(lo, end);
      head[r] = p;
      attach(lo, r - 1, r);
      attach(r + 1, end, r);
      lo = end + 1;
    }
  };
  const root = pick(0, n - 1);
  head[root] = n;
  attach(0, root - 1, root);
  attach(root + 1, n - 1, root);
  return head;
}

function legalMoves(st: ParseState): number[] {
  const m: number[] = [];
  if (st.canShift()) m.push(SHIFT);
  if (st.canLeft()) m.push(LEFT);
  if (st.canRight()) m.push(RIGHT);
  return m;
}

const costOf = (c: MoveCosts, m: number): number => (m === SHIFT ? c.shift : m === LEFT ? c.left : c.right);

describe('arc-hybrid transition system and dynamic oracle', () => {
  const rng = createRng(42);
  const trees = Array.from({ length: 300 }, (_, i) => randomProjectiveTree(1 + (i % 25), rng));

  it('generates projective test trees', () => {
    expect(trees.every((h) => isProjective(h))).toBe(true);
  });

  it('always parses a sentence in 2n moves into a single-rooted tree', () => {
    const st = new ParseState(4);
    for (const h of trees.slice(0, 50)) {
      st.reset(h.length);
      let moves = 0;
      while (!st.done) {
        const legal = legalMoves(st);
        st.apply(legal[Math.floor(rng() * legal.length)], 0);
        moves++;
      }
      expect(moves).toBe(2 * h.length);
      expect(Array.from(st.head.subarray(0, h.length)).filter((x) => x === h.length)).toHaveLength(1);
    }
  });

  it('the oracle reproduces every gold projective tree, with cost 0 at every step of the gold path', () => {
    const st = new ParseState();
    const costs: MoveCosts = { shift: 0, left: 0, right: 0 };
    for (const h of trees) {
      const rel = new Int32Array(h.length).fill(7);
      const gold = new GoldTree(h, rel);
      st.reset(h.length);
      while (!st.done) {
        const m = zeroCostMove(st, gold, costs);
        expect(m).toBeGreaterThanOrEqual(0);
        expect(costOf(costs, m)).toBe(0);
        st.apply(m, 7);
      }
      expect(Array.from(st.head.subarray(0, h.length))).toEqual(Array.from(h));
    }
  });

  it('costs are exact: after any move sequence, wrong heads = sum of the costs of the moves taken', () => {
    const st = new ParseState();
    const costs: MoveCosts = { shift: 0, left: 0, right: 0 };
    for (const h of trees) {
      const gold = new GoldTree(h, new Int32Array(h.length));
      st.reset(h.length);
      let total = 0;
      let wrongMoves = 0;
      while (!st.done) {
        moveCosts(st, gold, costs);
        const legal = legalMoves(st);
        // a random move half of the time, a zero-cost move otherwise
        let m = legal[Math.floor(rng() * legal.length)];
        if (rng() < 0.5) m = zeroCostMove(st, gold, costs) >= 0 ? zeroCostMove(st, gold, costs) : m;
        moveCosts(st, gold, costs);
        const c = costOf(costs, m);
        if (c > 0) wrongMoves++;
        total += c;
        st.apply(m, 0);
      }
      let wrong = 0;
      for (let d = 0; d < h.length; d++) if (st.head[d] !== h[d]) wrong++;
      expect(wrong).toBe(total);
    }
  });

  it('a move that loses a gold arc has a positive cost', () => {
    // "ministers met" : ministers <- met (nsubj), met <- ROOT
    const gold = new GoldTree(Int32Array.from([1, 2]), new Int32Array(2));
    const st = new ParseState();
    const costs: MoveCosts = { shift: 0, left: 0, right: 0 };
    st.reset(2);
    st.apply(SHIFT, -1);
    moveCosts(st, gold, costs);
    expect(costs.left).toBe(0);
    // shifting "met" over "ministers" loses ministers <- met and met's root arc (ROOT takes only the stack bottom)
    expect(costs.shift).toBe(2);
    expect(costs.right).toBe(Infinity);
  });
});

describe('projectivize', () => {
  it('keeps projective trees and lifts crossing arcs until none is left', () => {
    const proj = Int32Array.from([1, 3, 1, 3]);
    expect(Array.from(projectivize(proj))).toEqual(Array.from(proj));
    // 0 <- 2, 1 <- 3 crosses 0..2 ; 3 is root (n = 4)
    const crossing = Int32Array.from([2, 3, 3, 4]);
    expect(isProjective(crossing)).toBe(false);
    const lifted = projectivize(crossing);
    expect(isProjective(lifted)).toBe(true);
    expect(lifted.filter((x) => x === 4)).toHaveLength(1);
  });
});
