import { describe, expect, it } from 'vitest';
import type { Doc } from '../doc/doc.js';
import type { KbSurfaceForm } from '../kb/name-index.js';
import { sensesNamedBefore } from './compose.js';
import { analyzeActors, fixtureActorResources } from './test-support/fixture-actors.js';
import type { Unit } from './units.js';

/** The entity the mention "Senate" resolves to (the fixture knows two bodies by that name). */
const senate = (doc: Doc) => doc.mentions.filter((m) => doc.text.slice(m.start, m.end) === 'Senate').map((m) => m.ref);

describe('ambiguous names decided by the countries around them', () => {
  it("takes the reading of the country of a person named later in the sentence", () => {
    expect(senate(analyzeActors('The Senate urged Volkov to act on Monday.', '2023-05-10'))).toEqual(['org:rus-senate']);
    expect(senate(analyzeActors('The Senate urged Serik to act on Monday.', '2023-05-10'))).toEqual(['org:kaz-senate']);
  });

  it('decides every later mention the same way', () => {
    const doc = analyzeActors('Arkady Volkov met lawmakers on Monday. The Senate voted. Later the Senate adjourned.', '2023-05-10');
    expect(senate(doc)).toEqual(['org:rus-senate', 'org:rus-senate']);
  });

  it('keeps the first reading when the context names both countries or neither', () => {
    expect(senate(analyzeActors('The Senate voted on Monday.', '2023-05-10'))).toHaveLength(1);
    expect(senate(analyzeActors('Volkov and Serik addressed the Senate on Monday.', '2023-05-10'))).toHaveLength(1);
  });
});

describe('ambiguous names in a story filed from a dateline', () => {
  it("takes the reading of the dateline's country when nothing around decides", () => {
    const doc = analyzeActors('The Senate voted on Monday.', '2023-05-10', fixtureActorResources(), 'Astana');
    expect(senate(doc)).toEqual(['org:kaz-senate']);
  });

  it('lets the countries around the name decide before the dateline', () => {
    const doc = analyzeActors('The Senate urged Volkov to act on Monday.', '2023-05-10', fixtureActorResources(), 'Astana');
    expect(senate(doc)).toEqual(['org:rus-senate']);
  });
});

describe('one sense per article (units)', () => {
  const form = (id: string): KbSurfaceForm => ({ form: 'RSF', key: 'rsf', tokens: ['rsf'], id, kind: 'org', via: 'alias', sector: null, org: null, needsContext: true, exactCase: false });
  const unit: Unit = { kind: 'kb', tokStart: 0, tokEnd: 1, actors: [form('org:press-group'), form('org:paramilitary')] };

  it('puts first the reading the article has already named, wherever the name will stand', () => {
    expect(sensesNamedBefore(new Set(['org:paramilitary']), [unit])[0].actors?.map((a) => a.id)).toEqual(['org:paramilitary', 'org:press-group']);
  });

  it('keeps the knowledge-base order when the article named neither or the first', () => {
    expect(sensesNamedBefore(new Set(), [unit])[0]).toBe(unit);
    expect(sensesNamedBefore(new Set(['org:press-group', 'org:paramilitary']), [unit])[0]).toBe(unit);
  });
});

describe('pronouns and ambiguous names', () => {
  it('decides the name without the pronoun that echoes it, and the pronoun follows the decision', () => {
    const doc = analyzeActors('Arkady Volkov notified the Senate that it must vote on Monday.', '2023-05-10');
    expect(senate(doc)).toEqual(['org:rus-senate']);
    expect(doc.mentions.filter((m) => doc.text.slice(m.start, m.end) === 'it').map((m) => m.ref)).toEqual(['org:rus-senate']);
  });
});
