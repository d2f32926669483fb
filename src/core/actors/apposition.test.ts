/** Appositions after a name: what they say of the person. */
import { describe, expect, it } from 'vitest';
import { analyzeActors } from './test-support/fixture-actors.js';

/** Name and role of the person actors of `text`. */
const persons = (text: string) => analyzeActors(text, '2024-05-05').actors.filter((a) => a.type === 'person').map((a) => [a.name, a.role]);

describe('an apposition with a clause on its role', () => {
  it('reads a participle clause closed by a comma ("a professor sentenced by a court,")', () => {
    expect(persons('On Monday Arman Dosov, a professor sentenced by a court in Karaganda, left the country.')).toEqual([['Arman Dosov', 'professor']]);
    expect(persons('On Monday Arman Dosov, a professor working for the ministry, left the country.')).toEqual([['Arman Dosov', 'professor']]);
  });

  it('reads no apposition when no comma closes the clause near it', () => {
    expect(persons('On Monday Arman Dosov, a professor sentenced by a court in Karaganda on charges of fraud and of bribery of officials of the ministry left.')).toEqual([]);
  });
});
