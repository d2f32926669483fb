/**
 * Jackknifed tagging: the training sentences are cut into K contiguous folds (whole documents
 * stay mostly together); each fold is tagged by a tagger trained on the other folds. The parser
 * trains on these tags, so it sees the kind of tagging errors it will meet at run time. The second
 * tagger pass is trained on jackknifed first-pass tags for the same reason.
 */
import { buildLinearModel } from '../core/syntax/linear-model.js';
import { tagSentence, taggerScratch, type TaggerModel } from '../core/syntax/tagger.js';
import type { WordTable } from '../core/syntax/word-table.js';
import { ModelAverage, type ExportableModel } from './model-average.js';
import { createRng } from './rng.js';
import { buildTagDictionary, trainTaggerPass } from './train-tagger.js';
import { trainStructuredTagger } from './train-tagger-structured.js';
import type { TagInventory, TrainSentence } from './train-sentence.js';

export interface TaggerTraining {
  epochs: number;
  /** Beam width of a structured tagger; 0 trains the greedy tagger (with `pass2`). */
  beam: number;
  pass2: boolean;
  folds: number;
  seed: number;
  /**
   * Whether the parser's training tags (the second pass's jackknifed tags) are wanted; false when
   * the parser is kept from another model, and the jackknifed tags returned are the first pass's.
   * The final tagger is the same either way.
   */
  parserTags?: boolean;
  /**
   * Greedy tagger only: how many final taggers (each pass) are trained in different sentence
   * orders and averaged weight by weight (`model-average.ts`); 1 (the default) trains one.
   */
  average?: number;
}

/** A trained tagger (both passes) with its dictionary. */
export interface TaggerBundle {
  pass1: ExportableModel;
  pass2: ExportableModel | null;
  dictionary: Map<number, number>;
  /** Beam width when `pass1` is a structured tagger. */
  beam?: number;
}

/** A run-time tagger from trained perceptrons (averaged, unpruned). */
export function runtimeTagger(b: TaggerBundle, tags: TagInventory, lexicon: ReadonlyMap<number, number>, semantics: ReadonlyMap<number, number> = new Map(), clusters: ReadonlyMap<number, number> = new Map()): TaggerModel {
  return {
    lexicon,
    semantics,
    clusters,
    classes: tags.names,
    classUpos: Uint8Array.from(tags.upos),
    pass1: buildLinearModel(b.pass1.export()),
    pass2: b.pass2 ? buildLinearModel(b.pass2.export()) : null,
    dictionary: b.dictionary,
    beamWidth: b.beam,
  };
}

/** Tags each sentence with `model` (first pass only when `pass1Only`). */
export function tagAll(model: TaggerModel, table: WordTable, sentences: readonly TrainSentence[], pass1Only = false): Uint8Array[] {
  const m = pass1Only ? { ...model, pass2: null } : model;
  const scratch = taggerScratch(model);
  return sentences.map((s) => {
    const tags = new Uint8Array(s.n);
    tagSentence(m, table, s.words, 0, s.n, tags, scratch);
    return tags;
  });
}

/** Contiguous fold boundaries: fold k is sentences `[b[k], b[k+1])`. */
export function foldBounds(n: number, k: number): number[] {
  return Array.from({ length: k + 1 }, (_, i) => Math.round((i * n) / k));
}

/**
 * Trains the final tagger on all sentences and returns, for every sentence, the tags a tagger
 * trained without its fold predicts.
 */
