import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../io.js';
import { run } from '../main.js';

const root = mkdtempSync(join(tmpdir(), 'entente-eval-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('entente eval', () => {
  const gold = join(root, 'gold');
  const pred = join(root, 'pred');
  mkdirSync(gold);
  mkdirSync(pred);
  writeFileSync(join(gold, 'x.gold.json'), JSON.stringify({ meta: { title: 'Talks end' }, actors: [{ name: 'Kenya', type: 'state', country: 'KEN' }], quotes: [], events: [] }));
  writeFileSync(join(pred, 'x.json'), JSON.stringify({ meta: { title: 'Talks end' }, text: 'Talks ended.', actors: [{ name: 'Kenya', type: 'state', country: 'KEN' }] }));

  it('prints the summary table', async () => {
    const io = memoryIo();
    expect(await run(['eval', gold, pred], io)).toBe(0);
    expect(io.out()).toContain('actors_f1                  1.000\n');
    expect(io.out()).toContain('meta_checks                1/1\n');
  });

  it('prints per-article JSON with --per-article --json', async () => {
    const io = memoryIo();
    expect(await run(['eval', gold, pred, '--per-article', '--json'], io)).toBe(0);
    const r = JSON.parse(io.out());
    expect(r.summary.articles).toBe(1);
    expect(r.articles.x.actors).toMatchObject({ tp: 1, pred: 1, gold: 1 });
  });

  it('reports a missing gold folder on one line', async () => {
    const io = memoryIo();
    expect(await run(['eval', join(root, 'none'), pred], io)).toBe(1);
    expect(io.err()).toMatch(/none: the gold folder cannot be read \(ENOENT\) \[E501\]\n$/);
  });
});
