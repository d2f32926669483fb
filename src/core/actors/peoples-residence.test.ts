import { describe, expect, it } from 'vitest';
import type { Doc } from '../doc/doc.js';
import { analyzeActors } from './test-support/fixture-actors.js';

/** Name and country of the group actors, and whether the state named `state` is an actor at all. */
const groups = (doc: Doc) => doc.actors.filter((a) => a.type === 'group').map((a) => [a.name, a.country]);
const isActor = (doc: Doc, id: string) => doc.actors.some((a) => a.id === id);

describe('peoples named by a demonym, where they live', () => {
  it('gives an ethnic people with a phrase of residence the country it lives in', () => {
    const doc = analyzeActors('Ethnic Russians in northern Kazakhstan staged a protest on Monday.', '2023-05-10');
    expect(groups(doc)).toEqual([['Russians', 'KAZ']]);
    expect(isActor(doc, 'state:RUS')).toBe(false);
  });

  it('reads "the <people> of <place>" as the people living there', () => {
    expect(groups(analyzeActors('The Russians of northern Kazakhstan want more schools in their language.', '2023-05-10'))).toEqual([['Russians', 'KAZ']]);
  });

  it('takes the one other state of the sentence for an ethnic people without a phrase of residence', () => {
    expect(groups(analyzeActors('Hundreds of ethnic Russians protested on Tuesday in Kazakhstan.', '2023-05-10'))).toEqual([['Russians', 'KAZ']]);
    expect(groups(analyzeActors('Ethnic Russians protested on Tuesday.', '2023-05-10'))).toEqual([['Russians', null]]);
  });

  it('does not take the neighbour over a border as where an ethnic people lives', () => {
    expect(groups(analyzeActors("Ethnic Russians seized villages near Kazakhstan's border with China on Tuesday.", '2023-05-10'))).toEqual([['Russians', 'KAZ']]);
    expect(groups(analyzeActors('Ethnic Russians seized villages in Kazakhstan and China on Tuesday.', '2023-05-10'))).toEqual([['Russians', null]]);
  });

  it("keeps a state's forces and a people in its own state with the state", () => {
    expect(groups(analyzeActors('Russian troops in Kazakhstan left on Monday.', '2023-05-10'))).toEqual([['Russian troops', 'RUS']]);
    expect(groups(analyzeActors('Russians in Moscow protested on Monday.', '2023-05-10'))).toEqual([['Russians', 'RUS']]);
  });
});

describe('groups of no state, where they are', () => {
  it('take the country of a phrase of place after them', () => {
    expect(groups(analyzeActors('Protesters in Astana marched on Monday.', '2023-05-10'))).toEqual([['Protesters in Astana', 'KAZ']]);
    expect(groups(analyzeActors('Protesters throughout Kazakhstan marched on Monday.', '2023-05-10'))).toEqual([['Protesters', 'KAZ']]);
    expect(groups(analyzeActors('Protesters marched on Monday.', '2023-05-10'))).toEqual([['Protesters', null]]);
  });
});

describe('groups of no state, where they come from', () => {
  it('take the country after "from"', () => {
    expect(groups(analyzeActors('Protesters from Kazakhstan marched in Moscow.', '2023-05-10'))).toEqual([['Protesters', 'KAZ']]);
  });
});

describe('groups of people, where they act', () => {
  it('take the country of the place their clause names', () => {
    expect(groups(analyzeActors('Protesters marched in Astana on Monday.', '2023-05-10'))).toEqual([['Protesters', 'KAZ']]);
    expect(groups(analyzeActors('The crowds gathered in northern Kazakhstan on Monday.', '2023-05-10'))).toEqual([['crowds', 'KAZ']]);
  });

  it('stay unplaced past the end of the clause or another actor', () => {
    expect(groups(analyzeActors('Protesters marched, and the police in Moscow watched.', '2023-05-10')).find((g) => g[0] === 'Protesters')).toEqual(['Protesters', null]);
    expect(groups(analyzeActors('Protesters met the Border Service in Astana.', '2023-05-10')).find((g) => g[0] === 'Protesters')).toEqual(['Protesters', null]);
  });
});

