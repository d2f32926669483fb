import { describe, expect, it } from 'vitest';
import { analyzeActors } from './test-support/fixture-actors.js';

const places = (text: string) =>
  analyzeActors(text, '2023-05-10').mentions.filter((m) => m.type === 'place').map((m) => text.slice(m.start, m.end));

describe('a small town is a place after a locative phrase', () => {
  it('reads it after a locative preposition', () => {
    expect(places('Police dispersed protesters in Shieli.')).toEqual(['Shieli']);
  });

  it('reads it down a chain of "of" phrases under a locative preposition', () => {
    expect(places('Police held protesters in the market squares of the old quarter of Shieli.')).toEqual(['Shieli']);
  });

  it('reads it after a noun of a location\'s part ("on the outskirts of")', () => {
    expect(places('Police dispersed protesters on the outskirts of Shieli.')).toEqual(['Shieli']);
  });

  it('does not read it after an "of" no locative phrase holds ("the mayor of …")', () => {
    expect(places('The mayor of Shieli resigned.')).toEqual([]);
  });
});
