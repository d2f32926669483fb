import { describe, expect, it } from 'vitest';
import { analyzeShippedActors } from './test-support/shipped-actors.js';

/** The actor the mention with this text refers to. */
async function actorOf(text: string, mention: string) {
  const a = await analyzeShippedActors(text);
  return a.actors.find((x) => x.mentions.some((m) => m.text === mention)) ?? null;
}

describe("an organisation's members named by it", () => {
  it('are a mention of the organisation', async () => {
    expect((await actorOf('Hamas militants fired rockets at Israel on Monday.', 'Hamas militants'))?.id).toBe('org:hamas');
    expect((await actorOf('Hezbollah fighters attacked an Israeli post on Tuesday.', 'Hezbollah fighters'))?.country).toBe('LBN');
  });

  it('not a state, an unknown name or another noun', async () => {
    expect((await actorOf('Israeli troops entered the town on Monday.', 'Israeli troops'))?.country).toBe('ISR');
    expect((await actorOf('Hamas rockets hit the town on Monday.', 'Hamas rockets'))).toBeNull();
  });
});
