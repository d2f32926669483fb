/**
 * The pipeline the PolNeAR evaluation and the attribution trainer run: tokenizer, tagger, parser,
 * lemmatizer, and (for evaluation) the quote finder in `all` mode, with the trained attribution
 * model or the rules. No actor layer: PolNeAR scores the source words, not the resolved speaker.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { EntenteError } from '../../core/errors/errors.js';
import type { Component } from '../../core/pipeline/component.js';
import { Pipeline } from '../../core/pipeline/pipeline.js';
import type { AttributionModel } from '../../core/quotes/model/attribution-model.js';
import { createModelFinder } from '../../core/quotes/model/model-finder.js';
import { createQuoteFinder } from '../../core/quotes/quote-component.js';
import { createSyntaxComponents } from '../../core/syntax/components.js';
import { decodeSyntaxModel } from '../../core/syntax/model-format.js';
import { createLemmatizer } from '../../core/text/lemmatizer.js';
import { loadWinkMorphology } from '../../core/text/morphology.js';
import { createTokenizer } from '../../core/text/tokenizer-component.js';
import { loadCueLexicon } from '../../engine/load-quote-resources.js';
import { dataPath } from '../../package-info.js';

/** Options of {@link parsePipeline} and {@link polnearPipeline}. */
export interface PolnearPipelineOptions {
  /** The syntax model file (default `data/models/syntax-en.bin.gz`). */
  readonly syntaxModel?: string;
  /** The data folder (cue lexicon). */
  readonly dataDir?: string;
}

/** Tokenizer, tagger, parser and lemmatizer. Throws E200 when the syntax model is missing. */
export async function parseComponents(options: PolnearPipelineOptions = {}): Promise<Component[]> {
  const path = options.syntaxModel ?? dataPath('models', 'syntax-en.bin.gz');
  if (!existsSync(path)) throw new EntenteError('E200', 'the syntax model is missing; train it with npm run train:syntax or pass --syntax-model', { input: path });
  const syntax = createSyntaxComponents(decodeSyntaxModel(gunzipSync(readFileSync(path)), path));
  return [createTokenizer(), syntax.tagger, syntax.parser, createLemmatizer(await loadWinkMorphology())];
}

/** The parsing pipeline followed by the quote finder in `all` mode (model when given, else rules). */
export async function polnearPipeline(model: AttributionModel | null, options: PolnearPipelineOptions = {}): Promise<Pipeline> {
  const lexicon = loadCueLexicon(options.dataDir);
  const finder = model ? createModelFinder(model, lexicon, { univocal: true }) : undefined;
  return new Pipeline([...(await parseComponents(options)), createQuoteFinder({ lexicon, finder, mode: 'all' })]);
}
