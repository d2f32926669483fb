import { describe, expect, it } from 'vitest';
import { analyzeShippedActors } from './test-support/shipped-actors.js';

describe('"its own"', () => {
  it("is the main clause's subject, not the nearest body", async () => {
    const a = await analyzeShippedActors('Estonia expelled the Russian ambassador on Monday in response to the expulsion of its own envoy from Moscow.');
    const its = a.actors.find((x) => x.mentions.some((m) => m.text === 'its'));
    expect(its?.id).toBe('state:EST');
  });

  it('leaves a plain "its" to the nearest body', async () => {
    const a = await analyzeShippedActors('Estonia expelled the ambassador of Russia on Monday after its troops crossed the border.');
    const its = a.actors.find((x) => x.mentions.some((m) => m.text === 'its'));
    expect(its?.id).toBe('state:RUS');
  });
});
