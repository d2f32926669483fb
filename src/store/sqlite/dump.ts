/**
 * A canonical dump of a SQLite store: every table's rows without the columns that record arrival order
 * (integer rowids, attempt counters), sorted. Two stores holding the same corpus dump equal, whatever
 * order or how many interrupted runs filled them. The full-text indexes are checked for integrity.
 */
import type Database from 'better-sqlite3';
import { contentId } from '../../core/analysis/content-id.js';
import type { CanonicalDump } from '../store.js';

const TABLES: Record<string, string> = {
  sources: 'SELECT name FROM sources',
  articles: `SELECT id, url, title, published, pub_day, publisher, reprinted_by, outlet, source_kind, input, language, authors,
               length(text), content_hash, hex(minhash), story_id, length(analysis), generator FROM articles`,
  lsh_buckets: 'SELECT band, key, article_id FROM lsh_buckets',
  stories: 'SELECT * FROM stories',
  actors: 'SELECT * FROM actors',
  actor_names: 'SELECT * FROM actor_names',
  mentions: 'SELECT * FROM mentions',
  quotes: `SELECT article_id, quote_id, story_id, text, text_key, kind, span_start, span_end, speaker_id, speaker_name, speaker_country, cue FROM quotes`,
  events: `SELECT id, story_id, type, mode, context, cameo, goldstein, quad_class, date, day, month, src_key, src_id, src_name, src_type, src_country, src_code, src_based_in,
             tgt_key, tgt_id, tgt_name, tgt_type, tgt_country, tgt_code, tgt_based_in, place_name, place_country, lat, lon, negated, hypothetical, future,
             num_mentions, num_articles, num_sources, first_article, first_rank, trigger, evidence, confidence FROM events`,
  event_mentions: 'SELECT * FROM event_mentions',
  dyad_rollup: 'SELECT * FROM dyad_rollup',
  errors: 'SELECT input, code, reason FROM errors',
  articles_fts: 'SELECT a.id FROM articles_fts f JOIN articles a ON a.seq = f.rowid',
  quotes_fts: 'SELECT q.article_id, q.quote_id FROM quotes_fts f JOIN quotes q ON q.qseq = f.rowid',
};

export function canonicalDump(db: Database.Database): CanonicalDump {
  // Throws (SQLITE_CORRUPT_VTAB) if an index disagrees with its content table.
  db.exec("INSERT INTO articles_fts(articles_fts) VALUES('integrity-check')");
  db.exec("INSERT INTO quotes_fts(quotes_fts) VALUES('integrity-check')");
  const out: CanonicalDump = {};
  for (const [name, sql] of Object.entries(TABLES)) {
    const rows = (db.prepare(sql).raw().all() as unknown[][]).map((r) => r.map((v) => (Buffer.isBuffer(v) ? contentId(v.toString('hex')) : v)));
    const keyed = rows.map((r) => [JSON.stringify(r), r] as const);
    keyed.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    out[name] = keyed.map(([, r]) => r);
  }
  // The analyses themselves, hashed, so a difference in any stored analysis shows.
  out.analyses = (db.prepare('SELECT id, hex(analysis) FROM articles ORDER BY id').raw().all() as [string, string][]).map(([id, hex]) => [id, contentId(hex)]);
  return out;
}
