/**
 * Global training of the arc-hybrid parser with beam search (Zhang & Nivre 2011) and the
 * max-violation update (Huang, Fayong & Guo 2012): decode each sentence with the beam, follow the
 * gold sequence beside it, and at the step where the best item beats the gold prefix by the most,
 * reward the gold prefix's moves and penalise the best item's. The perceptron so learns to score
 * whole sequences, which is what a beam needs; a greedily trained model ranks only single moves.
 *
 * The gold sequence is the static oracle's (LEFT before RIGHT before SHIFT on projectivised trees;
 * the cheapest move where a tree cannot be built exactly).
 */
import { LEFT, ParseState, RIGHT, SHIFT } from '../core/syntax/arc-hybrid.js';
import { applyClass, BeamSearch, FORCED, isForced, type ClassScorer } from '../core/syntax/beam-search.js';
import { MAX_PARSER_FEATURES, parserFeatures } from '../core/syntax/parser-features.js';
import type { ParserInputs } from '../core/syntax/parser-inputs.js';
import type { ParserModel, ParserTagMode } from '../core/syntax/parser.js';
import type { WordTable } from '../core/syntax/word-table.js';
import { zeroCostMove, type GoldTree, type MoveCosts } from './arc-hybrid-oracle.js';
import type { AveragedPerceptron } from './averaged-perceptron.js';
import { shuffled, type Rng } from './rng.js';
import type { TrainSentence } from './train-sentence.js';
import { parserTrainingSetup } from './train-parser.js';

export interface BeamTrainOptions {
  epochs: number;
  /** Beam width at training time. */
  beam: number;
  /** Word-cluster features (`parser-cluster-features.ts`); the word table must hold the clusters. */
  clusters?: boolean;
  /** Name-class features (`name-classes.ts`); the word table's semantic signatures must carry the name bits. */
  names?: boolean;
  /** Called after each epoch (e.g. to score the averaged model on dev in experiments). */
  onEpoch?: (epoch: number, perceptron: AveragedPerceptron, layout: { leftRel: string[]; rightRel: string[] }) => void;
}

/** The static-oracle class sequence (2n classes, {@link FORCED} for forced moves) of a gold tree. */
export function goldSequence(layout: ParserModel, gold: GoldTree): Int32Array {
  const n = gold.n;
  const st = new ParseState(n);
  st.reset(n);
  const seq = new Int32Array(2 * n);
  const costs: MoveCosts = { shift: 0, left: 0, right: 0 };
  for (let t = 0; t < 2 * n; t++) {
    let c: number;
    if (isForced(st)) c = FORCED;
    else {
      // a few treebank trees cannot be built exactly (e.g. under the one-root rule): follow the cheapest move
      let m = zeroCostMove(st, gold, costs);
      if (m < 0) m = costs.left <= costs.right && costs.left <= costs.shift ? LEFT : costs.right <= costs.shift ? RIGHT : SHIFT;
      c = m === SHIFT ? 0 : classOf(layout, m, gold.rel[st.s(0)]);
    }
    seq[t] = c;
    applyClass(layout, st, c);
  }
  return seq;
}

/** Class of an arc `move` with relation `rel` (the direction's first relation when it never occurs that way). */
function classOf(layout: ParserModel, move: number, rel: number): number {
  if (move === LEFT) return 1 + Math.max(0, layout.leftRel.indexOf(rel));
  return 1 + layout.leftRel.length + Math.max(0, layout.rightRel.indexOf(rel));
}

