import { describe, expect, it } from 'vitest';
import { analyzeShippedActors } from './test-support/shipped-actors.js';

/** The knowledge-base id of the actor a mention with exactly this text refers to. */
async function idOf(text: string, mention: string): Promise<string | null> {
  const a = await analyzeShippedActors(text);
  return a.actors.find((x) => x.mentions.some((m) => m.text === mention))?.id ?? null;
}

describe('a former leader named by surname alone', () => {
  it('is the latest of that name who led a country in view', async () => {
    expect(await idOf('Washington was quiet on Monday. Bush said the war had been a mistake.', 'Bush')).toBe('person:george-w-bush');
  });

  it('is no known person when no country in view had a leader of that name', async () => {
    expect(await idOf('Caracas was quiet on Monday. Romero said the talks had failed.', 'Romero')).not.toMatch(/^person:/);
  });
});
