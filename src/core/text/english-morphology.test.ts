import { describe, expect, it } from 'vitest';
import { nounBase, verbBase, type WordLists } from './english-morphology.js';

/** A small hand-made lexicon: the word classes of a few words, like WordNet lists them. */
const VERBS = new Set(['hop', 'hope', 'stag', 'stage', 'wage', 'wag', 'hate', 'hat', 'visit', 'open', 'stop', 'call', 'try', 'march', 'pass', 'cite', 'bar', 'bare']);
const NOUNS = new Set(['march', 'marche', 'strike', 'news', 'crisis', 'status', 'leaf', 'knife', 'woman', 'country']);
const lists: WordLists = {
  verbExceptions: { went: 'go' },
  nounExceptions: { children: 'child' },
  isVerb: (w) => VERBS.has(w),
  isNoun: (w) => NOUNS.has(w),
};

describe('verbBase', () => {
  it('reads "-ed"/"-ing" after a consonant-vowel-consonant stem as coming from the "-e" base', () => {
    expect(['hoped', 'staged', 'waged', 'hated', 'hoping', 'cited', 'bared'].map((w) => verbBase(w, lists))).toEqual(['hope', 'stage', 'wage', 'hate', 'hope', 'cite', 'bare']);
  });
  it('keeps the stem when the "-e" form is not a verb, and undoubles doubled consonants', () => {
    expect(['visited', 'opened', 'hopped', 'stopped', 'barred', 'called', 'passed'].map((w) => verbBase(w, lists))).toEqual(['visit', 'open', 'hop', 'stop', 'bar', 'call', 'pass']);
  });
  it('uses exceptions and -ies/-es/-s rules', () => {
    expect(['went', 'tries', 'tried', 'marches', 'visits'].map((w) => verbBase(w, lists))).toEqual(['go', 'try', 'try', 'march', 'visit']);
  });
});

describe('nounBase', () => {
  it('prefers dropping "es" after ch/sh/x ("marches" → "march")', () => {
    expect(nounBase('marches', lists)).toBe('march');
  });
  it('drops a plural ending of words the lists do not know', () => {
    expect(['ceasefires', 'airstrikes', 'cyberattacks', 'strikes'].map((w) => nounBase(w, lists))).toEqual(['ceasefire', 'airstrike', 'cyberattack', 'strike']);
  });
  it('leaves known nouns ending in s and Latin singulars alone', () => {
    expect(['news', 'crisis', 'status', 'children', 'countries', 'women'].map((w) => nounBase(w, lists))).toEqual(['news', 'crisis', 'status', 'child', 'country', 'woman']);
  });
});
