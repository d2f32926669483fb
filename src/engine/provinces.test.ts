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

describe('first-level subdivisions of the states most in the news', () => {
  it('finds states and provinces that have no city of their name', async () => {
    const a = await analyzeShippedActors('Police raided a farm in Kedah, and fighting was reported in Zamfara, Jalisco and Kapisa.');
    expect(a.places.map((p) => [p.name, p.country]).sort()).toEqual([['Jalisco', 'MEX'], ['Kapisa', 'AFG'], ['Kedah', 'MYS'], ['Zamfara', 'NGA']]);
  });

  it('keeps a city its bare name, and its subdivision with the unit word', async () => {
    const a = await analyzeShippedActors('Gunmen attacked a market in Kano on Monday. Floods also hit villages across Plateau State.');
    expect(a.places.map((p) => [p.name, p.country, p.kind]).sort()).toEqual([['Kano', 'NGA', 'admin-seat'], ['Plateau State', 'NGA', 'region']]);
  });
});
