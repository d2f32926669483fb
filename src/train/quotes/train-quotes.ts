/**
 * `npm run train:quotes [-- --polnear DIR] [--out FILE]`: trains the attribution model on PolNeAR's
 * train split (parsed by Entente's own pipeline), reports dev figures after each epoch, and writes
 * the gzipped model with a metadata JSON beside it. PolNeAR's test split is never read here.
 * Deterministic: a fixed seed and fixed epoch counts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Doc } from '../../core/doc/doc.js';
import { EntenteError } from '../../core/errors/errors.js';
import { Pipeline } from '../../core/pipeline/pipeline.js';
import { attributionModelFromParts, encodeAttributionModel, type AttributionModelParts } from '../../core/quotes/model/attribution-model.js';
import { createModelFinder } from '../../core/quotes/model/model-finder.js';
import { createQuoteFinder } from '../../core/quotes/quote-component.js';
import { attributionFigures, emptyCounts, scoreArticle } from '../../eval/quotes/attribution-score.js';
import { formatPolnearResult, polnearArticle } from '../../eval/quotes/evaluate-polnear.js';
import { parseComponents } from '../../eval/quotes/polnear-pipeline.js';
import { readPolnear, type PolnearDoc } from '../../eval/quotes/polnear-reader.js';
import { quotesToAttributions } from '../../eval/quotes/quotes-to-attributions.js';
import { ATTRIBUTION_MODEL_FILE, loadCueLexicon } from '../../engine/load-quote-resources.js';
import { dataPath } from '../../package-info.js';
import { labelDoc } from './attribution-data.js';
import { trainAttributionModel } from './train-attribution.js';

interface Config {
  polnear: string;
  out: string;
  syntaxModel?: string;
  cueEpochs: number;
  roleEpochs: number;
  seed: number;
  threshold: number;
  /** Cue-score bias stored in the model (weight units), chosen on dev. */
  cueBias: number;
  limit?: number;
  /** Score dev after every epoch (slower) instead of after the last only. */
  everyEpoch: boolean;
}

function parseArgs(argv: string[]): Config {
  const cfg: Config = {
    polnear: resolve(process.cwd(), '..', 'shared', 'yardsticks', 'polnear'),
    out: dataPath('models', ATTRIBUTION_MODEL_FILE),
    cueEpochs: 8,
    roleEpochs: 8,
    seed: 20161108,
    threshold: 1,
    cueBias: 16,
    everyEpoch: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = () => {
      const x = argv[++i];
      if (x === undefined) throw new EntenteError('E203', `option ${a} needs a value`);
      return x;
    };
    const num = () => {
      const x = Number(v());
      if (!Number.isFinite(x)) throw new EntenteError('E203', `option ${a} needs a number`);
      return x;
    };
    switch (a) {
      case '--polnear': cfg.polnear = resolve(v()); break;
      case '--out': cfg.out = resolve(v()); break;
      case '--syntax-model': cfg.syntaxModel = resolve(v()); break;
      case '--cue-epochs': cfg.cueEpochs = num(); break;
      case '--role-epochs': cfg.roleEpochs = num(); break;
      case '--seed': cfg.seed = num(); break;
      case '--threshold': cfg.threshold = num(); break;
      case '--cue-bias': cfg.cueBias = num(); break;
      case '--limit': cfg.limit = num(); break;
      case '--every-epoch': cfg.everyEpoch = true; break;
      default: throw new EntenteError('E203', `unknown option ${a}; see src/train/quotes/train-quotes.ts`);
    }
  }
  return cfg;
}

function log(s: string): void {
  process.stdout.write(`${new Date().toISOString().slice(11, 19)} ${s}\n`);
}

