/**
 * The default analyzer module: the engine (`src/engine/engine.ts`) with its default pipeline. Each
 * worker thread loads it once through `createAnalyzer`; `--workers 0` uses it in the main thread.
 */
import { createEngine, type EngineOptions } from '../engine/engine.js';
import type { AnalyzeFn } from './analyzer.js';

/** Options that cross into a worker (plain data only). */
export type EngineAnalyzerOptions = Pick<EngineOptions, 'languages' | 'validate' | 'upTo'>;

/** Creates the engine and returns its article analysis. */
export async function createAnalyzer(options: EngineAnalyzerOptions = {}): Promise<AnalyzeFn> {
  const engine = await createEngine(options);
  return (article) => engine.analyzeArticle(article);
}
