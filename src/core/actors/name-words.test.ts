import { describe, expect, it } from 'vitest';
import { foldName, nameWords } from './name-words.js';

describe('name words', () => {
  it('folds case, diacritics and typographic apostrophes, and splits at spaces and dashes', () => {
    expect(foldName('Ayşe O’Brien')).toBe("ayse o'brien");
    expect(nameWords('Jean-Luc  Mélenchon')).toEqual(['jean', 'luc', 'melenchon']);
    expect(nameWords('Dana O’Malley–Ermek')).toEqual(['dana', "o'malley", 'ermek']);
    expect(nameWords('  ')).toEqual([]);
  });
});
