/**
 * The syntax model (tagger + parser) and the sentence-level analysis both pipeline components
 * and the evaluator use: tag a run of words, then parse it with the predicted tags.
 */
import { ParseState } from './arc-hybrid.js';
import { BeamSearch, type ClassScorer } from './beam-search.js';
import { addScores, rowScorer } from './linear-model.js';
import { ParserInputs } from './parser-inputs.js';
import { parseSentence, parserScratch, type ParserModel, type ParserScratch } from './parser.js';
import { tagSentence, taggerScratch, type TaggerModel, type TaggerScratch } from './tagger.js';
import type { WordTable } from './word-table.js';

/** How the model was made and what it scored: free-form JSON carried in the file header. */
export type SyntaxModelInfo = Record<string, unknown>;

/** A decoded syntax model. */
export interface SyntaxModel {
  readonly info: SyntaxModelInfo;
  readonly tagger: TaggerModel;
  readonly parser: ParserModel;
  /**
   * The tagger component's fine "UPOS|XPOS" classes per Doc, for the parser component built from
   * the same model (the Doc's `pos` layer holds UPOS only). Entries die with their Doc.
   */
  readonly fineTags: WeakMap<object, Uint8Array>;
}

/** Reusable buffers for analysing sentences with one model (one per thread / component). */
export class SyntaxScratch {
  readonly tagger: TaggerScratch;
  readonly parser: ParserScratch;
  readonly state = new ParseState(256);
  readonly inputs = new ParserInputs(256);
  /** The beam when parsing with a width above 1, else null (greedy). */
  readonly beam: BeamSearch | null;
  /** The beam's scorer: adds the model's integer scores, as floats. */
  readonly scorer: ClassScorer;

  /**
   * `beamWidth` defaults to the width the model was trained for, `beamMargin` (real score units;
   * Infinity: no pruning) to the model's own threshold.
   */
  constructor(readonly model: SyntaxModel, beamWidth = model.parser.beamWidth ?? 1, beamMargin = model.parser.beamMargin ?? Infinity) {
    this.tagger = taggerScratch(model.tagger);
    this.parser = parserScratch(model.parser);
    const lm = model.parser.model;
    // the beam adds stored (integer) weights: the margin in the same units
    this.beam = beamWidth > 1 ? new BeamSearch(lm.nClasses, beamWidth, { cacheBuffer: true, margin: beamMargin / lm.scale, rows: rowScorer(lm) }) : null;
    const ints = this.parser.scores;
    const found = this.parser.found;
    this.scorer = (keys, n, out) => addScores(lm, keys, n, out, ints, found);
  }
}

/**
 * Tags tokens `from..to` of `words` (indices into `table`): fine-tag classes go to `tags`, UPOS
 * ids to `upos`, at the same positions. `forced` (-1 = free) imposes classes on some tokens.
 */
export function tagRun(s: SyntaxScratch, table: WordTable, words: Int32Array, from: number, to: number, tags: Uint8Array, upos: Uint8Array, forced: Int16Array | null = null): void {
  const t = s.model.tagger;
  tagSentence(t, table, words, from, to, tags, s.tagger, forced);
  for (let i = from; i < to; i++) upos[i] = t.classUpos[tags[i]];
}

/**
 * Parses tokens `from..to` given their fine tags; writes absolute heads (-1 for the root) and
 * relation ids at the same positions of `head` / `rel`.
 */
export function parseRun(
  s: SyntaxScratch,
  table: WordTable,
  words: Int32Array,
  from: number,
  to: number,
  tags: Uint8Array,
  head: Int32Array,
  rel: Uint8Array,
): void {
  const n = to - from;
  if (n === 0) return;
  const x = s.inputs;
  x.fill(table, words, from, to, tags, s.model.tagger.classUpos, s.model.parser.tagMap, s.model.parser.clusters === true, s.model.parser.names === true);
  let st = s.state;
  if (s.beam) {
    const beam = s.beam;
    beam.start(n);
    while (!beam.done) beam.step(s.model.parser, x, s.scorer);
    st = beam.item(0);
  } else {
    st.reset(n);
    parseSentence(s.model.parser, st, x, s.parser);
  }
  for (let i = 0; i < n; i++) {
    const h = st.head[i];
    head[from + i] = h === n ? -1 : from + h;
    rel[from + i] = st.label[i];
  }
}
