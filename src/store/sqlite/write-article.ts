/**
 * Stores one analysed article with every row it implies, in one transaction: the article and its
 * search index entry, its sources, its story (joining near-duplicates found through LSH buckets,
 * merging stories an article bridges), actors and mentions, quotations, and events merged across copies.
 */
import type Database from 'better-sqlite3';
import type { Analysis } from '../../core/analysis/contract.js';
import { contentId } from '../../core/analysis/content-id.js';
import type { Article } from '../../core/article/article.js';
import type { PutOptions, PutResult } from '../store.js';
import { createEventWriter, eventRowOf } from './write-events.js';
import { blobToSignature, epochDay, outletOf, packAnalysis, signatureSimilarity, signatureToBlob, textKey } from './values.js';

/** Tuning of near-duplicate grouping. */
export interface StoryOptions {
  /** Estimated Jaccard similarity (over word shingles) at or above which two articles are copies. Default 0.5. */
  threshold?: number;
}

export type ArticleWriter = (article: Article, analysis: Analysis, options?: PutOptions) => PutResult;

export function createArticleWriter(db: Database.Database, storyOptions: StoryOptions = {}): ArticleWriter {
  const threshold = storyOptions.threshold ?? 0.5;
  const events = createEventWriter(db);
  const s = {
    existing: db.prepare('SELECT story_id FROM articles WHERE id = ?').pluck(),
    source: db.prepare('INSERT OR IGNORE INTO sources (name) VALUES (?)'),
    bucket: db.prepare('SELECT article_id FROM lsh_buckets WHERE band = ? AND key = ?').pluck(),
    sigOf: db.prepare('SELECT minhash, story_id FROM articles WHERE id = ?'),
    addBucket: db.prepare('INSERT OR IGNORE INTO lsh_buckets (band, key, article_id) VALUES (?, ?, ?)'),
    article: db.prepare(
      `INSERT INTO articles (id, url, title, published, pub_day, publisher, reprinted_by, outlet, source_kind, input, language, authors, text, content_hash, minhash, story_id, analysis, generator)
       VALUES (@id, @url, @title, @published, @pub_day, @publisher, @reprinted_by, @outlet, @source_kind, @input, @language, @authors, @text, @content_hash, @minhash, @story_id, @analysis, @generator)`,
    ),
    fts: db.prepare('INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)'),
    restory: db.prepare('UPDATE articles SET story_id = ? WHERE story_id = ?'),
    restoryQuotes: db.prepare('UPDATE quotes SET story_id = ? WHERE story_id = ?'),
    dropStory: db.prepare('DELETE FROM stories WHERE id = ?'),
    story: db.prepare(
      `INSERT OR REPLACE INTO stories (id, title, first_published, num_articles, num_sources)
       SELECT @id,
         (SELECT title FROM articles WHERE story_id = @id ORDER BY COALESCE(published, '9999'), id LIMIT 1),
         MIN(published), COUNT(*), COUNT(DISTINCT COALESCE(outlet, id))
       FROM articles WHERE story_id = @id`,
    ),
    actor: db.prepare(
      `INSERT INTO actors (id, name, type, country, based_in, cameo, sector, role, first_article)
       VALUES (@id, @name, @type, @country, @based_in, @cameo, @sector, @role, @first_article)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, type = excluded.type, country = excluded.country, based_in = excluded.based_in,
         cameo = excluded.cameo, sector = excluded.sector, role = excluded.role, first_article = excluded.first_article
       WHERE excluded.first_article < actors.first_article`,
    ),
    actorName: db.prepare('INSERT OR IGNORE INTO actor_names (name_key, actor_id) VALUES (?, ?)'),
    mention: db.prepare('INSERT OR IGNORE INTO mentions (article_id, actor_id, span_start, span_end, via) VALUES (?, ?, ?, ?, ?)'),
    quote: db.prepare(
      `INSERT OR IGNORE INTO quotes (article_id, quote_id, story_id, text, text_key, kind, span_start, span_end, speaker_id, speaker_name, speaker_country, cue)
       VALUES (@article_id, @quote_id, @story_id, @text, @text_key, @kind, @span_start, @span_end, @speaker_id, @speaker_name, @speaker_country, @cue)`,
    ),
    quoteFts: db.prepare('INSERT INTO quotes_fts (rowid, text) VALUES (?, ?)'),
  };

  /** Stories of stored articles that share an LSH bucket with this one and are similar enough. */
  function linkedStories(id: string, options: PutOptions): Set<string> {
    const found = new Set<string>();
    const sig = options.signature;
    const keys = options.lshKeys;
    if (!sig || !keys) return found;
    const seen = new Set<string>();
    keys.forEach((key, band) => {
      for (const other of s.bucket.all(band, key) as string[]) {
        if (other === id || seen.has(other)) continue;
        seen.add(other);
        const row = s.sigOf.get(other) as { minhash: Buffer | null; story_id: string } | undefined;
        if (row?.minhash && signatureSimilarity(sig, blobToSignature(row.minhash)) >= threshold) found.add(row.story_id);
      }
    });
    return found;
  }

  const put = db.transaction((article: Article, analysis: Analysis, options: PutOptions): PutResult => {
    const id = analysis.id;
    const prior = s.existing.get(id) as string | undefined;
    if (prior !== undefined) return { status: 'exists', id, storyId: prior };

    const meta = { ...article.meta, ...analysis.meta };
    const outlet = outletOf(meta);
    for (const name of [meta.publisher, meta.reprintedBy, outlet]) if (name) s.source.run(name);

    // A story's id is the smallest article id in it: joining stories keeps the result order-independent.
    const linked = linkedStories(id, options);
    const storyId = [id, ...linked].sort()[0];
    for (const other of linked) {
      if (other === storyId) continue;
      s.restory.run(storyId, other);
      s.restoryQuotes.run(storyId, other);
      events.moveStory(other, storyId);
      s.dropStory.run(other);
    }

    const pubDay = epochDay(meta.published);
    const info = s.article.run({
      id,
      url: meta.url,
      title: meta.title,
      published: meta.published,
      pub_day: pubDay,
      publisher: meta.publisher,
      reprinted_by: meta.reprintedBy,
      outlet,
      source_kind: article.sourceKind,
      input: options.input ?? meta.source ?? null,
      language: meta.language,
      authors: JSON.stringify(meta.authors ?? []),
      text: analysis.text,
      content_hash: contentId(article.text),
      minhash: options.signature ? signatureToBlob(options.signature) : null,
      story_id: storyId,
      analysis: packAnalysis(analysis),
      generator: analysis.generator.version,
    });
    s.fts.run(info.lastInsertRowid, meta.title ?? '', analysis.text);
    options.lshKeys?.forEach((key, band) => s.addBucket.run(band, key, id));

    for (const a of analysis.actors) {
      s.actor.run({ id: a.id, name: a.name, type: a.type, country: a.country, based_in: a.basedIn ?? null, cameo: a.cameo, sector: a.sector, role: a.role, first_article: id });
      for (const n of new Set([a.name, ...a.aliases].map((x) => x.trim().toLowerCase()).filter(Boolean))) s.actorName.run(n, a.id);
      for (const m of a.mentions) s.mention.run(id, a.id, m.start, m.end, m.via ?? null);
    }

    for (const q of analysis.quotes) {
      const r = s.quote.run({
        article_id: id,
        quote_id: q.id,
        story_id: storyId,
        text: q.text,
        text_key: textKey(q.text),
        kind: q.kind,
        span_start: q.start,
        span_end: q.end,
        speaker_id: q.speaker?.id ?? null,
        speaker_name: q.speaker?.name ?? null,
        speaker_country: q.speaker?.country ?? null,
        cue: q.cue?.text ?? null,
      });
      if (r.changes > 0) s.quoteFts.run(r.lastInsertRowid, q.text);
    }

    const ref = { id, published: meta.published, pubDay };
    for (const e of analysis.events) {
      events.upsert(eventRowOf(e, ref, storyId), [
        {
          article_id: id,
          local_id: e.id,
          trigger_start: e.trigger.start,
          trigger_end: e.trigger.end,
          evidence_start: e.evidence.start,
          evidence_end: e.evidence.end,
          sentence: e.evidence.sentence,
          confidence: e.confidence,
          claim_of: e.claimOf ?? null,
        },
      ]);
    }
    s.story.run({ id: storyId });
    return { status: 'stored', id, storyId };
  });

  return (article, analysis, options = {}) => put(article, analysis, options);
}
