import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { runStoreContract } from '../store-contract.js';
import { fixtureCorpus } from '../test-support/corpus-fixture.js';
import { similarityOptions } from '../test-support/fixtures.js';
import { LATEST_VERSION } from './migrations.js';
import { rebuildRollups } from './rollup.js';
import { openSqliteStore } from './sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'entente-sqlite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

runStoreContract('sqlite (in memory)', async () => openSqliteStore(':memory:'));
runStoreContract('sqlite (file, WAL)', async () => openSqliteStore(join(dir, `contract-${n++}.db`)));

describe('sqlite store specifics', () => {
  it('records its schema version and reopens a store without migrating it again', async () => {
    const path = join(dir, 'reopen.db');
    const s = openSqliteStore(path);
    const d = fixtureCorpus()[0];
    await s.putAnalysis(d.article, d.analysis, similarityOptions(d.article));
    await s.close();
    const again = openSqliteStore(path);
    expect(await again.schemaVersion()).toBe(LATEST_VERSION);
    expect(await again.has(d.analysis.id)).toBe(true);
    await again.close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.prepare('SELECT COUNT(*) FROM schema_version').pluck().get()).toBe(LATEST_VERSION);
    db.close();
  });

  it('keeps the dyad rollups equal to a rebuild from the events', async () => {
    const path = join(dir, 'rollup.db');
    const s = openSqliteStore(path);
    // Out of order, so that stories merge and earlier reports take over events.
    const docs = fixtureCorpus();
    for (const d of [docs[1], docs[5], docs[0], docs[6], docs[2], docs[4], docs[3]]) await s.putAnalysis(d.article, d.analysis, similarityOptions(d.article));
    await s.close();
    const db = new Database(path);
    const rows = () => db.prepare('SELECT * FROM dyad_rollup ORDER BY scope, grain, a, b, period, quad_class, type').all();
    const incremental = rows();
    rebuildRollups(db);
    expect(rows()).toEqual(incremental);
    expect(incremental.length).toBeGreaterThan(10);
    db.close();
  });

  it('refuses a store whose schema is newer than this code (E401)', () => {
    const path = join(dir, 'future.db');
    openSqliteStore(path).close();
    const db = new Database(path);
    db.prepare("INSERT INTO schema_version (version, description, applied_at) VALUES (?, 'from the future', '2099-01-01')").run(LATEST_VERSION + 1);
    db.close();
    expect(() => openSqliteStore(path)).toThrow(expect.objectContaining({ code: 'E401' }));
  });

  it('refuses a file that is not a database (E400)', () => {
    const path = join(dir, 'not-a-db.db');
    writeFileSync(path, 'this is plain text, not SQLite '.repeat(200));
    expect(() => openSqliteStore(path)).toThrow(expect.objectContaining({ code: 'E400' }));
  });

  it('opens read-only for queries', async () => {
    const path = join(dir, 'ro.db');
    const w = openSqliteStore(path);
    for (const d of fixtureCorpus()) await w.putAnalysis(d.article, d.analysis, similarityOptions(d.article));
    const r = openSqliteStore(path, { readonly: true });
    expect((await r.stats()).articles).toBe(7);
    await r.close();
    await w.close();
    expect(() => openSqliteStore(join(dir, 'missing.db'), { readonly: true })).toThrow(expect.objectContaining({ code: 'E400' }));
  });

  it('answers a day timeline from the covering index in index order, without reading the events table', () => {
    const path = join(dir, 'plan.db');
    openSqliteStore(path).close();
    const file = new Database(path, { readonly: true });
    const plan = file
      .prepare(
        `EXPLAIN QUERY PLAN SELECT day AS bucket, quad_class, type, COUNT(*), SUM(goldstein) FROM events
         WHERE src_country = ? AND tgt_country = ? AND negated = 0 AND hypothetical = 0 AND day IS NOT NULL GROUP BY day, quad_class, type ORDER BY day, quad_class, type`,
      )
      .all('RUS', 'CHN') as { detail: string }[];
    file.close();
    const detail = plan.map((p) => p.detail).join(' | ');
    expect(detail).toMatch(/COVERING INDEX events_dyad_country/);
    expect(detail).not.toMatch(/TEMP B-TREE/);
  });
});
