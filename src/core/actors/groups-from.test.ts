import { describe, expect, it } from 'vitest';
import type { Doc } from '../doc/doc.js';
import { buildDoc } from '../doc/test-support/build-doc.js';
import { createActorResolver } from './actor-resolver.js';
import { analyzeActors, fixtureActorResources } from './test-support/fixture-actors.js';

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

describe('people affiliated with a body', () => {
  it('gives a sector noun "affiliated with" or "belonging to" a body of one country that country', () => {
    expect(groups(analyzeActors('Reporters affiliated with Tengri Daily walked out on Monday.', '2023-05-10'))).toContainEqual(['Reporters', 'KAZ', 'MED']);
    expect(groups(analyzeActors('On Monday doctors belonging to Tengri Daily went on strike.', '2023-05-10'))).toContainEqual(['doctors', 'KAZ', 'HLH']);
  });

  it('reads no country from a body without one, nor from a participle with another preposition', () => {
    expect(groups(analyzeActors('Doctors affiliated with the clinic went on strike.', '2023-05-10'))).toEqual([]);
    expect(groups(analyzeActors('Doctors belonging in Russia went on strike.', '2023-05-10')).map((g) => g[1])).not.toContain('RUS');
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

/** Countries of the group actors of a hand-parsed Doc after the actor component ran. */
function parsedGroupCountries(table: string): (string | null)[] {
  const doc = buildDoc(table);
  createActorResolver(fixtureActorResources()).run(doc);
  return doc.actors.filter((a) => a.type === 'group').map((a) => a.country ?? null);
}

describe('groups moved out of a place', () => {
  it('gives no country to the "of" complement of a removal noun ("the withdrawal of doctors from Russia")', () => {
    const table = `
      1 China      PROPN 2 nsubj
      2 announced  VERB  0 root announce
      3 the        DET   4 det
      4 withdrawal NOUN  2 obj withdrawal
      5 of         ADP   6 case
      6 doctors    NOUN  4 nmod doctor
      7 from       ADP   8 case
      8 Russia     PROPN 6 nmod
      9 .          PUNCT 2 punct
    `;
    expect(parsedGroupCountries(table)).not.toContain('RUS');
  });

  it('gives no country to the object of a removal verb ("evacuated doctors from Russia")', () => {
    const table = `
      1 China     PROPN 2 nsubj
      2 evacuated VERB  0 root evacuate
      3 doctors   NOUN  2 obj doctor
      4 from      ADP   5 case
      5 Russia    PROPN 3 nmod
      6 .         PUNCT 2 punct
    `;
    expect(parsedGroupCountries(table)).not.toContain('RUS');
  });

  it('still reads where a group comes from when nothing moves it ("China praised doctors from Russia")', () => {
    const table = `
      1 China   PROPN 2 nsubj
      2 praised VERB  0 root praise
      3 doctors NOUN  2 obj doctor
      4 from    ADP   5 case
      5 Russia  PROPN 3 nmod
      6 .       PUNCT 2 punct
    `;
    expect(parsedGroupCountries(table)).toContain('RUS');
  });
});

describe('people who live where they are, "in" a place', () => {
  it('gives them the place\'s country', () => {
    expect(groups(analyzeActors('On Monday doctors in Karaganda went on strike.', '2023-05-10'))).toContainEqual(['doctors in Karaganda', 'KAZ', 'HLH']);
  });

  it('gives forces "in" a place no country ("troops in Kazakhstan" serve abroad)', () => {
    expect(groups(analyzeActors('On Monday troops in Kazakhstan went home.', '2023-05-10')).map((g) => g[1])).not.toContain('KAZ');
  });
});
