import { describe, expect, it } from 'vitest';
import { looksPlural, nameKey, nameTokens, needsExactCase, pluralOf } from './normalize.js';

describe('nameKey', () => {
  it('brings punctuation variants of one name to one key', () => {
    expect(nameKey('U.S.')).toBe('us');
    expect(nameKey('US')).toBe('us');
    expect(nameKey('the U.S.')).toBe('us');
    expect(nameKey('U.S.A.')).toBe(nameKey('USA'));
  });
  it('removes accents and reads typographic apostrophes like plain ones', () => {
    expect(nameKey("Côte d'Ivoire")).toBe(nameKey('Cote d’Ivoire'));
    expect(nameKey('Türkiye')).toBe('turkiye');
    expect(nameKey('Élysée Palace')).toBe('elysee palace');
  });
  it('treats hyphens as spaces and & as "and"', () => {
    expect(nameKey('al-Qaeda')).toBe(nameKey('Al Qaeda'));
    expect(nameKey('Trinidad & Tobago')).toBe(nameKey('Trinidad and Tobago'));
    expect(nameKey('Guinea-Bissau')).toBe('guinea bissau');
    expect(nameKey('OPEC+')).toBe(nameKey('OPEC Plus'));
    expect(nameKey('OPEC+')).not.toBe(nameKey('OPEC'));
  });
  it('drops a leading "the" only as a whole word', () => {
    expect(nameKey('The Hague')).toBe('hague');
    expect(nameKey('Thebes')).toBe('thebes');
  });
  it('is empty for a name without letters or digits', () => {
    expect(nameKey(' -- ')).toBe('');
    expect(nameTokens('...')).toEqual([]);
  });
  it('splits a key into tokens for a trie', () => {
    expect(nameTokens('the Russian Pacific Fleet')).toEqual(['russian', 'pacific', 'fleet']);
  });
});

describe('needsExactCase', () => {
  it('marks acronyms and short capitalised codes', () => {
    for (const f of ['US', 'U.S.', 'NATO', 'IS', 'AfD', 'PiS']) expect(needsExactCase(f), f).toBe(true);
  });
  it('leaves ordinary names alone', () => {
    for (const f of ['Russia', 'the Kremlin', 'Hamas', 'Kazakh']) expect(needsExactCase(f), f).toBe(false);
  });
});

describe('plurals of agent words', () => {
  it('inflects the last word', () => {
    expect(pluralOf('foreign minister')).toBe('foreign ministers');
    expect(pluralOf('spokesman')).toBe('spokesmen');
    expect(pluralOf('ministry')).toBe('ministries');
    expect(pluralOf('MP')).toBe('MPs');
    expect(pluralOf('press')).toBe('presses');
  });
  it('recognises words that are already plural', () => {
    expect(looksPlural('troops')).toBe(true);
    expect(looksPlural('armed forces')).toBe(true);
    expect(looksPlural('police')).toBe(true);
    expect(looksPlural('congress')).toBe(false);
    expect(looksPlural('president')).toBe(false);
  });
});
