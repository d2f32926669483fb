import { describe, expect, it } from 'vitest';
import { childrenOf, inSubtree, rootOf, subtreeStart } from './head-tree.js';

// "Rebels took the old town": took ← Rebels, town; town ← the, old
const HEAD = Int32Array.from([1, -1, 4, 4, 1]);

describe('head-tree walks', () => {
  it('finds subtrees, the root, dependents and where a subtree starts', () => {
    expect(inSubtree(HEAD, 2, 4)).toBe(true);
    expect(inSubtree(HEAD, 0, 4)).toBe(false);
    expect(rootOf(HEAD, 3)).toBe(1);
    expect(childrenOf(HEAD, 1)).toEqual([0, 4]);
    expect(subtreeStart(HEAD, 4)).toBe(2);
    expect(subtreeStart(HEAD, 0)).toBe(0);
  });

  it('stops on a cycle instead of hanging', () => {
    const cycle = Int32Array.from([1, 0, -1]);
    expect(rootOf(cycle, 0)).toBe(-1);
    expect(inSubtree(cycle, 0, 2)).toBe(false);
  });
});
