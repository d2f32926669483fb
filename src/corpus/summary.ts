/**
 * The summary printed after an ingest: what the run did, what the corpus now holds, its most
 * mentioned actors, busiest dyads and event types.
 */
import type { CorpusOverview } from '../store/store.js';
import type { IngestSummary } from './ingest.js';
import { textTable } from './tables.js';

export function formatIngestSummary(run: IngestSummary, o: CorpusOverview, db: string): string {
  const secs = run.elapsedMs / 1000;
  const done = run.stored + run.skipped + run.failed;
  const rate = secs > 0 ? done / secs : 0;
  const s = o.stats;
  const out = [
    `Ingested ${done} input${done === 1 ? '' : 's'} into ${db} in ${secs.toFixed(1)} s (${rate.toFixed(1)} articles/s): ` +
      `${run.stored} stored, ${run.skipped} already stored, ${run.failed} failed.`,
    `The store holds ${s.articles} articles in ${s.stories} stories from ${s.sources} sources; ${s.actors} actors, ` +
      `${s.events} events (${s.eventMentions} reports), ${s.quotes} quotations${s.errors ? `, ${s.errors} inputs with errors` : ''}.`,
    '',
    'Most mentioned actors',
    textTable(
      [
        { header: 'actor', value: (a: CorpusOverview['actors'][number]) => a.label },
        { header: 'type', value: (a) => a.type },
        { header: 'country', value: (a) => a.country },
        { header: 'articles', value: (a) => a.articles, right: true },
        { header: 'mentions', value: (a) => a.mentions, right: true },
      ],
      o.actors,
    ),
    'Busiest dyads (both directions)',
    textTable(
      [
        { header: 'actor A', value: (d: CorpusOverview['dyads'][number]) => d.aLabel },
        { header: 'actor B', value: (d) => d.bLabel },
        { header: 'events', value: (d) => d.events, right: true },
        { header: 'Goldstein mean', value: (d) => d.goldsteinMean, right: true },
      ],
      o.dyads,
    ),
    'Event types',
    textTable(
      [
        { header: 'type', value: (t: CorpusOverview['types'][number]) => t.type },
        { header: 'events', value: (t) => t.events, right: true },
      ],
      o.types,
    ),
  ];
  return out.join('\n');
}