describe('a state named by its adjective', () => {
  it('is no place a group is in', () => {
    expect(groups(analyzeActors('Protesters were hurt in Russian shelling on Monday.', '2023-05-10'))).toEqual([['Protesters', null]]);
    expect(groups(analyzeActors('Protesters marched in the Kazakh capital on Monday.', '2023-05-10'))).toEqual([['Protesters', 'KAZ']]);
  });
});

describe('people fleeing a country', () => {
  it('are its people', () => {
    expect(groups(analyzeActors('Police stopped protesters fleeing Kazakhstan on Monday.', '2023-05-10'))).toEqual([['protesters', 'KAZ']]);
    expect(groups(analyzeActors('Police stopped protesters fleeing the fighting in Kazakhstan.', '2023-05-10'))).toEqual([['protesters', 'KAZ']]);
    expect(groups(analyzeActors('Police stopped protesters fleeing the new law.', '2023-05-10'))).toEqual([['protesters', null]]);
  });
});

describe('groups of one name placed in different countries', () => {
  it('are different groups', () => {
    const doc = analyzeActors('Protesters in Astana marched on Monday. Protesters in Russia marched on Tuesday.', '2023-05-10');
    expect(groups(doc)).toEqual([['Protesters in Astana', 'KAZ'], ['Protesters in Russia', 'RUS']]);
  });

  it('stay one group when placed in one country', () => {
    expect(groups(analyzeActors('Protesters in Astana marched on Monday. The protesters marched again on Tuesday.', '2023-05-10'))).toEqual([['Protesters in Astana', 'KAZ']]);
  });
});

describe('two demonyms in a row', () => {
  it('name where a people lives, then who they are', () => {
    expect(groups(analyzeActors('Kazakh Russians protested on Monday.', '2023-05-10'))).toEqual([['Russians', 'KAZ']]);
    expect(groups(analyzeActors('Kazakh Russian protesters marched on Monday.', '2023-05-10'))).toEqual([['Kazakh Russian protesters', 'KAZ']]);
    expect(isActor(analyzeActors('Kazakh Russian protesters marched on Monday.', '2023-05-10'), 'state:RUS')).toBe(false);
  });

  it("but a nation of immigrants' people are its own", () => {
    expect(groups(analyzeActors('Russian Americans protested on Monday.', '2023-05-10'))).toEqual([['Americans', 'USA']]);
    expect(groups(analyzeActors('Russian American protesters marched on Monday.', '2023-05-10'))).toEqual([['Russian American protesters', 'USA']]);
  });
});

describe('placing a people', () => {
  it('takes the pronouns that refer to it along', () => {
    const doc = analyzeActors('Ethnic Russians in northern Kazakhstan said their schools were closed.', '2023-05-10');
    const their = doc.mentions.find((m) => doc.text.slice(m.start, m.end) === 'their');
    expect(doc.actors.find((a) => a.id === their?.ref)?.country).toBe('KAZ');
  });

  it('reads a name that opens with a word of direction as the name ("in East Bank")', () => {
    expect(groups(analyzeActors('Protesters marched in East Bank on Monday.', '2023-05-10'))).toEqual([['Protesters', 'KAZ']]);
  });
});

describe('followers of someone named before them', () => {
  it("take their leader's country", () => {
    expect(groups(analyzeActors("Arkady Volkov's supporters marched on Monday.", '2023-05-10'))).toEqual([['supporters', 'RUS']]);
    expect(groups(analyzeActors('Arkady Volkov and his supporters marched on Monday.', '2023-05-10'))).toEqual([['supporters', 'RUS']]);
  });

  it('but only followers', () => {
    expect(groups(analyzeActors("Arkady Volkov's critics marched on Monday.", '2023-05-10'))).toEqual([['critics', null]]);
  });
});
