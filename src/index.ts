/**
 * Entente's library API for Node. The CLI is a thin layer over these functions.
 *
 * ```ts
 * import { analyze, readArticle, createEngine } from 'entente';
 * const analysis = await analyze('article.html');            // file, http(s) URL, or '-'
 * const fromText = await analyze({ text: 'Envoys met in Geneva on Monday...' });
 * const engine = await createEngine();                          // reuse for many articles
 * for (const f of files) write(engine.analyzeArticle(await readArticle(f)));
 * ```
 */
import type { Analysis } from './core/analysis/contract.js';
import type { ArticleMeta } from './core/article/article.js';
import { readText } from './core/article/read-text.js';
import { createEngine, type EngineOptions } from './engine/engine.js';
import type { ReadOptions } from './ingest/read-article.js';
import { readHtml } from './ingest/read-html.js';

export { createEngine, type Engine, type EngineOptions } from './engine/engine.js';
export { createResources, sharedResources, type EngineResources } from './engine/resources.js';
export { DEFAULT_COMPONENTS, defaultComponents, type ComponentEntry } from './engine/components.js';
export { readArticle, listInputs, isUrl, READ_DEFAULTS, ARTICLE_EXTENSIONS, type ReadOptions } from './ingest/read-article.js';
export { readHtml, type ReadHtmlOptions } from './ingest/read-html.js';
export { readText, type ReadTextOptions } from './core/article/read-text.js';
export { DEFAULT_READER_LEXICON, type ReaderLexicon, type NewsAgency } from './core/article/reader-lexicon.js';
export { detectLanguage, languageName, type LanguageGuess } from './core/lang/detect-language.js';
export { ANALYSIS_SCHEMA } from './core/analysis/schema.js';
export { validateAnalysis, createAnalysisValidator, type AnalysisValidator } from './core/analysis/validate.js';
export { SCHEMA_VERSION } from './core/analysis/contract.js';
export type {
  Analysis, AnalysisActor, AnalysisPlace, AnalysisDate, AnalysisQuote, AnalysisEvent, ActorType, MentionRef,
  QuoteSpeaker, EventActorRef, QuadClass,
} from './core/analysis/contract.js';
export type { Article, ArticleMeta, Block, SourceKind } from './core/article/article.js';
export { OffsetMap } from './core/article/offset-map.js';
export { EntenteError, isEntenteError, ERROR_CATALOGUE, type ErrorCode } from './core/errors/errors.js';
export { VERSION } from './package-info.js';
// The corpus: store, ingest, exports.
export type * from './store/store.js';
export { openSqliteStore, type SqliteStoreOptions } from './store/sqlite/sqlite-store.js';
export { ingest, type SourceRecord, type IngestOptions, type IngestProgress, type IngestSummary } from './corpus/ingest.js';
export { sourceRecords, type Readers } from './corpus/sources.js';
export { defaultReaders } from './corpus/default-readers.js';
export { createWorkerPool, type WorkerPoolOptions } from './corpus/worker-pool.js';
export { inlineAnalyzer, type Analyzer, type AnalyzeFn } from './corpus/analyzer.js';
export { exportCorpus, EXPORT_FORMATS, type ExportFormat } from './corpus/export/export.js';

/** Text or HTML given directly instead of a path or URL. */
export type InlineInput =
  | { readonly text: string; readonly name?: string; readonly meta?: Partial<ArticleMeta> }
  | { readonly html: string; readonly name?: string; readonly pageUrl?: string };

/** Options of {@link analyze}: how to read the input and how to build the engine. */
export type AnalyzeOptions = ReadOptions & EngineOptions;

/**
 * Reads and analyses one article: a file path, an `http(s)` URL, `-` (standard input), or inline
 * text or HTML. The engine's resources are loaded once per process and shared by later calls.
 */
export async function analyze(input: string | InlineInput, options: AnalyzeOptions = {}): Promise<Analysis> {
  const engine = await createEngine(options);
  if (typeof input === 'string') return engine.analyze(input, options);
  if ('html' in input) return engine.analyzeArticle(readHtml(input.html, { name: input.name, pageUrl: input.pageUrl, lexicon: options.lexicon }));
  return engine.analyzeArticle(readText(input.text, { name: input.name, meta: input.meta, lexicon: options.lexicon }));
}
