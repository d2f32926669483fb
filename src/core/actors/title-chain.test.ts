/**
 * The title chain before a name or a group noun: portfolios and levels of government in a title,
 * abbreviated offices, a state named "of the" after an office, and a state's short name among
 * coordinated demonyms ("U.S. and Kazakh officials"). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import shippedSectors from '../../../data/kb/sectors.json' with { type: 'json' };
import { analyzeActors, fixtureActorResources } from './test-support/fixture-actors.js';

/** Name, role and country of the people of `text`, read with the shipped agent words. */
function people(text: string): (string | null)[][] {
  const doc = analyzeActors(text, '2023-05-10', fixtureActorResources(shippedSectors));
  return doc.actors.filter((a) => a.type === 'person').map((a) => [a.name, a.role ?? null, a.country ?? null]);
}

describe('an office written as "Minister for/of" and its portfolio before a name', () => {
  it('reads the portfolio as part of the title, not of the name', () => {
    expect(people("Kazakhstan's Minister for Interior Marat Ali met the press on Monday.")).toContainEqual(['Marat Ali', 'minister', 'KAZ']);
    expect(people('The Kazakh Minister of Home Affairs Marat Ali met the press on Monday.')).toContainEqual(['Marat Ali', 'minister', 'KAZ']);
  });

  it('gives the portfolio its role ("Minister for Foreign Affairs" is a foreign minister)', () => {
    expect(people('On Monday the Russian Minister for Foreign Affairs Ivan Petrov flew to Astana.')).toContainEqual(['Ivan Petrov', 'foreign minister', 'RUS']);
    expect(people('On Monday the Russian Minister for Defence Ivan Petrov flew to Astana.')).toContainEqual(['Ivan Petrov', 'defence minister', 'RUS']);
  });
});

describe('a level of government before a title', () => {
  it('keeps the chain whole ("the Kazakh Federal Minister for Interior Marat Ali")', () => {
    expect(people('The Kazakh Federal Minister for Interior Marat Ali met the press on Monday.')).toContainEqual(['Marat Ali', 'minister', 'KAZ']);
    expect(people("Kazakhstan's Federal Interior Secretary Marat Ali met the press on Monday.")).toContainEqual(['Marat Ali', 'minister', 'KAZ']);
  });

  it('is no name of its own before a word that is no title ("the Federal Bank")', () => {
    expect(people('On Monday the Federal Bank of Kazakhstan raised rates.')).toEqual([]);
  });
});

describe('an abbreviated office before a name', () => {
  it('gives "Sen." and "Gov." their offices', () => {
    const doc = analyzeActors('Sen. Dana Ermek met Gov. Arman Sadyk in Astana.', '2021-04-02');
    expect(doc.actors.find((a) => a.name === 'Dana Ermek')?.role).toBe('legislator');
    expect(doc.actors.find((a) => a.name === 'Arman Sadyk')?.role).toBe('local official');
  });
});

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
