/**
 * Training the POS tagger: greedy left-to-right averaged perceptron over the features of
 * `core/syntax/tagger-features.ts`, trained on its own predicted left context (so training
 * matches run time), plus the tag dictionary of frequent unambiguous forms.
 */
import { MAX_TAGGER_FEATURES, sentenceCaps, taggerFeatures } from '../core/syntax/tagger-features.js';
import { transitionContext } from '../core/syntax/tagger-structured-features.js';
import type { WordTable } from '../core/syntax/word-table.js';
import { AveragedPerceptron } from './averaged-perceptron.js';
import { shuffled, type Rng } from './rng.js';
import type { TrainSentence } from './train-sentence.js';

export interface TaggerTrainOptions {
  epochs: number;
  /** Train the second pass (right-context tags from `rightTags`). */
  pass2: boolean;
}

/** Exact-form hash → class for forms seen ≥ `minCount` times with one class ≥ `minShare` of the time. */
export function buildTagDictionary(sentences: readonly TrainSentence[], table: WordTable, minCount = 20, minShare = 0.995): Map<number, number> {
  const counts = new Map<number, Map<number, number>>();
  for (const s of sentences) {
    for (let i = 0; i < s.n; i++) {
      const f = table.form[s.words[i]];
      let m = counts.get(f);
      if (!m) counts.set(f, (m = new Map()));
      m.set(s.tag[i], (m.get(s.tag[i]) ?? 0) + 1);
    }
  }
  const dict = new Map<number, number>();
  for (const [f, m] of counts) {
    let total = 0;
    let best = -1;
    let bestCount = 0;
    for (const [t, c] of m) {
      total += c;
      if (c > bestCount) {
        bestCount = c;
        best = t;
      }
    }
    if (total >= minCount && bestCount / total >= minShare) dict.set(f, best);
  }
  return dict;
}

/**
 * Trains one tagger pass. For pass 2, `rightTags[s]` holds the first pass's tags of sentence s
 * (predicted by a model that did not see s: jackknifed) and supplies the right context.
 */
export function trainTaggerPass(
  sentences: readonly TrainSentence[],
  table: WordTable,
  nClasses: number,
  dictionary: ReadonlyMap<number, number>,
  opts: TaggerTrainOptions,
  rng: Rng,
  rightTags?: readonly Uint8Array[],
): AveragedPerceptron {
  const model = new AveragedPerceptron(nClasses, 1 << 18);
  const keys = new Int32Array(MAX_TAGGER_FEATURES);
  const ctx = transitionContext();
  const scores = new Float64Array(nClasses);
  let maxN = 1;
  for (const s of sentences) maxN = Math.max(maxN, s.n);
  const tags = new Uint8Array(maxN);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (const si of shuffled(sentences.length, rng)) {
      const s = sentences[si];
      if (opts.pass2) {
        if (!rightTags) throw new Error('pass 2 needs first-pass tags');
        tags.set(rightTags[si]);
      }
      for (let i = 0; i < s.n; i++) {
        const fixed = dictionary.get(table.form[s.words[i]]);
        if (fixed !== undefined) tags[i] = fixed;
      }
      const caps = sentenceCaps(table, s.words, 0, s.n);
      for (let i = 0; i < s.n; i++) {
        if (dictionary.has(table.form[s.words[i]])) continue;
        const n = taggerFeatures(table, s.words, 0, s.n, i, tags, opts.pass2, caps, keys, ctx);
        scores.fill(0);
        model.score(keys, n, scores);
        let guess = 0;
        for (let c = 1; c < nClasses; c++) if (scores[c] > scores[guess]) guess = c;
        const gold = s.tag[i];
        model.tick();
        if (guess !== gold && gold >= 0) {
          model.update(keys, n, gold, 1);
          model.update(keys, n, guess, -1);
        }
        tags[i] = guess;
      }
    }
  }
  return model;
}
