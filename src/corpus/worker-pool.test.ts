import { afterEach, describe, expect, it } from 'vitest';
import { makeArticle } from '../store/test-support/fixtures.js';
import type { Analyzer } from './analyzer.js';
import { ruleAnalyze } from './test-support/rule-analyzer.js';
import { createWorkerPool } from './worker-pool.js';

// Workers run the TypeScript sources through the test loader (vitest's transform does not reach them).
const execArgv = ['--import', new URL('./test-support/register-ts.mjs', import.meta.url).pathname];
const module = (name: string) => new URL(`./test-support/${name}.ts`, import.meta.url).href;

const texts = Array.from({ length: 12 }, (_, i) => `France met with Germany in round ${i} of the talks. Poland praised France for the result of round ${i}.`);

let pool: (Analyzer & { ready(): Promise<void> }) | null = null;
afterEach(async () => {
  await pool?.close();
  pool = null;
});

describe('worker pool', () => {
  it('analyses articles in worker threads exactly as in this thread', async () => {
    pool = createWorkerPool({ size: 2, analyzerModule: module('rule-analyzer'), execArgv });
    await pool.ready();
    expect(pool.parallelism).toBe(2);
    const articles = texts.map((t, i) => makeArticle(t, { title: `Round ${i}`, published: '2024-01-02' }));
    const results = await Promise.all(articles.map((a) => pool!.analyze(a)));
    expect(results).toEqual(articles.map(ruleAnalyze));
    expect(results[0].events.map((e) => e.type)).toEqual(['CONSULT', 'SUPPORT']);
  });

  it('fails one article with its coded error and keeps going', async () => {
    pool = createWorkerPool({ size: 1, analyzerModule: module('rule-analyzer'), execArgv });
    await expect(pool.analyze(makeArticle('Please [[fail]] here.'))).rejects.toMatchObject({ code: 'E301', message: 'the article asked to fail' });
    expect((await pool.analyze(makeArticle(texts[0]))).events).toHaveLength(2);
  });

  it('replaces a worker that dies, failing only the article it held', async () => {
    pool = createWorkerPool({ size: 1, analyzerModule: module('rule-analyzer'), execArgv });
    const dying = pool.analyze(makeArticle('This one will [[crash]] the thread.'));
    const next = pool.analyze(makeArticle(texts[1]));
    await expect(dying).rejects.toMatchObject({ code: 'E301' });
    expect((await next).events).toHaveLength(2);
  });

  it('reports an analyzer that cannot start (E200) instead of hanging', async () => {
    pool = createWorkerPool({ size: 2, analyzerModule: module('failing-analyzer'), execArgv });
    await expect(pool.ready()).rejects.toMatchObject({ code: 'E200', message: expect.stringContaining('the model file is missing') });
    await expect(pool.analyze(makeArticle(texts[0]))).rejects.toMatchObject({ code: 'E200' });
  });
});
