/**
 * `npm run bench:ingest`: ingests the PolNeAR articles (`../shared/yardsticks/polnear/data/{train,dev,test}/text`,
 * read in place) repeated up to `--articles` (default 10,000) into a fresh SQLite store with the
 * default engine in worker threads, then runs the same inputs again (everything skipped). Each
 * repetition after the first changes its text slightly (a numbered closing line), so copies are
 * stored — and grouped into stories — rather than skipped. Prints articles per second, peak RSS of
 * the process (workers are threads, so they are included), and database bytes per article.
 *
 * Options: --articles N, --workers N, --db FILE (default: a temporary file, deleted afterwards),
 * --analyzer MODULE (instead of the engine), --json.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { readText } from '../../core/article/read-text.js';
import { ingest, type SourceRecord } from '../../corpus/ingest.js';
import { createWorkerPool } from '../../corpus/worker-pool.js';
import { DEFAULT_COMPONENTS } from '../../engine/components.js';
import { openSqliteStore } from '../../store/sqlite/sqlite-store.js';

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const SHARED = process.env.ENTENTE_SHARED ?? resolve(process.cwd(), '..', 'shared');
const POLNEAR = join(SHARED, 'yardsticks', 'polnear', 'data');

function polnearFiles(): string[] {
  return ['train', 'dev', 'test'].flatMap((split) => {
    const dir = join(POLNEAR, split, 'text');
    return readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => join(dir, f));
  });
}

/** The inputs: each file once, then again with a numbered closing line, until `n` inputs. */
function* records(files: string[], n: number): Generator<SourceRecord> {
  for (let i = 0; i < n; i++) {
    const file = files[i % files.length];
    const copy = Math.floor(i / files.length);
    yield {
      input: copy ? `${file}#copy${copy}` : file,
      read: async () => {
        const raw = readFileSync(file, 'utf8');
        return readText(copy ? `${raw.trimEnd()}\n\nThis copy was distributed by syndication partner number ${copy}.\n` : raw, { name: file });
      },
    };
  }
}

async function main(): Promise<void> {
  if (!existsSync(POLNEAR)) {
    console.log(`bench:ingest: ${POLNEAR} is not present; nothing to measure`);
    return;
  }
  const files = polnearFiles();
  const n = Number(flag('articles') ?? 10_000);
  const workers = Number(flag('workers') ?? availableParallelism());
  const tmp = flag('db') ? null : mkdtempSync(join(tmpdir(), 'entente-bench-'));
  const dbPath = flag('db') ?? join(tmp!, 'bench.db');
  const analyzerModule = flag('analyzer') ? pathToFileURL(resolve(flag('analyzer')!)).href : undefined;
  const components = analyzerModule ? [`custom analyzer ${flag('analyzer')}`] : DEFAULT_COMPONENTS.map((c) => c.name);

  const store = openSqliteStore(dbPath);
  const pool = createWorkerPool({ size: workers, analyzerModule });
  await pool.ready();
  let lastShown = 0;
  const onProgress = (p: { done: number; elapsedMs: number }) => {
    if (p.done - lastShown >= 1000) {
      lastShown = p.done;
      process.stderr.write(`  ${p.done} inputs, ${((p.done * 1000) / p.elapsedMs).toFixed(1)}/s\n`);
    }
  };
  const cpu0 = process.cpuUsage();
  const first = await ingest({ store, analyzer: pool, sources: records(files, n), total: n, onProgress });
  const cpu = process.cpuUsage(cpu0);
  lastShown = 0;
  const again = await ingest({ store, analyzer: pool, sources: records(files, n), total: n });
  const stats = await store.stats();
  await pool.close();
  await store.close();

  // Checkpoint the WAL into the main file so its size is the store's size.
  const db = new Database(dbPath);
  db.pragma('wal_checkpoint(TRUNCATE)');
  let tables: { name: string; bytes: number }[] = [];
  try {
    tables = db.prepare('SELECT name, SUM(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC LIMIT 12').all() as typeof tables;
  } catch {
    tables = []; // SQLite built without the dbstat table
  }
  const blob = db.prepare('SELECT AVG(length(analysis)) AS analysis, AVG(length(text)) AS text FROM articles').get() as { analysis: number; text: number };
  db.close();
  const bytes = statSync(dbPath).size;
  const result = {
    pipeline: components,
    workers,
    inputs: n,
    distinctFiles: files.length,
    stored: first.stored,
    failed: first.failed,
    seconds: Math.round(first.elapsedMs) / 1000,
    articlesPerSecond: Math.round((first.stored * 100000) / first.elapsedMs) / 100,
    // CPU time of the whole process (main thread and workers): what the figure above would be on an idle machine.
    cpuMsPerArticle: Math.round(((cpu.user + cpu.system) / 1000 / Math.max(1, first.stored)) * 100) / 100,
    rerunSkipped: again.skipped,
    rerunSeconds: Math.round(again.elapsedMs) / 1000,
    rerunInputsPerSecond: Math.round(((again.skipped + again.stored + again.failed) * 100000) / again.elapsedMs) / 100,
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    dbBytes: bytes,
    dbBytesPerArticle: Math.round(bytes / Math.max(1, stats.articles)),
    analysisBlobBytesPerArticle: Math.round(blob.analysis),
    textBytesPerArticle: Math.round(blob.text),
    stories: stats.stories,
    events: stats.events,
    eventMentions: stats.eventMentions,
    largestTables: tables.map((t) => `${t.name} ${(t.bytes / 1e6).toFixed(1)} MB`),
  };
  if (process.argv.includes('--json')) console.log(JSON.stringify(result, null, 2));
  else {
    console.log(`bench:ingest — pipeline: ${components.join(', ') || '(no components)'}; ${workers} workers`);
    console.log(`  first run: ${result.stored} of ${n} inputs stored (${result.failed} failed) in ${result.seconds} s = ${result.articlesPerSecond} articles/s`);
    console.log(`  CPU (all threads): ${result.cpuMsPerArticle} ms per article, i.e. at most ${Math.round((1000 * Math.min(workers + 1, availableParallelism())) / result.cpuMsPerArticle)} articles/s on ${availableParallelism()} idle cores`);
    console.log(`  second run: ${result.rerunSkipped} skipped as already stored in ${result.rerunSeconds} s = ${result.rerunInputsPerSecond} inputs/s`);
    console.log(`  peak RSS ${result.peakRssMB} MB; database ${(bytes / 1e6).toFixed(1)} MB = ${result.dbBytesPerArticle} bytes/article`);
    console.log(`  per article: text ${result.textBytesPerArticle} B, compressed analysis ${result.analysisBlobBytesPerArticle} B; ${stats.stories} stories, ${stats.events} events (${stats.eventMentions} reports)`);
    if (tables.length) console.log(`  largest tables: ${result.largestTables.join(', ')}`);
  }
  if (tmp) rmSync(tmp, { recursive: true, force: true });
}

await main();
