/**
 * Events across copies: each event report is merged into one corpus event per (story, source,
 * target, CAMEO code, own date, negation, hypothetical); its counts (mentions, articles, distinct
 * outlets) are recomputed from the links, and its descriptive fields come from the earliest report,
 * so the result does not depend on the order the copies arrived in.
 */
import type Database from 'better-sqlite3';
import type { AnalysisEvent } from '../../core/analysis/contract.js';
import { createRollup } from './rollup.js';
import { actorKey, articleRank, dayToMonth, epochDay, eventId } from './values.js';

/** One event row as stored (column names). */
export interface EventRow {
  id: string;
  story_id: string;
  type: string;
  mode: string | null;
  context: string | null;
  cameo: string;
  goldstein: number;
  quad_class: number;
  date: string | null;
  day: number | null;
  month: number | null;
  src_key: string;
  src_id: string | null;
  src_name: string | null;
  src_type: string | null;
  src_country: string | null;
  src_code: string | null;
  /** Where a non-state source is based (ISO3; its `src_country` is null). Descriptive only: in no key. */
  src_based_in: string | null;
  tgt_key: string;
  tgt_id: string | null;
  tgt_name: string | null;
  tgt_type: string | null;
  tgt_country: string | null;
  tgt_code: string | null;
  /** Where a non-state target is based (ISO3). */
  tgt_based_in: string | null;
  place_name: string | null;
  place_country: string | null;
  lat: number | null;
  lon: number | null;
  negated: number;
  hypothetical: number;
  future: number;
  first_article: string;
  first_rank: string;
  trigger: string;
  evidence: string;
  confidence: number;
}

/** One link from an event to a report of it. */
export interface EventMentionRow {
  event_id: string;
  article_id: string;
  local_id: string;
  trigger_start: number;
  trigger_end: number;
  evidence_start: number;
  evidence_end: number;
  sentence: number;
  confidence: number;
  claim_of: string | null;
}

const DESCRIPTIVE = [
  'type', 'mode', 'context', 'goldstein', 'quad_class', 'day', 'month',
  'src_id', 'src_name', 'src_type', 'src_country', 'src_code', 'src_based_in',
  'tgt_id', 'tgt_name', 'tgt_type', 'tgt_country', 'tgt_code', 'tgt_based_in',
  'place_name', 'place_country', 'lat', 'lon', 'future', 'first_article', 'first_rank', 'trigger', 'evidence', 'confidence',
] as const;

const ALL_COLUMNS = ['id', 'story_id', 'cameo', 'date', 'src_key', 'tgt_key', 'negated', 'hypothetical', ...DESCRIPTIVE] as const;

/** The event row a report gives, before merging. */
export function eventRowOf(
  e: AnalysisEvent,
  article: { id: string; published: string | null; pubDay: number | null },
  storyId: string,
): EventRow {
  // Only a date precise to the day is the event's own; otherwise the report's publication day stands in.
  const ownDay = e.date && /^\d{4}-\d{2}-\d{2}/.test(e.date) ? epochDay(e.date) : null;
  const day = ownDay ?? article.pubDay;
  const src = e.source;
  const tgt = e.target;
  const row: Omit<EventRow, 'id'> = {
    story_id: storyId,
    type: e.type,
    mode: e.mode,
    context: e.context,
    cameo: e.cameo,
    goldstein: e.goldstein,
    quad_class: e.quadClass,
    date: ownDay !== null ? e.date!.slice(0, 10) : null,
    day,
    month: day === null ? null : dayToMonth(day),
    src_key: actorKey(src),
    src_id: src?.id ?? null,
    src_name: src?.name ?? null,
    src_type: src?.type ?? null,
    src_country: src?.country ?? null,
    src_code: src?.code ?? null,
    src_based_in: src?.basedIn ?? null,
    tgt_key: actorKey(tgt),
    tgt_id: tgt?.id ?? null,
    tgt_name: tgt?.name ?? null,
    tgt_type: tgt?.type ?? null,
    tgt_country: tgt?.country ?? null,
    tgt_code: tgt?.code ?? null,
    tgt_based_in: tgt?.basedIn ?? null,
    place_name: e.place?.name ?? null,
    place_country: e.place?.country ?? null,
    lat: e.place?.lat ?? null,
    lon: e.place?.lon ?? null,
    negated: e.negated ? 1 : 0,
    hypothetical: e.hypothetical ? 1 : 0,
    future: e.future ? 1 : 0,
    first_article: article.id,
    first_rank: articleRank(article.published, article.id),
    trigger: e.trigger.text,
    evidence: e.evidence.text,
    confidence: e.confidence,
  };
  return { ...row, id: keyedId(row) };
}

