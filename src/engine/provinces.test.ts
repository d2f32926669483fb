/**
 * Provinces, states and regions of countries at war or in crisis are places of their country, with
 * or without the word for the unit ("Helmand province", "Shan State", "North Kivu").
 */
import { describe, expect, it } from 'vitest';
import { readText } from '../core/article/read-text.js';
import { createEngine } from './engine.js';

describe('first-level regions in the knowledge base', () => {
  it('finds a province with and without its unit word, with its country', async () => {
    const engine = await createEngine({ upTo: 'actors' });
    const a = engine.analyzeArticle(readText('Published on 3 March 2024.\n\nFloods hit Helmand province and Sindh on Monday, and fighting spread across North Kivu and Shan State.'));
    expect(a.places.map((p) => [p.name, p.country]).sort()).toEqual([['Helmand', 'AFG'], ['North Kivu', 'COD'], ['Shan', 'MMR'], ['Sindh', 'PAK']]);
  });
});
