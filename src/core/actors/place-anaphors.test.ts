import { describe, expect, it } from 'vitest';
import { analyzeActors } from './test-support/fixture-actors.js';

/** The place each "the city"/"the town" mention of `text` refers to. */
function anaphors(text: string): string[] {
  const doc = analyzeActors(text, '2023-05-10');
  return doc.mentions.filter((m) => m.type === 'place' && /^the /.test(doc.text.slice(m.start, m.end))).map((m) => `${doc.text.slice(m.start, m.end)}=${m.ref}`);
}

describe('a city called by its kind', () => {
  it('is the city named last, in its sentence or the two before', () => {
    expect(anaphors('Fighting around Karaganda grew on Monday. Rebels shelled the city with artillery.')).toEqual(['the city=place:karaganda']);
  });

  it('is no reference when "of" or a name follows, or when no city was named within reach', () => {
    expect(anaphors('Fighting around Karaganda grew. Rebels shelled the city of Astana.')).not.toContain('the city=place:karaganda');
    expect(anaphors('Rebels shelled the city on Monday.')).toEqual([]);
    expect(anaphors('Karaganda was quiet. Nothing happened. Talks went on. Rebels shelled the city.')).toEqual([]);
  });

  it('is no reference when another kind of place was named after the city', () => {
    expect(anaphors('Boats left Karaganda for the Steppe Sea on Monday. The town was quiet.')).toEqual([]);
  });
});
