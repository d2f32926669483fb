/**
 * An {@link Analyzer} that runs analyses in worker threads (default: one per core). Each worker loads
 * an analyzer module once (the engine, by default) and analyses one article at a time. A worker that
 * dies takes only its current article with it: that article fails, and a new worker replaces it.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Analysis } from '../core/analysis/contract.js';
import type { Article } from '../core/article/article.js';
import { EntenteError, type ErrorCode } from '../core/errors/errors.js';
import { toPortable, type Analyzer } from './analyzer.js';

export interface WorkerPoolOptions {
  /** Number of worker threads (default: one per core). */
  size?: number;
  /** URL of the module each worker loads; it exports `createAnalyzer(options)` (default: the engine). */
  analyzerModule?: string;
  /** Passed to `createAnalyzer` (must be structured-cloneable). */
  analyzerOptions?: unknown;
  /** Node options for the workers (tests running from TypeScript sources pass a loader here). */
  execArgv?: string[];
  /** Memory limit of each worker's heap, in MiB. */
  maxHeapMiB?: number;
}

/** A failure reported by a worker, rebuilt as an error in this thread. */
interface WireError {
  name: string;
  code?: string;
  message: string;
}

type Reply = { id: number; ok: true; analysis: Analysis } | { id: number; ok: false; error: WireError };

interface Task {
  id: number;
  article: Article;
  resolve: (a: Analysis) => void;
  reject: (e: unknown) => void;
}

interface Slot {
  worker: Worker;
  task: Task | null;
}

/** Where the worker entry is: next to this module, as `.ts` when running from sources. */
function workerEntry(): URL {
  const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  return new URL(`./analyze-worker${ext}`, import.meta.url);
}

function defaultAnalyzerModule(): string {
  const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  return new URL(`./engine-analyzer${ext}`, import.meta.url).href;
}

function toError(e: WireError): Error {
  if (e.name === 'EntenteError' && e.code) return new EntenteError(e.code as ErrorCode, e.message);
  return new EntenteError('E301', `analysis failed: ${e.message}`);
}

/** Starts the workers; `ready()` resolves once every worker has loaded its analyzer. */
export function createWorkerPool(options: WorkerPoolOptions = {}): Analyzer & { ready(): Promise<void> } {
  const size = Math.max(1, options.size ?? availableParallelism());
  const queue: Task[] = [];
  const slots: Slot[] = [];
  let nextId = 1;
  let closed = false;
  let fatal: Error | null = null;
  const readies: Promise<void>[] = [];

  function spawn(): Slot {
    const worker = new Worker(workerEntry(), {
      workerData: { module: options.analyzerModule ?? defaultAnalyzerModule(), options: options.analyzerOptions },
      execArgv: options.execArgv ?? process.execArgv,
      resourceLimits: options.maxHeapMiB ? { maxOldGenerationSizeMb: options.maxHeapMiB } : undefined,
    });
    const slot: Slot = { worker, task: null };
    const ready = new Promise<void>((resolve, reject) => {
        const onInit = (m: { type?: string; error?: WireError }) => {
          if (m.type === 'ready') resolve();
          else if (m.type === 'init-error') {
            fatal = new EntenteError('E200', `the analyzer could not start in a worker: ${m.error!.message}`);
            reject(fatal);
            failAll(fatal);
          } else return;
          worker.off('message', onInit);
        };
        worker.on('message', onInit);
        worker.once('error', (e) => reject(e));
    });
    // Observed here so that a pool nobody awaits does not crash the process with an unhandled rejection.
    ready.catch(() => {});
    readies.push(ready);
    worker.on('message', (m: Reply | { type: string }) => {
      if (!('id' in m) || !slot.task || slot.task.id !== m.id) return;
      const t = slot.task;
      slot.task = null;
      if (m.ok) t.resolve(m.analysis);
      else t.reject(toError(m.error));
      pump();
    });
    worker.on('error', (e) => {
      // An uncaught error or an exhausted heap ends the worker: fail its article and replace it.
      const t = slot.task;
      slot.task = null;
      t?.reject(new EntenteError('E301', `the analysis worker died: ${e.message}`));
    });
    worker.on('exit', () => {
      const i = slots.indexOf(slot);
      if (i >= 0) slots.splice(i, 1);
      const t = slot.task;
      slot.task = null;
      t?.reject(new EntenteError('E301', 'the analysis worker stopped unexpectedly'));
      if (!closed && !fatal) {
        slots.push(spawn());
        pump();
      }
    });
    return slot;
  }

  function failAll(e: Error): void {
    for (const t of queue.splice(0)) t.reject(e);
  }

  function pump(): void {
    for (const slot of slots) {
      if (slot.task || queue.length === 0) continue;
      const t = queue.shift()!;
      slot.task = t;
      slot.worker.postMessage({ id: t.id, article: toPortable(t.article) });
    }
  }

  for (let i = 0; i < size; i++) slots.push(spawn());

  return {
    parallelism: size,
    ready: async () => {
      await Promise.all(readies.slice(0, size));
    },
    analyze(article) {
      if (fatal) return Promise.reject(fatal);
      if (closed) return Promise.reject(new EntenteError('E301', 'the worker pool is closed'));
      return new Promise<Analysis>((resolve, reject) => {
        queue.push({ id: nextId++, article, resolve, reject });
        pump();
      });
    },
    async close() {
      closed = true;
      failAll(new EntenteError('E301', 'the worker pool was closed'));
      await Promise.all(slots.splice(0).map((s) => s.worker.terminate()));
    },
  };
}
