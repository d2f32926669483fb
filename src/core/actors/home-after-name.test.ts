/**
 * "Senator Dana Ermek of Mangystau": a region or a state after a titled person's unknown name says
 * where they are from; the name ends before "of", so that "Ms. Ermek" later is the same person.
 * The drafts are made by hand over the fixture's tokens (the fixture has no tagger to join "of"
 * into a name, as the full pipeline's name units do).
 */
import { describe, expect, it } from 'vitest';
import { draft } from './draft.js';
import { cutHomeAfterName } from './home-after-name.js';
import { analyzeActors, fixtureActorResources } from './test-support/fixture-actors.js';

/** The person draft over tokens 1..5 of `text` ("Dana Ermek of X" after a title), cut. */
function cut(text: string) {
  const doc = analyzeActors(text, '2020-05-10');
  const res = fixtureActorResources();
  const d = draft('person', 0, 5, 'name', { nameStart: 1, nameEnd: 5, name: doc.text.slice(doc.tokens.start[1], doc.tokens.end[4]), role: 'legislator', title: 'Senator' });
  const home = cutHomeAfterName({ doc, kb: res.kb, gazetteer: res.gazetteer, cues: res.cues, seen: new Set() }, d);
  return { name: d.name, country: d.country, end: d.tokEnd, home: home?.place?.id ?? null };
}

describe('cutHomeAfterName', () => {
  it('ends the name at "of" before a region and gives the region\'s country and place', () => {
    expect(cut('Senator Dana Ermek of Mangystau criticised the plan.')).toEqual({ name: 'Dana Ermek', country: 'KAZ', end: 3, home: 'place:mangystau' });
  });

  it('takes a state after "of" as the country, with no mention of its own', () => {
    expect(cut('Senator Dana Ermek of Kazakhstan criticised the plan.')).toEqual({ name: 'Dana Ermek', country: 'KAZ', end: 3, home: null });
  });

  it('keeps "of" words that name no place inside the name', () => {
    expect(cut('Senator Dana Ermek of Agriculture criticised the plan.')).toEqual({ name: 'Dana Ermek of Agriculture', country: null, end: 5, home: null });
  });
});
