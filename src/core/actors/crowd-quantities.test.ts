import { describe, expect, it } from 'vitest';
import type { Doc } from '../doc/doc.js';
import { analyzeActors } from './test-support/fixture-actors.js';

/** Name and country of the group actors. */
const groups = (doc: Doc) => doc.actors.filter((a) => a.type === 'group').map((a) => [a.name, a.country, a.sector]);

describe('crowds named by their size', () => {
  it('reads a quantity of people as a civilian group placed where its clause acts', () => {
    expect(groups(analyzeActors('Tens of thousands of people marched in Astana on Sunday.', '2023-05-10'))).toEqual([['Tens of thousands of people', 'KAZ', 'CVL']]);
    expect(groups(analyzeActors('Some 5,000 people gathered in Karaganda on Monday.', '2023-05-10'))).toEqual([['5,000 people', 'KAZ', 'CVL']]);
  });

  it('reads a bare quantity opening its clause as a crowd', () => {
    expect(groups(analyzeActors('Thousands protested in Astana on Monday.', '2023-05-10'))).toEqual([['Thousands', 'KAZ', 'CVL']]);
    expect(groups(analyzeActors('The police came, but hundreds stayed in the square.', '2023-05-10')).map((g) => g[0])).toContain('hundreds');
  });

  it('leaves money, small counts and quantities of other things alone', () => {
    expect(groups(analyzeActors('The company lost thousands of dollars in Astana.', '2023-05-10'))).toEqual([]);
    expect(groups(analyzeActors('The storm killed two people in Astana.', '2023-05-10'))).toEqual([]);
    expect(groups(analyzeActors('Tens of millions of dollars were spent in Astana.', '2023-05-10'))).toEqual([]);
  });

  it('does not double a group already named ("thousands of protesters")', () => {
    expect(groups(analyzeActors('Thousands of protesters marched in Astana.', '2023-05-10')).map((g) => g[0])).toEqual(['protesters']);
  });
});
