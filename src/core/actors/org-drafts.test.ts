import { describe, expect, it } from 'vitest';
import type { Doc } from '../doc/doc.js';
import { buildDoc } from '../doc/test-support/build-doc.js';
import { createActorResolver } from './actor-resolver.js';
import { analyzeActors, fixtureActorResources } from './test-support/fixture-actors.js';

/** Name and country of the organisation actors. */
const orgs = (doc: Doc) => doc.actors.filter((a) => a.type === 'org').map((a) => [a.name, a.country]);

describe('the country an unknown organisation\'s name gives', () => {
  it('reads a state after the last "of"', () => {
    const doc = analyzeActors('The Ministry of Energy of Kazakhstan said on Monday that prices would rise.', '2023-05-10');
    expect(orgs(doc)).toEqual([['Ministry of Energy of Kazakhstan', 'KAZ']]);
    expect(doc.actors.map((a) => a.id)).toContain('state:KAZ');
  });

  it('reads a region of one country opening the name', () => {
    expect(orgs(analyzeActors('The Mangystau Regional Assembly voted on Monday.', '2023-05-10'))).toEqual([['Mangystau Regional Assembly', 'KAZ']]);
  });

  it('reads where an organisation is seated ("in Astana")', () => {
    expect(orgs(analyzeActors('The Institute for Grain Studies in Astana said prices would rise.', '2023-05-10'))).toEqual([['Institute for Grain Studies', 'KAZ']]);
  });

  it('reads no country from a name that gives none', () => {
    expect(orgs(analyzeActors('The Institute for Grain Studies said prices would rise.', '2023-05-10'))).toEqual([['Institute for Grain Studies', null]]);
  });
});

describe('a state closing a body\'s name', () => {
  const run = (table: string) => {
    const doc = buildDoc(table);
    createActorResolver(fixtureActorResources()).run(doc);
    return orgs(doc);
  };

  it('is part of the name when the parse makes it the head of the body\'s words', () => {
    const table = `
      1 Frontier   PROPN 2 compound
      2 Institute  PROPN 3 compound
      3 Kazakhstan PROPN 4 nsubj
      4 said       VERB  0 root say
      5 prices     NOUN  7 nsubj
      6 would      AUX   7 aux
      7 rise       VERB  4 ccomp
      8 .          PUNCT 4 punct
    `;
    expect(run(table)).toEqual([['Frontier Institute Kazakhstan', 'KAZ']]);
  });

  it('is not when it stands in another relation ("told the Frontier Institute Kazakhstan would …")', () => {
    const table = `
      1 Volkov     PROPN 2 nsubj
      2 told       VERB  0 root tell
      3 the        DET   5 det
      4 Frontier   PROPN 5 compound
      5 Institute  PROPN 2 obj
      6 Kazakhstan PROPN 8 nsubj
      7 would      AUX   8 aux
      8 pay        VERB  2 ccomp
      9 .          PUNCT 2 punct
    `;
    expect(run(table).map((o) => o[0])).not.toContain('Frontier Institute Kazakhstan');
  });
});

describe('a body named with its seat inside its name', () => {
  /** The fixture, where "in" joins the words of a name, as the shipped name cues let it ("Church in Wales"). */
  const base = fixtureActorResources();
  const res = { ...base, cues: { ...base.cues, nameConnectors: new Set([...base.cues.nameConnectors, 'in']) } };
  const newOrgs = (text: string) => orgs(analyzeActors(text, '2024-05-05', res));

  it('takes the country of the capital its name ends with ("… Ministry in Astana")', () => {
    expect(newOrgs('The envoy was summoned to the Ministry of Foreign Affairs in Astana on Tuesday.')).toEqual([['Ministry of Foreign Affairs in Astana', 'KAZ']]);
  });

  it('takes the country of a place of one country its name ends with', () => {
    expect(newOrgs('The envoy was summoned to the Ministry of Energy in Karaganda on Tuesday.')).toEqual([['Ministry of Energy in Karaganda', 'KAZ']]);
  });
});
