/** A person introduced by a common noun right before their full name. */
import { describe, expect, it } from 'vitest';
import { analyzeActors, fixtureActorResources } from './test-support/fixture-actors.js';

const res = fixtureActorResources();

/** Name and country of the person actors of `text`. */
const persons = (text: string) => analyzeActors(text, '2024-05-05', res).actors.filter((a) => a.type === 'person').map((a) => [a.name, a.country]);

describe('a role noun before a full name', () => {
  it('makes the name a person\'s ("analyst Arman Dosov")', () => {
    expect(persons('Police detained analyst Arman Dosov on Monday.')).toEqual([['Arman Dosov', null]]);
  });

  it('takes the country of a demonym before the noun', () => {
    expect(persons('Police detained Kazakh analyst Arman Dosov on Monday.')).toEqual([['Arman Dosov', 'KAZ']]);
  });

  it('reads the group word before the name as the same person, not a group of its own', () => {
    const withDoctors = fixtureActorResources([
      { words: ['doctor'], sector: 'HLH', group: true },
      { words: ['police'], sector: 'COP', group: true },
    ]);
    const r = { ...withDoctors, cues: { ...withDoctors.cues, appositionRoles: new Set([...withDoctors.cues.appositionRoles, 'doctor']) } };
    const doc = analyzeActors('Police detained Kazakh doctor Arman Dosov on Monday.', '2024-05-05', r);
    expect(doc.actors.filter((a) => a.type === 'group')).toEqual([]);
    expect(doc.actors.find((a) => a.name === 'Arman Dosov')?.country).toBe('KAZ');
  });

  it('leaves a name after any other lower-case word alone', () => {
    expect(persons('Police detained Arman Dosov on Monday.')).toEqual([]);
  });
});
