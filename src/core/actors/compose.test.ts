import { describe, expect, it } from 'vitest';
import { analyzeActors } from './test-support/fixture-actors.js';

const actors = (text: string) => analyzeActors(text, '2023-05-10').actors.map((a) => [a.name, a.type, a.country]);

describe('a state\'s possessive before a group noun', () => {
  it('gives the group the state\'s country ("Russia\'s troops")', () => {
    expect(actors('Russia\'s troops crossed the border.')).toContainEqual(['Russia\'s troops', 'group', 'RUS']);
  });

  it('gives no country to those in a relation to it ("Russia\'s allies", "Russia\'s militia ally")', () => {
    for (const text of ['Russia\'s allies crossed the border.', 'Russia\'s militia ally crossed the border.', 'Russia\'s neighbours closed the border.']) {
      expect(actors(text).filter((a) => a[1] !== 'state' && a[2] === 'RUS')).toEqual([]);
    }
  });
});
