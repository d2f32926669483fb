/**
 * The SQLite schema as a list of versioned migrations. A store is migrated forward on open; a store
 * whose schema is newer than this code knows is refused (E401) rather than misread.
 *
 * Design notes (why the tables look like this):
 * - Every key is derived from content (article content ids, event ids hashed from their merge key,
 *   story ids = the smallest article id in the story, source names), so the stored data does not
 *   depend on the order articles arrived in: an ingest killed and resumed equals an uninterrupted one.
 * - `articles.seq` is only the integer rowid FTS5 needs, `events.eseq` keeps event rows in arrival
 *   order on disk (rows are large: random-order inserts into a WITHOUT ROWID table split pages);
 *   neither leaves the store.
 * - Events are stored once per story (merged across copies); `event_mentions` links them to every
 *   article that reports them. Dyad timelines read `dyad_rollup` (month, week and day totals kept up to
 *   date on write; day totals since version 2) or, when a dyad mixes a country and an actor, the
 *   covering indexes `events_dyad_country` and `events_dyad_actor` without touching the events table.
 * - A non-state group (rebels, the opposition, an NGO: contract 1.2.0) acts for no state, so its
 *   `country` is null; where it is based is kept apart in `based_in` (`actors.based_in`,
 *   `events.src_based_in` / `tgt_based_in`, since version 3). These columns only describe: they are in
 *   no key, no index and no rollup, so a group stays its own actor in dyad timelines and networks and
 *   is never folded into its state's country dyad. Rows written before version 3 keep them null
 *   (the stored analyses are compressed, out of reach of SQL): re-ingest into a new store to fill them.
 */
import type Database from 'better-sqlite3';
import { EntenteError } from '../../core/errors/errors.js';

