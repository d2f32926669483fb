/**
 * The engine: the default pipeline assembled in Node, with its resources, behind two calls —
 * `analyzeArticle(article)` for an article already read, `analyze(input)` to read one (file, URL,
 * `-`) and analyse it. The CLI, the library API, the corpus workers and the evaluation adapters all
 * go through it.
 */
import type { Article } from '../core/article/article.js';
import type { Analysis } from '../core/analysis/contract.js';
import { toAnalysis } from '../core/analysis/to-analysis.js';
import { createAnalysisValidator } from '../core/analysis/validate.js';
import { EntenteError } from '../core/errors/errors.js';
import { languageName } from '../core/lang/detect-language.js';
import type { Component } from '../core/pipeline/component.js';
import { Pipeline } from '../core/pipeline/pipeline.js';
import { readArticle, type ReadOptions } from '../ingest/read-article.js';
import { VERSION } from '../package-info.js';
import { DEFAULT_COMPONENTS, defaultComponents, type ComponentEntry } from './components.js';
import { sharedResources, type EngineResources } from './resources.js';

/** Options of {@link createEngine}. */
export interface EngineOptions {
  /** Resources to load from (default: the process-wide shared set over the package's `data/`). */
  resources?: EngineResources;
  /** Components to run instead of the defaults: factories, ready components, or both. */
  components?: readonly (ComponentEntry | Component)[];
  /** Run the pipeline only up to and including this component. */
  upTo?: string;
  /** Languages the pipeline reads (ISO 639-1, default `['en']`); others are refused with E104. */
  languages?: readonly string[];
  /** Check every analysis against the JSON Schema (E302 on a mismatch). Default false. */
  validate?: boolean;
  /** Model versions to record in `generator.models`. */
  models?: Record<string, string>;
}

/** An assembled pipeline ready to analyse articles. */
export interface Engine {
  readonly pipeline: Pipeline;
  readonly resources: EngineResources;
  /** Analyses an article already read. Throws E104 for a language the pipeline does not read. */
  analyzeArticle(article: Article): Analysis;
  /** Reads `input` (file, `http(s)` URL, or `-`) and analyses it. */
  analyze(input: string, readOptions?: ReadOptions): Promise<Analysis>;
}

/** Builds an engine: loads the resources its components need (once per resources set) and checks the pipeline. */
export async function createEngine(options: EngineOptions = {}): Promise<Engine> {
  const resources = options.resources ?? sharedResources();
  const entries = options.components ?? DEFAULT_COMPONENTS;
  const components: Component[] = [];
  for (const e of entries) {
    if ('run' in e) components.push(e);
    else components.push(...(await defaultComponents(resources, [e])));
  }
  let pipeline = new Pipeline(components);
  if (options.upTo) pipeline = pipeline.upTo(options.upTo);
  const languages = options.languages ?? ['en'];
  const generator = { version: VERSION, ...(options.models ? { models: options.models } : {}) };
  const validate = options.validate ? createAnalysisValidator() : null;

  function analyzeArticle(article: Article): Analysis {
    const lang = article.meta.language;
    if (lang && !languages.includes(lang)) {
      const wanted = languages.map(languageName).join(' or ');
      throw new EntenteError('E104', `the text is in ${languageName(lang)} (${lang}); Entente reads ${wanted} news only`, {
        input: article.meta.source === '-' ? 'standard input' : article.meta.source ?? undefined,
      });
    }
    const analysis = toAnalysis(pipeline.run(article), generator);
    return validate ? validate(analysis, article.meta.source ?? undefined) : analysis;
  }

  return {
    pipeline,
    resources,
    analyzeArticle,
    async analyze(input: string, readOptions: ReadOptions = {}): Promise<Analysis> {
      return analyzeArticle(await readArticle(input, readOptions));
    },
  };
}
