/**
 * Training the structured tagger: averaged perceptron over whole tag sequences with beam search
 * (Collins 2002's structured update, Collins & Roark 2004's early update, continued LaSO-style:
 * when the gold prefix falls off the beam, the weights are updated on the prefixes and decoding
 * resumes from the gold prefix, so every token of every sentence is used in every epoch).
 * Tokens the tag dictionary fixes are not scored, as at run time.
 */
import { TagBeam, type TagScorer } from '../core/syntax/tag-beam.js';
import { sentenceCaps, TAG_START } from '../core/syntax/tagger-features.js';
import { emissionFeatures, MAX_EMISSION_FEATURES, MAX_TRANSITION_FEATURES, transitionContext, transitionFeatures } from '../core/syntax/tagger-structured-features.js';
import type { WordTable } from '../core/syntax/word-table.js';
import { AveragedPerceptron } from './averaged-perceptron.js';
import { shuffled, type Rng } from './rng.js';
import type { TrainSentence } from './train-sentence.js';

export interface StructuredTaggerOptions {
  epochs: number;
  /** Beam width used in training. */
  beam: number;
  /** Called after each epoch (experiments). */
  onEpoch?: (epoch: number, model: AveragedPerceptron) => void;
}

/** Trains the structured tagger's single linear model. */
export function trainStructuredTagger(
  sentences: readonly TrainSentence[],
  table: WordTable,
  nClasses: number,
  dictionary: ReadonlyMap<number, number>,
  opts: StructuredTaggerOptions,
  rng: Rng,
): AveragedPerceptron {
  const model = new AveragedPerceptron(nClasses, 1 << 18);
  const beam = new TagBeam(nClasses, opts.beam);
  const scorer: TagScorer = (keys, n, out) => model.score(keys, n, out);
  let maxN = 1;
  for (const s of sentences) maxN = Math.max(maxN, s.n);
  const gold = new Int16Array(maxN);
  const fixed = new Int16Array(maxN);
  const pred = new Int16Array(maxN);
  const ekeys = new Int32Array(MAX_EMISSION_FEATURES);
  const tkeys = new Int32Array(MAX_TRANSITION_FEATURES);
  const ctx = transitionContext();

  /** Updates towards the gold prefix and away from hypothesis b's prefix, positions 0..t. */
  const update = (s: TrainSentence, caps: number, t: number, b: number): void => {
    beam.path(t, b, pred);
    for (let j = 0; j <= t; j++) {
      if (fixed[j] >= 0) continue;
      const g1 = j > 0 ? gold[j - 1] : TAG_START;
      const g2 = j > 1 ? gold[j - 2] : TAG_START;
      const p1 = j > 0 ? pred[j - 1] : TAG_START;
      const p2 = j > 1 ? pred[j - 2] : TAG_START;
      const same = pred[j] === gold[j];
      if (same && g1 === p1 && g2 === p2) continue;
      const ne = emissionFeatures(table, s.words, 0, s.n, j, caps, ekeys, ctx);
      if (!same) {
        model.update(ekeys, ne, gold[j], 1);
        model.update(ekeys, ne, pred[j], -1);
      }
      let nt = transitionFeatures(ctx, g1, g2, tkeys);
      model.update(tkeys, nt, gold[j], 1);
      nt = transitionFeatures(ctx, p1, p2, tkeys);
      model.update(tkeys, nt, pred[j], -1);
    }
  };

  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (const si of shuffled(sentences.length, rng)) {
      const s = sentences[si];
      for (let i = 0; i < s.n; i++) {
        const f = dictionary.get(table.form[s.words[i]]);
        fixed[i] = f === undefined ? -1 : f;
        gold[i] = f === undefined ? s.tag[i] : f;
      }
      const caps = sentenceCaps(table, s.words, 0, s.n);
      beam.start(s.n);
      let g = 0; // index of the gold hypothesis at the previous position
      for (let t = 0; t < s.n; t++) {
        beam.step(t, table, s.words, 0, s.n, caps, fixed[t], scorer);
        if (fixed[t] >= 0) continue;
        model.tick();
        const w = beam.width;
        let found = -1;
        for (let b = 0; b < beam.size[t]; b++) {
          if (beam.tag[t * w + b] === gold[t] && beam.back[t * w + b] === g) {
            found = b;
            break;
          }
        }
        if (found < 0) {
          update(s, caps, t, 0);
          beam.resetTo(t, gold[t], g);
          found = 0;
        }
        g = found;
      }
      if (s.n > 0 && g !== 0) update(s, caps, s.n - 1, 0);
    }
    opts.onEpoch?.(epoch + 1, model);
  }
  return model;
}
