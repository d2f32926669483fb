/**
 * Event records for the JSON, JSON Lines and CSV exports: a PLOVER/POLECAT-style object per event
 * (snake_case fields as POLECAT publishes them, plus Entente's provenance) and its flat CSV form.
 * A non-state group's `country` is null (it acts for no state); `based_in` says where it is based.
 */
import type { CorpusActorRef, CorpusEvent } from '../../store/store.js';

/** The PLOVER/POLECAT-style record of one event. */
export function ploverRecord(e: CorpusEvent): Record<string, unknown> {
  const actor = (a: CorpusActorRef | null) =>
    a ? { id: a.id, name: a.name, type: a.type, country: a.country, based_in: a.basedIn, code: a.code } : null;
  return {
    event_id: e.id,
    event_date: e.date,
    event_type: e.type,
    event_mode: e.mode,
    event_context: e.context,
    cameo_code: e.cameo,
    quad_class: e.quadClass,
    goldstein: e.goldstein,
    source: actor(e.source),
    target: actor(e.target),
    location: e.place ? { name: e.place.name, country: e.place.country, lat: e.place.lat, lon: e.place.lon } : null,
    negated: e.negated,
    hypothetical: e.hypothetical,
    future: e.future,
    story_id: e.storyId,
    num_mentions: e.numMentions,
    num_articles: e.numArticles,
    num_sources: e.numSources,
    first_article_id: e.firstArticleId,
    source_url: e.sourceUrl,
    event_text: e.trigger,
    evidence: e.evidence,
    confidence: e.confidence,
  };
}

/** Columns of the CSV export, in order. */
export const CSV_COLUMNS = [
  'event_id', 'date', 'type', 'mode', 'context', 'cameo', 'quad_class', 'goldstein',
  'source_id', 'source_name', 'source_type', 'source_country', 'source_based_in', 'source_code',
  'target_id', 'target_name', 'target_type', 'target_country', 'target_based_in', 'target_code',
  'place', 'place_country', 'lat', 'lon', 'negated', 'hypothetical', 'future',
  'num_mentions', 'num_articles', 'num_sources', 'story_id', 'first_article_id', 'source_url', 'trigger', 'evidence', 'confidence',
] as const;

/** The CSV values of one event, in {@link CSV_COLUMNS} order. */
export function csvValues(e: CorpusEvent): unknown[] {
  const a = (x: CorpusActorRef | null) => [x?.id, x?.name, x?.type, x?.country, x?.basedIn, x?.code];
  return [
    e.id, e.date, e.type, e.mode, e.context, e.cameo, e.quadClass, e.goldstein,
    ...a(e.source), ...a(e.target),
    e.place?.name, e.place?.country, e.place?.lat, e.place?.lon, e.negated, e.hypothetical, e.future,
    e.numMentions, e.numArticles, e.numSources, e.storyId, e.firstArticleId, e.sourceUrl, e.trigger, e.evidence, e.confidence,
  ];
}
