/**
 * The modifier chain before a group noun: a state's short name coordinated with a demonym ("U.S.
 * and Kazakh officials", "Kazakh and U.S. officials") names one group per state, as two demonyms
 * do. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeActors } from './test-support/fixture-actors.js';

const refsOf = (text: string, phrase: string) => {
  const doc = analyzeActors(text, '2023-05-10');
  const m = doc.mentions.find((x) => doc.text.slice(x.start, x.end) === phrase);
  return { refs: m?.refs ?? [], countries: (m?.refs ?? []).map((r) => doc.actors.find((a) => a.id === r)?.country) };
};

describe('title chain: a state\'s short name among coordinated demonyms', () => {
  it('reads "U.S. and Kazakh officials" as American and Kazakh officials', () => {
    expect(refsOf('U.S. and Kazakh officials met in Astana.', 'U.S. and Kazakh officials').countries).toEqual(['USA', 'KAZ']);
  });

  it('reads "Kazakh and U.S. officials" the same way, the short name second', () => {
    expect(refsOf('Kazakh and U.S. officials met in Astana.', 'Kazakh and U.S. officials').countries).toEqual(['KAZ', 'USA']);
  });

  it('leaves two names of states coordinated without a demonym alone ("Russia and China" are the states)', () => {
    const doc = analyzeActors('Russia and China held talks in Astana.', '2023-05-10');
    expect(doc.mentions.some((m) => (m.refs?.length ?? 0) > 1)).toBe(false);
  });
});

describe('an office "of the" state', () => {
  it('takes the state after "of the" as the office\'s country ("the President of the Russian Federation")', () => {
    // The office-holder of the day, not the last president the text named.
    expect(people('Li Wenming met reporters in Astana. Later he received the President of the Russian Federation.')).toContainEqual(['Arkady Volkov', 'head of state', 'RUS']);
  });
});
