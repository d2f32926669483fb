import { describe, expect, it } from 'vitest';
import type { Analysis } from '../core/analysis/contract.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { makeArticle } from '../store/test-support/fixtures.js';
import { inlineAnalyzer } from './analyzer.js';
import { ingest, type IngestProgress, type SourceRecord } from './ingest.js';
import { ruleAnalyze } from './test-support/rule-analyzer.js';

const text = (i: number) => `France met with Germany in Geneva for round ${i} of the talks on grain transit and river shipping.`;
const records = (n: number, from = 0): SourceRecord[] =>
  Array.from({ length: n }, (_, k) => ({ input: `item-${from + k}`, read: async () => makeArticle(text(from + k), { published: '2024-02-01', publisher: 'Wire' }) }));

describe('ingest loop', () => {
  it('stores every article, reports progress for each input, and commits in batches', async () => {
    const store = openSqliteStore(':memory:');
    const seen: IngestProgress[] = [];
    const run = await ingest({ store, analyzer: inlineAnalyzer(ruleAnalyze), sources: records(40), total: 40, onProgress: (p) => seen.push(p), batchSize: 8 });
    expect(run).toMatchObject({ stored: 40, skipped: 0, failed: 0 });
    expect(seen.map((p) => p.done)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(seen.at(-1)).toMatchObject({ total: 40, stored: 40 });
    expect((await store.stats()).articles).toBe(40);
    await store.close();
  });

  it('skips duplicates within a run and articles already stored', async () => {
    const store = openSqliteStore(':memory:');
    const twice = [...records(5), ...records(5)];
    expect(await ingest({ store, analyzer: inlineAnalyzer(ruleAnalyze), sources: twice })).toMatchObject({ stored: 5, skipped: 5 });
    expect(await ingest({ store, analyzer: inlineAnalyzer(ruleAnalyze), sources: records(7) })).toMatchObject({ stored: 2, skipped: 5 });
    await store.close();
  });

  it('records an article the store rejects without losing the rest of its batch', async () => {
    const store = openSqliteStore(':memory:');
    // An analysis whose event lacks its trigger cannot be stored: the batch is retried one by one.
    const analyze = (a: Parameters<typeof ruleAnalyze>[0]): Analysis => {
      const r = ruleAnalyze(a);
      return a.text.includes('round 3 ') ? { ...r, events: [{ ...r.events[0], trigger: undefined as never }] } : r;
    };
    const run = await ingest({ store, analyzer: inlineAnalyzer(analyze), sources: records(6), batchSize: 6 });
    expect(run).toMatchObject({ stored: 5, failed: 1 });
    expect((await store.errors()).map((e) => [e.input, e.code])).toEqual([['item-3', 'E402']]);
    await store.close();
  });

  it('clears the error of an input that is stored in a later run', async () => {
    const store = openSqliteStore(':memory:');
    let broken = true;
    const flaky: SourceRecord = {
      input: 'flaky',
      read: async () => {
        if (broken) throw Object.assign(new Error('connection reset'), {});
        return makeArticle(text(99));
      },
    };
    expect(await ingest({ store, analyzer: inlineAnalyzer(ruleAnalyze), sources: [flaky] })).toMatchObject({ failed: 1 });
    expect(await store.errors()).toMatchObject([{ input: 'flaky', code: 'E301', reason: 'connection reset' }]);
    broken = false;
    expect(await ingest({ store, analyzer: inlineAnalyzer(ruleAnalyze), sources: [flaky] })).toMatchObject({ stored: 1 });
    expect(await store.errors()).toEqual([]);
    await store.close();
  });

  it('stops taking inputs when aborted', async () => {
    const store = openSqliteStore(':memory:');
    const stop = new AbortController();
    async function* slow() {
      for (const r of records(50)) {
        if (r.input === 'item-10') stop.abort();
        yield r;
      }
    }
    const run = await ingest({ store, analyzer: inlineAnalyzer(ruleAnalyze), sources: slow(), signal: stop.signal });
    expect(run.stored).toBe(10);
    await store.close();
  });
});
