import { describe, expect, it } from 'vitest';
import { buildDoc } from '../doc/test-support/build-doc.js';
import { createActorResolver } from './actor-resolver.js';
import { fixtureActorResources } from './test-support/fixture-actors.js';
import { violatorSpan } from './violated-owners.js';

/** The refs of the mention written `form` in a hand-parsed Doc after the actor component ran. */
function refOf(table: string, form: string): string | null {
  const doc = buildDoc(table);
  createActorResolver(fixtureActorResources()).run(doc);
  return doc.mentions.find((m) => doc.text.slice(m.start, m.end) === form)?.ref ?? null;
}

/** "Kazakhstan said Russian jets violated its airspace ." */
const JETS = `
  1 Kazakhstan PROPN 2 nsubj
  2 said     VERB  0 root say
  3 Russian  ADJ   4 amod
  4 jets     NOUN  5 nsubj jet
  5 violated VERB  2 ccomp violate
  6 its      PRON  7 nmod:poss
  7 airspace NOUN  5 obj
  8 .        PUNCT 2 punct
`;

describe('violatorSpan', () => {
  it('is the subject phrase of the verb that violates what the pronoun owns', () => {
    expect(violatorSpan(buildDoc(JETS), 5)).toEqual([2, 3]);
  });
  it('is null for what is not violated ("defended its borders")', () => {
    const doc = buildDoc(`
      1 Kazakhstan PROPN 2 nsubj
      2 defended VERB  0 root defend
      3 its      PRON  4 nmod:poss
      4 borders  NOUN  2 obj border
      5 .        PUNCT 2 punct
    `);
    expect(violatorSpan(doc, 2)).toBeNull();
  });
});

describe('"its" as the owner of what is violated', () => {
  it('is not the state whose forces violate it ("said Russian jets violated its airspace")', () => {
    expect(refOf(JETS, 'its')).toBe('state:KAZ');
  });

  it('is not the possessor of the violation ("said Russia\'s incursion was a violation of its sovereignty")', () => {
    const table = `
      1 Kazakhstan PROPN 2 nsubj
      2 said      VERB  0 root say
      3 Russia    PROPN 5 nmod:poss
      4 's        PART  3 case
      5 incursion NOUN  8 nsubj
      6 was       AUX   8 cop be
      7 a         DET   8 det
      8 violation NOUN  2 ccomp
      9 of        ADP   11 case
      10 its      PRON  11 nmod:poss
      11 sovereignty NOUN 8 nmod
      12 .        PUNCT 2 punct
    `;
    expect(refOf(table, 'its')).toBe('state:KAZ');
  });

  it('stays the nearest state for what is not violated ("said Russia defended its borders")', () => {
    const table = `
      1 Kazakhstan PROPN 2 nsubj
      2 said     VERB  0 root say
      3 Russia   PROPN 4 nsubj
      4 defended VERB  2 ccomp defend
      5 its      PRON  6 nmod:poss
      6 borders  NOUN  4 obj border
      7 .        PUNCT 2 punct
    `;
    expect(refOf(table, 'its')).toBe('state:RUS');
  });
});
