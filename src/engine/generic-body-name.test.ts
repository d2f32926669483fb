/**
 * A body's generic name that the knowledge base files under one country ("Supreme Court" is the
 * United States' when nothing else is said) ends a longer name when a name runs into it: "the
 * Iraqi Federal Supreme Court" is Iraq's court, over the shipped knowledge base and tagger.
 */
import { describe, expect, it } from 'vitest';
import { readText } from '../core/article/read-text.js';
import { createEngine } from './engine.js';

describe('a generic body name after a name', () => {
  it('is part of that longer name, of the state its demonym names', async () => {
    const text = 'Court ruling criticised\n\nMay 2, 2024\n\nKuwait criticised the ruling of the Iraqi Federal Supreme Court on Tuesday. The Supreme Court in Washington was not involved.';
    const engine = await createEngine({ upTo: 'actors' });
    const analysis = engine.analyzeArticle(readText(text));
    const court = analysis.actors.find((a) => a.name === 'Iraqi Federal Supreme Court');
    expect(court).toMatchObject({ type: 'org', country: 'IRQ' });
    expect(analysis.actors.find((a) => a.id === 'org:us-supreme-court')?.mentions.map((m) => m.text)).toEqual(['Supreme Court']);
  });
});
