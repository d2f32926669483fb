/**
 * A known person's home regions come from their role titles ("Senator from Mangystau"), so that a
 * description of another region's office ("the Akmola senator") is not them.
 */
import { describe, expect, it } from 'vitest';
import { createKnowledgeBase } from '../kb/knowledge-base.js';
import type { KbPerson } from '../kb/types.js';
import { homesOf } from './person-homes.js';
import { fixtureActorResources } from './test-support/fixture-actors.js';

const person = {
  id: 'person:dana-ermek', name: 'Dana Ermek', aliases: [], gender: 'f',
  roles: [
    { role: 'legislator', title: 'Senator from Mangystau', country: 'KAZ', start: '2015-01-01', end: null },
    { role: 'official', title: 'Governor of Akmola', country: 'KAZ', start: '2022-01-01', end: null },
    { role: 'minister', title: 'Minister of Energy', country: 'KAZ', start: '2010-01-01', end: '2012-01-01' },
  ],
};

describe('homesOf', () => {
  const { gazetteer } = fixtureActorResources();
  const kaz = { id: 'state:KAZ', iso2: 'KZ', iso3: 'KAZ', cameo: 'KAZ', name: 'Kazakhstan', aliases: [], adjectives: ['Kazakh'], people: ['Kazakhs'], capital: 'Astana', metonyms: [], status: 'un-member' };
  const kb = createKnowledgeBase({ name: 'states', entries: [kaz] }, { name: 'people', entries: [person] });
  const p = kb.byId('person:dana-ermek') as KbPerson;

  it('reads the regions named after "from" or "of" in titles held by the date', () => {
    expect(homesOf(p, gazetteer, '2020-06-01')).toEqual(['place:mangystau']);
    expect(homesOf(p, gazetteer, '2023-06-01')).toEqual(['place:mangystau', 'place:akmola']);
  });

  it('takes every role when the article is undated', () => {
    expect(homesOf(p, gazetteer, null)).toEqual(['place:mangystau', 'place:akmola']);
  });
});