/** A migration: applied once, in order, inside a transaction. */
export interface Migration {
  version: number;
  description: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'articles, sources, stories, actors, mentions, quotes, events, errors, full-text search',
    sql: `
CREATE TABLE sources (
  name TEXT PRIMARY KEY COLLATE NOCASE
) WITHOUT ROWID;

CREATE TABLE articles (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  url TEXT,
  title TEXT,
  published TEXT,
  pub_day INTEGER,
  publisher TEXT REFERENCES sources(name),
  reprinted_by TEXT REFERENCES sources(name),
  outlet TEXT REFERENCES sources(name),
  source_kind TEXT NOT NULL,
  input TEXT,
  language TEXT,
  authors TEXT NOT NULL DEFAULT '[]',
  text TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  minhash BLOB,
  story_id TEXT NOT NULL,
  analysis BLOB NOT NULL,
  generator TEXT
);
CREATE INDEX articles_story ON articles(story_id);
CREATE INDEX articles_pub_day ON articles(pub_day);
CREATE INDEX articles_content_hash ON articles(content_hash);

CREATE TABLE lsh_buckets (
  band INTEGER NOT NULL,
  key INTEGER NOT NULL,
  article_id TEXT NOT NULL,
  PRIMARY KEY (band, key, article_id)
) WITHOUT ROWID;

CREATE TABLE stories (
  id TEXT PRIMARY KEY,
  title TEXT,
  first_published TEXT,
  num_articles INTEGER NOT NULL,
  num_sources INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE actors (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  type TEXT,
  country TEXT,
  cameo TEXT,
  sector TEXT,
  role TEXT,
  first_article TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX actors_country ON actors(country);

CREATE TABLE actor_names (
  name_key TEXT NOT NULL,
  actor_id TEXT NOT NULL,
  PRIMARY KEY (name_key, actor_id)
) WITHOUT ROWID;

CREATE TABLE mentions (
  article_id TEXT NOT NULL,
  actor_id TEXT NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  via TEXT,
  PRIMARY KEY (article_id, span_start, span_end, actor_id)
) WITHOUT ROWID;
CREATE INDEX mentions_actor ON mentions(actor_id);

CREATE TABLE quotes (
  qseq INTEGER PRIMARY KEY,
  article_id TEXT NOT NULL,
  quote_id TEXT NOT NULL,
  story_id TEXT NOT NULL,
  text TEXT NOT NULL,
  text_key TEXT NOT NULL,
  kind TEXT NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  speaker_id TEXT,
  speaker_name TEXT,
  speaker_country TEXT,
  cue TEXT,
  UNIQUE (article_id, quote_id)
);
CREATE INDEX quotes_speaker ON quotes(speaker_id);
CREATE INDEX quotes_speaker_name ON quotes(speaker_name COLLATE NOCASE);
CREATE INDEX quotes_story ON quotes(story_id, text_key);

CREATE TABLE events (
  eseq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  story_id TEXT NOT NULL,
  type TEXT NOT NULL,
  mode TEXT,
  context TEXT,
  cameo TEXT NOT NULL,
  goldstein REAL NOT NULL,
  quad_class INTEGER NOT NULL,
  date TEXT,
  day INTEGER,
  month INTEGER,
  src_key TEXT NOT NULL,
  src_id TEXT, src_name TEXT, src_type TEXT, src_country TEXT, src_code TEXT,
  tgt_key TEXT NOT NULL,
  tgt_id TEXT, tgt_name TEXT, tgt_type TEXT, tgt_country TEXT, tgt_code TEXT,
  place_name TEXT, place_country TEXT, lat REAL, lon REAL,
  negated INTEGER NOT NULL,
  hypothetical INTEGER NOT NULL,
  future INTEGER NOT NULL,
  num_mentions INTEGER NOT NULL,
  num_articles INTEGER NOT NULL,
  num_sources INTEGER NOT NULL,
  first_article TEXT NOT NULL,
  first_rank TEXT NOT NULL,
  trigger TEXT NOT NULL,
  evidence TEXT NOT NULL,
  confidence REAL NOT NULL
);
CREATE INDEX events_story ON events(story_id);
CREATE INDEX events_day ON events(day);
CREATE INDEX events_dyad_country ON events(src_country, tgt_country, day, quad_class, type, goldstein, month, negated, hypothetical);
CREATE INDEX events_dyad_actor ON events(src_key, tgt_key, day, quad_class, type, goldstein, month, negated, hypothetical);
CREATE INDEX events_tgt_country ON events(tgt_country);
CREATE INDEX events_tgt_key ON events(tgt_key);

-- Dyad timelines by month and by week, kept up to date as events are written (live events only).
-- scope 0: a and b are ISO3 countries; scope 1: actor keys. grain 0: period = YYYYMM; grain 1: period =
-- the week number (epoch day + 3) / 7. Goldstein sums in hundredths, as integers, so that they do not
-- depend on the order events were added.
CREATE TABLE dyad_rollup (
  scope INTEGER NOT NULL,
  grain INTEGER NOT NULL,
  a TEXT NOT NULL,
  b TEXT NOT NULL,
  period INTEGER NOT NULL,
  quad_class INTEGER NOT NULL,
  type TEXT NOT NULL,
  n INTEGER NOT NULL,
  g100 INTEGER NOT NULL,
  PRIMARY KEY (scope, grain, a, b, period, quad_class, type)
) WITHOUT ROWID;

CREATE TABLE event_mentions (
  event_id TEXT NOT NULL,
  article_id TEXT NOT NULL,
  local_id TEXT NOT NULL,
  trigger_start INTEGER NOT NULL,
  trigger_end INTEGER NOT NULL,
  evidence_start INTEGER NOT NULL,
  evidence_end INTEGER NOT NULL,
  sentence INTEGER NOT NULL,
  confidence REAL NOT NULL,
  claim_of TEXT,
  PRIMARY KEY (event_id, article_id, local_id)
) WITHOUT ROWID;
CREATE INDEX event_mentions_article ON event_mentions(article_id);

CREATE TABLE errors (
  input TEXT PRIMARY KEY,
  code TEXT NOT NULL,
  reason TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 1
) WITHOUT ROWID;

CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='seq');
CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes', content_rowid='qseq');
`,
  },
  {
    version: 2,
    description: 'day totals in the dyad rollups, so day timelines read the rollup too',
    sql: `
INSERT INTO dyad_rollup (scope, grain, a, b, period, quad_class, type, n, g100)
  SELECT 0, 2, src_country, tgt_country, day, quad_class, type, COUNT(*), SUM(CAST(round(goldstein * 100) AS INTEGER))
  FROM events WHERE negated = 0 AND hypothetical = 0 AND day IS NOT NULL AND src_country IS NOT NULL AND tgt_country IS NOT NULL
  GROUP BY src_country, tgt_country, day, quad_class, type;
INSERT INTO dyad_rollup (scope, grain, a, b, period, quad_class, type, n, g100)
  SELECT 1, 2, src_key, tgt_key, day, quad_class, type, COUNT(*), SUM(CAST(round(goldstein * 100) AS INTEGER))
  FROM events WHERE negated = 0 AND hypothetical = 0 AND day IS NOT NULL AND src_key <> '' AND tgt_key <> ''
  GROUP BY src_key, tgt_key, day, quad_class, type;
`,
  },
  {
    version: 3,
    description: 'where a non-state group is based (contract 1.2.0 basedIn): actors.based_in, events.src_based_in and tgt_based_in',
    sql: `
ALTER TABLE actors ADD COLUMN based_in TEXT;
ALTER TABLE events ADD COLUMN src_based_in TEXT;
ALTER TABLE events ADD COLUMN tgt_based_in TEXT;
`,
  },
];

/** The newest schema version this code writes. */
export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

/** The schema version of an open database (0 for an empty one). */
export function currentVersion(db: Database.Database): number {
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'").get();
  if (!exists) return 0;
  const row = db.prepare('SELECT MAX(version) AS v FROM schema_version').get() as { v: number | null };
  return row.v ?? 0;
}

/**
 * Brings the database to {@link LATEST_VERSION}. Each migration runs in its own transaction, so a
 * crash leaves the store at the last complete version. Throws E401 for a newer schema.
 */
export function migrate(db: Database.Database, name: string, migrations: readonly Migration[] = MIGRATIONS): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const have = currentVersion(db);
  const latest = migrations[migrations.length - 1].version;
  if (have > latest) {
    throw new EntenteError(
      'E401',
      `the store's schema is version ${have}, newer than the ${latest} this version of Entente knows: upgrade Entente, or ingest into a new store`,
      { input: name },
    );
  }
  for (const m of migrations) {
    if (m.version <= have) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)').run(m.version, m.description, new Date().toISOString());
    })();
  }
  return latest;
}
