import { describe, expect, it } from 'vitest';
import type { Doc } from '../doc/doc.js';
import { buildDoc } from '../doc/test-support/build-doc.js';
import { createActorResolver } from './actor-resolver.js';
import { analyzeActors, fixtureActorResources } from './test-support/fixture-actors.js';

/** Name, country and other names of the group actors. */
const groups = (doc: Doc) => doc.actors.filter((a) => a.type === 'group').map((a) => ({ name: a.name, country: a.country, aliases: a.aliases }));

/** The group actors of a hand-parsed Doc after the actor component ran. */
function parsedGroups(table: string) {
  const doc = buildDoc(table);
  createActorResolver(fixtureActorResources()).run(doc);
  return groups(doc);
}

describe('groups named with their place', () => {
  it('names people "in" a place by both, with the place\'s country', () => {
    expect(groups(analyzeActors('Doctors in Karaganda went on strike on Monday.', '2023-05-10'))).toEqual([{ name: 'Doctors in Karaganda', country: 'KAZ', aliases: ['Doctors'] }]);
    expect(groups(analyzeActors('On Monday protesters in Astana blocked a road.', '2023-05-10')).map((g) => g.name)).toEqual(['protesters in Astana']);
  });

  it('does not name a group of another state by where it is', () => {
    expect(groups(analyzeActors('Russian troops in Kazakhstan left on Monday.', '2023-05-10')).map((g) => g.name)).toEqual(['Russian troops']);
  });

  it('gives people "in" a body no country ("doctors in the ministry")', () => {
    expect(groups(analyzeActors('Doctors in the Health Ministry went on strike.', '2023-05-10'))).toEqual([]);
  });
});

describe('groups named with their count', () => {
  it('keeps the counted phrase as another name', () => {
    const [g] = groups(analyzeActors('Thousands of protesters marched in Astana on Monday.', '2023-05-10'));
    expect(g.name).toBe('protesters');
    expect(g.aliases).toContain('Thousands of protesters');
  });

  it('takes no count from a bare hedge word', () => {
    const [g] = groups(analyzeActors('The police met some protesters on Monday.', '2023-05-10'));
    expect(g.aliases.join(' ')).not.toMatch(/some/i);
    expect(groups(analyzeActors('More than 300 protesters marched in Astana.', '2023-05-10'))[0].aliases).toContain('More than 300 protesters');
  });
});

describe('groups named with their modifiers', () => {
  it('takes in a noun that says whose side they are on', () => {
    const table = `
      1 Police      NOUN  2 nsubj
      2 detained    VERB  0 root detain
      3 30          NUM   5 nummod
      4 opposition  NOUN  5 compound
      5 supporters  NOUN  2 obj supporter
      6 .           PUNCT 2 punct
    `;
    expect(parsedGroups(table)).toContainEqual({ name: 'opposition supporters', country: null, aliases: ['supporters', '30 opposition supporters'] });
  });

  it('leaves out a modifier that is itself modified ("middle class supporters")', () => {
    const table = `
      1 Police      NOUN  2 nsubj
      2 met         VERB  0 root meet
      3 middle      ADJ   4 amod
      4 class       NOUN  5 compound
      5 supporters  NOUN  2 obj supporter
      6 .           PUNCT 2 punct
    `;
    expect(parsedGroups(table).map((g) => g.name)).toEqual(['supporters']);
  });

  it('leaves out a measure ("four-year universities")', () => {
    const table = `
      1 Police       NOUN  2 nsubj
      2 met          VERB  0 root meet
      3 four-year    NOUN  4 compound
      4 supporters   NOUN  2 obj supporter
      5 .            PUNCT 2 punct
    `;
    expect(parsedGroups(table).map((g) => g.name)).toEqual(['supporters']);
  });

  it('leaves out adjectives that only describe ("angry supporters")', () => {
    const table = `
      1 Police      NOUN  2 nsubj
      2 met         VERB  0 root meet
      3 angry       ADJ   4 amod
      4 supporters  NOUN  2 obj supporter
      5 .           PUNCT 2 punct
    `;
    expect(parsedGroups(table).map((g) => g.name)).toEqual(['supporters']);
  });
});
