/**
 * The surname index: a title and a surname with no full name ("Prime Minister Orlov") give the
 * country of the office its holders of that name served; a lone surname means a candidate while
 * the race lasts, a courtesy title's gender rules namesakes out, and a minister of a country the
 * story never names, or a leader of another era, is no bare surname's referent.
 */
import { describe, expect, it } from 'vitest';
import { createKnowledgeBase } from '../kb/knowledge-base.js';
import { createSurnameIndex } from './surname-index.js';
import { analyzeActors, fixtureActorResources } from './test-support/fixture-actors.js';

/** The entity each mention written `form` resolved to, in text order. */
function refsOf(text: string, form: string, date: string | null): (string | null)[] {
  const doc = analyzeActors(text, date);
  return doc.mentions.filter((m) => doc.text.slice(m.start, m.end) === form).map((m) => m.ref ?? null);
}

const people = (text: string, date: string) => analyzeActors(text, date).actors.filter((a) => a.type === 'person').map((a) => [a.name, a.country]);

describe('the country of a titled surname', () => {
  it('takes the office-holder of the article\'s time', () => {
    expect(people('Prime Minister Orlov met reporters on Monday.', '2001-05-10')).toEqual([['Ivan Orlov', 'RUS']]);
  });

  it('keeps the office\'s country when the article is dated before anyone of that name held it', () => {
    expect(people('Prime Minister Orlov met reporters on Monday.', '1995-05-10')).toEqual([['Orlov', 'RUS']]);
  });

  it('gives no country for a surname no holder of the office has', () => {
    expect(people('Prime Minister Zandberg met reporters on Monday.', '1995-05-10')).toEqual([['Zandberg', null]]);
  });
});

describe('a lone surname', () => {
  const rally = 'On Monday, Nurbek told supporters in Karaganda that the Kazakh economy needed reform.';

  it('means the candidate while the race lasts and for a year after, not the former president of that name', () => {
    expect(refsOf(rally, 'Nurbek', '2016-03-01')).toEqual(['person:gulnara-nurbek']);
    expect(refsOf(rally, 'Nurbek', '2017-06-01')).toEqual(['person:gulnara-nurbek']);
  });

  it('means the former president once the candidacy is long past, or when a courtesy title says a man', () => {
    expect(refsOf(rally, 'Nurbek', '2019-06-01')).toEqual(['person:erlan-nurbek']);
    expect(refsOf('On Monday, Mr. Nurbek told supporters in Karaganda that the Kazakh economy needed reform.', 'Mr. Nurbek', '2016-03-01')).toEqual(['person:erlan-nurbek']);
  });

  it('is no minister of a country the story never names', () => {
    expect(refsOf('On Monday, Sokol told reporters in Karaganda that the Kazakh plan was fair.', 'Sokol', '2016-03-01')).toEqual(['new:person:sokol']);
    expect(refsOf('On Monday, Sokol said that Russia found the Kazakh plan fair.', 'Sokol', '2016-03-01')).toEqual(['person:pavel-sokol']);
  });

  it('is a foreign leader in a story that does not name their country, but not before they lead it', () => {
    const text = 'On Monday, Serik told reporters that the Russian plan was unfair.';
    expect(refsOf(text, 'Serik', '2020-03-01')).toEqual(['person:aidos-serik']);
    expect(refsOf(text, 'Serik', '2018-03-01')).toEqual(['new:person:serik']);
  });

  it('is a leader of another era only in a story about their own country', () => {
    const aside = 'Mr. Bekov spoke in Washington. American officials praised him. The American plan pleased Americans, he said, though Kazakhstan was wary.';
    expect(refsOf(aside, 'Mr. Bekov', '2035-03-01')).toEqual(['new:person:bekov']);
    expect(refsOf(aside, 'Mr. Bekov', '2015-03-01')).toEqual(['person:nurlan-bekov']);
    expect(refsOf('Mr. Bekov spoke in Astana. Kazakh officials praised him.', 'Mr. Bekov', '2035-03-01')).toEqual(['person:nurlan-bekov']);
  });
});

describe('genderOfGivenName with the name cues\' given names', () => {
  it('tells the gender of a given name the knowledge base has too few people for', () => {
    const { kb } = fixtureActorResources();
    const index = createSurnameIndex(kb, new Map([['zarina', 'f'], ['arman', 'm']]));
    expect(index.genderOfGivenName('Zarina Baimukhan')).toBe('f');
    expect(index.genderOfGivenName('Arman Sadyk')).toBe('m');
    expect(index.genderOfGivenName('Dastan Sadyk')).toBeNull();
  });

  it('lets "she" pass over a man the list names and "he" over a woman', () => {
    const text = 'Senator Zarina Baimukhan met Senator Arman Sadyk in Astana. Later, she said he was wrong.';
    const doc = analyzeActors(text, '2021-04-02');
    const ref = (form: string) => doc.mentions.find((m) => doc.text.slice(m.start, m.end) === form)?.ref;
    expect(ref('she')).toBe('new:person:zarina-baimukhan');
    expect(ref('he')).toBe('new:person:arman-sadyk');
  });
});

describe('a ruler named by a territory', () => {
  const kb = createKnowledgeBase(
    { name: 'states', entries: [{ id: 'state:KAZ', iso2: 'KZ', iso3: 'KAZ', cameo: 'KAZ', name: 'Kazakhstan', aliases: [], adjectives: ['Kazakh'], people: ['Kazakhs'], capital: 'Astana', metonyms: [], status: 'un-member' }] },
    { name: 'people', entries: [{ id: 'person:aidar-of-shieli', name: 'Aidar of Shieli', aliases: [], gender: 'm', roles: [{ role: 'head of state', title: 'King', country: 'KAZ', start: '2011-01-01', end: null }] }] },
  );

  it('has no surname in the territory ("Shieli" alone is the place)', () => {
    expect(createSurnameIndex(kb).unique('Shieli', '2023-05-10', [])).toBeNull();
  });
});
