/**
 * A government department named without its state ("The Department of Foreign Affairs said …")
 * belongs to the state the text is about, over the shipped knowledge base and tagger. Sentences
 * written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeShippedActors } from './test-support/shipped-actors.js';

const department = async (text: string) => (await analyzeShippedActors(text)).actors.find((a) => a.name === 'Department of Foreign Affairs' || a.name === 'Defence Ministry');

describe('a government department named without its state', () => {
  it('is of the state the previous sentence was about', async () => {
    expect(await department('Kenya lodged a protest with Uganda on Monday. The Department of Foreign Affairs said it had summoned the envoy.')).toMatchObject({ type: 'org', country: 'KEN' });
  });

  it('has no state when the text is about none', async () => {
    expect((await department('The Department of Foreign Affairs said it had summoned the envoy.'))?.country ?? null).toBeNull();
  });
});
