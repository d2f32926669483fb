/**
 * The resources pipeline components need (syntax model, knowledge base, gazetteer, event lexicon),
 * loaded lazily and once. A component factory asks for a resource by key with the function that
 * loads it — `await resources.get('kb', () => loadKnowledgeBase())` — and every later request for the
 * same key gets the same value, so adding a component needs no change here.
 *
 * {@link sharedResources} is the one process-wide memo of the engine layer: loading the models and
 * the knowledge base takes time, and every engine of a process (the CLI's, the library's `analyze`,
 * each worker's) can share them. The core holds no such state.
 */
import { dataPath } from '../package-info.js';

/** Lazily loaded, memoised resources. */
export interface EngineResources {
  /** The folder shipped data is read from (`data/` of the package unless overridden). */
  readonly dataDir: string;
  /** The resource named `key`, loaded with `load` the first time it is asked for. */
  get<T>(key: string, load: () => T | Promise<T>): Promise<T>;
  /** Keys loaded so far (for reports and tests). */
  loaded(): string[];
}

/** A fresh set of resources (nothing loaded yet). */
export function createResources(dataDir: string = dataPath()): EngineResources {
  const memo = new Map<string, Promise<unknown>>();
  return {
    dataDir,
    get<T>(key: string, load: () => T | Promise<T>): Promise<T> {
      let p = memo.get(key) as Promise<T> | undefined;
      if (!p) {
        p = Promise.resolve().then(load);
        // A failed load is not remembered: the next request retries (e.g. after the file is fixed).
        p.catch(() => memo.delete(key));
        memo.set(key, p);
      }
      return p;
    },
    loaded: () => [...memo.keys()],
  };
}

// The process-wide memo (see the module comment).
let shared: EngineResources | undefined;

/** The resources shared by every engine of this process that does not bring its own. */
export function sharedResources(): EngineResources {
  shared ??= createResources();
  return shared;
}
