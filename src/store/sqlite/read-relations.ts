/**
 * Relations over time: dyad timelines, the actor network and asymmetry. Negated and hypothetical
 * events are left out (they did not happen). The timeline queries read only the covering dyad indexes.
 */
import type Database from 'better-sqlite3';
import type { ActorMatch, ActorNetwork, CorpusOverview, Asymmetry, DyadTimeline, NetworkEdge, NetworkNode, TimeBucket, TimelineBucket } from '../store.js';
import { addDayBounds, dayBounds } from './read-events.js';
import { sideCondition, type ActorResolver } from './resolve-actor.js';
import { dayToIso, dayToMonth } from './values.js';

const BUCKET_SQL: Record<TimeBucket, string> = {
  day: 'day',
  // Epoch day 0 was a Thursday: shifting by 3 makes weeks start on Monday.
  week: '(day + 3) / 7',
  month: 'month',
};

function periodLabel(by: TimeBucket, bucket: number): string {
  if (by === 'day') return dayToIso(bucket);
  if (by === 'week') return dayToIso(bucket * 7 - 3);
  return `${Math.floor(bucket / 100)}-${String(bucket % 100).padStart(2, '0')}`;
}

type Row = { bucket: number; quad: number; type: string; n: number; g: number };

/**
 * The rollup rows answering a timeline, or null when the rollup cannot: a dyad mixing a country and
 * an actor, or date bounds that cut a period in two.
 */
function fromRollup(db: Database.Database, x: ActorMatch, y: ActorMatch, by: TimeBucket, from?: string, to?: string): Row[] | null {
  if (x.kind !== y.kind) return null;
  const [lo, hi] = dayBounds(from, to);
  const period = (d: number) => (by === 'month' ? dayToMonth(d) : by === 'week' ? Math.floor((d + 3) / 7) : d);
  if (lo !== null && period(lo - 1) === period(lo)) return null;
  if (hi !== null && period(hi + 1) === period(hi)) return null;
  const key = (m: ActorMatch) => (m.kind === 'country' ? m.code : m.id);
  const rows = db
    .prepare(
      `SELECT period AS bucket, quad_class AS quad, type, n, g100 / 100.0 AS g FROM dyad_rollup
       WHERE scope = ? AND grain = ? AND a = ? AND b = ? AND period BETWEEN ? AND ? ORDER BY period`,
    )
    .all(x.kind === 'country' ? 0 : 1, by === 'month' ? 0 : by === 'week' ? 1 : 2, key(x), key(y), lo === null ? -1e9 : period(lo), hi === null ? 1e9 : period(hi));
  return rows as Row[];
}

