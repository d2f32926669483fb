/**
 * An office named without its state, in a story filed from a capital, is the capital state's
 * unless another state is the topic where it is named.
 */
import { describe, expect, it } from 'vitest';
import { analyzeActors, fixtureActorResources } from './test-support/fixture-actors.js';

const res = fixtureActorResources();

/** The country of the actor named `name` in `text` filed from `dateline`. */
function countryOf(text: string, name: string, dateline: string | null): string | null | undefined {
  const doc = analyzeActors(text, '2024-05-05', res, dateline);
  return doc.actors.find((a) => a.name === name)?.country;
}

const STORY = "China's pipeline plan drew criticism on Monday. Defence Minister Erlan Dosov said the army would stay on alert.";

describe('offices filed from a capital', () => {
  it("gives the capital's state an office another state in view would have taken", () => {
    expect(countryOf(STORY, 'Erlan Dosov', 'ASTANA')).toBe('KAZ');
  });

  it('keeps the state in view without a dateline, or with one that is no capital', () => {
    expect(countryOf(STORY, 'Erlan Dosov', null)).toBe('CHN');
    expect(countryOf(STORY, 'Erlan Dosov', 'KARAGANDA')).toBe('CHN');
  });

  it("keeps the state in view when the office-holder's own sentence names it", () => {
    expect(countryOf("China's pipeline plan drew criticism. In China, Defence Minister Erlan Dosov said the army would stay on alert.", 'Erlan Dosov', 'ASTANA')).toBe('CHN');
    expect(countryOf("China's pipeline plan drew criticism. Defence Minister Erlan Dosov said China would press ahead.", 'Erlan Dosov', 'ASTANA')).toBe('CHN');
  });

  it('gives the capital state an office nothing else places', () => {
    expect(countryOf('Defence Minister Erlan Dosov said the army would stay on alert.', 'Erlan Dosov', 'ASTANA')).toBe('KAZ');
    expect(countryOf('Defence Minister Erlan Dosov said the army would stay on alert.', 'Erlan Dosov', null)).toBeNull();
  });
});
