import { describe, expect, it } from 'vitest';
import type { Doc } from '../doc/doc.js';
import { analyzeActors } from './test-support/fixture-actors.js';

/** Name, country and sector of the group actors. */
const groups = (doc: Doc) => doc.actors.filter((a) => a.type === 'group').map((a) => [a.name, a.country, a.sector]);

describe('people nouns with a "from" phrase', () => {
  it('gives a sector noun the country of the state, place or body it comes from', () => {
    expect(groups(analyzeActors('Doctors from Russia arrived in Astana on Monday.', '2023-05-10'))).toContainEqual(['Doctors', 'RUS', 'HLH']);
    expect(groups(analyzeActors('On Monday doctors from Karaganda joined the mission.', '2023-05-10'))).toContainEqual(['doctors', 'KAZ', 'HLH']);
  });

  it('makes no group of a sector noun without a country', () => {
    expect(groups(analyzeActors('Doctors from the clinic arrived on Monday.', '2023-05-10'))).toEqual([]);
    expect(groups(analyzeActors('Doctors arrived on Monday.', '2023-05-10'))).toEqual([]);
  });
});

describe('people named by where they study or work', () => {
  it('gives "doctors at" a workplace its country', () => {
    expect(groups(analyzeActors('Doctors at Karaganda hospitals went on strike on Monday.', '2023-05-10'))).toContainEqual(['Doctors', 'KAZ', 'HLH']);
  });

  it('gives no country to people who are only somewhere ("protesters at the Russian embassy")', () => {
    expect(groups(analyzeActors('Protesters at the Russian embassy chanted slogans on Monday.', '2023-05-10')).map((g) => g[1])).not.toContain('RUS');
  });
});

describe('bodies seated in a place', () => {
  it('gives a body "based in" or "headquartered in" a place that place\'s country', () => {
    const doc = analyzeActors('A newspaper based in Karaganda printed the letter.', '2023-05-10');
    expect(doc.actors.filter((a) => a.type === 'org').map((a) => [a.name, a.country, a.sector])).toContainEqual(['newspaper', 'KAZ', 'MED']);
    expect(groups(analyzeActors('Doctors headquartered in Russia wrote to the ministry.', '2023-05-10'))).toContainEqual(['Doctors', 'RUS', 'HLH']);
  });

  it('reads no seat from a place that is not right after the participle', () => {
    expect(analyzeActors('A newspaper based its story on sources in Karaganda.', '2023-05-10').actors.filter((a) => a.type === 'org').map((a) => a.name)).not.toContain('newspaper');
  });
});
