import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dataPath } from '../../package-info.js';
import { memoryIo } from '../io.js';
import { run } from '../main.js';

const FIXTURE = fileURLToPath(new URL('../../eval/quotes/fixtures/polnear', import.meta.url));
const hasSyntax = existsSync(dataPath('models', 'syntax-en.bin.gz'));
if (!hasSyntax) console.warn('[skip] data/models/syntax-en.bin.gz is not present: eval-quotes runs are skipped');

describe('entente eval-quotes', () => {
  it('documents its exact and overlap definitions in its help', async () => {
    const io = memoryIo();
    expect(await run(['eval-quotes', '--help'], io)).toBe(0);
    expect(io.out()).toMatch(/exact\s+a predicted attribution counts/);
    expect(io.out()).toMatch(/overlap\s+token level/);
  });

  it('refuses an unknown split on one line', async () => {
    const io = memoryIo();
    expect(await run(['eval-quotes', FIXTURE, '--split', 'final', '--rules'], io)).toBe(1);
    expect(io.err()).toMatch(/--split takes train, dev or test.*\[E203\]\n$/);
  });

  it.skipIf(!hasSyntax)('scores the rules on a fixture article', async () => {
    const io = memoryIo();
    expect(await run(['eval-quotes', FIXTURE, '--split', 'dev', '--rules', '--json'], io)).toBe(0);
    const r = JSON.parse(io.out());
    expect(r.counts.articles).toBe(1);
    expect(r.counts.gold).toBe(3);
    expect(r.figures.cue.exact.r).toBeGreaterThan(0);
  });
});
