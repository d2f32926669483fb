/**
 * `npm run train:syntax [-- --treebanks PATH] [--out FILE]`: trains the tagger and parser from
 * the UD English treebanks and writes the gzipped model plus a metadata JSON beside it.
 * Deterministic: fixed seeds and iteration counts, so the same treebanks give the same model.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { isEntenteError } from '../core/errors/errors.js';
import { encodeSyntaxModel, fromParts, type SyntaxModelParts } from '../core/syntax/model-format.js';
import { formatScores } from '../eval/syntax/conll18-metrics.js';
import { evaluateModel } from '../eval/syntax/evaluate-model.js';
import { GUM_TRAIN_GENRES, loadSplit, sentencesOf } from './treebank.js';
import { evaluateOnTreebanks, type EvalReport } from './dev-eval.js';
import { trainTaggerJackknifed } from './jackknife.js';
import { createRng } from './rng.js';
import { loadTrainingData } from './syntax-data.js';
import { trainParser } from './train-parser.js';
import { trainParserBeam } from './train-parser-beam.js';
import { parseTrainArgs, type TrainConfig } from './train-config.js';
import { readSourceModel, sourcedParser, type ParserParts } from './source-parser.js';
import { readClusterCorpus } from './cluster-corpus.js';
import { buildWordClusters, DEFAULT_CLUSTER_OPTIONS } from './build-word-clusters.js';
import { hashString } from '../core/syntax/hash.js';
import { clusterWordVectors, DEFAULT_EMBEDDING_CLUSTER_OPTIONS, readWordVectors } from './embedding-clusters.js';

function log(s: string): void {
  process.stdout.write(`${new Date().toISOString().slice(11, 19)} ${s}\n`);
}

/** Word clusters from the unlabelled training text (`cluster-corpus.ts`), keyed by lower-cased form hash. */
function wordClusters(cfg: TrainConfig, log: (s: string) => void): { clusters: Map<number, number>; sources: string[] } {
  if (cfg.clustersFrom !== undefined) {
    const vectors = readWordVectors(cfg.clustersFrom, cfg.clusterWords);
    log(`word clusters from ${vectors.words.length} word vectors (${vectors.dim} dimensions) of ${cfg.clustersFrom}`);
    const byWord = clusterWordVectors(vectors, { ...DEFAULT_EMBEDDING_CLUSTER_OPTIONS, maxDepth: cfg.clusterDepth, dropDirections: cfg.clusterDrop });
    return { clusters: new Map([...byWord].map(([w, path]) => [hashString(w), path])), sources: [`word vectors: ${basename(cfg.clustersFrom)}, ${vectors.words.length} most frequent words`] };
  }
  const corpus = readClusterCorpus(cfg.treebanks, cfg.polnear);
  log(`word clusters from ${corpus.sources.join(', ')}`);
  const byWord = buildWordClusters(corpus.sentences, DEFAULT_CLUSTER_OPTIONS, log);
  return { clusters: new Map([...byWord].map(([w, path]) => [hashString(w), path])), sources: corpus.sources };
}

type TrainedParser = ReturnType<typeof trainParser>;