export function trainTaggerJackknifed(
  sentences: readonly TrainSentence[],
  table: WordTable,
  tags: TagInventory,
  lexicon: ReadonlyMap<number, number>,
  opts: TaggerTraining,
  log: (s: string) => void,
): { final: TaggerBundle; jackknifed: Uint8Array[] } {
  if (opts.beam > 0) return trainStructuredJackknifed(sentences, table, tags, lexicon, opts, log);
  const K = opts.folds;
  const bounds = foldBounds(sentences.length, K);
  const nc = tags.size;
  const pass1Tags: Uint8Array[] = new Array(sentences.length);
  const finalTags: Uint8Array[] = new Array(sentences.length);
  const foldModels: TaggerBundle[] = [];
  for (let k = 0; k < K; k++) {
    const t0 = Date.now();
    const rest = [...sentences.slice(0, bounds[k]), ...sentences.slice(bounds[k + 1])];
    const held = sentences.slice(bounds[k], bounds[k + 1]);
    const dictionary = buildTagDictionary(rest, table);
    const pass1 = trainTaggerPass(rest, table, nc, dictionary, { epochs: opts.epochs, pass2: false }, createRng(opts.seed + k));
    const bundle: TaggerBundle = { pass1, pass2: null, dictionary };
    foldModels.push(bundle);
    tagAll(runtimeTagger(bundle, tags, lexicon), table, held).forEach((t, i) => (pass1Tags[bounds[k] + i] = t));
    log(`  jackknife pass 1 fold ${k + 1}/${K}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  if (opts.pass2 && opts.parserTags !== false) {
    for (let k = 0; k < K; k++) {
      const t0 = Date.now();
      const idx = [...range(0, bounds[k]), ...range(bounds[k + 1], sentences.length)];
      const rest = idx.map((i) => sentences[i]);
      const b = foldModels[k];
      b.pass2 = trainTaggerPass(rest, table, nc, b.dictionary, { epochs: opts.epochs, pass2: true }, createRng(opts.seed + 100 + k), idx.map((i) => pass1Tags[i]));
      const held = sentences.slice(bounds[k], bounds[k + 1]);
      tagAll(runtimeTagger(b, tags, lexicon), table, held).forEach((t, i) => (finalTags[bounds[k] + i] = t));
      log(`  jackknife pass 2 fold ${k + 1}/${K}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    }
  } else {
    pass1Tags.forEach((t, i) => (finalTags[i] = t));
  }
  const dictionary = buildTagDictionary(sentences, table);
  // run j of an average shuffles with its own seeds; run 0 is the single tagger's
  const runs = range(0, Math.max(1, opts.average ?? 1));
  const averaged = (models: ExportableModel[]): ExportableModel => (models.length === 1 ? models[0] : new ModelAverage(models));
  const pass1 = averaged(runs.map((j) => trainTaggerPass(sentences, table, nc, dictionary, { epochs: opts.epochs, pass2: false }, createRng(opts.seed + 1000 + 10 * j))));
  const pass2 = opts.pass2
    ? averaged(runs.map((j) => trainTaggerPass(sentences, table, nc, dictionary, { epochs: opts.epochs, pass2: true }, createRng(opts.seed + 1001 + 10 * j), pass1Tags)))
    : null;
  return { final: { pass1, pass2, dictionary }, jackknifed: finalTags };
}

/**
 * {@link trainTaggerJackknifed} for the structured tagger: one model per fold, one on everything.
 * With `pass2`, a greedy second pass is trained on the jackknifed structured tags (its right
 * context), per fold for the parser's tags and once on everything for the model.
 */
function trainStructuredJackknifed(
  sentences: readonly TrainSentence[],
  table: WordTable,
  tags: TagInventory,
  lexicon: ReadonlyMap<number, number>,
  opts: TaggerTraining,
  log: (s: string) => void,
): { final: TaggerBundle; jackknifed: Uint8Array[] } {
  const K = opts.folds;
  const bounds = foldBounds(sentences.length, K);
  const structured: Uint8Array[] = new Array(sentences.length);
  const train = (set: readonly TrainSentence[], seed: number): TaggerBundle => {
    const dictionary = buildTagDictionary(set, table);
    const pass1 = trainStructuredTagger(set, table, tags.size, dictionary, { epochs: opts.epochs, beam: opts.beam }, createRng(seed));
    return { pass1, pass2: null, dictionary, beam: opts.beam };
  };
  const foldModels: TaggerBundle[] = [];
  for (let k = 0; k < K; k++) {
    const t0 = Date.now();
    const rest = [...sentences.slice(0, bounds[k]), ...sentences.slice(bounds[k + 1])];
    const held = sentences.slice(bounds[k], bounds[k + 1]);
    const bundle = train(rest, opts.seed + k);
    foldModels.push(bundle);
    tagAll(runtimeTagger(bundle, tags, lexicon), table, held).forEach((t, i) => (structured[bounds[k] + i] = t));
    log(`  jackknife structured tagger fold ${k + 1}/${K}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  const final = train(sentences, opts.seed + 1000);
  if (!opts.pass2) return { final, jackknifed: structured };
  const jackknifed: Uint8Array[] = new Array(sentences.length);
  for (let k = 0; k < K; k++) {
    const t0 = Date.now();
    const idx = [...range(0, bounds[k]), ...range(bounds[k + 1], sentences.length)];
    const b = foldModels[k];
    b.pass2 = trainTaggerPass(idx.map((i) => sentences[i]), table, tags.size, b.dictionary, { epochs: opts.epochs, pass2: true }, createRng(opts.seed + 100 + k), idx.map((i) => structured[i]));
    tagAll(runtimeTagger(b, tags, lexicon), table, sentences.slice(bounds[k], bounds[k + 1])).forEach((t, i) => (jackknifed[bounds[k] + i] = t));
    log(`  jackknife second pass fold ${k + 1}/${K}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  final.pass2 = trainTaggerPass(sentences, table, tags.size, final.dictionary, { epochs: opts.epochs, pass2: true }, createRng(opts.seed + 1001), structured);
  return { final, jackknifed };
}

function range(a: number, b: number): number[] {
  return Array.from({ length: Math.max(0, b - a) }, (_, i) => a + i);
}
