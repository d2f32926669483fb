import { describe, expect, it } from 'vitest';
import { buildDoc } from '../doc/test-support/build-doc.js';
import { createActorResolver } from './actor-resolver.js';
import { analyzeActors, fixtureActorResources } from './test-support/fixture-actors.js';

const places = (text: string) =>
  analyzeActors(text, '2023-05-10').mentions.filter((m) => m.type === 'place').map((m) => text.slice(m.start, m.end));

describe('a small town is a place after a locative phrase', () => {
  it('reads it after a locative preposition', () => {
    expect(places('Police dispersed protesters in Shieli.')).toEqual(['Shieli']);
  });

  it('reads it down a chain of "of" phrases under a locative preposition', () => {
    expect(places('Police held protesters in the market squares of the old quarter of Shieli.')).toEqual(['Shieli']);
  });

  it('reads it after a noun of a location\'s part ("on the outskirts of")', () => {
    expect(places('Police dispersed protesters on the outskirts of Shieli.')).toEqual(['Shieli']);
  });

  it('does not read it after an "of" no locative phrase holds ("the mayor of …")', () => {
    expect(places('The mayor of Shieli resigned.')).toEqual([]);
  });
});

describe("a verb after a state's name or capital", () => {
  /** The actors of a hand-parsed Doc after the actor component ran. */
  const actorNames = (table: string) => {
    const doc = buildDoc(table);
    createActorResolver(fixtureActorResources()).run(doc);
    return doc.actors.map((a) => a.name);
  };

  it('is the state acting, not a group of the state ("as Moscow police the border")', () => {
    const table = `
      1 Kazakhstan PROPN 2 nsubj
      2 protested VERB 0 root
      3 as SCONJ 5 mark
      4 Moscow PROPN 5 nsubj
      5 police VERB 2 advcl
      6 the DET 7 det
      7 border NOUN 5 obj
      8 . PUNCT 2 punct
    `;
    expect(actorNames(table)).toEqual(['Kazakhstan', 'Russia']);
  });

  it('leaves the group noun a group when the tagger reads a noun ("Moscow police arrested …")', () => {
    const table = `
      1 Moscow PROPN 2 compound
      2 police NOUN 3 nsubj
      3 arrested VERB 0 root
      4 protesters NOUN 3 obj
      5 . PUNCT 3 punct
    `;
    expect(actorNames(table)).toContain('Moscow police');
  });
});