/** Runs the whole training; returns the model parts, the unpruned parts and the evaluation report. */
export function trainSyntax(cfg: TrainConfig): { parts: SyntaxModelParts; unpruned: SyntaxModelParts; report: EvalReport } {
  const t0 = Date.now();
  // a wrong --parser-from file is refused before any training
  const sourceModel = cfg.parserFrom !== undefined ? readSourceModel(cfg.parserFrom) : null;
  log(`loading treebanks from ${cfg.treebanks}`);
  const { clusters, sources: clusterSources } = cfg.clusters ? wordClusters(cfg, log) : { clusters: new Map<number, number>(), sources: [] };
  const data = loadTrainingData({ treebanks: cfg.treebanks, gumGenres: cfg.gumGenres, hyphenMergeShare: cfg.hyphenMergeShare, participleAdjectives: cfg.participleAdjectives, seed: cfg.seed, clusters, lowerCaseShare: cfg.lowerCaseShare, nameCues: cfg.nameCues });
  log(`training set: ${data.stats.ewtSentences} EWT + ${data.stats.gumSentences} GUM sentences, ${data.stats.words} words, ${data.tags.size} tag classes, ${data.stats.mergedSentences} sentences with hyphen groups merged, ${data.stats.lowerCasedCopies} lower-cased copies`);

  log(cfg.taggerBeam > 0
    ? `tagger: structured, beam ${cfg.taggerBeam}, ${cfg.taggerEpochs} epochs, ${cfg.folds}-fold jackknife, greedy second pass ${cfg.pass2 ? 'on' : 'off'}`
    : `tagger: greedy, ${cfg.taggerEpochs} epochs, ${cfg.folds}-fold jackknife, second pass ${cfg.pass2 ? 'on' : 'off'}${cfg.taggerAverage > 1 ? `, final passes averaged over ${cfg.taggerAverage} sentence orders` : ''}`);
  const { final, jackknifed } = trainTaggerJackknifed(data.sentences, data.words.table, data.tags, data.lexicon, {
    epochs: cfg.taggerEpochs, beam: cfg.taggerBeam, pass2: cfg.pass2, folds: cfg.folds, seed: cfg.seed, parserTags: sourceModel === null, average: cfg.taggerAverage,
  }, log);
  let jkRight = 0;
  let jkAll = 0;
  data.sentences.forEach((s, i) => {
    for (let w = 0; w < s.n; w++) {
      jkAll++;
      if (jackknifed[i][w] === s.tag[w]) jkRight++;
    }
  });
  log(`jackknifed tag accuracy on train${sourceModel === null ? '' : ' (first pass: the parser is kept)'}: ${(100 * jkRight / jkAll).toFixed(2)} %`);

  const classUpos = Uint8Array.from(data.tags.upos);
  const taggerParts = {
    tagClasses: data.tags.names, dictionary: [...final.dictionary], lexicon: [...data.lexicon], semantics: [...data.semantics], clusters: [...clusters],
    pass1: final.pass1.export(cfg.taggerThreshold), pass2: final.pass2 ? final.pass2.export(cfg.taggerThreshold) : null,
    taggerBeam: final.beam,
  };
  const sourced = sourceModel !== null ? sourcedParser(sourceModel, taggerParts.tagClasses, log) : null;
  const parser = sourced !== null ? null : cfg.parserBeam > 1
    ? (log(`parser: ${cfg.parserEpochs} epochs, global training with beam ${cfg.parserBeam} (max-violation)`),
      trainParserBeam(data.sentences, jackknifed, data.words.table, classUpos, cfg.parserTags, {
        epochs: cfg.parserEpochs, beam: cfg.parserBeam, clusters: cfg.parserClusters, names: cfg.nameCues !== undefined, onEpoch: cfg.snapshotDir ? snapshotter(cfg, taggerParts, log) : undefined,
      }, createRng(cfg.seed + 7), log))
    : (log(`parser: ${cfg.parserEpochs} epochs, exploration from epoch ${cfg.exploreFrom + 1} with p=${cfg.exploreP}${cfg.parserClusters ? ", word-cluster features" : ""}`),
      trainParser(data.sentences, jackknifed, data.words.table, classUpos, cfg.parserTags, {
        epochs: cfg.parserEpochs, exploreFrom: cfg.exploreFrom, exploreP: cfg.exploreP, clusters: cfg.parserClusters, names: cfg.nameCues !== undefined,
      }, createRng(cfg.seed + 7), log));

  const trainMinutes = (Date.now() - t0) / 60000;
  const parserParts: ParserParts = sourced ?? {
    parserTags: cfg.parserTags,
    leftRel: (parser as TrainedParser).leftRel,
    rightRel: (parser as TrainedParser).rightRel,
    parser: (parser as TrainedParser).perceptron.export(cfg.parserThreshold),
    beamWidth: cfg.parserBeam,
    parserClusters: cfg.parserClusters,
    ...(cfg.nameCues !== undefined ? { parserNames: true } : {}),
  };
  const parts: SyntaxModelParts = { info: {}, ...taggerParts, ...parserParts, ...(cfg.parserMargin !== undefined ? { beamMargin: cfg.parserMargin } : {}) };
  const unpruned: SyntaxModelParts = { ...parts, pass1: final.pass1.export(), pass2: final.pass2 ? final.pass2.export() : null, parser: parser === null ? parserParts.parser : parser.perceptron.export() };
  if (cfg.taggerThreshold > 0 || cfg.parserThreshold > 0) {
    // the trade-off of pruning, on dev only
    log(`unpruned model: parser ${unpruned.parser.keys.length} features / ${unpruned.parser.entryClass.length} weights`);
    evaluateOnTreebanks(fromParts(unpruned), { ...cfg, evalTest: false }, log);
  }
  log(`model: tagger ${parts.pass1.keys.length}${parts.pass2 ? ` + ${parts.pass2.keys.length}` : ''} features, parser ${parts.parser.keys.length} features / ${parts.parser.entryClass.length} weights (thresholds ${cfg.taggerThreshold} / ${cfg.parserThreshold})`);
  const report = evaluateOnTreebanks(fromParts(parts), cfg, log);
  parts.info = {
    name: 'entente-syntax-en',
    trainedOn: { ewt: 'train', gum: 'train', gumGenres: cfg.gumGenres ?? GUM_TRAIN_GENRES, sentences: data.sentences.length, words: data.stats.words, ...(cfg.clusters ? { wordClusters: { words: clusters.size, from: clusterSources } } : {}) },
    config: { ...cfg, treebanks: undefined, out: undefined, saveUnpruned: undefined, polnear: undefined, parserFrom: cfg.parserFrom === undefined ? undefined : basename(cfg.parserFrom), clustersFrom: cfg.clustersFrom === undefined ? undefined : basename(cfg.clustersFrom), nameCues: cfg.nameCues === undefined ? undefined : basename(cfg.nameCues) },
    trainingMinutes: Number(trainMinutes.toFixed(1)),
    scores: report,
  };
  unpruned.info = parts.info;
  return { parts, unpruned, report };
}

