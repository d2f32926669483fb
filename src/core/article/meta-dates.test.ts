import { describe, expect, it } from 'vitest';
import { dateFromUrl, dateLine, findDate, findDates, isoDay, isStampLine, placeDateLine } from './meta-dates.js';

describe('findDate', () => {
  it('reads the forms pages print', () => {
    expect(isoDay(findDate('September 15, 2022'))).toBe('2022-09-15');
    expect(isoDay(findDate('Sept. 5 2021'))).toBe('2021-09-05');
    expect(isoDay(findDate('28th Mar, 2023'))).toBe('2023-03-28');
    expect(isoDay(findDate('4 July 2019'))).toBe('2019-07-04');
    expect(isoDay(findDate('2015-09-04 12:15:44'))).toBe('2015-09-04');
    expect(isoDay(findDate('04.09.2015'))).toBe('2015-09-04');
    expect(isoDay(findDate('Monday, March 27, 2023'))).toBe('2023-03-27');
  });

  it('gives no year when the text has none, and refuses impossible days', () => {
    expect(findDate('Mar. 21:')).toMatchObject({ year: null, month: 3, day: 21 });
    expect(isoDay(findDate('Mar. 21'))).toBeNull();
    expect(findDate('February 30, 2021')).toBeNull();
    expect(findDate('09/04/2015')).toBeNull();
  });

  it('lists several dates in order', () => {
    expect(findDates('from May 1, 2020 to June 2, 2020').map(isoDay)).toEqual(['2020-05-01', '2020-06-02']);
  });
});

describe('dateLine', () => {
  it('accepts a line that holds only a date, a time and stamp words', () => {
    expect(isoDay(dateLine('January 08, 2013'))).toBe('2013-01-08');
    expect(isoDay(dateLine('Published on 3 March 2024.'))).toBe('2024-03-03');
    expect(isoDay(dateLine('Published: 28 March 2023 | 08:30 AM'))).toBe('2023-03-28');
    expect(isoDay(dateLine('Updated 10:30 GMT, 5 May 2021'))).toBe('2021-05-05');
  });
  it('accepts zone offsets, regional zones and reading times', () => {
    expect(isoDay(dateLine('March 4, 2022 6:05 PM GMT+3'))).toBe('2022-03-04');
    expect(isoDay(dateLine('4 March 2022 - 18:05 (UTC+05:30)'))).toBe('2022-03-04');
    expect(isoDay(dateLine('4 March 2022 | 18:05 AEDT'))).toBe('2022-03-04');
    expect(isoDay(dateLine('March 4, 2022 · 6 min read'))).toBe('2022-03-04');
    expect(dateLine('March 4, 2022 · 6 more soldiers killed')).toBeNull();
  });
  it('refuses a line that says more', () => {
    expect(dateLine('The ceasefire took effect on January 8, 2013')).toBeNull();
    expect(dateLine('New Delhi, January 8, 2012')).toBeNull();
  });
});

describe('dateFromUrl', () => {
  it('reads /YYYY/MM/DD/ and /YYYY/mon/DD/ paths only', () => {
    expect(dateFromUrl('https://x.example/news/2012/09/14/flags-burned')).toBe('2012-09-14');
    expect(dateFromUrl('http://x.example/news/2002/oct/04/talks/')).toBe('2002-10-04');
    expect(dateFromUrl('http://x.example/2014/03/sanctions.html')).toBeNull();
    expect(dateFromUrl(null)).toBeNull();
  });
});

describe('stamps and place-and-date lines', () => {
  it('reads the publication date of a published/updated pair and of a place-and-date line', () => {
    expect(dateLine('Published : 05 Mar 2024, 10:12 AM | Updated : 06 Mar 2024, 11:40 AM')).toMatchObject({ day: 5, month: 3 });
    expect(placeDateLine('Lisbon, 15 November 2023')).toMatchObject({ year: 2023, month: 11, day: 15 });
    expect(placeDateLine('The talks ended on 15 November 2023')).toBeNull();
    expect(placeDateLine('Press Release No. 14/2023 12 April 2023')).toMatchObject({ year: 2023, month: 4, day: 12 });
    expect(placeDateLine('Summit Opens In Capital 12 April 2023')).toBeNull();
  });

  it('recognises time stamps whose date has no year or an unknown order', () => {
    expect(isStampLine('Published on: 07/03/2024 - 14:02')).toBe(true);
    expect(isStampLine('March 3, 14:02 UPDATED: March 3, 15:10')).toBe(true);
    expect(isStampLine('First published: Mar 04, 2024 09:30 IST')).toBe(true);
    expect(isStampLine('Published reports said the talks ended on March 3.')).toBe(false);
    expect(isStampLine('March 3, 2024')).toBe(false);
  });
});