function keyedId(row: Omit<EventRow, 'id'>): string {
  return eventId({
    storyId: row.story_id,
    srcKey: row.src_key,
    tgtKey: row.tgt_key,
    cameo: row.cameo,
    date: row.date ?? '',
    negated: row.negated === 1,
    hypothetical: row.hypothetical === 1,
  });
}

/** Writes events and their links; used inside the article transaction. */
export interface EventWriter {
  /** Merges `row` (one report, or a whole event being re-keyed) with its links into the store. */
  upsert(row: EventRow, mentions: readonly Omit<EventMentionRow, 'event_id'>[]): string;
  /** Moves every event of story `from` into story `to` (the stories were found to be copies). */
  moveStory(from: string, to: string): void;
}

export function createEventWriter(db: Database.Database): EventWriter {
  const insert = db.prepare(
    `INSERT INTO events (${ALL_COLUMNS.join(', ')}, num_mentions, num_articles, num_sources)
     VALUES (${ALL_COLUMNS.map((c) => '@' + c).join(', ')}, 0, 0, 0)`,
  );
  const existing = db.prepare('SELECT * FROM events WHERE id = ?');
  const roll = createRollup(db);
  const represent = db.prepare(`UPDATE events SET ${DESCRIPTIVE.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`);
  const link = db.prepare(
    `INSERT OR IGNORE INTO event_mentions (event_id, article_id, local_id, trigger_start, trigger_end, evidence_start, evidence_end, sentence, confidence, claim_of)
     VALUES (@event_id, @article_id, @local_id, @trigger_start, @trigger_end, @evidence_start, @evidence_end, @sentence, @confidence, @claim_of)`,
  );
  const recount = db.prepare(
    `UPDATE events SET
       num_mentions = (SELECT COUNT(*) FROM event_mentions WHERE event_id = @id),
       num_articles = (SELECT COUNT(DISTINCT article_id) FROM event_mentions WHERE event_id = @id),
       num_sources = (SELECT COUNT(DISTINCT COALESCE(a.outlet, a.id)) FROM event_mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id = @id)
     WHERE id = @id`,
  );
  const ofStory = db.prepare('SELECT * FROM events WHERE story_id = ?');
  const linksOf = db.prepare('SELECT * FROM event_mentions WHERE event_id = ?');
  const dropLinks = db.prepare('DELETE FROM event_mentions WHERE event_id = ?');
  const dropEvent = db.prepare('DELETE FROM events WHERE id = ?');

  function upsert(row: EventRow, mentions: readonly Omit<EventMentionRow, 'event_id'>[]): string {
    const have = existing.get(row.id) as EventRow | undefined;
    if (have === undefined) {
      insert.run(row);
      roll(row, 1);
    } else if (row.first_rank < have.first_rank) {
      // An earlier report now describes the event: its day or type may change the timelines.
      roll(have, -1);
      represent.run(row);
      roll({ ...have, ...row }, 1);
    }
    for (const m of mentions) link.run({ ...m, event_id: row.id });
    recount.run({ id: row.id });
    return row.id;
  }

  function moveStory(from: string, to: string): void {
    const rows = ofStory.all(from) as (EventRow & Record<string, unknown>)[];
    for (const old of rows) {
      const links = linksOf.all(old.id) as EventMentionRow[];
      dropLinks.run(old.id);
      dropEvent.run(old.id);
      roll(old, -1);
      const moved: Omit<EventRow, 'id'> = Object.fromEntries(ALL_COLUMNS.filter((c) => c !== 'id').map((c) => [c, old[c]])) as Omit<EventRow, 'id'>;
      moved.story_id = to;
      upsert({ ...moved, id: keyedId(moved) }, links.map(({ event_id: _e, ...rest }) => rest));
    }
  }

  return { upsert, moveStory };
}
