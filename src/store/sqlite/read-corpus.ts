/**
 * Reading articles, stories, quotations (merged across copies), full-text search and actor profiles.
 */
import type Database from 'better-sqlite3';
import type { ActorMatch, ActorProfile, QuoteRow, SearchHit, Story, StoredArticle } from '../store.js';
import { describeKeys } from './read-relations.js';
import { sideCondition, type ActorResolver } from './resolve-actor.js';

const ARTICLE_COLUMNS = 'id, url, title, published, publisher, reprinted_by, outlet, source_kind, input, story_id';

export function toStoredArticle(r: Record<string, unknown>): StoredArticle {
  return {
    id: r.id as string,
    url: (r.url as string | null) ?? null,
    title: (r.title as string | null) ?? null,
    published: (r.published as string | null) ?? null,
    publisher: (r.publisher as string | null) ?? null,
    reprintedBy: (r.reprinted_by as string | null) ?? null,
    outlet: (r.outlet as string | null) ?? null,
    sourceKind: r.source_kind as string,
    input: (r.input as string | null) ?? null,
    storyId: r.story_id as string,
  };
}

export function readArticle(db: Database.Database, id: string): StoredArticle | null {
  const r = db.prepare(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = ?`).get(id) as Record<string, unknown> | undefined;
  return r ? toStoredArticle(r) : null;
}

export function readArticles(db: Database.Database, options: { limit?: number; offset?: number } = {}): StoredArticle[] {
  const rows = db
    .prepare(`SELECT ${ARTICLE_COLUMNS} FROM articles ORDER BY COALESCE(published, '9999'), id LIMIT ? OFFSET ?`)
    .all(options.limit ?? -1, options.offset ?? 0) as Record<string, unknown>[];
  return rows.map(toStoredArticle);
}

export function readStory(db: Database.Database, id: string): Story | null {
  const s = db.prepare('SELECT * FROM stories WHERE id = ?').get(id) as
    | { id: string; title: string | null; first_published: string | null; num_articles: number; num_sources: number }
    | undefined;
  if (!s) return null;
  const articles = (
    db.prepare(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE story_id = ? ORDER BY COALESCE(published, '9999'), id`).all(id) as Record<string, unknown>[]
  ).map(toStoredArticle);
  return { id: s.id, title: s.title, firstPublished: s.first_published, numArticles: s.num_articles, numSources: s.num_sources, articles };
}

export function readStories(db: Database.Database, options: { minArticles?: number; limit?: number } = {}): Story[] {
  const ids = db
    .prepare('SELECT id FROM stories WHERE num_articles >= ? ORDER BY num_articles DESC, id LIMIT ?')
    .pluck()
    .all(options.minArticles ?? 2, options.limit ?? 100) as string[];
  return ids.map((id) => readStory(db, id)!);
}

/** Quotations, one row per (story, quotation text), with how many copies carry it. */
export function readQuotes(db: Database.Database, actors: ActorResolver, options: { speaker?: string; limit?: number } = {}): QuoteRow[] {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (options.speaker) {
    const alt: string[] = ['q.speaker_name = ? COLLATE NOCASE'];
    params.push(options.speaker.trim());
    for (const m of actors.all(options.speaker)) {
      if (m.kind === 'actor') {
        alt.push('q.speaker_id = ?');
        params.push(m.id);
      } else {
        alt.push('q.speaker_country = ?');
        params.push(m.code);
      }
    }
    parts.push(`(${alt.join(' OR ')})`);
  }
  const rows = db
    .prepare(
      `SELECT q.speaker_id, q.speaker_name, q.text, q.text_key, q.kind, q.story_id, q.article_id, a.published, a.url
       FROM quotes q JOIN articles a ON a.id = q.article_id ${parts.length ? 'WHERE ' + parts.join(' AND ') : ''}
       ORDER BY COALESCE(a.published, '9999'), q.story_id, q.text_key, a.id`,
    )
    .all(...params) as Record<string, string | null>[];
  const merged = new Map<string, QuoteRow & { ids: Set<string> }>();
  for (const r of rows) {
    const key = `${r.story_id}\u001f${r.text_key}`;
    const have = merged.get(key);
    if (have) {
      have.ids.add(r.article_id!);
      have.numArticles = have.ids.size;
      continue;
    }
    merged.set(key, {
      speakerId: r.speaker_id,
      speakerName: r.speaker_name,
      text: r.text!,
      kind: r.kind!,
      storyId: r.story_id!,
      numArticles: 1,
      firstArticleId: r.article_id!,
      published: r.published,
      url: r.url,
      ids: new Set([r.article_id!]),
    });
  }
  const out = [...merged.values()].map(({ ids: _ids, ...q }) => q);
  return options.limit !== undefined ? out.slice(0, options.limit) : out;
}

/** An FTS5 query that matches every word of `text` (quoted, so user text cannot break the syntax). */
export function ftsQuery(text: string): string {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  return words.map((w) => `"${w.replace(/"/g, '""')}"`).join(' ');
}

