/**
 * Kill-and-resume: the ingest runs as a child process (the CLI from sources, two worker threads, the
 * fast rule analyzer) and is killed with SIGKILL at random points five times, then run to the end.
 * The final store must equal the store of an uninterrupted run, table by table.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'entente-resume-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const here = (p: string) => new URL(p, import.meta.url).pathname;
const STATES = ['France', 'Germany', 'Poland'];
const VERBS = ['met with', 'praised', 'accused', 'signed a treaty with'];
const PLACES = ['Paris', 'Berlin', 'Warsaw', 'Geneva', 'Vienna', 'Prague'];
const TOPICS = ['grain transit', 'border patrols', 'energy prices', 'rail links', 'fishing quotas', 'student visas'];

const WORDS = (
  'harbour council budget reform grain tariff pipeline railway corridor treaty summit envoy minister parliament ' +
  'election coalition protest border patrol customs quota vessel airline visa student farmer steel factory loan ' +
  'bank currency inflation drought flood wildfire vaccine hospital court verdict appeal sanction embargo ceasefire'
).split(' ');

/** N invented articles; every fifth has a lightly edited copy from another outlet; two lines are bad. */
function corpus(n: number): string {
  const rnd = random(7);
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const a = STATES[i % 3];
    const b = STATES[(i + 1 + (i % 2)) % 3];
    // Random filler words make every article distinct, as real news is.
    const filler = Array.from({ length: 60 }, (_, j) => WORDS[Math.floor(rnd() * WORDS.length)] + (j % 12 === 11 ? '.' : '')).join(' ');
    const text = `${a} ${VERBS[i % 4]} ${b} in ${PLACES[i % 6]} on day ${i} of the talks about ${TOPICS[i % 6]}. Delegates said ${filler}`;
    const day = `2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    lines.push(JSON.stringify({ url: `https://wire.example/${i}`, title: `Round ${i}`, published: day, publisher: 'Example Wire', text }));
    if (i % 5 === 0) {
      lines.push(JSON.stringify({ url: `https://wire.example/${i}`, title: `Round ${i}`, published: day, publisher: 'Example Wire', reprintedBy: 'Digest Daily', text: text.replace('Delegates said', 'Delegates told reporters') + ' Reprinted with permission.' }));
    }
    if (i === 7) lines.push('{"url": broken');
    if (i === 11) lines.push(JSON.stringify({ title: 'no text' }));
  }
  return lines.join('\n') + '\n';
}

function ingestChild(jsonl: string, db: string) {
  const child = spawn(
    process.execPath,
    ['--import', here('./test-support/register-ts.mjs'), here('./test-support/run-cli.ts'), 'ingest', jsonl, '--db', db, '--workers', '2', '--analyzer', here('./test-support/rule-analyzer.ts'), '--no-progress'],
    { env: { ...process.env, ENTENTE_TEST_ANALYZE_MS: '1' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let err = '';
  child.stderr.on('data', (d) => (err += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; err: string }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, err })),
  );
  return { child, exited };
}

function storedCount(db: string): number {
  try {
    const c = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return c.prepare('SELECT COUNT(*) FROM articles').pluck().get() as number;
    } finally {
      c.close();
    }
  } catch {
    return 0; // not created yet, or the schema is not there yet
  }
}

/** A small seeded generator, so a failure can be replayed with ENTENTE_TEST_SEED. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('ingest killed and resumed', () => {
  it('ends with the same store as an uninterrupted run after five SIGKILLs', async () => {
    const jsonl = join(dir, 'corpus.jsonl');
    const N = 150;
    writeFileSync(jsonl, corpus(N));
    const total = N + N / 5;

    const reference = join(dir, 'reference.db');
    const t0 = Date.now();
    const ref = await ingestChild(jsonl, reference).exited;
    const refMs = Date.now() - t0;
    expect(ref.code, ref.err).toBe(1); // two bad lines
    expect(storedCount(reference)).toBe(total);

    const seed = Number(process.env.ENTENTE_TEST_SEED ?? Date.now() % 100000);
    const rnd = random(seed);
    const resumed = join(dir, 'resumed.db');
    const counts: number[] = [];
    for (let k = 0; k < 5; k++) {
      const { child, exited } = ingestChild(jsonl, resumed);
      const before = storedCount(resumed);
      // The first kill lands during start-up; the others at random points spread over the run (articles are
      // committed in batches, so the store may pass the target by a batch before the kill lands).
      const target = k === 0 ? before : Math.max(before + 1, Math.floor(total * (0.15 * k + 0.1 * rnd())));
      if (k === 0) await sleep(50 + rnd() * 300);
      else while (storedCount(resumed) < target && child.exitCode === null) await sleep(5 + rnd() * 10);
      child.kill('SIGKILL');
      const r = await exited;
      expect(r.signal, `seed ${seed}: run ${k} ended by itself before the kill`).toBe('SIGKILL');
      counts.push(storedCount(resumed));
    }
    expect(counts.at(-1)!, `seed ${seed}: counts ${counts} (uninterrupted run: ${refMs} ms)`).toBeLessThan(total);
    const last = await ingestChild(jsonl, resumed).exited;
    expect(last.code, last.err).toBe(1);

    const a = openSqliteStore(reference);
    const b = openSqliteStore(resumed);
    const [da, db] = [await a.canonicalDump(), await b.canonicalDump()];
    await a.close();
    await b.close();
    expect(Object.keys(db)).toEqual(Object.keys(da));
    for (const table of Object.keys(da)) expect(db[table], `seed ${seed}: table ${table} (stored after each kill: ${counts})`).toEqual(da[table]);
    expect(da.stories.filter((s) => (s as number[])[3] === 2)).toHaveLength(N / 5);
  }, 120_000);
});
