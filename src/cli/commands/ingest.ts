/**
 * `entente ingest <inputs...>`: reads files, folders, globs, JSON Lines, WARC archives, feeds and URLs
 * into the corpus store (SQLite, `./entente.db` by default), analysing articles in worker threads.
 * Progress goes to stderr (a bar on a terminal, plain lines otherwise); the summary to stdout. Run it
 * again after an interruption: stored articles are skipped, the rest are added. Exit code 1 when
 * some input failed (each is recorded in the store with its reason).
 */
import { availableParallelism } from 'node:os';
import { InvalidArgumentError, type Command } from 'commander';
import type { Analyzer } from '../../corpus/analyzer.js';
import { inlineAnalyzer } from '../../corpus/analyzer.js';
import { defaultReaders } from '../../corpus/default-readers.js';
import { ingest } from '../../corpus/ingest.js';
import { progressReporter } from '../../corpus/progress.js';
import { countArticles, expandInputs, sourceRecords } from '../../corpus/sources.js';
import { formatIngestSummary } from '../../corpus/summary.js';
import { createWorkerPool } from '../../corpus/worker-pool.js';
import { openSqliteStore } from '../../store/sqlite/sqlite-store.js';
import type { CliIo } from '../io.js';

// The exit codes of `main.ts` (not imported from there: main imports every command, a slow start for workers and children).
const EXIT = { ok: 0, failed: 1 } as const;

interface IngestFlags {
  db: string;
  workers: number;
  maxBytes: number;
  timeout: number;
  allowPrivate?: boolean;
  follow: boolean;
  progress: boolean;
  json?: boolean;
  analyzer?: string;
}

function parseCount(s: string): number {
  const n = Number(s);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('give a whole number, 0 or more');
  return n;
}

/** A size such as `5MB`, `500KB` or a number of bytes. */
function parseSize(s: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|kib|mb|mib|gb|gib)?\s*$/i.exec(s);
  if (!m) throw new InvalidArgumentError('give a size such as 5MB, 500KB or a number of bytes');
  const unit = (m[2] ?? 'b').toLowerCase();
  const mult = unit.startsWith('g') ? 1024 ** 3 : unit.startsWith('m') ? 1024 ** 2 : unit.startsWith('k') ? 1024 : 1;
  return Math.round(Number(m[1]) * mult);
}

function parseMs(s: string): number {
  const n = Number(s);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('give a positive number of milliseconds');
  return n;
}

/** Registers `ingest` on the program. */
export function registerIngest(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('ingest')
    .description('read many articles into the corpus store (files, folders, globs, .jsonl, .warc(.gz), RSS/Atom feeds, URLs)')
    .argument('<inputs...>', 'files, folders, globs, JSON Lines, WARC archives, feed files or URLs, article URLs')
    .option('--db <path>', 'the SQLite store to fill', 'entente.db')
    .option('--workers <n>', 'analysis worker threads (0: analyse in the main thread)', parseCount, availableParallelism())
    .option('--max-bytes <size>', 'largest file or page accepted, e.g. 5MB', parseSize, 5 * 1024 * 1024)
    .option('--timeout <ms>', 'deadline for fetching a URL, in milliseconds', parseMs, 20_000)
    .option('--allow-private', 'allow URLs on private, loopback or link-local addresses')
    .option('--no-follow', 'for feed items without their full text, use the summary instead of fetching the page')
    .option('--no-progress', 'print no progress on stderr')
    .option('--json', 'print the summary as JSON')
    .option('--analyzer <module>', 'a module exporting createAnalyzer() to use instead of the engine (advanced)')
    .action(async (inputs: string[], flags: IngestFlags) => {
      setExit(await ingestCommand(inputs, flags, io));
    });
}

async function ingestCommand(inputs: string[], flags: IngestFlags, io: CliIo): Promise<number> {
  const store = openSqliteStore(flags.db);
  let analyzer: Analyzer | null = null;
  try {
    const module = flags.analyzer ? new URL(flags.analyzer, `file://${process.cwd()}/`).href : undefined;
    if (flags.workers === 0) {
      const mod = (await import(module ?? '../../corpus/engine-analyzer.js')) as typeof import('../../corpus/engine-analyzer.js');
      analyzer = inlineAnalyzer(await mod.createAnalyzer());
    } else {
      const pool = createWorkerPool({ size: flags.workers, analyzerModule: module });
      analyzer = pool;
      await pool.ready();
    }
    const readers = defaultReaders({ maxBytes: flags.maxBytes, timeoutMs: flags.timeout, allowPrivate: flags.allowPrivate });
    const { items } = await expandInputs(inputs);
    const total = await countArticles(items);
    const progress = flags.progress
      ? progressReporter({ write: (s) => io.stderr.write(s), tty: !!io.stderr.isTTY, columns: (io.stderr as { columns?: number }).columns })
      : null;
    const run = await ingest({
      store,
      analyzer,
      sources: sourceRecords(inputs, { readers, feed: { follow: flags.follow } }),
      total: total ?? undefined,
      onProgress: progress ? (p) => progress.update(p) : undefined,
    });
    progress?.finish();
    const overview = await store.overview({ limit: 10 });
    io.stdout.write(flags.json ? JSON.stringify({ db: flags.db, run, ...overview }, null, 2) + '\n' : formatIngestSummary(run, overview, flags.db));
    return run.failed > 0 ? EXIT.failed : EXIT.ok;
  } finally {
    await analyzer?.close();
    await store.close();
  }
}
