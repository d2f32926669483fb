/**
 * Trains the attribution model's two taggers with averaged perceptrons:
 *
 * - the cue tagger greedily, left to right, on every sentence (the previous label feature is the
 *   gold one during training: cue spans are short and the tagger rarely strays);
 * - the role tagger as a structured perceptron (Collins 2002): Viterbi over each gold cue's window
 *   with the current weights, then an update on the tokens and transitions where the best sequence
 *   differs from the gold one.
 *
 * Instances are visited in an order shuffled with a fixed seed, so a run is reproducible.
 */
import { CUE_LABELS, cueFeatures, MAX_CUE_FEATURES } from '../../core/quotes/model/cue-features.js';
import { viterbiRoles } from '../../core/quotes/model/decode.js';
import { cueContext, MAX_ROLE_FEATURES, ROLE_LABELS, roleFeatures, transitionKey } from '../../core/quotes/model/role-features.js';
import { transitionScores, type AttributionModelParts } from '../../core/quotes/model/attribution-model.js';
import { hashString } from '../../core/syntax/hash.js';
import { AveragedPerceptron } from '../averaged-perceptron.js';
import { createRng } from '../rng.js';
import type { TrainingDoc } from './attribution-data.js';

const COMMA = hashString(',');
const COLON = hashString(':');

/** Options of {@link trainAttributionModel}. */
export interface TrainOptions {
  readonly cueEpochs: number;
  readonly roleEpochs: number;
  readonly seed: number;
  /** Drop averaged weights smaller than this (keeps the model small). */
  readonly threshold: number;
  /** Called after each epoch with the model so far (for dev figures). */
  readonly onEpoch?: (stage: 'cue' | 'role', epoch: number, parts: () => AttributionModelParts) => void;
  readonly log?: (line: string) => void;
}

function shuffled<T>(items: readonly T[], rng: () => number): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/** Trains both taggers on `docs`. */
export function trainAttributionModel(docs: readonly TrainingDoc[], options: TrainOptions): AttributionModelParts {
  const log = options.log ?? (() => {});
  const rng = createRng(options.seed);
  const cue = new AveragedPerceptron(CUE_LABELS, 1 << 18);
  const role = new AveragedPerceptron(ROLE_LABELS, 1 << 18);
  const keys = new Int32Array(Math.max(MAX_CUE_FEATURES, MAX_ROLE_FEATURES));
  const scores = new Float64Array(8);
  const info = (stage: string) => ({ stage, cueEpochs: options.cueEpochs, roleEpochs: options.roleEpochs, seed: options.seed });
  const parts = (): AttributionModelParts => ({ info: info('partial'), cue: cue.export(options.threshold), role: role.export(options.threshold) });

  const sentences = docs.flatMap((d) => Array.from(d.view.sentStart, (_, s) => ({ d, s })));
  for (let epoch = 1; epoch <= options.cueEpochs; epoch++) {
    let wrong = 0;
    let total = 0;
    const t0 = Date.now();
    for (const { d, s } of shuffled(sentences, rng)) {
      const v = d.view;
      for (let i = v.sentStart[s]; i < v.sentEnd[s]; i++) {
        const prev = i > v.sentStart[s] ? d.cueLabels[i - 1] : 0;
        const n = cueFeatures(v, i, prev, keys);
        scores.fill(0);
        cue.score(keys, n, scores);
        let best = 0;
        for (let c = 1; c < CUE_LABELS; c++) if (scores[c] > scores[best]) best = c;
        const gold = d.cueLabels[i];
        if (best !== gold) {
          cue.update(keys, n, gold, 1);
          cue.update(keys, n, best, -1);
          wrong++;
        }
        total++;
        cue.tick();
      }
    }
    log(`  cue epoch ${epoch}/${options.cueEpochs}: ${((100 * wrong) / total).toFixed(2)} % tokens wrong, ${cue.features} features, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    options.onEpoch?.('cue', epoch, parts);
  }

  const instances = docs.flatMap((d) => d.roles.map((r) => ({ d, r })));
  const scorer = (k: Int32Array, n: number, out: Float64Array) => role.score(k, n, out);
  for (let epoch = 1; epoch <= options.roleEpochs; epoch++) {
    let wrong = 0;
    let total = 0;
    const t0 = Date.now();
    for (const { d, r } of shuffled(instances, rng)) {
      const v = d.view;
      const ctx = cueContext(v, r.window, COMMA, COLON);
      const len = r.window.to - r.window.from;
      const em = new Float64Array(len * ROLE_LABELS);
      const feats: Int32Array[] = [];
      for (let j = r.window.from; j < r.window.to; j++) {
        const n = roleFeatures(v, ctx, j, keys);
        const f = keys.slice(0, n);
        feats.push(f);
        scores.fill(0);
        role.score(f, n, scores);
        for (let l = 0; l < ROLE_LABELS; l++) em[(j - r.window.from) * ROLE_LABELS + l] = scores[l];
      }
      const pred = viterbiRoles(ctx, em, transitionScores(scorer));
      const key = new Int32Array(1);
      for (let k = 0; k < len; k++) {
        const g = r.labels[k];
        const p = pred[k];
        if (g !== p) {
          role.update(feats[k], feats[k].length, g, 1);
          role.update(feats[k], feats[k].length, p, -1);
          wrong++;
        }
        const gp = k ? r.labels[k - 1] : -1;
        const pp = k ? pred[k - 1] : -1;
        if (k && (g !== p || gp !== pp)) {
          key[0] = transitionKey(gp);
          role.update(key, 1, g, 1);
          key[0] = transitionKey(pp);
          role.update(key, 1, p, -1);
        }
        total++;
      }
      role.tick();
    }
    log(`  role epoch ${epoch}/${options.roleEpochs}: ${((100 * wrong) / total).toFixed(2)} % tokens wrong, ${role.features} features, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    options.onEpoch?.('role', epoch, parts);
  }
  return { info: info('final'), cue: cue.export(options.threshold), role: role.export(options.threshold) };
}