/** One sentence's global update; returns true when the model was updated. */
function trainSentence(
  layout: ParserModel,
  model: AveragedPerceptron,
  beam: BeamSearch,
  x: ParserInputs,
  n: number,
  gold: Int32Array,
  scorer: ClassScorer,
  work: { goldSt: ParseState; a: ParseState; b: ParseState; keys: Int32Array; scores: Float64Array; pred: Int32Array },
): boolean {
  const { goldSt, keys, scores } = work;
  beam.start(n);
  goldSt.reset(n);
  let goldScore = 0;
  let goldIn = 0; // index of the gold item in the beam, -1 once it fell off
  let maxV = 0;
  let tStar = -1;
  const steps = 2 * n;
  for (let t = 0; t < steps; t++) {
    const g = gold[t];
    if (g !== FORCED) {
      const nk = parserFeatures(goldSt, x, keys);
      scores.fill(0);
      scorer(keys, nk, scores);
      goldScore += scores[g];
    }
    applyClass(layout, goldSt, g);
    beam.step(layout, x, scorer);
    // is the gold prefix still in the beam, and where?
    let gi = -1;
    if (goldIn >= 0) {
      for (let j = 0; j < beam.size; j++) {
        if (beam.histParent[t * beam.width + j] === goldIn && beam.histClass[t * beam.width + j] === g) {
          gi = j;
          break;
        }
      }
    }
    goldIn = gi;
    if (gi !== 0) {
      const v = beam.score[0] - goldScore;
      if (v >= maxV) {
        maxV = v;
        tStar = t + 1;
      }
    }
    // with k = 1 this is early update; past the point of no return nothing more is learned cheaply
    if (gi < 0 && beam.width === 1) break;
  }
  if (tStar < 0) return false;
  // replay both prefixes up to t*: identical up to their first difference, then update move by move
  const pred = work.pred;
  beam.sequence(tStar, 0, pred);
  let d = 0;
  while (d < tStar && pred[d] === gold[d]) d++;
  if (d === tStar) return false;
  const { a, b } = work;
  a.reset(n);
  for (let t = 0; t < d; t++) applyClass(layout, a, gold[t]);
  b.copyFrom(a);
  for (let t = d; t < tStar; t++) {
    if (gold[t] !== FORCED) model.update(keys, parserFeatures(a, x, keys), gold[t], 1);
    applyClass(layout, a, gold[t]);
    if (pred[t] !== FORCED) model.update(keys, parserFeatures(b, x, keys), pred[t], -1);
    applyClass(layout, b, pred[t]);
  }
  return true;
}

/** Trains the parser globally with a beam; same outputs as `trainParser`. */
export function trainParserBeam(
  sentences: readonly TrainSentence[],
  tags: readonly Uint8Array[],
  table: WordTable,
  classUpos: Uint8Array,
  tagMode: ParserTagMode,
  opts: BeamTrainOptions,
  rng: Rng,
  log: (s: string) => void,
): { perceptron: AveragedPerceptron; leftRel: string[]; rightRel: string[] } {
  const { golds, leftRel, rightRel, layout, nClasses, model, inputs } = parserTrainingSetup(sentences, tags, table, classUpos, tagMode, opts.clusters === true, opts.names === true);
  const sequences = golds.map((g) => goldSequence(layout, g));
  const beam = new BeamSearch(nClasses, opts.beam, { record: true });
  const scorer: ClassScorer = (keys, nk, out) => model.score(keys, nk, out);
  const maxN = sentences.reduce((m, s) => Math.max(m, s.n), 1);
  const work = {
    goldSt: new ParseState(maxN), a: new ParseState(maxN), b: new ParseState(maxN),
    keys: new Int32Array(MAX_PARSER_FEATURES), scores: new Float64Array(nClasses), pred: new Int32Array(2 * maxN),
  };
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    const t0 = Date.now();
    let updates = 0;
    for (const si of shuffled(sentences.length, rng)) {
      if (trainSentence(layout, model, beam, inputs[si], golds[si].n, sequences[si], scorer, work)) updates++;
      model.tick();
    }
    log(`  beam-${beam.width} parser epoch ${epoch + 1}/${opts.epochs}: ${updates} of ${sentences.length} sentences updated, ${model.features} features, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    opts.onEpoch?.(epoch + 1, model, { leftRel, rightRel });
  }
  return { perceptron: model, leftRel, rightRel };
}
