/**
 * Hierarchical word clusters from unlabelled text, for the tagger's cluster features
 * (Koo et al. 2008 used Brown clusters the same way: bit-string prefixes as coarse, POS-like
 * classes, the full path as a word-like class that also covers words the treebanks lack).
 *
 * Method: every word seen at least `minCount` times gets a distributional vector — its positive
 * pointwise mutual information (Church & Hanks 1990; context distribution smoothed with exponent
 * 0.75, Levy et al. 2015) with the words at offsets −2, −1, +1, +2, the frequent words being
 * context features of their own, the rest pooled by shape — normalised to unit length. The vectors are
 * split top-down: each node is cut along its principal direction (PDDP, Boley 1998), then refined
 * by spherical 2-means. A word's cluster is its path in that binary tree: a heap number (root 1,
 * children 2p and 2p+1), so that the prefix of length k is `path >> (depth − k)`.
 *
 * Deterministic: counts are sorted, the power iteration starts from a seeded vector.
 */
import { splitTree, type SparseRows } from './cluster-tree.js';

/** Options of {@link buildWordClusters}. */
export interface ClusterOptions {
  /** Words seen fewer times get no cluster. */
  minCount: number;
  /** Most frequent words used as context features. */
  contextWords: number;
  /** Maximum tree depth (path length in bits). */
  maxDepth: number;
  /** Nodes this small are not split further. */
  minLeaf: number;
  seed: number;
}

/** The settings `npm run train:syntax -- --clusters` uses. */
export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = { minCount: 3, contextWords: 1000, maxDepth: 12, minLeaf: 2, seed: 20240917 };

/** Words (already normalised, see `normaliseWord`) in sentences. */
export type ClusterSentences = Iterable<readonly string[]>;

const OFFSETS = [-2, -1, 1, 2] as const;

/** Word → tree path (heap number, ≥ 2) for every word seen at least `minCount` times. */
export function buildWordClusters(corpus: ClusterSentences, opts: ClusterOptions = DEFAULT_CLUSTER_OPTIONS, log: (s: string) => void = () => {}): Map<string, number> {
  // 1. integer corpus
  const ids = new Map<string, number>();
  const names: string[] = [];
  const sents: Int32Array[] = [];
  const counts: number[] = [];
  let tokens = 0;
  for (const s of corpus) {
    const a = new Int32Array(s.length);
    s.forEach((w, i) => {
      let id = ids.get(w);
      if (id === undefined) {
        id = names.length;
        ids.set(w, id);
        names.push(w);
        counts.push(0);
      }
      counts[id]++;
      a[i] = id;
    });
    tokens += s.length;
    sents.push(a);
  }
  // 2. clustered words (rows) and context features (columns)
  const byFreq = names.map((_, i) => i).sort((a, b) => counts[b] - counts[a] || (names[a] < names[b] ? -1 : 1));
  const row = new Int32Array(names.length).fill(-1);
  const rows: number[] = [];
  for (const id of byFreq) if (counts[id] >= opts.minCount) row[id] = rows.push(id) - 1;
  const K = Math.min(opts.contextWords, byFreq.length);
  const ctx = new Int32Array(names.length);
  for (let i = 0; i < names.length; i++) ctx[i] = K + 2 + shapeClass(names[i]);
  for (let r = 0; r < K; r++) ctx[byFreq[r]] = r;
  const D0 = K + 2 + SHAPE_CLASSES;
  const BOS = K;
  const EOS = K + 1;
  log(`clusters: ${tokens} tokens, ${names.length} types, ${rows.length} words seen ≥ ${opts.minCount} times, ${K} context words`);

  // 3. co-occurrence counts as sorted (row, feature) codes
  let nEvents = 0;
  for (const s of sents) for (let i = 0; i < s.length; i++) if (row[s[i]] >= 0) nEvents += OFFSETS.length;
  const codes = new Float64Array(nEvents);
  let e = 0;
  const D = D0 * OFFSETS.length;
  for (const s of sents) {
    for (let i = 0; i < s.length; i++) {
      const r = row[s[i]];
      if (r < 0) continue;
      OFFSETS.forEach((o, k) => {
        const j = i + o;
        const c = j < 0 ? BOS : j >= s.length ? EOS : ctx[s[j]];
        codes[e++] = r * D + k * D0 + c;
      });
    }
  }
  codes.sort();
  const nRows = rows.length;
  const start = new Int32Array(nRows + 1);
  const colList: number[] = [];
  const valList: number[] = [];
  for (let i = 0; i < codes.length; ) {
    let j = i;
    while (j < codes.length && codes[j] === codes[i]) j++;
    const r = Math.floor(codes[i] / D);
    start[r + 1]++;
    colList.push(codes[i] - r * D);
    valList.push(j - i);
    i = j;
  }
  for (let r = 0; r < nRows; r++) start[r + 1] += start[r];
  const col = Int32Array.from(colList);
  const val = Float64Array.from(valList);

  // 4. PPMI, unit rows
  const colSum = new Float64Array(D);
  const rowSum = new Float64Array(nRows);
  let total = 0;
  for (let r = 0; r < nRows; r++) {
    for (let p = start[r]; p < start[r + 1]; p++) {
      colSum[col[p]] += val[p];
      rowSum[r] += val[p];
      total += val[p];
    }
  }
  let smoothTotal = 0;
  const colSmooth = colSum.map((c) => c ** 0.75);
  colSmooth.forEach((c) => (smoothTotal += c));
  for (let r = 0; r < nRows; r++) {
    let norm = 0;
    for (let p = start[r]; p < start[r + 1]; p++) {
      const pmi = Math.log((val[p] / total) / ((rowSum[r] / total) * (colSmooth[col[p]] / smoothTotal)));
      val[p] = pmi > 0 ? pmi : 0;
      norm += val[p] * val[p];
    }
    norm = Math.sqrt(norm) || 1;
    for (let p = start[r]; p < start[r + 1]; p++) val[p] /= norm;
  }
  const m: SparseRows = { start, col, val, dim: D };

  // 5. top-down splits
  const path = splitTree(m, opts);
  const out = new Map<string, number>();
  for (let r = 0; r < nRows; r++) out.set(names[rows[r]], path[r]);
  return out;
}

const SHAPE_CLASSES = 4;

/** Rare context words pooled by shape: number-like, punctuation, hyphenated, other. */
function shapeClass(w: string): number {
  if (/\d/.test(w)) return 0;
  if (!/[a-z]/.test(w)) return 1;
  if (w.includes('-')) return 2;
  return 3;
}
