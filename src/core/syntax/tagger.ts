/**
 * The run-time POS tagger. Two kinds of model: a structured tagger (one averaged-perceptron model
 * over whole tag sequences, decoded left to right with a small beam: `tag-beam.ts`; since format 4
 * optionally followed by a greedy second pass that sees its tags to the right), and the
 * older greedy tagger (a left-to-right pass, optionally followed by a second pass that also sees
 * the first pass's tags to the right). Frequent words that always carry one tag in training are
 * tagged from a dictionary without scoring.
 *
 * Classes are fine tags "UPOS|XPOS" (e.g. "VERB|VBD"): the finer XPOS distinctions help the
 * parser, and the UPOS is read off the class.
 */
import type { IntLookup } from './int-table.js';
import { scoreInto, type LinearModel } from './linear-model.js';
import { TagBeam, type TagScorer } from './tag-beam.js';
import type { SyntaxClusters } from './word-clusters.js';
import { MAX_TAGGER_FEATURES, sentenceCaps, taggerFeatures } from './tagger-features.js';
import { transitionContext, type TransitionContext } from './tagger-structured-features.js';
import type { SyntaxLexicon, SyntaxSemantics } from './lexicon.js';
import type { WordTable } from './word-table.js';
import { WordScoreRows } from './tagger-word-scores.js';

/** A decoded tagger. */
export interface TaggerModel {
  /** Class names, "UPOS|XPOS". */
  readonly classes: readonly string[];
  /** UPOS id (index into `UPOS` of `ud.ts`) per class. */
  readonly classUpos: Uint8Array;
  /** The structured model (when {@link beamWidth} is set) or the greedy first pass. */
  readonly pass1: LinearModel;
  /** The greedy second pass, reading the first pass's (or the structured tagger's) tags to the right. */
  readonly pass2: LinearModel | null;
  /**
   * Beam width of a structured tagger (model format 3 on); absent for the greedy taggers of
   * formats 1–2.
   */
  readonly beamWidth?: number;
  /** Exact-form hash → class, for frequent unambiguous words. */
  readonly dictionary: IntLookup;
  /** Word-class lexicon the word table reads (see `lexicon.ts`). */
  readonly lexicon: SyntaxLexicon;
  /** WordNet semantic signatures the word table reads (see `lexicon.ts`). */
  readonly semantics: SyntaxSemantics;
  /** Word clusters the word table reads (see `word-clusters.ts`); empty for models without them. */
  readonly clusters?: SyntaxClusters;
}

/** Scratch buffers for one tagging thread (reuse them across sentences). */
export interface TaggerScratch {
  keys: Int32Array;
  scores: Int32Array;
  /** (Block offset, header) pairs of the features found (see `scoreInto`): twice the features. */
  found: Int32Array;
  /** What a token's word features leave for its tag features. */
  ctx: TransitionContext;
  /** The beam of a structured tagger, else null. */
  beam: TagBeam | null;
  /** The structured model's integer scores added as floats into the beam's buffers. */
  scorer: TagScorer;
  /** The greedy passes' per-word score rows (`tagger-word-scores.ts`), per model and word table. */
  wordRows: WeakMap<LinearModel, WeakMap<WordTable, WordScoreRows>>;
}

/** Scratch buffers sized for `model`; `beamWidth` overrides a structured model's width. */
export function taggerScratch(model: TaggerModel, beamWidth = model.beamWidth): TaggerScratch {
  const nc = model.classes.length;
  const scores = new Int32Array(nc);
  const m = model.pass1;
  const found = new Int32Array(2 * MAX_TAGGER_FEATURES);
  const scorer: TagScorer = (keys, n, out) => {
    scores.fill(0);
    scoreInto(m, keys, n, scores, found);
    for (let c = 0; c < nc; c++) out[c] += scores[c];
  };
  const beam = model.beamWidth !== undefined ? new TagBeam(nc, Math.max(1, beamWidth ?? 1)) : null;
  return { keys: new Int32Array(MAX_TAGGER_FEATURES), scores, found, ctx: transitionContext(), beam, scorer, wordRows: new WeakMap() };
}

/**
 * Tags tokens `from..to` of `words` (indices into `table`), writing class ids into `tags`
 * at the same positions. `forced` (same positions, -1 = free) imposes classes on some tokens, as
 * the tag dictionary does: the others are decoded given them (the tag repair's second look).
 */
export function tagSentence(
  model: TaggerModel,
  table: WordTable,
  words: Int32Array,
  from: number,
  to: number,
  tags: Uint8Array,
  scratch: TaggerScratch,
  forced: Int16Array | null = null,
): void {
  if (scratch.beam) {
    beamTag(model, table, words, from, to, tags, scratch, scratch.beam, forced);
    // a greedy second pass over the structured tags reads the tags to each word's right
    if (model.pass2) runPass(model.pass2, table, words, from, to, tags, fixedTags(model, table, words, from, to, tags, forced), true, scratch);
    return;
  }
  const fixed = fixedTags(model, table, words, from, to, tags, forced);
  runPass(model.pass1, table, words, from, to, tags, fixed, false, scratch);
  if (model.pass2) runPass(model.pass2, table, words, from, to, tags, fixed, true, scratch);
}

/** Structured decoding: the best tag sequence the beam finds. */
function beamTag(model: TaggerModel, table: WordTable, words: Int32Array, from: number, to: number, tags: Uint8Array, scratch: TaggerScratch, beam: TagBeam, forced: Int16Array | null): void {
  const n = to - from;
  if (n === 0) return;
  const dict = model.dictionary;
  const caps = sentenceCaps(table, words, from, to);
  beam.start(n);
  for (let t = 0; t < n; t++) {
    const f = forced === null ? -1 : forced[from + t];
    const c = f >= 0 ? f : dict.size === 0 ? undefined : dict.get(table.form[words[from + t]]);
    beam.step(t, table, words, from, to, caps, c === undefined ? -1 : c, scratch.scorer);
  }
  beam.path(n - 1, 0, tags, from);
}

/** Marks tokens the dictionary (or `forced`) tags, and writes their tags; returns the marks. */
function fixedTags(model: TaggerModel, table: WordTable, words: Int32Array, from: number, to: number, tags: Uint8Array, forced: Int16Array | null): Uint8Array {
  const fixed = new Uint8Array(to - from);
  if (model.dictionary.size === 0 && forced === null) return fixed;
  for (let i = from; i < to; i++) {
    const c = forced !== null && forced[i] >= 0 ? forced[i] : model.dictionary.get(table.form[words[i]]);
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
  const { keys, scores, found, ctx } = scratch;
  const nc = m.nClasses;
  const caps = sentenceCaps(table, words, from, to);
  let byTable = scratch.wordRows.get(m);
  if (!byTable) scratch.wordRows.set(m, (byTable = new WeakMap()));
  let rows = byTable.get(table);
  if (!rows) byTable.set(table, (rows = new WordScoreRows(m)));
  for (let i = from; i < to; i++) {
    if (fixed[i - from]) continue;
    const n = taggerFeatures(table, words, from, to, i, tags, pass2, caps, keys, ctx, true);
    rows.load(table, words[i], scores);
    scoreInto(m, keys, n, scores, found);
    let best = 0;
    for (let c = 1; c < nc; c++) if (scores[c] > scores[best]) best = c;
    tags[i] = best;
  }
}