/** Experiments: after each beam-training epoch, the model so far scored on EWT dev and written to `cfg.snapshotDir`. */
function snapshotter(cfg: TrainConfig, tagger: Pick<SyntaxModelParts, 'tagClasses' | 'dictionary' | 'lexicon' | 'semantics' | 'clusters' | 'pass1' | 'pass2' | 'taggerBeam'>, log: (s: string) => void) {
  const dir = cfg.snapshotDir as string;
  mkdirSync(dir, { recursive: true });
  const dev = sentencesOf(loadSplit(cfg.treebanks, 'ewt', 'dev'));
  return (epoch: number, p: { export(t: number): SyntaxModelParts['parser'] }, layout: { leftRel: string[]; rightRel: string[] }): void => {
    const parts: SyntaxModelParts = { info: { snapshot: epoch }, ...tagger, parserTags: cfg.parserTags, ...layout, parser: p.export(cfg.parserThreshold), beamWidth: cfg.parserBeam, parserClusters: cfg.parserClusters, ...(cfg.nameCues !== undefined ? { parserNames: true } : {}) };
    writeFileSync(join(dir, `epoch-${epoch}.bin.gz`), gzipSync(encodeSyntaxModel(parts), { level: 1 }));
    log(`  snapshot ${epoch}: ewt-dev ${formatScores(evaluateModel(fromParts(parts), dev).scores())}`);
  };
}

function main(): void {
  const cfg = parseTrainArgs(process.argv.slice(2));
  const { parts, unpruned } = trainSyntax(cfg);
  if (cfg.saveUnpruned) writeFileSync(cfg.saveUnpruned, gzipSync(encodeSyntaxModel(unpruned), { level: 9 }));
  const bytes = encodeSyntaxModel(parts);
  const gz = gzipSync(bytes, { level: 9 });
  const out = resolve(cfg.out);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, gz);
  writeFileSync(out.replace(/\.bin\.gz$/, '') + '.json', JSON.stringify(parts.info, null, 2) + '\n');
  log(`wrote ${out}: ${(gz.length / 1e6).toFixed(2)} MB (${(bytes.length / 1e6).toFixed(2)} MB uncompressed)`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  // Bad input (a missing treebank or PolNeAR folder, an unknown option) is one line, not a stack trace.
  try {
    main();
  } catch (e) {
    process.stderr.write(`train:syntax: ${isEntenteError(e) ? e.oneLine() : e instanceof Error ? e.message.split('\n')[0] : String(e)}\n`);
    process.exitCode = 1;
  }
}
