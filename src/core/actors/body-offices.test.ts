/**
 * An office named right after a state's body is held in that body's state, whatever state the
 * story was about before.
 */
import { describe, expect, it } from 'vitest';
import { analyzeActors, fixtureActorResources } from './test-support/fixture-actors.js';

const res = fixtureActorResources();
/** The fixture, where a spokesman's office after a name also makes an apposition (as the shipped cues do). */
const base = fixtureActorResources();
const withSpokesman = { ...base, cues: { ...base.cues, appositionRoles: new Set([...base.cues.appositionRoles, 'spokesman']) } };

/** The country of the actor named `name` in `text`. */
function countryOf(text: string, name: string, resources = res): string | null | undefined {
  return analyzeActors(text, '2024-05-05', resources).actors.find((a) => a.name === name)?.country;
}

describe('offices of a body named before the title', () => {
  it("gives a demonym's body's officer that state, not the state in view", () => {
    expect(countryOf('China announced the pipeline plan. Kazakh ministry spokesman Erlan Dosov said the plan was unlawful.', 'Erlan Dosov')).toBe('KAZ');
  });

  it("gives a possessive state's body's officer that state, with the name apposed or not", () => {
    expect(countryOf("China announced the plan. Kazakhstan's ministry spokesman, Erlan Dosov, said it was unlawful.", 'Erlan Dosov')).toBe('KAZ');
    expect(countryOf("China announced the plan. Kazakhstan's ministry spokesman Erlan Dosov said it was unlawful.", 'Erlan Dosov')).toBe('KAZ');
  });

  it("gives a known state body's officer the body's state", () => {
    expect(countryOf('China announced the plan. Border Service spokesman Erlan Dosov said it was unlawful.', 'Erlan Dosov')).toBe('KAZ');
  });

  it('gives no state for a body that is no state\'s own (a party)', () => {
    expect(countryOf('Kazakh party spokesman Erlan Dosov said the plan was unlawful.', 'Erlan Dosov')).not.toBe('RUS');
    expect(countryOf('Russia announced the plan. The Steppe Liberation Front spokesman Erlan Dosov said it was unlawful.', 'Erlan Dosov')).toBeNull();
  });
});

describe('offices of a body named after the title', () => {
  it('gives the name apposed to "a spokesman for <state body>" the body\'s state', () => {
    expect(countryOf('China announced the plan. A spokesman for the Kazakh ministry, Erlan Dosov, said it was unlawful.', 'Erlan Dosov')).toBe('KAZ');
    expect(countryOf("China announced the plan. The spokesman for Kazakhstan's ministry, Erlan Dosov, said it was unlawful.", 'Erlan Dosov')).toBe('KAZ');
  });

  it('reads the body of a possessive state on its own, not with the title', () => {
    const doc = analyzeActors("A spokesman for Kazakhstan's ministry, Erlan Dosov, said the plan was unlawful.", '2024-05-05', res);
    expect(doc.actors.filter((a) => a.type === 'org').map((a) => a.name)).toEqual(["Kazakhstan's ministry"]);
  });

  it('gives a name with an apposed office of a state body that state', () => {
    expect(countryOf('China announced the plan. On Monday Arman Dosov, a spokesman for the Kazakh ministry, said it was unlawful.', 'Arman Dosov', withSpokesman)).toBe('KAZ');
    expect(countryOf("China announced the plan. On Monday Arman Dosov, spokesman for Kazakhstan's ministry, said it was unlawful.", 'Arman Dosov', withSpokesman)).toBe('KAZ');
  });

  it('gives no state through a body that is no state\'s', () => {
    expect(countryOf('On Monday Arman Dosov, a spokesman for the Kazakh party, said the plan was unlawful.', 'Arman Dosov', withSpokesman)).toBeNull();
  });
});

describe('an office of a body named without its state', () => {
  it('is held in the state in view ("A spokesman for the ministry, X,")', () => {
    expect(countryOf('Kazakhstan protested on Monday. A spokesman for the ministry, Arman Dosov, accused China of lying.', 'Arman Dosov')).toBe('KAZ');
  });

  it('is held in no state when several are in view', () => {
    expect(countryOf('Kazakhstan and Russia protested on Monday. A spokesman for the ministry, Arman Dosov, accused China of lying.', 'Arman Dosov')).toBeNull();
  });
});
