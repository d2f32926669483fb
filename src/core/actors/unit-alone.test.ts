import { describe, expect, it } from 'vitest';
import { analyzeActors } from './test-support/fixture-actors.js';

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