/** Events from `x` to `y`, bucketed: from the rollups when they can answer, else from the events' covering index. */
function direction(db: Database.Database, x: ActorMatch, y: ActorMatch, by: TimeBucket, from?: string, to?: string): TimelineBucket[] {
  let rows = fromRollup(db, x, y, by, from, to);
  if (!rows) {
    const s = sideCondition('src', [x]);
    const t = sideCondition('tgt', [y]);
    const parts = [s.sql, t.sql, 'negated = 0 AND hypothetical = 0', 'day IS NOT NULL'];
    const params: unknown[] = [...s.params, ...t.params];
    addDayBounds(parts, params, from, to);
    rows = db
      .prepare(
        `SELECT ${BUCKET_SQL[by]} AS bucket, quad_class AS quad, type, COUNT(*) AS n, SUM(goldstein) AS g
         FROM events WHERE ${parts.join(' AND ')} GROUP BY day, quad_class, type ORDER BY day, quad_class, type`,
      )
      .all(...params) as Row[];
  }
  const out: TimelineBucket[] = [];
  let cur: TimelineBucket | null = null;
  let curBucket = Number.NaN;
  for (const r of rows) {
    if (r.bucket !== curBucket) {
      cur = { period: periodLabel(by, r.bucket), count: 0, quad: [0, 0, 0, 0], types: {}, goldsteinSum: 0, goldsteinMean: 0 };
      curBucket = r.bucket;
      out.push(cur);
    }
    cur!.count += r.n;
    if (r.quad >= 1 && r.quad <= 4) cur!.quad[r.quad - 1] += r.n;
    cur!.types[r.type] = (cur!.types[r.type] ?? 0) + r.n;
    cur!.goldsteinSum += r.g;
  }
  for (const b of out) {
    b.goldsteinSum = round(b.goldsteinSum);
    b.goldsteinMean = b.count ? round(b.goldsteinSum / b.count) : 0;
  }
  return out;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export function dyadTimeline(
  db: Database.Database,
  actors: ActorResolver,
  a: string,
  b: string,
  options: { by?: TimeBucket; from?: string; to?: string } = {},
): DyadTimeline {
  const by = options.by ?? 'month';
  const ma = actors.require(a)[0];
  const mb = actors.require(b)[0];
  return {
    a: ma,
    b: mb,
    by,
    forward: direction(db, ma, mb, by, options.from, options.to),
    backward: direction(db, mb, ma, by, options.from, options.to),
  };
}

/** Display facts of an actor key: from the actors table, else from the events that name it. */
export function describeKeys(db: Database.Database, keys: Iterable<string>): Map<string, Omit<NetworkNode, 'events'>> {
  const known = db.prepare('SELECT id, name, type, country, based_in FROM actors WHERE id = ?');
  const fromEvents = db.prepare(
    `SELECT src_name AS name, src_type AS type, src_country AS country, src_based_in AS based_in FROM events WHERE src_key = @k
     UNION ALL SELECT tgt_name, tgt_type, tgt_country, tgt_based_in FROM events WHERE tgt_key = @k LIMIT 1`,
  );
  type Facts = { name: string | null; type: string | null; country: string | null; based_in: string | null };
  const out = new Map<string, Omit<NetworkNode, 'events'>>();
  for (const key of keys) {
    const e = (known.get(key) ?? fromEvents.get({ k: key })) as Facts | undefined;
    out.set(key, { id: key, label: e?.name ?? key, type: e?.type ?? null, country: e?.country ?? null, basedIn: e?.based_in ?? null });
  }
  return out;
}

export function actorNetwork(db: Database.Database, options: { from?: string; to?: string; minWeight?: number } = {}): ActorNetwork {
  const parts = ["negated = 0 AND hypothetical = 0", "src_key <> ''", "tgt_key <> ''", 'src_key <> tgt_key'];
  const params: unknown[] = [];
  addDayBounds(parts, params, options.from, options.to);
  params.push(options.minWeight ?? 1);
  const rows = db
    .prepare(
      `SELECT src_key, tgt_key, COUNT(*) AS n, AVG(goldstein) AS g,
         SUM(quad_class = 1) AS q1, SUM(quad_class = 2) AS q2, SUM(quad_class = 3) AS q3, SUM(quad_class = 4) AS q4
       FROM events WHERE ${parts.join(' AND ')} GROUP BY src_key, tgt_key HAVING COUNT(*) >= ? ORDER BY src_key, tgt_key`,
    )
    .all(...params) as { src_key: string; tgt_key: string; n: number; g: number; q1: number; q2: number; q3: number; q4: number }[];
  const weight = new Map<string, number>();
  const edges: NetworkEdge[] = rows.map((r) => {
    weight.set(r.src_key, (weight.get(r.src_key) ?? 0) + r.n);
    weight.set(r.tgt_key, (weight.get(r.tgt_key) ?? 0) + r.n);
    return { source: r.src_key, target: r.tgt_key, weight: r.n, goldsteinMean: round(r.g), quad: [r.q1, r.q2, r.q3, r.q4] };
  });
  const facts = describeKeys(db, [...weight.keys()].sort());
  const nodes: NetworkNode[] = [...facts.values()].map((f) => ({ ...f, events: weight.get(f.id) ?? 0 }));
  return { nodes, edges };
}

export function asymmetry(db: Database.Database, actors: ActorResolver, a: string, b: string, options: { from?: string; to?: string } = {}): Asymmetry {
  const ma = actors.require(a)[0];
  const mb = actors.require(b)[0];
  const acts = new Map<string, { aToB: number; bToA: number }>();
  const mean = { aToB: null as number | null, bToA: null as number | null };
  for (const [x, y, dir] of [[ma, mb, 'aToB'], [mb, ma, 'bToA']] as const) {
    const s = sideCondition('src', [x]);
    const t = sideCondition('tgt', [y]);
    const parts = [s.sql, t.sql, 'negated = 0 AND hypothetical = 0'];
    const params: unknown[] = [...s.params, ...t.params];
    addDayBounds(parts, params, options.from, options.to);
    const rows = db
      .prepare(
        `SELECT type, SUM(cameo LIKE '051%') AS praise, COUNT(*) AS n, SUM(goldstein) AS g
         FROM events WHERE ${parts.join(' AND ')} GROUP BY type`,
      )
      .all(...params) as { type: string; praise: number; n: number; g: number }[];
    let n = 0;
    let g = 0;
    for (const r of rows) {
      const row = acts.get(r.type) ?? { aToB: 0, bToA: 0 };
      row[dir] += r.n;
      acts.set(r.type, row);
      if (r.praise > 0) {
        const p = acts.get('PRAISE') ?? { aToB: 0, bToA: 0 };
        p[dir] += r.praise;
        acts.set('PRAISE', p);
      }
      n += r.n;
      g += r.g;
    }
    mean[dir] = n ? round(g / n) : null;
  }
  const rows = [...acts.entries()]
    .map(([act, v]) => ({ act, ...v }))
    .sort((p, q) => q.aToB + q.bToA - (p.aToB + p.bToA) || p.act.localeCompare(q.act));
  return { a: ma, b: mb, rows, goldsteinMean: mean };
}

/** The overview without its counts (the store adds them). */
export function overview(db: Database.Database, limit = 10): Omit<CorpusOverview, 'stats'> {
  const actors = db
    .prepare(
      `SELECT a.id, a.name AS label, a.type, a.country, a.based_in AS basedIn, m.articles, m.mentions FROM
         (SELECT actor_id, COUNT(DISTINCT article_id) AS articles, COUNT(*) AS mentions FROM mentions GROUP BY actor_id ORDER BY articles DESC, mentions DESC, actor_id LIMIT ?) m
       JOIN actors a ON a.id = m.actor_id ORDER BY m.articles DESC, m.mentions DESC, a.id`,
    )
    .all(limit) as CorpusOverview['actors'];
  const pairs = db
    .prepare(
      `SELECT MIN(src_key, tgt_key) AS a, MAX(src_key, tgt_key) AS b, COUNT(*) AS events, AVG(goldstein) AS g FROM events
       WHERE negated = 0 AND hypothetical = 0 AND src_key <> '' AND tgt_key <> '' AND src_key <> tgt_key
       GROUP BY 1, 2 ORDER BY events DESC, a, b LIMIT ?`,
    )
    .all(limit) as { a: string; b: string; events: number; g: number }[];
  const labels = describeKeys(db, new Set(pairs.flatMap((p) => [p.a, p.b])));
  const types = db
    .prepare('SELECT type, COUNT(*) AS events FROM events WHERE negated = 0 AND hypothetical = 0 GROUP BY type ORDER BY events DESC, type LIMIT ?')
    .all(limit) as CorpusOverview['types'];
  return {
    actors,
    dyads: pairs.map((p) => ({ a: p.a, b: p.b, aLabel: labels.get(p.a)!.label, bLabel: labels.get(p.b)!.label, events: p.events, goldsteinMean: round(p.g) })),
    types,
  };
}