export function search(db: Database.Database, text: string, options: { limit?: number } = {}): SearchHit[] {
  const q = ftsQuery(text);
  if (!q) return [];
  const limit = options.limit ?? 20;
  const articles = db
    .prepare(
      `SELECT a.id, a.title, a.published, a.url, snippet(articles_fts, 1, '[', ']', '…', 16) AS snippet
       FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid WHERE articles_fts MATCH ? ORDER BY rank, a.id LIMIT ?`,
    )
    .all(q, limit) as { id: string; title: string | null; published: string | null; url: string | null; snippet: string }[];
  const quotes = db
    .prepare(
      `SELECT a.id, a.title, a.published, a.url, snippet(quotes_fts, 0, '[', ']', '…', 16) AS snippet
       FROM quotes_fts JOIN quotes q ON q.qseq = quotes_fts.rowid JOIN articles a ON a.id = q.article_id
       WHERE quotes_fts MATCH ? ORDER BY rank, a.id LIMIT ?`,
    )
    .all(q, limit) as { id: string; title: string | null; published: string | null; url: string | null; snippet: string }[];
  return [
    ...articles.map((r) => ({ kind: 'article' as const, articleId: r.id, title: r.title, published: r.published, url: r.url, snippet: r.snippet })),
    ...quotes.map((r) => ({ kind: 'quote' as const, articleId: r.id, title: r.title, published: r.published, url: r.url, snippet: r.snippet })),
  ];
}

export function actorProfile(db: Database.Database, actors: ActorResolver, query: string): ActorProfile {
  const match: ActorMatch = actors.require(query)[0];
  const ids =
    match.kind === 'actor' ? [match.id] : (db.prepare('SELECT id FROM actors WHERE country = ?').pluck().all(match.code) as string[]);
  const facts =
    match.kind === 'actor'
      ? describeKeys(db, [match.id]).get(match.id)!
      : { id: match.code, label: match.label, type: 'state', country: match.code, basedIn: null };
  const marks = ids.map(() => '?').join(', ') || 'NULL';
  const m = db.prepare(`SELECT COUNT(*) AS n, COUNT(DISTINCT article_id) AS a FROM mentions WHERE actor_id IN (${marks})`).get(...ids) as { n: number; a: number };
  const quoteCond = match.kind === 'actor' ? 'speaker_id = ?' : 'speaker_country = ?';
  const quotes = db.prepare(`SELECT COUNT(*) FROM quotes WHERE ${quoteCond}`).pluck().get(match.kind === 'actor' ? match.id : match.code) as number;
  const src = sideCondition('src', [match]);
  const tgt = sideCondition('tgt', [match]);
  const live = 'negated = 0 AND hypothetical = 0';
  const count = (c: { sql: string; params: string[] }) => db.prepare(`SELECT COUNT(*) FROM events WHERE ${c.sql} AND ${live}`).pluck().get(...c.params) as number;
  const partnerRows = [
    ...(db.prepare(`SELECT tgt_key AS k, COUNT(*) AS n, SUM(goldstein) AS g FROM events WHERE ${src.sql} AND ${live} AND tgt_key <> '' GROUP BY tgt_key`).all(...src.params) as {
      k: string;
      n: number;
      g: number;
    }[]),
    ...(db.prepare(`SELECT src_key AS k, COUNT(*) AS n, SUM(goldstein) AS g FROM events WHERE ${tgt.sql} AND ${live} AND src_key <> '' GROUP BY src_key`).all(...tgt.params) as {
      k: string;
      n: number;
      g: number;
    }[]),
  ];
  const partners = new Map<string, { n: number; g: number }>();
  for (const r of partnerRows) {
    const p = partners.get(r.k) ?? { n: 0, g: 0 };
    p.n += r.n;
    p.g += r.g;
    partners.set(r.k, p);
  }
  const top = [...partners.entries()].sort((x, y) => y[1].n - x[1].n || x[0].localeCompare(y[0])).slice(0, 10);
  const labels = describeKeys(db, top.map(([k]) => k));
  const typeRows = [
    ...(db.prepare(`SELECT type, COUNT(*) AS n, 's' AS side FROM events WHERE ${src.sql} AND ${live} GROUP BY type`).all(...src.params) as { type: string; n: number; side: string }[]),
    ...(db.prepare(`SELECT type, COUNT(*) AS n, 't' AS side FROM events WHERE ${tgt.sql} AND ${live} GROUP BY type`).all(...tgt.params) as { type: string; n: number; side: string }[]),
  ];
  const types = new Map<string, { type: string; asSource: number; asTarget: number }>();
  for (const r of typeRows) {
    const t = types.get(r.type) ?? { type: r.type, asSource: 0, asTarget: 0 };
    if (r.side === 's') t.asSource += r.n;
    else t.asTarget += r.n;
    types.set(r.type, t);
  }
  return {
    match,
    name: facts.label,
    type: facts.type,
    country: facts.country,
    basedIn: facts.basedIn,
    articles: m.a,
    mentions: m.n,
    quotes,
    eventsAsSource: count(src),
    eventsAsTarget: count(tgt),
    partners: top.map(([k, v]) => ({ id: k, label: labels.get(k)?.label ?? k, events: v.n, goldsteinMean: Math.round((v.g / v.n) * 1000) / 1000 })),
    types: [...types.values()].sort((x, y) => y.asSource + y.asTarget - (x.asSource + x.asTarget) || x.type.localeCompare(y.type)),
  };
}
