/**
 * `entente query events|dyad|actor|quotes|search|stories|errors`: questions to the corpus store.
 * Human-readable tables by default; `--json` and `--csv` for programs.
 */
import { existsSync } from 'node:fs';
import { InvalidArgumentError, type Command } from 'commander';
import type { QuadClass } from '../../core/analysis/contract.js';
import { EntenteError } from '../../core/errors/errors.js';
import { renderRows, textTable, type Column, type OutputMode } from '../../corpus/tables.js';
import { openSqliteStore } from '../../store/sqlite/sqlite-store.js';
import type { ActorMatch, CorpusEvent, QuoteRow, SearchHit, Store, StoredError, Story, TimeBucket, TimelineBucket } from '../../store/store.js';
import type { CliIo } from '../io.js';

// The exit codes of `main.ts` (not imported from there: main imports every command, a slow start for workers and children).
const EXIT = { ok: 0, failed: 1 } as const;

interface Common {
  db: string;
  json?: boolean;
  csv?: boolean;
}

function mode(f: Common): OutputMode {
  return f.json ? 'json' : f.csv ? 'csv' : 'table';
}

function positive(s: string): number {
  const n = Number(s);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('give a positive whole number');
  return n;
}

/** Opens an existing store (E400 with a hint when there is none). */
export function openExisting(db: string): Store {
  if (db !== ':memory:' && !existsSync(db)) throw new EntenteError('E400', 'there is no store here: fill one with `entente ingest <inputs> --db FILE`', { input: db });
  return openSqliteStore(db);
}

async function withStore(db: string, f: (s: Store) => Promise<string>, io: CliIo): Promise<number> {
  const store = openExisting(db);
  try {
    io.stdout.write(await f(store));
    return EXIT.ok;
  } finally {
    await store.close();
  }
}

const label = (m: ActorMatch) => (m.kind === 'country' ? `${m.label} (${m.code})` : `${m.label} (${m.id})`);
const who = (a: CorpusEvent['source']) => (a ? a.name || a.id || a.country || '' : '');

const EVENT_COLUMNS: Column<CorpusEvent>[] = [
  { header: 'date', value: (e) => e.date },
  { header: 'source', value: (e) => who(e.source), max: 24 },
  { header: 'type', value: (e) => e.type },
  { header: 'cameo', value: (e) => e.cameo },
  { header: 'target', value: (e) => who(e.target), max: 24 },
  { header: 'quad', value: (e) => e.quadClass, right: true },
  { header: 'goldstein', value: (e) => e.goldstein, right: true },
  { header: 'articles', value: (e) => e.numArticles, right: true },
  { header: 'sources', value: (e) => e.numSources, right: true },
  { header: 'flags', value: (e) => [e.negated && 'negated', e.hypothetical && 'hypothetical', e.future && 'future'].filter(Boolean).join(',') },
  { header: 'evidence', value: (e) => e.evidence, max: 70 },
];

function timelineRows(forward: TimelineBucket[], backward: TimelineBucket[]) {
  const periods = [...new Set([...forward, ...backward].map((b) => b.period))].sort();
  const f = new Map(forward.map((b) => [b.period, b]));
  const b = new Map(backward.map((x) => [x.period, x]));
  return periods.map((period) => ({ period, ab: f.get(period) ?? null, ba: b.get(period) ?? null }));
}
type TRow = ReturnType<typeof timelineRows>[number];
const coop = (b: TimelineBucket | null) => (b ? b.quad[0] + b.quad[1] : 0);
const conflict = (b: TimelineBucket | null) => (b ? b.quad[2] + b.quad[3] : 0);
const TIMELINE_COLUMNS: Column<TRow>[] = [
  { header: 'period', value: (r) => r.period },
  { header: 'A→B', value: (r) => r.ab?.count ?? 0, right: true },
  { header: 'coop', value: (r) => coop(r.ab), right: true },
  { header: 'conflict', value: (r) => conflict(r.ab), right: true },
  { header: 'Goldstein', value: (r) => r.ab?.goldsteinMean ?? '', right: true },
  { header: 'B→A', value: (r) => r.ba?.count ?? 0, right: true },
  { header: 'coop', value: (r) => coop(r.ba), right: true },
  { header: 'conflict', value: (r) => conflict(r.ba), right: true },
  { header: 'Goldstein', value: (r) => r.ba?.goldsteinMean ?? '', right: true },
  { header: 'types A→B', value: (r) => Object.entries(r.ab?.types ?? {}).map(([t, n]) => `${t}:${n}`).join(' '), max: 40 },
];

