/**
 * The default engine end to end on the shared corpus (skipped, saying so, without ../shared): every
 * analysis matches the published schema, and the reference article passes all its meta checks
 * (title, date, authors, publisher and the absence of each boilerplate line) under the referee rules.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAnalysisValidator } from '../core/analysis/validate.js';
import { scoreMeta } from '../eval/score/score-corpus.js';
import { hasShared, sharedPath } from '../test-support/shared.js';
import { createEngine } from './engine.js';

const SEED = 'seed-rferl-xi-putin-2022-09-15';

describe.skipIf(!hasShared('corpus', `${SEED}.txt`))('the default engine on the gold corpus', () => {
  const validate = createAnalysisValidator();

  it('passes every meta check of the reference article', async () => {
    const engine = await createEngine();
    const analysis = validate(await engine.analyze(sharedPath('corpus', `${SEED}.txt`)));
    const gold = JSON.parse(readFileSync(sharedPath('corpus', `${SEED}.gold.json`), 'utf8'));
    const checks = scoreMeta(gold, analysis as unknown as Record<string, unknown>);
    expect(Object.keys(checks)).toHaveLength(9);
    expect(Object.entries(checks).filter(([, ok]) => !ok)).toEqual([]);
  });

  it.skipIf(!hasShared('corpus', 'dev'))('writes schema-valid analyses for every dev article', async () => {
    const engine = await createEngine();
    const dir = sharedPath('corpus', 'dev');
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
      const a = await engine.analyze(`${dir}/${name}`);
      expect(validate(a, name).text.length).toBeGreaterThan(0);
    }
  });
});
