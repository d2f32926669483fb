import { describe, expect, it } from 'vitest';
import { isPersonName, parseByline } from './byline.js';
import { DEFAULT_READER_LEXICON } from './reader-lexicon.js';

const read = (line: string) => parseByline(line, DEFAULT_READER_LEXICON.agencies);

describe('parseByline', () => {
  it('reads a name followed by a date', () => {
    const b = read('By Lena Fischer September 9, 2021');
    expect(b?.authors).toEqual(['Lena Fischer']);
    expect(b?.date).toMatchObject({ year: 2021, month: 9, day: 9 });
  });

  it('reads "Name Published <date> | <time>" without "By"', () => {
    const b = read('Omar Haddad Published January 5, 2020 | 09:45 PM');
    expect(b?.authors).toEqual(['Omar Haddad']);
    expect(b?.date).toMatchObject({ year: 2020, month: 1, day: 5 });
  });

  it('reads "Jun 10, 2023 1 hr ago" stamps, "Edited by", several authors and an agency credit', () => {
    expect(read('By Ruth Mendes Jun 2, 2022 3 hrs ago')?.authors).toEqual(['Ruth Mendes']);
    expect(read('Edited by Iván Ortega')?.authors).toEqual(['Iván Ortega']);
    expect(read('By Kim Sato and Paul Weber')?.authors).toEqual(['Kim Sato', 'Paul Weber']);
    expect(read('By Kim Sato, Reuters')).toMatchObject({ authors: ['Kim Sato'], credits: ['Reuters'] });
    expect(read('By Kim Sato in Tokyo')?.authors).toEqual(['Kim Sato']);
  });

  it('does not take a sentence that starts with "By" for a byline', () => {
    expect(read('By the end of the week, the talks had collapsed.')).toBeNull();
    expect(read('By Monday, troops had left the area')).toBeNull();
    expect(read('The talks ended on Friday')).toBeNull();
  });
});

describe('isPersonName', () => {
  it('accepts names with particles, hyphens, initials and accents and refuses other words', () => {
    for (const n of ['Jean-Luc Picard', 'Ana de la Cruz', 'Sumaira FH', 'J. R. Okafor', 'Zoë Brandt']) expect(isPersonName(n)).toBe(true);
    for (const n of ['the minister', 'Monday', 'a b c d e f g']) expect(isPersonName(n)).toBe(false);
  });
});