const QUOTE_COLUMNS: Column<QuoteRow>[] = [
  { header: 'date', value: (q) => q.published?.slice(0, 10) },
  { header: 'speaker', value: (q) => q.speakerName, max: 24 },
  { header: 'quotation', value: (q) => q.text, max: 90 },
  { header: 'copies', value: (q) => q.numArticles, right: true },
  { header: 'url', value: (q) => q.url },
];

const SEARCH_COLUMNS: Column<SearchHit>[] = [
  { header: 'in', value: (h) => h.kind },
  { header: 'date', value: (h) => h.published?.slice(0, 10) },
  { header: 'title', value: (h) => h.title, max: 40 },
  { header: 'passage', value: (h) => h.snippet, max: 100 },
  { header: 'article', value: (h) => h.articleId },
];

const STORY_COLUMNS: Column<Story>[] = [
  { header: 'story', value: (s) => s.id },
  { header: 'articles', value: (s) => s.numArticles, right: true },
  { header: 'sources', value: (s) => s.numSources, right: true },
  { header: 'first published', value: (s) => s.firstPublished?.slice(0, 10) },
  { header: 'title', value: (s) => s.title, max: 40 },
  { header: 'copies (outlet ← original publisher)', value: (s) => s.articles.map((a) => (a.reprintedBy ? `${a.reprintedBy} ← ${a.publisher ?? '?'}` : (a.outlet ?? a.id))).join('; '), max: 80 },
];

const ERROR_COLUMNS: Column<StoredError>[] = [
  { header: 'input', value: (e) => e.input },
  { header: 'code', value: (e) => e.code },
  { header: 'reason', value: (e) => e.reason, max: 90 },
  { header: 'attempts', value: (e) => e.attempts, right: true },
];

