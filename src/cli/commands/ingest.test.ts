import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFixtureFolder } from '../../corpus/test-support/fixture-files.js';
import { openSqliteStore } from '../../store/sqlite/sqlite-store.js';
import { memoryIo } from '../io.js';
import { run } from '../main.js';

const dir = mkdtempSync(join(tmpdir(), 'entente-ingest-cli-'));
const inputs = join(dir, 'inputs');
const db = join(dir, 'corpus.db');
const ruleAnalyzer = new URL('../../corpus/test-support/rule-analyzer.ts', import.meta.url).pathname;
let paths: Awaited<ReturnType<typeof writeFixtureFolder>>;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function ingestCli(...args: string[]) {
  const io = memoryIo();
  const code = await run(['ingest', ...args, '--db', db, '--workers', '0', '--analyzer', ruleAnalyzer], io);
  return { code, out: io.out(), err: io.err() };
}

describe('entente ingest', () => {
  let first: Awaited<ReturnType<typeof ingestCli>>;
  beforeAll(async () => {
    paths = await writeFixtureFolder(inputs);
    first = await ingestCli(inputs, '--no-follow');
  });

  it('reads every input kind of a folder: text, HTML, JSON Lines, RSS and WARC', async () => {
    const store = openSqliteStore(db);
    const articles = await store.articles();
    const events = await store.events();
    await store.close();
    expect(articles.map((a) => [a.input?.replace(inputs, ''), a.sourceKind]).sort()).toEqual([
      ['/batch.jsonl#1', 'jsonl'],
      ['/batch.jsonl#4', 'jsonl'],
      ['/border-talks.html', 'html'],
      ['/original.txt', 'text'],
      ['/reprint.txt', 'text'],
      ['https://feed.example/rail', 'feed'],
      ['https://grid.example/link-opens', 'warc'],
    ]);
    expect(articles.find((a) => a.sourceKind === 'feed')).toMatchObject({ url: 'https://feed.example/rail', title: 'Rail corridor praised' });
    // The rule analyzer codes one event per "<state> <verb> ... <state>" sentence, merged across the reprint.
    expect(events.map((e) => `${e.source?.country}-${e.cameo}-${e.target?.country}:${e.numArticles}`).sort()).toEqual([
      'DEU-051-FRA:1',
      'DEU-057-FRA:1',
      'DEU-112-POL:1',
      'FRA-043-POL:1',
      'FRA-057-DEU:2',
      'POL-043-DEU:1',
      'POL-051-FRA:2',
    ]);
    expect(first.out).toMatch(/7 stored, 0 already stored, 2 failed/);
    expect(first.out).toContain('Busiest dyads');
  });

  it('records the bad inputs with their reasons, and exits 1', async () => {
    expect(first.code).toBe(1);
    const store = openSqliteStore(db);
    const errors = await store.errors();
    await store.close();
    expect(errors.map((e) => [e.input.replace(inputs, ''), e.code])).toEqual([
      ['/batch.jsonl#2', 'E301'],
      ['/batch.jsonl#3', 'E110'],
    ]);
    expect(first.err).toMatch(/failed: .*batch\.jsonl#3: the line is not valid JSON/);
  });

  it('groups the reprint with its original and keeps the original publisher', async () => {
    const store = openSqliteStore(db);
    const stories = await store.stories();
    const byInput = await Promise.all(stories.flatMap((s) => s.articles).map(async (a) => [a.input?.replace(inputs, ''), a] as const));
    await store.close();
    expect(stories).toHaveLength(1);
    expect(stories[0].numArticles).toBe(2);
    const reprint = byInput.find(([i]) => i === '/reprint.txt')![1];
    expect(reprint.publisher).toBe('Baltic Ledger');
    expect(byInput.map(([i]) => i).sort()).toEqual(['/original.txt', '/reprint.txt']);
  });

  it('is idempotent: a second run stores nothing and leaves the store as it was', async () => {
    const before = openSqliteStore(db);
    const dump = await before.canonicalDump();
    await before.close();
    const again = await ingestCli(inputs, '--no-follow');
    expect(again.out).toMatch(/0 stored, 7 already stored, 2 failed/);
    const after = openSqliteStore(db);
    expect(await after.canonicalDump()).toEqual(dump);
    await after.close();
  });

  it('skips an input whose text is already stored under another name', async () => {
    const again = await ingestCli(paths.original);
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/0 stored, 1 already stored, 0 failed/);
  });

  it('reports a missing input as failed and goes on', async () => {
    const r = await ingestCli(join(dir, 'nowhere.txt'), paths.html);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/0 stored, 1 already stored, 1 failed/);
    expect(r.err).toMatch(/nowhere\.txt: no such file/);
  });
});
