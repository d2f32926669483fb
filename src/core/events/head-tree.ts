/**
 * Walks over a dependency tree held as a head array (`head[k]` the head of token k, -1 for the
 * root), for the parse repairs, which rewrite such arrays in place and so cannot use a Doc's view.
 * Every walk is bounded by the sentence's length, so a cycle left by a repair cannot hang it.
 */

/** True when `k` lies in the subtree of `top`. */
export function inSubtree(head: Int32Array, k: number, top: number): boolean {
  for (let i = k, steps = 0; i >= 0 && steps <= head.length; i = head[i], steps++) if (i === top) return true;
  return false;
}

/** The root above `k` (-1 on a cycle). */
export function rootOf(head: Int32Array, k: number): number {
  let i = k;
  for (let steps = 0; steps <= head.length; steps++) {
    if (head[i] < 0) return i;
    i = head[i];
  }
  return -1;
}

/** The dependents of `h`, in sentence order. */
export function childrenOf(head: Int32Array, h: number): number[] {
  const out: number[] = [];
  for (let k = 0; k < head.length; k++) if (head[k] === h) out.push(k);
  return out;
}

/** The first token of `k`'s subtree. */
export function subtreeStart(head: Int32Array, k: number): number {
  for (let i = 0; i < k; i++) if (inSubtree(head, i, k)) return i;
  return k;
}