/** Registers `query` and its subcommands. */
export function registerQuery(program: Command, io: CliIo, setExit: (code: number) => void): void {
  const query = program.command('query').description('ask the corpus store: events, dyad timelines, actors, quotations, full-text search');
  const sub = (name: string, description: string) =>
    query
      .command(name)
      .description(description)
      .option('--db <path>', 'the SQLite store', 'entente.db')
      .option('--json', 'print JSON')
      .option('--csv', 'print CSV');
  const act = (f: () => Promise<number>) => async () => setExit(await f());

  sub('events', 'events merged across copies, filtered')
    .option('--actor <actor>', 'events this actor takes part in (name, alias, id, CAMEO or ISO3 code)')
    .option('--dyad <actors...>', 'events between two actors, either direction')
    .option('--type <type>', 'PLOVER type (CONSULT...) or CAMEO code prefix (04, 042)')
    .option('--quad <n>', 'quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict', positive)
    .option('--from <date>', 'from this date (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--to <date>', 'up to this date, inclusive')
    .option('--text <words>', 'words the evidence sentence contains')
    .option('--negated', 'also list negated and hypothetical events')
    .option('--limit <n>', 'at most this many events', positive, 100)
    .action(async (f: Common & { actor?: string; dyad?: string[]; type?: string; quad?: number; from?: string; to?: string; text?: string; negated?: boolean; limit: number }) =>
      act(() => {
        if (f.dyad && f.dyad.length !== 2) throw new EntenteError('E203', `--dyad takes two actors, not ${f.dyad.length}`);
        return withStore(
          f.db,
          async (s) =>
            renderRows(
              mode(f),
              EVENT_COLUMNS,
              await s.events({ actor: f.actor, dyad: f.dyad as [string, string] | undefined, type: f.type, quadClass: f.quad as QuadClass | undefined, from: f.from, to: f.to, text: f.text, includeNegated: f.negated, limit: f.limit }),
            ),
          io,
        );
      })(),
    );

  sub('dyad', 'timeline of the events between two actors, in both directions, with their asymmetry')
    .argument('<a>', 'actor A')
    .argument('<b>', 'actor B')
    .option('--by <bucket>', 'day, week or month', 'month')
    .option('--from <date>', 'from this date')
    .option('--to <date>', 'up to this date, inclusive')
    .action(async (a: string, b: string, f: Common & { by: string; from?: string; to?: string }) =>
      act(() => {
        if (!['day', 'week', 'month'].includes(f.by)) throw new EntenteError('E203', `--by must be day, week or month, not "${f.by}"`);
        return withStore(
          f.db,
          async (s) => {
            const t = await s.dyadTimeline(a, b, { by: f.by as TimeBucket, from: f.from, to: f.to });
            const asym = await s.asymmetry(a, b, { from: f.from, to: f.to });
            if (f.json) return JSON.stringify({ timeline: t, asymmetry: asym }, null, 2) + '\n';
            const rows = timelineRows(t.forward, t.backward);
            if (f.csv) return renderRows('csv', TIMELINE_COLUMNS, rows);
            return (
              `A = ${label(t.a)}, B = ${label(t.b)}, by ${t.by}\n\n` +
              textTable(TIMELINE_COLUMNS, rows) +
              `\nWho does what to whom (Goldstein mean A→B ${asym.goldsteinMean.aToB ?? '–'}, B→A ${asym.goldsteinMean.bToA ?? '–'})\n` +
              textTable<(typeof asym.rows)[number]>(
                [
                  { header: 'act', value: (r) => r.act },
                  { header: 'A→B', value: (r) => r.aToB, right: true },
                  { header: 'B→A', value: (r) => r.bToA, right: true },
                ],
                asym.rows,
              )
            );
          },
          io,
        );
      })(),
    );

  sub('actor', 'what the corpus says about one actor')
    .argument('<actor>', 'name, alias, id, CAMEO or ISO3 code')
    .action(async (x: string, f: Common) =>
      act(() =>
        withStore(
          f.db,
          async (s) => {
            const p = await s.actorProfile(x);
            if (f.json) return JSON.stringify(p, null, 2) + '\n';
            if (f.csv) return renderRows('csv', [{ header: 'partner', value: (r: (typeof p.partners)[number]) => r.label }, { header: 'events', value: (r) => r.events }, { header: 'goldstein_mean', value: (r) => r.goldsteinMean }], p.partners);
            return (
              `${p.name} — ${[p.type, p.country, p.basedIn && `based in ${p.basedIn}`].filter(Boolean).join(', ')} (${label(p.match)})\n` +
              `${p.articles} articles, ${p.mentions} mentions, ${p.quotes} quotations; events: ${p.eventsAsSource} as source, ${p.eventsAsTarget} as target\n\n` +
              'Partners\n' +
              textTable<(typeof p.partners)[number]>(
                [
                  { header: 'partner', value: (r) => r.label },
                  { header: 'events', value: (r) => r.events, right: true },
                  { header: 'Goldstein mean', value: (r) => r.goldsteinMean, right: true },
                ],
                p.partners,
              ) +
              '\nEvent types\n' +
              textTable<(typeof p.types)[number]>(
                [
                  { header: 'type', value: (r) => r.type },
                  { header: 'as source', value: (r) => r.asSource, right: true },
                  { header: 'as target', value: (r) => r.asTarget, right: true },
                ],
                p.types,
              )
            );
          },
          io,
        ),
      )(),
    );

  sub('quotes', 'quotations, merged across copies, by speaker')
    .option('--speaker <actor>', 'the speaker (name, alias, id; a country code gives its nationals)')
    .option('--limit <n>', 'at most this many', positive, 100)
    .action(async (f: Common & { speaker?: string; limit: number }) =>
      act(() => withStore(f.db, async (s) => renderRows(mode(f), QUOTE_COLUMNS, await s.quotes({ speaker: f.speaker, limit: f.limit })), io))(),
    );

  sub('search', 'full-text search over article text and quotations')
    .argument('<text>', 'words to find')
    .option('--limit <n>', 'at most this many of each kind', positive, 20)
    .action(async (text: string, f: Common & { limit: number }) =>
      act(() => withStore(f.db, async (s) => renderRows(mode(f), SEARCH_COLUMNS, await s.search(text, { limit: f.limit })), io))(),
    );

  sub('stories', 'stories with several copies (reprints, syndication), largest first')
    .option('--min <n>', 'only stories with at least this many articles', positive, 2)
    .option('--limit <n>', 'at most this many', positive, 50)
    .action(async (f: Common & { min: number; limit: number }) =>
      act(() => withStore(f.db, async (s) => renderRows(mode(f), STORY_COLUMNS, await s.stories({ minArticles: f.min, limit: f.limit })), io))(),
    );

  sub('errors', 'inputs that could not be read or analysed, with the reason').action(async (f: Common) =>
    act(() => withStore(f.db, async (s) => renderRows(mode(f), ERROR_COLUMNS, await s.errors()), io))(),
  );
}
