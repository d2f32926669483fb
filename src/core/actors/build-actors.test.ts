/**
 * Actors built from the knowledge base: a former office-holder the text names by their old title
 * ("President Marat Tulegen" years after he left) holds no role today; an office the knowledge base
 * does not record for them is taken from the text.
 */
import { describe, expect, it } from 'vitest';
import { analyzeActors } from './test-support/fixture-actors.js';

/** The role of the actor `id` in `text` dated `date`. */
function roleOf(text: string, date: string, id: string): string | null | undefined {
  return analyzeActors(text, date).actors.find((a) => a.id === id)?.role;
}

describe('buildActors', () => {
  it('gives a former title no role after the office ended', () => {
    expect(roleOf('President Marat Tulegen spoke in Astana.', '2021-04-02', 'person:marat-tulegen')).toBeNull();
    expect(roleOf('President Marat Tulegen spoke in Astana.', '1998-04-02', 'person:marat-tulegen')).toBe('head of state');
  });

  it('keeps an office the text gives and the knowledge base does not record', () => {
    expect(roleOf('Senator Marat Tulegen spoke in Astana.', '2021-04-02', 'person:marat-tulegen')).toBe('legislator');
  });
});
