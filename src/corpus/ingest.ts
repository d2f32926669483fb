/**
 * The ingest loop: sources → articles → analyses → store. Reading and storing happen in this thread,
 * analyses in the analyzer (worker threads by default), with a few articles in flight per worker.
 *
 * Idempotent and resumable: an article whose content id is already stored is skipped before it is
 * analysed, and each article is committed with all its rows in one transaction, so a run killed at
 * any point and started again ends with every article stored exactly once. A bad input is recorded
 * in the store's errors (with its reason) and the run goes on.
 */
import { contentId } from '../core/analysis/content-id.js';
import type { Analysis } from '../core/analysis/contract.js';
import type { Article } from '../core/article/article.js';
import { isEntenteError } from '../core/errors/errors.js';
import type { PutOptions, PutResult, Store } from '../store/store.js';
import type { Analyzer } from './analyzer.js';
import { lshKeys, minhash, type MinHashOptions } from './minhash.js';

/** One input to ingest: a name for messages and a way to read it. */
export interface SourceRecord {
  /** The file path, URL or `file.jsonl#12` the article comes from. */
  input: string;
  /** Reads (or fetches) the article; throws an EntenteError for bad input. */
  read(): Promise<Article>;
}

/** Counts so far, reported after every input. */
export interface IngestProgress {
  /** Inputs finished (stored, skipped or failed). */
  done: number;
  stored: number;
  /** Already in the store (or a duplicate of an article earlier in this run). */
  skipped: number;
  failed: number;
  /** Number of inputs, when known in advance. */
  total: number | null;
  elapsedMs: number;
  /** The input just finished, and what happened to it. */
  last: { input: string; outcome: 'stored' | 'skipped' | 'failed'; reason?: string };
}

export interface IngestSummary {
  stored: number;
  skipped: number;
  failed: number;
  elapsedMs: number;
}

export interface IngestOptions {
  store: Store;
  analyzer: Analyzer;
  sources: AsyncIterable<SourceRecord> | Iterable<SourceRecord>;
  /** Number of inputs, if known (for the ETA). */
  total?: number;
  onProgress?: (p: IngestProgress) => void;
  minhash?: MinHashOptions;
  /** Articles committed together (default 16): fewer commits; a kill loses at most one batch, which the next run redoes. */
  batchSize?: number;
  /** Longest wait before a partial batch is committed, in ms (default 250). */
  batchDelayMs?: number;
  /** Stops taking new inputs; those in flight finish. */
  signal?: AbortSignal;
  /** Clock, for tests. */
  now?: () => number;
}

interface Pending {
  item: { article: Article; analysis: Analysis; options: PutOptions };
  resolve: (r: PutResult) => void;
  reject: (e: unknown) => void;
}

function describe(e: unknown): { code: string; reason: string } {
  if (isEntenteError(e)) return { code: e.code, reason: e.message };
  return { code: 'E301', reason: e instanceof Error ? e.message : String(e) };
}

/** Ingests every source into the store and returns the counts. */
export async function ingest(options: IngestOptions): Promise<IngestSummary> {
  const { store, analyzer } = options;
  const now = options.now ?? (() => performance.now());
  const started = now();
  const counts = { done: 0, stored: 0, skipped: 0, failed: 0 };
  const inFlight = new Set<string>();
  // Inputs that failed in an earlier run: their error row is cleared once they are stored.
  const failedBefore = new Set((await store.errors()).map((e) => e.input));

  const report = (input: string, outcome: 'stored' | 'skipped' | 'failed', reason?: string) => {
    counts.done++;
    counts[outcome]++;
    options.onProgress?.({ ...counts, total: options.total ?? null, elapsedMs: now() - started, last: { input, outcome, reason } });
  };

  // Analysed articles wait here to be committed together.
  const batchSize = Math.max(1, options.batchSize ?? 16);
  const batch: Pending[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  const running = new Set<Promise<void>>();

  async function flush(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = null;
    const items = batch.splice(0);
    if (items.length === 0) return;
    let results: PutResult[] | null = null;
    try {
      results = await store.putAnalyses(items.map((p) => p.item));
    } catch {
      results = null; // one bad article spoils the batch: store them one by one to find it
    }
    for (let i = 0; i < items.length; i++) {
      try {
        items[i].resolve(results ? results[i] : await store.putAnalysis(items[i].item.article, items[i].item.analysis, items[i].item.options));
      } catch (e) {
        items[i].reject(e);
      }
    }
  }

  function enqueue(item: Pending['item']): Promise<PutResult> {
    return new Promise<PutResult>((resolve, reject) => {
      batch.push({ item, resolve, reject });
      // Commit when the batch is full, or when every article in flight is waiting for it.
      if (batch.length >= batchSize || batch.length >= running.size) void flush();
      else timer ??= setTimeout(() => void flush(), options.batchDelayMs ?? 250);
    });
  }

  async function handle(record: SourceRecord): Promise<void> {
    let id: string | null = null;
    try {
      const article = await record.read();
      id = contentId(article.text);
      if (inFlight.has(id) || (await store.has(id))) {
        id = null;
        return report(record.input, 'skipped');
      }
      inFlight.add(id);
      const analysis = await analyzer.analyze(article);
      const signature = minhash(analysis.text, options.minhash);
      const result = await enqueue({ article, analysis, options: { input: record.input, signature, lshKeys: lshKeys(signature, options.minhash) } });
      if (failedBefore.has(record.input)) await store.clearError(record.input);
      report(record.input, result.status === 'stored' ? 'stored' : 'skipped');
    } catch (e) {
      const { code, reason } = describe(e);
      await store.recordError(record.input, code, reason);
      report(record.input, 'failed', `${reason} [${code}]`);
    } finally {
      if (id) inFlight.delete(id);
    }
  }

  // Enough articles in flight to keep every worker busy and fill a batch while this thread reads and stores.
  const limit = analyzer.parallelism * 2 + batchSize;
  for await (const record of options.sources as AsyncIterable<SourceRecord>) {
    if (options.signal?.aborted) break;
    const p: Promise<void> = handle(record).finally(() => {
      running.delete(p);
      // One fewer in flight: the rest may all be waiting for the batch now.
      if (batch.length > 0 && batch.length >= running.size) void flush();
    });
    running.add(p);
    if (running.size >= limit) await Promise.race(running);
  }
  await Promise.all(running);
  await flush();
  return { stored: counts.stored, skipped: counts.skipped, failed: counts.failed, elapsedMs: now() - started };
}
