import { describe, expect, it } from 'vitest';
import { bareNames, isJobLine, isPersonName, parseByline } from './byline.js';
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

describe('bylines of blogs, portals and releases', () => {
  it('reads stamp-first, piped, em-dash and labelled bylines', () => {
    expect(read('Posted on March 3, 2024 by Tom Ellis')).toMatchObject({ authors: ['Tom Ellis'], date: { year: 2024, month: 3, day: 3 } });
    expect(read('March 12, 2024 by Sione Latu Leave a Comment')).toMatchObject({ authors: ['Sione Latu'], date: { day: 12 } });
    expect(read('Nour Haddad | 11 April 2024')).toMatchObject({ authors: ['Nour Haddad'], date: { month: 4 } });
    expect(read('By Aliya Karimova — March 5, 2024')?.authors).toEqual(['Aliya Karimova']);
    expect(read('Interview by Omar Farouk')?.authors).toEqual(['Omar Farouk']);
    expect(read('Posted by Levan Kiknadze at 10:15 AM')?.authors).toEqual(['Levan Kiknadze']);
  });

  it('leaves out job titles, affiliations and honorifics, and is not fooled by stamps or sections', () => {
    expect(read('By Luis Ortega, Political Correspondent')).toMatchObject({ authors: ['Luis Ortega'], credits: [] });
    expect(read('Authors: Ana Lee, University of the Coast and Bo Kim, Pacific Policy Institute')).toMatchObject({ authors: ['Ana Lee', 'Bo Kim'], credits: [] });
    expect(read('By Dr. Karl Lindqvist')?.authors).toEqual(['Karl Lindqvist']);
    expect(read('Last updated: 26/03/2024 15:20')).toBeNull();
    expect(read('Politics | March 3, 2024')).toBeNull();
  });

  it('tells a job line and a bare name line from a headline', () => {
    expect(isJobLine('Staff Correspondent')).toBe(true);
    expect(isJobLine('Kenya Airways')).toBe(false);
    expect(bareNames('Jane Marlow and Peter Osei', [])).toEqual(['Jane Marlow', 'Peter Osei']);
    expect(bareNames('Joint Statement on the Second Dialogue', [])).toBeNull();
  });
});

