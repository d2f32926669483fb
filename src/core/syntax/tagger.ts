/**
 * The run-time POS tagger: a greedy left-to-right averaged perceptron, optionally followed by a
 * second left-to-right pass that also sees the first pass's tags to the right. Frequent words
 * that always carry one tag in training are tagged from a dictionary without scoring.
 *
 * Classes are fine tags "UPOS|XPOS" (e.g. "VERB|VBD"): the finer XPOS distinctions help the
 * parser, and the UPOS is read off the class.
 */
import { scoreInto, type LinearModel } from './linear-model.js';
import { MAX_TAGGER_FEATURES, sentenceCaps, taggerFeatures } from './tagger-features.js';
import type { SyntaxLexicon, SyntaxSemantics } from './lexicon.js';
import type { WordTable } from './word-table.js';

/** A decoded tagger. */
export interface TaggerModel {
  /** Class names, "UPOS|XPOS". */
  readonly classes: readonly string[];
  /** UPOS id (index into `UPOS` of `ud.ts`) per class. */
  readonly classUpos: Uint8Array;
  readonly pass1: LinearModel;
  readonly pass2: LinearModel | null;
  /** Exact-form hash → class, for frequent unambiguous words. */
  readonly dictionary: ReadonlyMap<number, number>;
  /** Word-class lexicon the word table reads (see `lexicon.ts`). */
  readonly lexicon: SyntaxLexicon;
  /** WordNet semantic signatures the word table reads (see `lexicon.ts`). */
  readonly semantics: SyntaxSemantics;
}

/** Scratch buffers for one tagging thread (reuse them across sentences). */
export interface TaggerScratch {
  keys: Int32Array;
  scores: Int32Array;
}

/** Scratch buffers sized for `model`. */
export function taggerScratch(model: TaggerModel): TaggerScratch {
  return { keys: new Int32Array(MAX_TAGGER_FEATURES), scores: new Int32Array(model.classes.length) };
}

/**
 * Tags tokens `from..to` of `words` (indices into `table`), writing class ids into `tags`
 * at the same positions.
 */
export function tagSentence(
  model: TaggerModel,
  table: WordTable,
  words: Int32Array,
  from: number,
  to: number,
  tags: Uint8Array,
  scratch: TaggerScratch,
): void {
  const fixed = fixedTags(model, table, words, from, to, tags);
  runPass(model.pass1, table, words, from, to, tags, fixed, false, scratch);
  if (model.pass2) runPass(model.pass2, table, words, from, to, tags, fixed, true, scratch);
}

/** Marks tokens the dictionary tags (and writes their tags); returns the marks. */
function fixedTags(model: TaggerModel, table: WordTable, words: Int32Array, from: number, to: number, tags: Uint8Array): Uint8Array {
  const fixed = new Uint8Array(to - from);
  if (model.dictionary.size === 0) return fixed;
  for (let i = from; i < to; i++) {
    const c = model.dictionary.get(table.form[words[i]]);
    if (c !== undefined) {
      tags[i] = c;
      fixed[i - from] = 1;
    }
  }
  return fixed;
}

function runPass(
  m: LinearModel,
  table: WordTable,
  words: Int32Array,
  from: number,
  to: number,
  tags: Uint8Array,
  fixed: Uint8Array,
  pass2: boolean,
  scratch: TaggerScratch,
): void {
  const { keys, scores } = scratch;
  const nc = m.nClasses;
  const caps = sentenceCaps(table, words, from, to);
  for (let i = from; i < to; i++) {
    if (fixed[i - from]) continue;
    const n = taggerFeatures(table, words, from, to, i, tags, pass2, caps, keys);
    scores.fill(0);
    scoreInto(m, keys, n, scores);
    let best = 0;
    for (let c = 1; c < nc; c++) if (scores[c] > scores[best]) best = c;
    tags[i] = best;
  }
}
