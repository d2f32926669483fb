/**
 * Training the arc-hybrid parser: averaged perceptron over joint (move, relation) classes, with
 * the dynamic oracle and error exploration (Goldberg & Nivre 2012/2013). From epoch
 * `exploreFrom` on, the trainer follows its own prediction with probability `exploreP` even when
 * it is wrong, and learns the best zero-cost move from wherever it ends up. Sentences are tagged
 * with jackknifed tags and their trees projectivised by lifting.
 */
import { DEPRELS, deprelId } from '../core/doc/ud.js';
import { LEFT, ParseState, RIGHT, SHIFT } from '../core/syntax/arc-hybrid.js';
import { MAX_PARSER_FEATURES, parserFeatures } from '../core/syntax/parser-features.js';
import { ParserInputs } from '../core/syntax/parser-inputs.js';
import { bestLegal, classMove, classRel, parserTagMap, type ParserModel, type ParserTagMode } from '../core/syntax/parser.js';
import type { WordTable } from '../core/syntax/word-table.js';
import { GoldTree, moveCosts, type MoveCosts } from './arc-hybrid-oracle.js';
import { AveragedPerceptron } from './averaged-perceptron.js';
import { projectivize } from './projectivize.js';
import { shuffled, type Rng } from './rng.js';
import type { TrainSentence } from './train-sentence.js';

export interface ParserTrainOptions {
  epochs: number;
  exploreFrom: number;
  exploreP: number;
  /** Word-cluster features (`parser-cluster-features.ts`); the word table must hold the clusters. */
  clusters?: boolean;
  /** Name-class features (`name-classes.ts`); the word table's semantic signatures must carry the name bits. */
  names?: boolean;
}

/** Relation names of the LEFT and RIGHT classes: those seen in that direction in the (projectivised) training trees. */
export function relationInventory(trees: readonly GoldTree[]): { leftRel: string[]; rightRel: string[] } {
  const left = new Set<number>();
  const right = new Set<number>();
  const root = deprelId('root');
  for (const t of trees) {
    for (let d = 0; d < t.n; d++) {
      if (t.head[d] === t.n || t.rel[d] === root) continue;
      (d < t.head[d] ? left : right).add(t.rel[d]);
    }
  }
  const names = (set: Set<number>): string[] => [...set].sort((a, b) => a - b).map((r) => DEPRELS[r]);
  return { leftRel: names(left), rightRel: names(right) };
}

/** Parser inputs of a sentence with the given fine tags. */
export function parserInputsOf(s: TrainSentence, table: WordTable, tags: Uint8Array, classUpos: Uint8Array, tagMap: Uint8Array, clusters = false, names = false): ParserInputs {
  const x = new ParserInputs(s.n);
  x.fill(table, s.words, 0, s.n, tags, classUpos, tagMap, clusters, names);
  return x;
}

/** The parser "shape" the trainer decodes with: class layout only, scores come from the perceptron. */
export function classLayout(leftRel: readonly string[], rightRel: readonly string[]): ParserModel {
  return {
    model: null as never,
    tagMap: new Uint8Array(0),
    leftRel: Int32Array.from(leftRel, (r) => deprelId(r)),
    rightRel: Int32Array.from(rightRel, (r) => deprelId(r)),
    rootRel: deprelId('root'),
  };
}

/** What both parser trainers start from: gold trees, the class layout, an empty model and the inputs. */
export function parserTrainingSetup(
  sentences: readonly TrainSentence[],
  tags: readonly Uint8Array[],
  table: WordTable,
  classUpos: Uint8Array,
  tagMode: ParserTagMode,
  clusters = false,
  names = false,
) {
  const golds = sentences.map((s) => new GoldTree(projectivize(s.head), s.rel));
  const { leftRel, rightRel } = relationInventory(golds);
  const layout = classLayout(leftRel, rightRel);
  const nClasses = 1 + leftRel.length + rightRel.length;
  const model = new AveragedPerceptron(nClasses, 1 << 20);
  const tagMap = parserTagMap(classUpos, tagMode);
  const inputs = sentences.map((s, i) => parserInputsOf(s, table, tags[i], classUpos, tagMap, clusters, names));
  return { golds, leftRel, rightRel, layout, nClasses, model, inputs };
}

/** Trains the parser; returns the perceptron and the class layout. */
export function trainParser(
  sentences: readonly TrainSentence[],
  tags: readonly Uint8Array[],
  table: WordTable,
  classUpos: Uint8Array,
  tagMode: ParserTagMode,
  opts: ParserTrainOptions,
  rng: Rng,
  log: (s: string) => void,
): { perceptron: AveragedPerceptron; leftRel: string[]; rightRel: string[] } {
  const { golds, leftRel, rightRel, layout, nClasses, model, inputs } = parserTrainingSetup(sentences, tags, table, classUpos, tagMode, opts.clusters === true, opts.names === true);
  const L = leftRel.length;
  const R = rightRel.length;
  const st = new ParseState(256);
  const keys = new Int32Array(MAX_PARSER_FEATURES);
  const scores = new Float64Array(nClasses);
  const cost = new Float64Array(nClasses);
  const costs: MoveCosts = { shift: 0, left: 0, right: 0 };

  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    const t0 = Date.now();
    let moves = 0;
    let errors = 0;
    const explore = epoch >= opts.exploreFrom;
    for (const si of shuffled(sentences.length, rng)) {
      const gold = golds[si];
      const x = inputs[si];
      const n = gold.n;
      st.reset(n);
      while (!st.done) {
        if (st.b === n && st.sp === 1) {
          st.apply(LEFT, layout.rootRel);
          continue;
        }
        if (st.sp === 0) {
          st.apply(SHIFT, -1);
          continue;
        }
        const nk = parserFeatures(st, x, keys);
        scores.fill(0);
        model.score(keys, nk, scores);
        moveCosts(st, gold, costs);
        // Cost of every class: move cost, plus one when a gold arc would get a wrong relation.
        cost.fill(Infinity);
        cost[0] = costs.shift;
        const s0 = st.s(0);
        const s1 = st.s(1);
        if (st.b < n && costs.left !== Infinity) {
          const goldArc = gold.head[s0] === st.b;
          for (let c = 1; c <= L; c++) cost[c] = costs.left + (goldArc && layout.leftRel[c - 1] !== gold.rel[s0] ? 1 : 0);
        }
        if (costs.right !== Infinity) {
          const goldArc = gold.head[s0] === s1;
          for (let c = L + 1; c <= L + R; c++) cost[c] = costs.right + (goldArc && layout.rightRel[c - 1 - L] !== gold.rel[s0] ? 1 : 0);
        }
        let minCost = Infinity;
        for (let c = 0; c < nClasses; c++) if (cost[c] < minCost) minCost = cost[c];
        let g = -1;
        for (let c = 0; c < nClasses; c++) if (cost[c] === minCost && (g < 0 || scores[c] > scores[g])) g = c;
        const p = bestLegal(layout, st, scores);
        model.tick();
        moves++;
        let next = g;
        if (cost[p] > minCost) {
          errors++;
          model.update(keys, nk, g, 1);
          model.update(keys, nk, p, -1);
          if (explore && rng() < opts.exploreP) next = p;
        }
        st.apply(classMove(layout, next), classRel(layout, next));
      }
    }
    log(`  parser epoch ${epoch + 1}/${opts.epochs}: ${moves} scored moves, ${(100 * errors / Math.max(1, moves)).toFixed(2)} % wrong, ${model.features} features, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  return { perceptron: model, leftRel, rightRel };
}
