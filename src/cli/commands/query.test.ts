import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../store/sqlite/sqlite-store.js';
import { similarityOptions } from '../../store/test-support/fixtures.js';
import { groupDoc } from '../../store/test-support/group-fixture.js';
import { memoryIo } from '../io.js';
import { run } from '../main.js';
import { fixtureStoreCli } from './test-support/fixture-store-cli.js';

const { dir, run: query } = fixtureStoreCli('query');

describe('entente query', () => {
  it('lists events as a table, filtered', async () => {
    const r = await query('events', '--actor', 'Poland');
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^date\s+source\s+type\s+cameo\s+target/);
    expect(lines).toHaveLength(4); // header, rule, two events
    expect(r.out).toContain('Claire Martin');
  });

  it('prints events as JSON and CSV', async () => {
    const json = JSON.parse((await query('events', '--dyad', 'France', 'Germany', '--json')).out);
    expect(json).toHaveLength(4);
    expect(json[0]).toHaveProperty('numSources');
    const csv = (await query('events', '--type', 'SUPPORT', '--quad', '1', '--from', '2024-03', '--to', '2024-03', '--csv')).out.trimEnd().split('\r\n');
    expect(csv[0].split(',')[0]).toBe('date');
    expect(csv).toHaveLength(4);
  });

  it('shows a dyad timeline in both directions with who does what to whom', async () => {
    const r = await query('dyad', 'France', 'Germany', '--by', 'week');
    expect(r.out).toMatch(/A = France \(FRA\), B = Germany \(DEU\), by week/);
    expect(r.out).toMatch(/2024-03-04\s+2\s+2\s+0\s+5\.4\s+2/);
    expect(r.out).toMatch(/Who does what to whom/);
    const json = JSON.parse((await query('dyad', 'FRA', 'DEU', '--json')).out);
    expect(json.timeline.forward[0]).toMatchObject({ period: '2024-03', count: 2 });
    expect(json.asymmetry.rows).toContainEqual({ act: 'SUPPORT', aToB: 1, bToA: 1 });
  });

  it('profiles an actor', async () => {
    const r = await query('actor', 'Weber');
    expect(r.out).toMatch(/^Jonas Weber — person, DEU/);
    expect(r.out).toMatch(/events: 2 as source, 0 as target/);
  });

  it('says where a non-state group is based, in the profile and its JSON', async () => {
    const path = join(dir, 'group.db');
    const store = openSqliteStore(path);
    const d = groupDoc();
    await store.putAnalysis(d.article, d.analysis, similarityOptions(d.article));
    await store.close();
    const io = memoryIo();
    expect(await run(['query', 'actor', 'Northern Liberation Front', '--db', path], io)).toBe(0);
    expect(io.out()).toMatch(/^Northern Liberation Front — org, based in ZMB \(Northern Liberation Front \(org:northern-liberation-front\)\)/);
    const json = memoryIo();
    await run(['query', 'events', '--actor', 'Northern Liberation Front', '--type', 'ASSAULT', '--json', '--db', path], json);
    expect(JSON.parse(json.out())[0].source).toMatchObject({ country: null, basedIn: 'ZMB' });
  });

  it('lists quotations by speaker, full-text hits, stories and errors', async () => {
    expect((await query('quotes', '--speaker', 'Claire Martin')).out).toMatch(/We stand with our Polish partners.*\s2\s/);
    expect((await query('search', 'battery factory')).out).toMatch(/article\s+2024-03-08\s+Battery plant deal/);
    expect((await query('stories')).out).toMatch(/Continental Digest ← Baltic Ledger/);
    expect((await query('errors')).out).toBe('(none)\n');
  });

  it('fails with a one-line error for an unknown actor, a bad date or a missing store', async () => {
    const unknown = await query('events', '--actor', 'Atlantis');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/^entente: Atlantis: no actor in the store matches "Atlantis".*\[E402\]\n$/);
    expect((await query('dyad', 'France', 'Germany', '--from', 'last week')).err).toMatch(/not a date.*\[E402\]/);
    const io = memoryIo();
    expect(await run(['query', 'events', '--db', join(dir, 'none.db')], io)).toBe(1);
    expect(io.err()).toMatch(/none\.db: there is no store here.*\[E400\]/);
  });
});
