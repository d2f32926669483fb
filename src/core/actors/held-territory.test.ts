import { describe, expect, it } from 'vitest';
import { analyzeActors } from './test-support/fixture-actors.js';

describe('territory named by its holder', () => {
  it('is a mention of the holder covering the territory ("Russian-held towns")', () => {
    const doc = analyzeActors('Kazakh troops shelled Russian-held towns on Monday.', '2023-05-10');
    const held = doc.mentions.find((m) => doc.text.slice(m.start, m.end) === 'Russian-held towns');
    expect(held?.ref).toBe('state:RUS');
    // a flag is no holding: the name alone
    const flagged = analyzeActors('Kazakh troops seized Russian-flagged ships on Monday.', '2023-05-10');
    expect(flagged.mentions.map((m) => flagged.text.slice(m.start, m.end))).toContain('Russian');
  });
});