/** Scores `parts` on parsed dev articles through the quote component, as `entente eval-quotes` does. */
function devFigures(parts: AttributionModelParts, dev: { d: PolnearDoc; doc: Doc }[], lexicon: ReturnType<typeof loadCueLexicon>, cueBias: number) {
  const finder = createQuoteFinder({ lexicon, finder: createModelFinder(attributionModelFromParts(parts), lexicon, { univocal: true, cueBias }), mode: 'all' });
  const counts = emptyCounts();
  for (const { d, doc } of dev) {
    finder.run(doc);
    scoreArticle(counts, d.text, d.attributions, quotesToAttributions(d.text, doc.quotes));
  }
  return { counts, figures: attributionFigures(counts) };
}

async function main(): Promise<void> {
  const cfg = parseArgs(process.argv.slice(2));
  const t0 = Date.now();
  const lexicon = loadCueLexicon();
  const parse = new Pipeline(await parseComponents({ syntaxModel: cfg.syntaxModel }));
  const parseAll = (docs: PolnearDoc[]) => docs.map((d) => ({ d, doc: parse.run(polnearArticle(d)) }));
  const train = readPolnear(cfg.polnear, 'train', { limit: cfg.limit });
  const dev = readPolnear(cfg.polnear, 'dev');
  log(`parsing ${train.length} train and ${dev.length} dev articles`);
  const trainDocs = parseAll(train).map(({ d, doc }) => labelDoc(d.name, doc, d.attributions, lexicon));
  const devDocs = parseAll(dev);
  const tokens = trainDocs.reduce((n, d) => n + d.doc.length, 0);
  const cues = trainDocs.reduce((n, d) => n + d.roles.length, 0);
  log(`train: ${tokens} tokens, ${cues} cues; parsed in ${((Date.now() - t0) / 1000).toFixed(0)} s`);

  const parts = trainAttributionModel(trainDocs, {
    cueEpochs: cfg.cueEpochs,
    roleEpochs: cfg.roleEpochs,
    seed: cfg.seed,
    threshold: cfg.threshold,
    log,
    onEpoch: (stage, epoch, current) => {
      if (cfg.everyEpoch && stage === 'role') process.stdout.write(formatPolnearResult(devFigures(current(), devDocs, lexicon, cfg.cueBias), `dev after role epoch ${epoch}`));
    },
  });
  const dev1 = devFigures(parts, devDocs, lexicon, cfg.cueBias);
  process.stdout.write(formatPolnearResult(dev1, 'PolNeAR dev (final model)'));
  const minutes = (Date.now() - t0) / 60000;
  const round = (x: number) => Number(x.toFixed(4));
  parts.info = {
    name: 'entente-attribution-en',
    cueBias: cfg.cueBias,
    trainedOn: { corpus: 'PolNeAR v1.0.0', split: 'train', articles: train.length, tokens, cues },
    config: { cueEpochs: cfg.cueEpochs, roleEpochs: cfg.roleEpochs, seed: cfg.seed, threshold: cfg.threshold, cueBias: cfg.cueBias },
    trainingMinutes: Number(minutes.toFixed(1)),
    dev: Object.fromEntries(
      Object.entries(dev1.figures).map(([role, f]) => [role, { exact: { p: round(f.exact.p), r: round(f.exact.r), f: round(f.exact.f) }, overlap: { p: round(f.overlap.p), r: round(f.overlap.r), f: round(f.overlap.f) } }]),
    ),
  };
  const gz = gzipSync(encodeAttributionModel(parts), { level: 9 });
  mkdirSync(dirname(cfg.out), { recursive: true });
  writeFileSync(cfg.out, gz);
  writeFileSync(cfg.out.replace(/\.bin\.gz$/, '') + '.json', JSON.stringify({ ...parts.info, bytes: gz.length, cueFeatures: parts.cue.keys.length, roleFeatures: parts.role.keys.length }, null, 1) + '\n');
  log(`wrote ${cfg.out} (${(gz.length / 1024).toFixed(0)} KiB) in ${minutes.toFixed(1)} min`);
}

main().catch((e) => {
  process.stderr.write(`train:quotes: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
