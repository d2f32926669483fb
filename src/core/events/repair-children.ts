/**
 * The dependents of every token under the heads a parse repair reads, shared by the repairs of one
 * chain run (`parse-repair-chain.ts`) that walk a tree downwards: building them is a pass over the
 * whole Doc and an array per token, and most repairs change nothing, so consecutive repairs can read
 * the same lists. The lists are only handed out again while the heads are as they were when built.
 */

/** The first dependent of `h` under `head`, in text order, that `ok` accepts; -1 when none does. */
export function firstDependent(head: Int32Array, h: number, ok: (k: number) => boolean): number {
  for (let k = 0; k < head.length; k++) if (head[k] === h && ok(k)) return k;
  return -1;
}

/** The dependents of each token under `head`, in text order. */
export function childrenLists(head: Int32Array): number[][] {
  const n = head.length;
  const kids: number[][] = Array.from({ length: n }, () => []);
  for (let k = 0; k < n; k++) if (head[k] >= 0) kids[head[k]].push(k);
  return kids;
}

/**
 * Children lists kept across the repairs of one chain run. A repair may change the lists it is
 * given only together with the heads (and it then reports a change, after which the chain calls
 * {@link drop}); the heads are also compared with those the lists were built from before the lists
 * are handed out again, so stale lists are never read.
 */
export class RepairChildren {
  private lists: number[][] | null = null;
  private builtFrom = new Int32Array(0);

  /** The children lists of `head`. */
  of(head: Int32Array): number[][] {
    if (this.lists !== null && sameHeads(this.builtFrom, head)) return this.lists;
    this.lists = childrenLists(head);
    this.builtFrom = Int32Array.from(head);
    return this.lists;
  }

  /** Forgets the lists (after a repair that changed the tree). */
  drop(): void {
    this.lists = null;
  }
}

function sameHeads(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}
