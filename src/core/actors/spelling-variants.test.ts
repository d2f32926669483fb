import { describe, expect, it } from 'vitest';
import { analyzeActors } from './test-support/fixture-actors.js';
import { createSpellingIndex, oneEditApart } from './spelling-variants.js';

const named = (text: string) => analyzeActors(text, '2023-05-10').actors.filter((a) => a.id && !a.id.startsWith('new:')).map((a) => a.id);

describe('one edit apart', () => {
  it('accepts a letter dropped, added or changed inside the word', () => {
    expect(oneEditApart('ethopia', 'ethiopia')).toBe(true);
    expect(oneEditApart('afganistan', 'afghanistan')).toBe(true);
    expect(oneEditApart('mitterand', 'mitterrand')).toBe(true);
    expect(oneEditApart('hizbollah', 'hezbollah')).toBe(true);
  });

  it('refuses the first letter, the last two letters, two edits and equal words', () => {
    expect(oneEditApart('gambian', 'zambian')).toBe(false);
    expect(oneEditApart('americas', 'american')).toBe(false);
    expect(oneEditApart('kenyans', 'kenyan')).toBe(false);
    expect(oneEditApart('austrian', 'australian')).toBe(false);
    expect(oneEditApart('ethiopia', 'ethiopia')).toBe(false);
  });
});

describe('spelling index', () => {
  const index = createSpellingIndex(['ethiopia', 'afghanistan', 'slovenia', 'slovakia', 'sweden']);

  it('finds the names one edit from a word, of the asked length', () => {
    expect(index.variantsOf('ethopia', 7)).toEqual(['ethiopia']);
    expect(index.variantsOf('afghanisstan', 7)).toEqual(['afghanistan']);
    expect(index.variantsOf('swedan', 7)).toEqual([]);
  });

  it('returns every candidate, so that the caller can refuse a word two names are near', () => {
    expect(index.variantsOf('slovatia', 7)).toEqual(['slovakia']);
    expect(createSpellingIndex(['cameroon', 'camaroon']).variantsOf('camiroon', 7).slice().sort()).toEqual(['camaroon', 'cameroon']);
  });
});

describe('misspelt names in text', () => {
  it('reads a state name with one letter dropped or added as the state', () => {
    expect(named('Kazakstan signed the accord on Monday.')).toContain('state:KAZ');
    expect(named('Officials in Kazakhhstan welcomed the accord.')).toContain('state:KAZ');
  });

  it('reads a misspelt later word of a person name after the exact first word', () => {
    expect(named('Li Wenmming met the delegation on Monday.')).toContain('person:li-wenming');
  });

  it('does not read lower-case words, short names or a different ending as a name', () => {
    expect(named('the kazakstan accord was signed.')).not.toContain('state:KAZ');
    expect(named('Chinas delegates arrived.')).not.toContain('state:CHN');
    expect(named('Li Wenmingo met the delegation.')).not.toContain('person:li-wenming');
  });
});

describe('names with a middle initial', () => {
  it('reads a known person written with an initial the knowledge base does not have', () => {
    expect(named('Arkady V. Volkov arrived in Astana on Monday.')).toContain('person:arkady-volkov');
    expect(named('Li W. Wenming met the delegation on Monday.')).toContain('person:li-wenming');
  });

  it('does not read another surname after the same given name and initial', () => {
    expect(named('Arkady V. Petrov arrived in Astana on Monday.')).not.toContain('person:arkady-volkov');
  });
});
