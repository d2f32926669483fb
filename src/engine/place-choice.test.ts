import { describe, expect, it } from 'vitest';
import { analyzeShippedActors } from './test-support/shipped-actors.js';

/** The country of the place named `name`. */
const placeCountry = async (text: string, name: string) => (await analyzeShippedActors(text)).places.find((p) => p.name === name)?.country ?? null;

describe('a place name several places share', () => {
  it('is the one in the country its sentence names as a place', async () => {
    expect(await placeCountry('Rival militias clashed in Tripoli on Monday as shells hit the north Lebanese port.', 'Tripoli')).toBe('LBN');
    expect(await placeCountry('Rival militias clashed in Tripoli, in northern Lebanon, on Monday.', 'Tripoli')).toBe('LBN');
  });

  it('stays the best-known one otherwise, or when the state named is someone else\'s', async () => {
    expect(await placeCountry('Rival militias clashed in Tripoli on Monday.', 'Tripoli')).toBe('LBY');
    expect(await placeCountry('The Lebanese foreign minister arrived in Tripoli on Monday.', 'Tripoli')).toBe('LBY');
  });
});

describe('the European Union under its former names', () => {
  it('reads "the European Community" as the EU', async () => {
    const a = await analyzeShippedActors('European Community foreign ministers met in Brussels on Monday to discuss the crisis.');
    expect(a.actors.some((x) => x.id === 'igo:eu')).toBe(true);
  });
});
