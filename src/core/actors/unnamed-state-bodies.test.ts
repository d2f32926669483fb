/** Bodies of a state named without the state take the state in view. */
import { describe, expect, it } from 'vitest';
import { analyzeActors, fixtureActorResources } from './test-support/fixture-actors.js';

const res = fixtureActorResources([
  { words: ['opposition movement'], sector: 'OPP', group: true },
  { words: ['police'], sector: 'COP', group: true },
]);

/** Name and country of the organisations of `text` the knowledge base does not hold. */
const newOrgs = (text: string) => analyzeActors(text, '2024-05-05', res).actors.filter((a) => a.id.startsWith('new:org:')).map((a) => [a.name, a.country]);

describe('an opposition body named by its name', () => {
  it('is the opposition of the state in view', () => {
    expect(newOrgs('Kazakhstan banned the rally on Monday. The Adilet opposition movement called a strike.')).toEqual([['Adilet opposition movement', 'KAZ']]);
  });

  it('is nobody\'s when several states are in view', () => {
    expect(newOrgs('Kazakhstan and China banned the rally on Monday. The Adilet opposition movement called a strike.')).toEqual([['Adilet opposition movement', null]]);
  });
});
