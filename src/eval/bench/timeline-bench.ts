/**
 * `npm run bench:timeline`: fills a SQLite store with generated events (default 1,000,000) and times
 * dyad timeline queries through the Store interface (target: ≤ 100 ms).
 *
 * The events are written straight into the events table (bulk SQL, not one article at a time) and the
 * month/week rollups rebuilt from them, so the set-up takes a minute or two rather than hours; the
 * query under test is the store's own `dyadTimeline`. Dyads follow a
 * skewed (Zipf-like) distribution over 150 states, so the busiest dyads hold tens of thousands of
 * events, as the busiest real ones do. Options: --events N, --db FILE (default: a temporary file; an
 * existing file that already holds the events is reused), --runs N (timed runs per query, default
 * 20), --json. Besides wall-clock times it reports the CPU time of each query, which a machine shared
 * with other work does not inflate.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { contentId } from '../../core/analysis/content-id.js';
import { rebuildRollups } from '../../store/sqlite/rollup.js';
import { openSqliteStore } from '../../store/sqlite/sqlite-store.js';
import type { TimeBucket } from '../../store/store.js';

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

// PLOVER types with a representative CAMEO code, quad class and Goldstein score.
const TYPES: [string, string, number, number][] = [
  ['AGREE', '030', 1, 4], ['CONSULT', '040', 1, 1], ['SUPPORT', '051', 1, 3.4], ['CONCEDE', '080', 2, 5],
  ['COOPERATE', '061', 2, 6.4], ['AID', '070', 2, 7], ['RETREAT', '087', 2, 9], ['REQUEST', '020', 1, 3],
  ['ACCUSE', '112', 3, -2], ['REJECT', '120', 3, -4], ['THREATEN', '130', 3, -4.4], ['PROTEST', '140', 3, -6.5],
  ['SANCTION', '163', 4, -8], ['MOBILIZE', '150', 4, -7.2], ['COERCE', '170', 4, -7], ['ASSAULT', '190', 4, -10],
];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Three-letter codes AAA, AAB, ... (not real ISO codes except by accident; the first two are USA and RUS). */
function countries(n: number): string[] {
  const out = ['USA', 'RUS', 'CHN', 'UKR', 'DEU', 'FRA', 'GBR', 'IND', 'IRN', 'ISR'];
  for (let i = 0; out.length < n; i++) {
    const c = String.fromCharCode(65 + Math.floor(i / 676) % 26, 65 + Math.floor(i / 26) % 26, 65 + (i % 26));
    if (!out.includes(c)) out.push(c);
  }
  return out;
}

function generate(path: string, total: number): number {
  openSqliteStore(path).close(); // creates and migrates the schema
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -400000');
  const codes = countries(150);
  const rand = rng(42);
  // Zipf-like choice of actor: index ~ n^u, so a few states take most events.
  const pick = () => Math.min(codes.length - 1, Math.floor(Math.pow(codes.length, rand()) - 1));
  const day0 = Date.UTC(2015, 0, 1) / 86_400_000;
  const insertActor = db.prepare("INSERT OR IGNORE INTO actors (id, name, type, country, cameo, first_article) VALUES (?, ?, 'state', ?, ?, 'bench')");
  const insertName = db.prepare('INSERT OR IGNORE INTO actor_names (name_key, actor_id) VALUES (?, ?)');
  const insert = db.prepare(
    `INSERT INTO events (id, story_id, type, cameo, goldstein, quad_class, date, day, month, src_key, src_id, src_name, src_type, src_country, src_code,
       tgt_key, tgt_id, tgt_name, tgt_type, tgt_country, tgt_code, negated, hypothetical, future, num_mentions, num_articles, num_sources,
       first_article, first_rank, trigger, evidence, confidence)
     VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, 'state', ?, ?, ?, ?, ?, 'state', ?, ?, 0, 0, 0, 1, 1, 1, ?, ?, 'met', 'generated', 0.9)`,
  );
  db.transaction(() => {
    for (const c of codes) {
      insertActor.run(`state:${c}`, `State ${c}`, c, c);
      insertName.run(c.toLowerCase(), `state:${c}`);
    }
    for (let i = 0; i < total; i++) {
      const s = pick();
      let t = pick();
      if (t === s) t = (t + 1) % codes.length;
      const [type, cameo, quad, g] = TYPES[Math.floor(rand() * TYPES.length)];
      const day = day0 + Math.floor(rand() * 3650);
      const d = new Date(day * 86_400_000);
      const month = d.getUTCFullYear() * 100 + d.getUTCMonth() + 1;
      const story = contentId(`story${Math.floor(i / 3)}`);
      const a = codes[s];
      const b = codes[t];
      insert.run(contentId(`event${i}`), story, type, cameo, g, quad, day, month, `state:${a}`, `state:${a}`, `State ${a}`, a, a, `state:${b}`, `state:${b}`, `State ${b}`, b, b, story, `2020|${story}`);
    }
  })();
  // The writer keeps the month and week rollups up to date event by event; after a bulk load they are built at once.
  rebuildRollups(db);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.exec('ANALYZE');
  const n = db.prepare("SELECT COUNT(*) FROM events WHERE src_country = 'USA' AND tgt_country = 'RUS'").pluck().get() as number;
  db.close();
  return n;
}

