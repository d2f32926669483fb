/**
 * Provinces, states and regions of countries at war or in crisis are places of their country, with
 * or without the word for the unit ("Helmand province", "Shan State", "North Kivu").
 */
import { describe, expect, it } from 'vitest';
import { analyzeShippedActors } from './test-support/shipped-actors.js';

describe('first-level regions in the knowledge base', () => {
  it('finds a province with and without its unit word, with its country', async () => {
    const a = await analyzeShippedActors('Floods hit Helmand province and Sindh on Monday, and fighting spread across North Kivu and Shan State.');
    expect(a.places.map((p) => [p.name, p.country]).sort()).toEqual([['Helmand', 'AFG'], ['North Kivu', 'COD'], ['Shan', 'MMR'], ['Sindh', 'PAK']]);
  });
});
