import { describe, expect, it } from 'vitest';
import { dateFromUrl, dateLine, findDate, findDates, isoDay } from './meta-dates.js';

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
    expect(isoDay(dateLine('Published: 28 March 2023 | 08:30 AM'))).toBe('2023-03-28');
    expect(isoDay(dateLine('Updated 10:30 GMT, 5 May 2021'))).toBe('2021-05-05');
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
