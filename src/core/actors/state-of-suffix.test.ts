import { describe, expect, it } from 'vitest';
import { analyzeActors } from './test-support/fixture-actors.js';

describe('a demonym inside a hyphenated word', () => {
  it('names the state of a flag or of held territory ("Kazakh-flagged", "Russian-controlled")', () => {
    const doc = analyzeActors('China seized a Kazakh-flagged tanker and shelled Russian-controlled towns on Monday.', '2023-05-10');
    expect(doc.mentions.map((m) => [doc.text.slice(m.start, m.end), m.ref])).toEqual([
      ['China', 'state:CHN'],
      ['Kazakh', 'state:KAZ'],
      // held territory: the mention covers the territory ("held-territory.ts")
      ['Russian-controlled towns', 'state:RUS'],
    ]);
  });

  it('names the state leading a force ("Kazakh-led troops")', () => {
    const doc = analyzeActors('On Monday, Kazakh-led troops crossed the river.', '2023-05-10');
    expect(doc.mentions.map((m) => m.ref)).toContain('state:KAZ');
  });

  it('names no state in an allegiance ("pro-Russia", "anti-China")', () => {
    const doc = analyzeActors('On Monday, pro-Russia protesters and anti-China protesters marched in Astana.', '2023-05-10');
    expect(doc.mentions.map((m) => m.ref)).not.toContain('state:RUS');
    expect(doc.mentions.map((m) => m.ref)).not.toContain('state:CHN');
  });

  it('names no state in a property of a thing ("Russian-made", "Chinese-style")', () => {
    const doc = analyzeActors('The army bought Russian-made rifles and Chinese-style boots on Monday.', '2023-05-10');
    expect(doc.mentions).toEqual([]);
  });
});

describe('a curated place name at the end of a sentence', () => {
  it('does not take the full stop into its mention', () => {
    const doc = analyzeActors('On Monday, Russia sent two ships into the Gulf of Kazakhstan.', '2023-05-10');
    const place = doc.mentions.find((m) => m.ref === 'place:gulf-of-kazakhstan');
    expect(place && doc.text.slice(place.start, place.end)).toBe('Gulf of Kazakhstan');
  });
});

describe('a curated place whose last word heads organisations', () => {
  it('is the place ("East Bank"), while an unknown name with that head is an organisation', () => {
    const doc = analyzeActors('Troops entered the East Bank on Monday. The Steppe Commercial Bank closed its doors.', '2023-05-10');
    const place = doc.mentions.find((m) => m.ref === 'place:east-bank');
    expect(place && doc.text.slice(place.start, place.end)).toBe('East Bank');
    expect(doc.actors.filter((a) => a.type === 'org').map((a) => a.name)).toEqual(['Steppe Commercial Bank']);
  });
});

describe('peoples and faiths', () => {
  it('reads an ethnic group with a demonym as a group of that state, and alone as a group of no state', () => {
    const doc = analyzeActors('Thousands of Russian Kurds marched in Moscow. Kurds elsewhere stayed home.', '2023-05-10');
    const groups = doc.actors.filter((a) => a.type === 'group').map((a) => [a.name, a.country ?? null]);
    expect(groups).toEqual([
      ['Russian Kurds', 'RUS'],
      ['Kurds', null],
    ]);
  });
});

describe('a capital naming a document', () => {
  it('is part of the document\'s name, not its state ("the Astana Declaration")', () => {
    const doc = analyzeActors('Both sides signed the Astana Declaration on Monday.', '2023-05-10');
    expect(doc.actors.filter((a) => a.type === 'state').map((a) => a.id)).toEqual([]);
  });

  it('still names the state when it acts ("Astana signed the declaration")', () => {
    const doc = analyzeActors('Astana signed the declaration on Monday.', '2023-05-10');
    expect(doc.actors.filter((a) => a.type === 'state').map((a) => a.id)).toEqual(['state:KAZ']);
  });
});
