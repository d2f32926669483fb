/**
 * Per-word score rows for the greedy tagger. About a third of a token's keys read nothing but the
 * word itself (`wordKeys`: bias, form, affixes, shape, lexicon class, cluster prefixes), and among
 * them are the costliest ones — the bias and the short suffixes have a weight for almost every
 * class. Their weights are summed once per distinct word and pass, and a token then starts from
 * its word's row instead of looking those keys up again. Scores are integer sums, so the tags are
 * exactly those of scoring every key.
 */
import { scoreInto, type LinearModel } from './linear-model.js';
import { wordKeys } from './tagger-structured-features.js';
import type { WordTable } from './word-table.js';

/**
 * Words beyond this many table entries are scored key by key: it bounds the rows' memory
 * (entries × classes × 4 bytes per pass: 16 MB for 32,768 words and 128 classes). Table entries
 * come in order of first appearance, so the words left out are mostly rare ones.
 */
export const MAX_CACHED_WORDS = 1 << 15;

/** Summed word-key scores of one linear model over one word table, filled on first use. */
export class WordScoreRows {
  private rows = new Int32Array(0);
  private filled = new Uint8Array(0);
  private readonly keys = new Int32Array(32);
  private readonly found = new Int32Array(64);

  constructor(private readonly model: LinearModel) {}

  /**
   * Writes word `w`'s word-key scores into `scores` (overwriting it), computing them on first use.
   * `scores` must hold at least `model.nClasses` entries.
   */
  load(table: WordTable, w: number, scores: Int32Array): void {
    const nc = this.model.nClasses;
    if (w >= MAX_CACHED_WORDS) {
      scores.fill(0);
      scoreInto(this.model, this.keys, wordKeys(table, w, this.keys, 0), scores, this.found);
      return;
    }
    if (w >= this.filled.length) this.grow(Math.min(MAX_CACHED_WORDS, Math.max(1024, table.size, w + 1, 2 * this.filled.length)));
    const at = w * nc;
    if (this.filled[w] === 0) {
      const row = this.rows.subarray(at, at + nc);
      scoreInto(this.model, this.keys, wordKeys(table, w, this.keys, 0), row, this.found);
      this.filled[w] = 1;
    }
    // (a loop, not `set` from a subarray view: a view made per token and pass was a tenth of what tagging allocated)
    const rows = this.rows;
    for (let c = 0; c < nc; c++) scores[c] = rows[at + c];
  }

  private grow(words: number): void {
    const nc = this.model.nClasses;
    const rows = new Int32Array(words * nc);
    rows.set(this.rows);
    const filled = new Uint8Array(words);
    filled.set(this.filled);
    this.rows = rows;
    this.filled = filled;
  }
}
