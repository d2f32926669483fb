/**
 * Projectivisation by lifting (Nivre & Nilsson 2005, without label encoding): while a tree has a
 * non-projective arc, the shortest one is lifted to its head's head. A projective transition
 * system can then reach every training tree; the few crossing arcs of English (well under 1 %)
 * are lost at run time, which costs less than training on unreachable trees.
 */

/** True when `d`'s arc from `head[d]` is projective (heads 0-based, ROOT = n). */
export function isProjectiveArc(head: Int32Array, d: number): boolean {
  const n = head.length;
  const h = head[d];
  if (h === n) return true;
  const lo = Math.min(h, d);
  const hi = Math.max(h, d);
  for (let k = lo + 1; k < hi; k++) {
    let a = k;
    let steps = 0;
    while (a !== h && a !== n && steps++ <= n) a = head[a];
    if (a !== h) return false;
  }
  return true;
}

/** True when every arc of the tree is projective. */
export function isProjective(head: Int32Array): boolean {
  for (let d = 0; d < head.length; d++) if (!isProjectiveArc(head, d)) return false;
  return true;
}

/** A projective copy of `head` (the same array values when already projective). */
export function projectivize(head: Int32Array): Int32Array {
  const h = Int32Array.from(head);
  const n = h.length;
  for (let guard = 0; guard < n * n; guard++) {
    let pick = -1;
    let span = Infinity;
    for (let d = 0; d < n; d++) {
      if (!isProjectiveArc(h, d)) {
        const len = Math.abs(h[d] - d);
        if (len < span) {
          span = len;
          pick = d;
        }
      }
    }
    if (pick < 0) return h;
    h[pick] = h[h[pick]];
  }
  return h;
}
