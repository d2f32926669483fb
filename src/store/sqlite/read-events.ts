/**
 * Reading merged events: the filter → SQL translation shared by `events`, `eachEvent` and the
 * exports, and the row → {@link CorpusEvent} mapping.
 */
import type Database from 'better-sqlite3';
import type { QuadClass } from '../../core/analysis/contract.js';
import { EntenteError } from '../../core/errors/errors.js';
import type { CorpusActorRef, CorpusEvent, EventFilter } from '../store.js';
import { sideCondition, type ActorResolver } from './resolve-actor.js';
import { dayRange, dayToIso } from './values.js';

/** A WHERE clause with its parameters. */
export interface Where {
  sql: string;
  params: unknown[];
}

/** Day bounds of a `from`/`to` pair, or E402 for a bound that is not a date. */
export function dayBounds(from?: string, to?: string): [number | null, number | null] {
  const lo = from ? dayRange(from) : null;
  const hi = to ? dayRange(to) : null;
  if (from && !lo) throw new EntenteError('E402', `"${from}" is not a date: use YYYY-MM-DD, YYYY-MM or YYYY`, { input: from });
  if (to && !hi) throw new EntenteError('E402', `"${to}" is not a date: use YYYY-MM-DD, YYYY-MM or YYYY`, { input: to });
  return [lo ? lo[0] : null, hi ? hi[1] : null];
}

/** Appends the date bounds to `parts`/`params` (events without a day never match a bounded query). */
export function addDayBounds(parts: string[], params: unknown[], from?: string, to?: string, column = 'day'): void {
  const [lo, hi] = dayBounds(from, to);
  if (lo !== null) {
    parts.push(`${column} >= ?`);
    params.push(lo);
  }
  if (hi !== null) {
    parts.push(`${column} <= ?`);
    params.push(hi);
  }
}

/** Translates an {@link EventFilter} into a WHERE clause over `events`. */
export function eventWhere(filter: EventFilter, actors: ActorResolver): Where {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (!filter.includeNegated) parts.push('negated = 0 AND hypothetical = 0');
  if (filter.actor) {
    const m = actors.require(filter.actor);
    const s = sideCondition('src', m);
    const t = sideCondition('tgt', m);
    parts.push(`(${s.sql} OR ${t.sql})`);
    params.push(...s.params, ...t.params);
  }
  if (filter.dyad) {
    const a = actors.require(filter.dyad[0]);
    const b = actors.require(filter.dyad[1]);
    const ab = [sideCondition('src', a), sideCondition('tgt', b)];
    const ba = [sideCondition('src', b), sideCondition('tgt', a)];
    parts.push(`((${ab[0].sql} AND ${ab[1].sql}) OR (${ba[0].sql} AND ${ba[1].sql}))`);
    params.push(...ab[0].params, ...ab[1].params, ...ba[0].params, ...ba[1].params);
  }
  if (filter.type) {
    const t = filter.type.trim();
    if (/^\d+$/.test(t)) {
      parts.push('cameo LIKE ?');
      params.push(`${t}%`);
    } else {
      parts.push('type = ?');
      params.push(t.toUpperCase());
    }
  }
  if (filter.quadClass !== undefined) {
    if (![1, 2, 3, 4].includes(filter.quadClass)) throw new EntenteError('E402', `quad class must be 1, 2, 3 or 4, not ${filter.quadClass}`);
    parts.push('quad_class = ?');
    params.push(filter.quadClass);
  }
  addDayBounds(parts, params, filter.from, filter.to);
  if (filter.text) {
    // Every word must appear in the evidence sentence (case-insensitive).
    for (const word of filter.text.split(/\s+/).filter(Boolean)) {
      parts.push("evidence LIKE ? ESCAPE '\\'");
      params.push(`%${word.replace(/[\\%_]/g, (c) => '\\' + c)}%`);
    }
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

/** Events in a stable order: by day, then id. */
export function eventQuery(where: Where, limit?: number): { sql: string; params: unknown[] } {
  const lim = limit !== undefined ? ` LIMIT ${Math.max(0, Math.floor(limit))}` : '';
  return {
    sql: `SELECT e.*, a.url AS source_url,
            (SELECT MIN(sentence) FROM event_mentions m WHERE m.event_id = e.id AND m.article_id = e.first_article) AS first_sentence
          FROM (SELECT * FROM events ${where.sql}) e LEFT JOIN articles a ON a.id = e.first_article
          ORDER BY e.day IS NULL, e.day, e.id${lim}`,
    params: where.params,
  };
}

function actorRef(r: Record<string, unknown>, side: 'src' | 'tgt'): CorpusActorRef | null {
  if (r[`${side}_key`] === '') return null;
  return {
    id: (r[`${side}_id`] as string | null) ?? null,
    name: (r[`${side}_name`] as string | null) ?? '',
    type: (r[`${side}_type`] as string | null) ?? null,
    country: (r[`${side}_country`] as string | null) ?? null,
    basedIn: (r[`${side}_based_in`] as string | null) ?? null,
    code: (r[`${side}_code`] as string | null) ?? null,
  };
}

/** A stored event row as a {@link CorpusEvent}. */
export function toCorpusEvent(r: Record<string, unknown>): CorpusEvent {
  return {
    id: r.id as string,
    type: r.type as string,
    mode: (r.mode as string | null) ?? null,
    context: (r.context as string | null) ?? null,
    cameo: r.cameo as string,
    goldstein: r.goldstein as number,
    quadClass: r.quad_class as QuadClass,
    date: r.day === null || r.day === undefined ? null : dayToIso(r.day as number),
    source: actorRef(r, 'src'),
    target: actorRef(r, 'tgt'),
    place:
      r.place_name === null
        ? null
        : { name: r.place_name as string, country: (r.place_country as string | null) ?? null, lat: (r.lat as number | null) ?? null, lon: (r.lon as number | null) ?? null },
    negated: r.negated === 1,
    hypothetical: r.hypothetical === 1,
    future: r.future === 1,
    storyId: r.story_id as string,
    numMentions: r.num_mentions as number,
    numArticles: r.num_articles as number,
    numSources: r.num_sources as number,
    firstArticleId: r.first_article as string,
    sourceUrl: (r.source_url as string | null) ?? null,
    firstSentence: (r.first_sentence as number | null) ?? null,
    trigger: r.trigger as string,
    evidence: r.evidence as string,
    confidence: r.confidence as number,
  };
}

/** Runs an event query eagerly. */
export function readEvents(db: Database.Database, filter: EventFilter, actors: ActorResolver): CorpusEvent[] {
  const q = eventQuery(eventWhere(filter, actors), filter.limit);
  return (db.prepare(q.sql).all(...q.params) as Record<string, unknown>[]).map(toCorpusEvent);
}

/** Runs an event query lazily, one row at a time. */
export function* iterateEvents(db: Database.Database, filter: EventFilter, actors: ActorResolver): Generator<CorpusEvent> {
  const q = eventQuery(eventWhere(filter, actors), filter.limit);
  for (const r of db.prepare(q.sql).iterate(...q.params) as Iterable<Record<string, unknown>>) yield toCorpusEvent(r);
}
