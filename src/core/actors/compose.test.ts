import { describe, expect, it } from 'vitest';
import shippedSectors from '../../../data/kb/sectors.json' with { type: 'json' };
import { analyzeActors, fixtureActorResources } from './test-support/fixture-actors.js';

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

describe('non-governmental bodies named without a country', () => {
  /** Name, type and sector of the actors of `text`, read with the shipped agent words. */
  const shipped = (text: string) => analyzeActors(text, '2023-05-10', fixtureActorResources(shippedSectors)).actors.map((a) => [a.name, a.type, a.sector ?? null]);

  it('are actors of their own: "a human rights group", "rights groups"', () => {
    expect(shipped('Kazakhstan is failing its refugees, a human rights group said on Monday.')).toContainEqual(['human rights group', 'org', 'NGO']);
    expect(shipped('Rights groups accused Kazakhstan of abuses on Monday.')).toContainEqual(['Rights groups', 'group', 'NGO']);
  });

  it('leave their people countryless non-actors ("aid workers")', () => {
    expect(shipped('Aid workers left Karaganda on Monday.').map((a) => a[0])).not.toContain('Aid workers');
  });
});

describe("a state's own forces named without the state", () => {
  const shipped = (text: string) => analyzeActors(text, '2023-05-10', fixtureActorResources(shippedSectors)).actors.map((a) => [a.type, a.country ?? null, a.sector ?? null]);

  it('makes "government forces" and "regime troops" the forces of the state in view', () => {
    expect(shipped('Kazakhstan closed the border. Government forces detained two men.')).toContainEqual(['group', 'KAZ', 'MIL']);
    expect(shipped('Kazakhstan closed the border. Later, regime troops detained two men.')).toContainEqual(['group', 'KAZ', 'MIL']);
  });

  it('leaves other forces without a state unmentioned, since armies often act abroad', () => {
    expect(shipped('Kazakhstan closed the border. Later, troops detained two men.').filter((a) => a[2] === 'MIL')).toEqual([]);
  });
});
