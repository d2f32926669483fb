/**
 * The SQLite implementation of {@link Store} (better-sqlite3, WAL). One process writes; readers may
 * open the same file at the same time. Opening migrates the schema forward (E401 for a newer one).
 */
import Database from 'better-sqlite3';
import type { Analysis } from '../../core/analysis/contract.js';
import type { Article } from '../../core/article/article.js';
import { EntenteError, type ErrorCode } from '../../core/errors/errors.js';
import type { EventFilter, PutOptions, Store, StoredError, StoreStats, TimeBucket } from '../store.js';
import { canonicalDump } from './dump.js';
import { currentVersion, LATEST_VERSION, migrate } from './migrations.js';
import { actorProfile, readArticle, readArticles, readQuotes, readStories, readStory, search } from './read-corpus.js';
import { iterateEvents, readEvents } from './read-events.js';
import { actorNetwork, asymmetry, dyadTimeline, overview } from './read-relations.js';
import { createActorResolver } from './resolve-actor.js';
import { unpackAnalysis } from './values.js';
import { createArticleWriter, type StoryOptions } from './write-article.js';

export interface SqliteStoreOptions extends StoryOptions {
  /** Open without writing (queries only); the schema must already be current. */
  readonly?: boolean;
  /** Page cache size in MiB (default 32). */
  cacheMiB?: number;
}

/** Opens (creating and migrating if needed) the SQLite store at `path` (`:memory:` for a throwaway one). */
export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): Store {
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  } catch (e) {
    throw new EntenteError('E400', `cannot open the store: ${(e as Error).message}`, { input: path, cause: e });
  }
  try {
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      // NORMAL in WAL mode: a committed article survives a killed process; only a power cut may lose the last commits.
      db.pragma('synchronous = NORMAL');
    }
    db.pragma('busy_timeout = 5000');
    db.pragma(`cache_size = -${(options.cacheMiB ?? 32) * 1024}`);
    if (options.readonly) {
      const v = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'schema_version'").get();
      if (!v) throw new EntenteError('E400', 'the file is not an Entente store (no schema_version table)', { input: path });
      // Read-only, an old store cannot be migrated, and the queries read columns it lacks (based_in since version 3).
      const have = currentVersion(db);
      if (have > LATEST_VERSION) {
        throw new EntenteError('E401', `the store's schema is version ${have}, newer than the ${LATEST_VERSION} this version of Entente knows: upgrade Entente`, { input: path });
      }
      if (have < LATEST_VERSION) {
        throw new EntenteError('E400', `the store's schema is version ${have}, older than ${LATEST_VERSION}: open it once for writing (any query or ingest) to migrate it`, { input: path });
      }
    } else migrate(db, path);
  } catch (e) {
    db.close();
    if (e instanceof EntenteError) throw e;
    throw new EntenteError('E400', `cannot open the store: ${(e as Error).message}`, { input: path, cause: e });
  }
  return createSqliteStore(db, options);
}

function createSqliteStore(db: Database.Database, options: SqliteStoreOptions): Store {
  const actors = createActorResolver(db);
  let writer: ReturnType<typeof createArticleWriter> | null = null;
  const s = {
    has: db.prepare('SELECT 1 FROM articles WHERE id = @id OR content_hash = @id').pluck(),
    error: db.prepare(
      `INSERT INTO errors (input, code, reason) VALUES (?, ?, ?)
       ON CONFLICT (input) DO UPDATE SET code = excluded.code, reason = excluded.reason, attempts = attempts + 1`,
    ),
    clearError: db.prepare('DELETE FROM errors WHERE input = ?'),
    analysis: db.prepare('SELECT analysis, text FROM articles WHERE id = ?'),
  };
  const count = (t: string) => db.prepare(`SELECT COUNT(*) FROM ${t}`).pluck().get() as number;
  const stats = (): StoreStats => ({
    articles: count('articles'),
    stories: count('stories'),
    sources: count('sources'),
    actors: count('actors'),
    events: count('events'),
    eventMentions: count('event_mentions'),
    quotes: count('quotes'),
    errors: count('errors'),
  });
  // Errors from the database itself become E402 (bad query) with the engine's reason.
  const guard = <T>(f: () => T): Promise<T> => {
    try {
      return Promise.resolve(f());
    } catch (e) {
      if (e instanceof EntenteError) return Promise.reject(e);
      return Promise.reject(new EntenteError('E402', `store query failed: ${(e as Error).message}`, { cause: e }));
    }
  };

  return {
    kind: 'sqlite',
    schemaVersion: () => guard(() => db.prepare('SELECT MAX(version) FROM schema_version').pluck().get() as number),
    has: (id) => guard(() => s.has.get({ id }) !== undefined),
    putAnalysis: (article: Article, analysis: Analysis, putOptions?: PutOptions) =>
      guard(() => {
        writer ??= createArticleWriter(db, options);
        return writer(article, analysis, putOptions);
      }),
    putAnalyses: (items) =>
      guard(() => {
        const w = (writer ??= createArticleWriter(db, options));
        return db.transaction(() => items.map((i) => w(i.article, i.analysis, i.options)))();
      }),
    recordError: (input, code: ErrorCode | string, reason) => guard(() => void s.error.run(input, code, reason)),
    clearError: (input) => guard(() => void s.clearError.run(input)),
    errors: () =>
      guard(() => db.prepare('SELECT input, code, reason, attempts FROM errors ORDER BY input').all() as StoredError[]),
    stats: () => guard(stats),
    overview: (o) => guard(() => ({ stats: stats(), ...overview(db, o?.limit) })),
    article: (id) => guard(() => readArticle(db, id)),
    articles: (o) => guard(() => readArticles(db, o)),
    analysis: (id) =>
      guard(() => {
        const r = s.analysis.get(id) as { analysis: Buffer; text: string } | undefined;
        return r ? unpackAnalysis(r.analysis, r.text) : null;
      }),
    story: (id) => guard(() => readStory(db, id)),
    stories: (o) => guard(() => readStories(db, o)),
    resolveActor: (q) => guard(() => actors.all(q)),
    events: (filter: EventFilter = {}) => guard(() => readEvents(db, filter, actors)),
    eachEvent: (filter: EventFilter = {}) => {
      const it = iterateEvents(db, filter, actors);
      return (async function* () {
        yield* it;
      })();
    },
    dyadTimeline: (a, b, o: { by?: TimeBucket; from?: string; to?: string } = {}) => guard(() => dyadTimeline(db, actors, a, b, o)),
    actorNetwork: (o) => guard(() => actorNetwork(db, o)),
    asymmetry: (a, b, o) => guard(() => asymmetry(db, actors, a, b, o)),
    actorProfile: (x) => guard(() => actorProfile(db, actors, x)),
    quotes: (o) => guard(() => readQuotes(db, actors, o)),
    search: (text, o) => guard(() => search(db, text, o)),
    canonicalDump: () => guard(() => canonicalDump(db)),
    close: () =>
      guard(() => {
        if (db.open) db.close();
      }),
  };
}
