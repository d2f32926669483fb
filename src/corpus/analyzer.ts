/**
 * Analyzers: what turns an {@link Article} into an {@link Analysis} during an ingest. The default runs
 * the engine in worker threads (`worker-pool.ts`); an inline analyzer runs a function in the calling
 * thread (for `--workers 0` and tests). A module that a worker can load exports
 * `createAnalyzer(options): Promise<AnalyzeFn>` (see {@link AnalyzerModule}).
 */
import type { Analysis } from '../core/analysis/contract.js';
import type { Article, ArticleMeta, Block, SourceKind } from '../core/article/article.js';
import { OffsetMap, type OffsetRun } from '../core/article/offset-map.js';

/** Analyses one article. */
export type AnalyzeFn = (article: Article) => Analysis | Promise<Analysis>;

/** What a module loaded by a worker exports. */
export interface AnalyzerModule {
  createAnalyzer(options?: unknown): Promise<AnalyzeFn>;
}

/** Analyses articles, possibly several at once. */
export interface Analyzer {
  /** How many articles it works on at the same time (the ingest keeps that many in flight, and a few more). */
  readonly parallelism: number;
  analyze(article: Article): Promise<Analysis>;
  close(): Promise<void>;
}

/** An analyzer that calls `fn` in this thread. */
export function inlineAnalyzer(fn: AnalyzeFn): Analyzer {
  return {
    parallelism: 1,
    analyze: async (article) => fn(article),
    close: async () => {},
  };
}

/** An article in a form that crosses a thread boundary (the offset map is a class, so it travels as runs). */
export interface PortableArticle {
  text: string;
  meta: ArticleMeta;
  blocks: Block[];
  sourceKind: SourceKind;
  runs: OffsetRun[];
}

export function toPortable(a: Article): PortableArticle {
  return { text: a.text, meta: a.meta, blocks: [...a.blocks], sourceKind: a.sourceKind, runs: a.offsets.runs() };
}

export function fromPortable(p: PortableArticle): Article {
  return { text: p.text, meta: p.meta, blocks: p.blocks, sourceKind: p.sourceKind, offsets: new OffsetMap(p.runs) };
}
