import { describe, expect, it } from 'vitest';
import type { Doc } from '../doc/doc.js';
import { analyzeActors } from './test-support/fixture-actors.js';

/** Name and country of the person actors. */
const people = (doc: Doc) => doc.actors.filter((a) => a.type === 'person').map((a) => [a.name, a.country]);

describe('party tags after a name', () => {
  it('make a full name a person of the United States', () => {
    expect(people(analyzeActors('On Monday Jane Roe (D-Calif.) praised the deal.', '2023-05-10'))).toEqual([['Jane Roe', 'USA']]);
    expect(people(analyzeActors('The bill was backed by John Doe (R-S.C.) on Monday.', '2023-05-10'))).toEqual([['John Doe', 'USA']]);
  });

  it('give a titled person the United States', () => {
    expect(people(analyzeActors('Sen. Tom Brady (I-Vt.) voted against it.', '2023-05-10'))).toEqual([['Tom Brady', 'USA']]);
  });

  it('take a word that names a state elsewhere into the name before them', () => {
    const doc = analyzeActors('Sen. Tom China (R-Ohio) voted against it.', '2023-05-10');
    expect(people(doc)).toEqual([['Tom China', 'USA']]);
    expect(doc.actors.map((a) => a.id)).not.toContain('state:CHN');
  });

  it('leave other parentheses alone', () => {
    expect(people(analyzeActors('Jane Roe (Reuters) wrote the story.', '2023-05-10')).map((p) => p[1])).not.toContain('USA');
  });
});
