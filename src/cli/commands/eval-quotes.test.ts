import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { syntaxModelUsable } from '../../eval/quotes/test-support/syntax-model.js';
import { memoryIo } from '../io.js';
import { run } from '../main.js';

const FIXTURE = fileURLToPath(new URL('../../eval/quotes/fixtures/polnear', import.meta.url));
const hasSyntax = syntaxModelUsable();

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

describe('entente eval-quotes --agreement', () => {
  it('scores the annotators of a multiply annotated fixture article against each other', async () => {
    const io = memoryIo();
    expect(await run(['eval-quotes', FIXTURE, '--split', 'dev', '--agreement', '--json'], io)).toBe(0);
    const r = JSON.parse(io.out());
    // two annotations of one article (3 and 1 attributions): 2 ordered pairs. Sourced attributions:
    // 2 and 1, of which one (Officials/said) is shared, so 2 of 3 match in each direction.
    expect(r.counts.articles).toBe(2);
    expect(r.counts.gold).toBe(4);
    expect(r.figures.source.exact.p).toBeCloseTo(2 / 3);
    expect(r.figures.source.exact.r).toBeCloseTo(2 / 3);
  });
});
