/**
 * A people's name closing a person's name ("Karim Dad Baloch said") is a surname over the shipped
 * tagger, not a group cut off the name; the same word before a noun it describes stays a people's.
 */
import { describe, expect, it } from 'vitest';
import { readText } from '../core/article/read-text.js';
import { createEngine } from './engine.js';

describe('a demonym or ethnic word after a name', () => {
  it('ends the person’s name when nothing it could describe follows', async () => {
    const text =
      'Border talks fail\n\nMarch 3, 2024\n\nForeign ministry spokesman Karim Dad Baloch said the talks had failed. Opposition leader Hamid Kurd said the vote was rigged. Gunmen attacked Baloch separatists near the border.';
    const engine = await createEngine({ upTo: 'actors' });
    const analysis = engine.analyzeArticle(readText(text));
    const people = analysis.actors.filter((a) => a.type === 'person').map((a) => a.name);
    expect(people).toEqual(expect.arrayContaining(['Karim Dad Baloch', 'Hamid Kurd']));
    expect(people.some((n) => n.endsWith('Baloch separatists') || n === 'Karim Dad' || n === 'Hamid')).toBe(false);
  });
});
