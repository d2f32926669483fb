import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { runStoreContract } from '../store-contract.js';
import { fixtureCorpus } from '../test-support/corpus-fixture.js';
import { similarityOptions } from '../test-support/fixtures.js';
import { groupDoc } from '../test-support/group-fixture.js';
import { LATEST_VERSION, MIGRATIONS, migrate } from './migrations.js';
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

  it('migrates a version 2 store forward on open: old rows keep no based_in, new ones store it', async () => {
    const path = join(dir, 'v2.db');
    const old = new Database(path);
    expect(migrate(old, path, MIGRATIONS.filter((m) => m.version <= 2))).toBe(2);
    // A row as version 2 wrote it: an event between two states, before contract 1.2.0.
    old.prepare("INSERT INTO actors (id, name, type, country, cameo, sector, role, first_article) VALUES ('state:FRA', 'France', 'state', 'FRA', 'FRA', NULL, NULL, 'a1')").run();
    old
      .prepare(
        `INSERT INTO events (id, story_id, type, cameo, goldstein, quad_class, day, month, src_key, src_id, src_name, src_type, src_country, tgt_key, tgt_name,
           negated, hypothetical, future, num_mentions, num_articles, num_sources, first_article, first_rank, trigger, evidence, confidence)
         VALUES ('ev-old', 's1', 'CONSULT', '043', 2.8, 1, 19786, 202403, 'state:FRA', 'state:FRA', 'France', 'state', 'FRA', 'name:delegation', 'the delegation',
           0, 0, 0, 1, 1, 1, 'a1', '2024-03-04|a1', 'met', 'France met the delegation.', 0.9)`,
      )
      .run();
    old.close();

    const s = openSqliteStore(path);
    expect(await s.schemaVersion()).toBe(LATEST_VERSION);
    const [before] = await s.events();
    expect(before.id).toBe('ev-old');
    expect(before.source).toMatchObject({ country: 'FRA', basedIn: null });
    const d = groupDoc();
    await s.putAnalysis(d.article, d.analysis, similarityOptions(d.article));
    const [assault] = await s.events({ type: 'ASSAULT' });
    expect(assault.source).toMatchObject({ country: null, basedIn: 'ZMB' });
    const dump = await s.canonicalDump();
    expect(dump.actors.some((r) => r.includes('org:northern-liberation-front') && r.includes('ZMB'))).toBe(true);
    await s.close();
    const db = new Database(path, { readonly: true });
    expect(db.prepare('SELECT version FROM schema_version ORDER BY version').pluck().all()).toEqual([1, 2, 3]);
    const readonlyOld = join(dir, 'v2-readonly.db');
    const v2 = new Database(readonlyOld);
    migrate(v2, readonlyOld, MIGRATIONS.filter((m) => m.version <= 2));
    v2.close();
    expect(() => openSqliteStore(readonlyOld, { readonly: true })).toThrow(expect.objectContaining({ code: 'E400', message: expect.stringMatching(/version 2, older than 3/) }));
    expect(db.prepare("SELECT based_in FROM actors WHERE id = 'state:FRA'").pluck().get()).toBeNull();
    db.close();
  });

  it('refuses a store whose schema is newer than this code (E401)', () => {
    const path = join(dir, 'future.db');
    openSqliteStore(path).close();
    const db = new Database(path);
    db.prepare("INSERT INTO schema_version (version, description, applied_at) VALUES (?, 'from the future', '2099-01-01')").run(LATEST_VERSION + 1);
    db.close();
    expect(() => openSqliteStore(path)).toThrow(expect.objectContaining({ code: 'E401' }));
    expect(() => openSqliteStore(path, { readonly: true })).toThrow(expect.objectContaining({ code: 'E401' }));
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
