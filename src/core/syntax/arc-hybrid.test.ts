import { describe, expect, it } from 'vitest';
import { LEFT, ParseState, RIGHT, SHIFT } from './arc-hybrid.js';

const FIELDS = ['head', 'label', 'lc1', 'lc2', 'rc1', 'rc2', 'nl', 'nr', 'lsetLo', 'lsetHi', 'rsetLo', 'rsetHi'] as const;

/** Everything a parse state holds for its sentence (the arrays over tokens 0..n, the stack, front, length). */
function contents(st: ParseState): unknown {
  const m = st.n + 1;
  return {
    n: st.n,
    b: st.b,
    stack: Array.from(st.stack.subarray(0, st.sp)),
    ...Object.fromEntries(FIELDS.map((f) => [f, Array.from(st[f].subarray(0, m))])),
  };
}

/** Applies `count` legal moves chosen by a small deterministic generator from `seed`. */
function walk(st: ParseState, seed: number, count: number): void {
  let r = seed;
  for (let i = 0; i < count && !st.done; i++) {
    r = (Math.imul(r, 1103515245) + 12345) >>> 0;
    const legal = [st.canShift() ? SHIFT : -1, st.canLeft() ? LEFT : -1, st.canRight() ? RIGHT : -1].filter((m) => m >= 0);
    st.apply(legal[(r >>> 8) % legal.length], (r >>> 4) % 40);
  }
}

describe('ParseState.copyFrom', () => {
  it('copies only up to the fronts, and the copy equals a fresh state’s copy of the same source', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const n = 3 + (seed % 9);
      const src = new ParseState(4);
      src.reset(n);
      walk(src, seed, seed % (2 * n));
      const fresh = new ParseState(64);
      fresh.copyFrom(src);
      // targets left dirty by other parses: of the same sentence further on or behind, of a longer and a shorter one
      for (const [len, steps] of [[n, 2 * n], [n, 1], [n + 5, 2 * (n + 5)], [2, 4]]) {
        const dirty = new ParseState(4);
        dirty.reset(len);
        walk(dirty, seed * 7 + len, steps);
        dirty.copyFrom(src);
        expect(contents(dirty)).toEqual(contents(fresh));
        expect(contents(dirty)).toEqual(contents(src));
        // and the copy goes on parsing like its source
        walk(dirty, seed, 2 * n);
        const again = new ParseState(64);
        again.copyFrom(src);
        walk(again, seed, 2 * n);
        expect(contents(dirty)).toEqual(contents(again));
      }
    }
  });
});
