/**
 * Coreference of names in an invented Kazakh world: a courtesy title of the other gender before an
 * unknown surname, a middle initial the knowledge base leaves out, a titled surname before an
 * unknown namesake is named, and a region-qualified description.
 */
import { describe, expect, it } from 'vitest';
import { analyzeActors } from './test-support/fixture-actors.js';

/** The entity keys of the mentions written `form`, in text order. */
function refsOf(text: string, form: string, date = '2021-04-02'): (string | null)[] {
  const doc = analyzeActors(text, date);
  return doc.mentions.filter((m) => doc.text.slice(m.start, m.end) === form).map((m) => m.ref ?? null);
}

describe('resolveCoreference', () => {
  it('keeps "Mr. Baimukhan" and "Ms. Baimukhan" apart when the knowledge base knows neither', () => {
    const text = 'Mr. Baimukhan praised the plan. Ms. Baimukhan criticised it. Mr. Baimukhan replied and Ms. Baimukhan left.';
    const mr = refsOf(text, 'Mr. Baimukhan');
    const ms = refsOf(text, 'Ms. Baimukhan');
    expect(new Set(mr).size).toBe(1);
    expect(new Set(ms).size).toBe(1);
    expect(mr[0]).not.toBe(ms[0]);
  });

  it('reads a full name with a middle initial as the known person', () => {
    expect(refsOf('Aidos K. Serik arrived in Beijing.', 'Aidos K. Serik')).toEqual(['person:aidos-serik']);
  });

  it('gives a titled surname to the office-holder when the unknown namesake is named only later', () => {
    const text = 'President Tulegen arrived in Beijing. His daughter, Zarina Tulegen, stayed in Astana.';
    expect(refsOf(text, 'President Tulegen', '1998-05-01')).toEqual(['person:marat-tulegen']);
  });

  it('does not give "the Mangystau governor" to a governor the text placed in another region', () => {
    const text = 'Mangystau Gov. Dana Ermek met Akmola Gov. Arman Sadyk in Astana. The Mangystau governor said the talks went well.';
    const doc = analyzeActors(text, '2021-04-02');
    const dana = doc.actors.find((a) => a.name === 'Dana Ermek');
    expect(dana?.role).toBe('local official');
    expect(dana?.mentions.map((m) => m.text)).toContain('Mangystau governor');
  });
});

describe('plural descriptions', () => {
  const text = 'President Aidos Serik met President Li Wenming in Beijing. The leaders discussed trade. The three leaders and our leaders did not.';

  it('are the last two people named who fit', () => {
    expect(refsOf(text, 'leaders')[0]).toBeDefined();
    const doc = analyzeActors(text, '2021-04-02');
    const m = doc.mentions.find((x) => doc.text.slice(x.start, x.end) === 'leaders');
    expect(new Set(m?.refs ?? [m?.ref])).toEqual(new Set(['person:aidos-serik', 'person:li-wenming']));
  });

  it('are nobody named when they count other than two or are a person\'s own', () => {
    expect(refsOf(text, 'three leaders')).toEqual([]);
    expect(refsOf(text, 'our leaders')).toEqual([]);
  });
});

describe('a leader of a movement', () => {
  it('is no head of state named before', () => {
    const text = 'President Aidos Serik arrived in Astana. The far-right leader criticised him, and the opposition leader left. The leader then spoke.';
    expect(refsOf(text, 'far-right leader')).toEqual([]);
    expect(refsOf(text, 'leader')).toEqual(['person:aidos-serik']);
  });
});

describe('a description placed in a region', () => {
  it('is the person placed there, not a nearer one placed nowhere', () => {
    const doc = analyzeActors('Sen. Arman Bek of Mangystau spoke on Monday. Kazakh Sen. Zarina Tas said she would work with the Mangystau senator.', '2023-05-10');
    const m = doc.mentions.find((x) => doc.text.slice(x.start, x.end).includes('Mangystau senator'));
    expect(m?.ref).toBe('new:person:arman-bek');
  });
});
