/**
 * The top-down binary clustering shared by the word-cluster builders (`build-word-clusters.ts`
 * over PPMI context vectors, `embedding-clusters.ts` over pretrained word vectors): each node is
 * cut along the principal direction of its centred rows (PDDP, Boley 1998), then refined by
 * spherical 2-means. A row's cluster is its path in the tree as a heap number (root 1, children
 * 2p and 2p + 1). Deterministic: the power iteration starts from a seeded vector.
 */
import { createRng } from './rng.js';

/** Rows of a sparse matrix (compressed sparse rows). */
export interface SparseRows {
  start: Int32Array;
  col: Int32Array;
  val: Float64Array;
  dim: number;
}

/** Options of {@link splitTree}. */
export interface TreeOptions {
  /** Maximum tree depth (path length in bits). */
  maxDepth: number;
  /** Nodes this small are not split further. */
  minLeaf: number;
  seed: number;
}

/** The tree path (heap number, ≥ 2 unless there is a single row) of every row of `m`. */
export function splitTree(m: SparseRows, opts: TreeOptions): Int32Array {
  const nRows = m.start.length - 1;
  const path = new Int32Array(nRows);
  const rng = createRng(opts.seed);
  const todo: Array<{ members: Int32Array; id: number; depth: number }> = [{ members: Int32Array.from({ length: nRows }, (_, i) => i), id: 1, depth: 0 }];
  while (todo.length) {
    const node = todo.pop() as { members: Int32Array; id: number; depth: number };
    if (node.depth >= opts.maxDepth || node.members.length <= opts.minLeaf) {
      for (const r of node.members) path[r] = node.id;
      continue;
    }
    const side = splitNode(m, node.members, rng);
    const left = node.members.filter((_, i) => side[i] === 0);
    const right = node.members.filter((_, i) => side[i] === 1);
    todo.push({ members: left, id: node.id * 2, depth: node.depth + 1 });
    todo.push({ members: right, id: node.id * 2 + 1, depth: node.depth + 1 });
  }
  return path;
}

function dot(m: SparseRows, r: number, v: Float64Array): number {
  let s = 0;
  for (let p = m.start[r]; p < m.start[r + 1]; p++) s += m.val[p] * v[m.col[p]];
  return s;
}

function addRow(m: SparseRows, r: number, w: number, into: Float64Array): void {
  for (let p = m.start[r]; p < m.start[r + 1]; p++) into[m.col[p]] += w * m.val[p];
}

/**
 * Splits `members` in two: the sign of their projection on the principal direction of the
 * centred rows, refined by spherical 2-means. Returns 0/1 per member; never leaves a side empty.
 */
function splitNode(m: SparseRows, members: Int32Array, rng: () => number): Uint8Array {
  const n = members.length;
  const mean = new Float64Array(m.dim);
  for (const r of members) addRow(m, r, 1 / n, mean);
  let v = new Float64Array(m.dim);
  for (let i = 0; i < m.dim; i++) v[i] = rng() - 0.5;
  const proj = new Float64Array(n);
  for (let it = 0; it < 8; it++) {
    let mv = 0;
    for (let i = 0; i < m.dim; i++) mv += mean[i] * v[i];
    const u = new Float64Array(m.dim);
    let sum = 0;
    for (let i = 0; i < n; i++) {
      proj[i] = dot(m, members[i], v) - mv;
      sum += proj[i];
      addRow(m, members[i], proj[i], u);
    }
    let norm = 0;
    for (let i = 0; i < m.dim; i++) {
      u[i] -= mean[i] * sum;
      norm += u[i] * u[i];
    }
    norm = Math.sqrt(norm);
    if (norm === 0) break;
    for (let i = 0; i < m.dim; i++) u[i] /= norm;
    v = u;
  }
  let mv = 0;
  for (let i = 0; i < m.dim; i++) mv += mean[i] * v[i];
  const side = new Uint8Array(n);
  for (let i = 0; i < n; i++) side[i] = dot(m, members[i], v) - mv > 0 ? 1 : 0;
  for (let it = 0; it < 4; it++) {
    const c = [new Float64Array(m.dim), new Float64Array(m.dim)];
    for (let i = 0; i < n; i++) addRow(m, members[i], 1, c[side[i]]);
    const n0 = norm2(c[0]) || 1;
    const n1 = norm2(c[1]) || 1;
    let changed = 0;
    for (let i = 0; i < n; i++) {
      const s = dot(m, members[i], c[1]) / n1 > dot(m, members[i], c[0]) / n0 ? 1 : 0;
      if (s !== side[i]) {
        side[i] = s;
        changed++;
      }
    }
    if (changed === 0) break;
  }
  let ones = 0;
  for (let i = 0; i < n; i++) ones += side[i];
  if (ones === 0 || ones === n) for (let i = 0; i < n; i++) side[i] = i < n / 2 ? 0 : 1;
  return side;
}

function norm2(v: Float64Array): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i] * v[i];
  return Math.sqrt(s);
}
