import { describe, expect, it } from 'vitest';
import { analyzeActors, fixtureActorResources } from './test-support/fixture-actors.js';

const orgs = (text: string) => analyzeActors(text, '2023-05-10').actors.filter((a) => a.type === 'org').map((a) => [a.name, a.sector]);

describe('a name before the lower-case noun of its body', () => {
  it('is that body ("the Adilet party")', () => {
    expect(orgs('The Adilet party will boycott the vote.')).toEqual([['Adilet party', 'PTY']]);
  });

  it('is that body across a translation in parentheses ("the Adilet (Justice) party")', () => {
    const doc = analyzeActors('The Adilet (Justice) party will boycott the vote.', '2023-05-10');
    expect(doc.actors.map((a) => [a.name, a.type])).toEqual([['Adilet party', 'org']]);
    expect(doc.mentions.map((m) => doc.text.slice(m.start, m.end))).toEqual(['Adilet (Justice) party']);
  });

  it('is no body when the parentheses hold something other than a gloss ("Adilet (2019) party")', () => {
    expect(orgs('The Adilet (2019) party will boycott the vote.')).toEqual([]);
  });
});

describe('a name before a bare "group" or "movement"', () => {
  const names = (text: string) => analyzeActors(text, '2023-05-10').actors.filter((a) => a.type === 'org').map((a) => a.name);

  it('names a body of any kind ("the Zhuldyz movement"), a quoted translation between', () => {
    expect(names('Police broke up a rally of the Zhuldyz movement in Astana.')).toContain('Zhuldyz movement');
    expect(names("Police will not tolerate rallies by the Zhuldyz (``Star'') group.")).toContain('Zhuldyz group');
  });

  it('needs "the" before the name, and no day or month as the name', () => {
    expect(names('Police said Zhuldyz group members left.')).not.toContain('Zhuldyz group');
    expect(names('Police met the Monday group in Astana.')).not.toContain('Monday group');
  });
});

describe("a body named by its members' plural possessive", () => {
  const named = (text: string) => analyzeActors(text, '2023-05-10').actors.map((a) => [a.name, a.type, a.country ?? null]);

  it("is one organisation (\"the Kazakh Reporters' Institute\"), of the state that opens it", () => {
    const actors = named("Police raided the Kazakh Reporters' Institute on Monday.");
    expect(actors).toContainEqual(["Kazakh Reporters' Institute", 'org', 'KAZ']);
    expect(actors.map((a) => a[0])).not.toContain('Kazakh Reporters');
  });

  it('needs a head word of a body after the apostrophe', () => {
    expect(named("Police read the Kazakh Reporters' Letters on Monday.").map((a) => a[0])).not.toContain("Kazakh Reporters' Letters");
  });
});

describe('a name after a locative preposition', () => {
  it('is where people speak, not who ("doctors in Zhanakorgan said")', () => {
    const doc = analyzeActors('Doctors in Zhanakorgan said the clinic was closed.', '2023-05-10');
    expect(doc.actors.filter((a) => a.type === 'person')).toEqual([]);
  });

  it('still makes a speaker of a name next to a speech verb elsewhere', () => {
    const doc = analyzeActors('On Monday Zhanakorgan said the clinic was closed.', '2023-05-10');
    expect(doc.actors.filter((a) => a.type === 'person').map((a) => a.name)).toEqual(['Zhanakorgan']);
  });
});

describe('a named body introduced by its noun', () => {
  const res = fixtureActorResources([
    { words: ['opposition movement'], sector: 'OPP', group: true },
    { words: ['rebel group'], sector: 'REB', group: true },
    { words: ['police'], sector: 'COP', group: true },
  ]);
  /** Name, country and sector of the actors of `text` the knowledge base does not hold. */
  const newActors = (text: string) => analyzeActors(text, '2024-05-05', res).actors.filter((a) => a.id.startsWith('new:')).map((a) => [a.name, a.country, a.sector]);

  it('names an opposition movement or a rebel group by the name after its noun', () => {
    expect(newActors('Police detained eleven members of the opposition movement Steppe Voice on Sunday.')).toContainEqual(['Steppe Voice', null, 'OPP']);
    expect(newActors('The rebel group Steppe Dawn attacked a village.')).toContainEqual(['Steppe Dawn', null, 'REB']);
  });

  it('reads a name opening with a demonym whole, of that state ("the opposition movement Kazakh Future")', () => {
    expect(newActors('The protest was organised by the opposition movement Kazakh Future.')).toEqual([['Kazakh Future', 'KAZ', 'OPP']]);
  });

  it("takes the country of the demonym before the noun, and makes no group of the noun's phrase", () => {
    expect(newActors('The Kazakh opposition movement Steppe Voice called for a strike.')).toEqual([['Steppe Voice', 'KAZ', 'OPP']]);
  });
});
