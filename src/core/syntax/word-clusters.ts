/**
 * Word clusters the tagger reads: a hierarchical clustering of words by their contexts in
 * unlabelled text (computed by `src/train/build-word-clusters.ts` from `cluster-corpus.ts`), stored inside the model file. A
 * word's cluster is its path in the binary tree as a heap number (root 1, children 2p and 2p + 1),
 * so a prefix of k bits is a coarser cluster: short prefixes act like parts of speech, the full
 * path like a smoothed word identity that also covers words the treebanks never show.
 */
import type { IntLookup } from './int-table.js';

/** Lower-cased form hash (`hashString(normaliseWord(w))`) → the word's tree path (≥ 2). */
export type SyntaxClusters = IntLookup;

/** The cluster of the first `bits` bits of `path` below the root (the whole path when shorter); 0 stays 0. */
export function clusterPrefix(path: number, bits: number): number {
  if (path <= 0) return 0;
  const depth = 31 - Math.clz32(path);
  return depth <= bits ? path : path >>> (depth - bits);
}
