/**
 * Police and courts the text does not place take the country of the story's dateline; bodies the
 * text places keep what they have.
 */
import { describe, expect, it } from 'vitest';
import { analyzeActors, fixtureActorResources } from './test-support/fixture-actors.js';

const TEXT = 'Police detained two men on Sunday.';

/** The country of the actor whose name is `name` in the analysed text. */
function countryOf(text: string, name: string, dateline: string | null): string | null | undefined {
  const doc = analyzeActors(text, '2024-05-05', fixtureActorResources(), dateline);
  return doc.actors.find((a) => a.name.toLowerCase() === name.toLowerCase())?.country;
}

describe('police and courts filed from a dateline', () => {
  it("gives police with no country the dateline place's country", () => {
    expect(countryOf(TEXT, 'police', 'ASTANA')).toBe('KAZ');
  });

  it('leaves police unplaced without a dateline, or with a dateline the gazetteer does not know', () => {
    expect(countryOf(TEXT, 'police', null)).toBeNull();
    expect(countryOf(TEXT, 'police', 'ATLANTIS')).toBeNull();
  });

  it('keeps the country the text gives', () => {
    expect(countryOf('Russian police detained two men on Sunday.', 'Russian police', 'ASTANA')).toBe('RUS');
  });
});

describe('crowds filed from a dateline', () => {
  it('gives protesters nobody places the dateline country, and leaves placed ones alone', () => {
    expect(countryOf('Protesters blocked the main road on Sunday.', 'protesters', 'ASTANA')).toBe('KAZ');
    expect(countryOf('Protesters blocked the main road on Sunday.', 'protesters', null)).toBeNull();
    expect(countryOf('Russian protesters blocked the main road on Sunday.', 'Russian protesters', 'ASTANA')).toBe('RUS');
  });
});