async function countEvents(path: string): Promise<number> {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare('SELECT COUNT(*) FROM events').pluck().get() as number;
  } catch {
    return 0;
  } finally {
    db.close();
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function main(): Promise<void> {
  const total = Number(flag('events') ?? 1_000_000);
  const runs = Number(flag('runs') ?? 20);
  const tmp = flag('db') ? null : mkdtempSync(join(tmpdir(), 'entente-timeline-'));
  const path = flag('db') ?? join(tmp!, 'timeline.db');
  const t0 = performance.now();
  const reuse = existsSync(path) && (await countEvents(path)) >= total;
  const hot = reuse ? -1 : generate(path, total);
  const genSeconds = (performance.now() - t0) / 1000;

  const store = openSqliteStore(path);
  const results: Record<string, { firstMs: number; medianMs: number; maxMs: number; medianCpuMs: number; buckets: number; events: number }> = {};
  const cases: [string, string, string, TimeBucket][] = [
    ['USA–RUS by month', 'USA', 'RUS', 'month'],
    ['USA–RUS by week', 'USA', 'RUS', 'week'],
    ['USA–RUS by day', 'USA', 'RUS', 'day'],
    ['state:CHN–state:UKR by month (ids)', 'state:CHN', 'state:UKR', 'month'],
  ];
  for (const [label, a, b, by] of cases) {
    const times: number[] = [];
    const cpu: number[] = [];
    let buckets = 0;
    let events = 0;
    for (let r = 0; r <= runs; r++) {
      const t = performance.now();
      const c = process.cpuUsage();
      const tl = await store.dyadTimeline(a, b, { by });
      const used = process.cpuUsage(c);
      times.push(performance.now() - t);
      cpu.push((used.user + used.system) / 1000);
      buckets = tl.forward.length + tl.backward.length;
      events = [...tl.forward, ...tl.backward].reduce((n, x) => n + x.count, 0);
    }
    const round = (x: number) => Math.round(x * 10) / 10;
    results[label] = { firstMs: round(times[0]), medianMs: round(median(times.slice(1))), maxMs: round(Math.max(...times.slice(1))), medianCpuMs: round(median(cpu.slice(1))), buckets, events };
  }
  const stats = await store.stats();
  await store.close();
  if (process.argv.includes('--json')) console.log(JSON.stringify({ events: stats.events, generateSeconds: genSeconds, results }, null, 2));
  else {
    const made = reuse ? `reused from ${path}` : `generated in ${genSeconds.toFixed(1)} s (USA→RUS alone: ${hot})`;
    console.log(`bench:timeline — ${stats.events} events ${made}; ${runs} timed runs per query`);
    for (const [label, r] of Object.entries(results)) {
      console.log(`  ${label}: ${r.events} events in ${r.buckets} buckets — first ${r.firstMs} ms, median ${r.medianMs} ms (CPU ${r.medianCpuMs} ms), max ${r.maxMs} ms`);
    }
  }
  if (tmp) rmSync(tmp, { recursive: true, force: true });
}

await main();
