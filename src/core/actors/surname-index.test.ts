/**
 * The surname index: a title and a surname with no full name ("Prime Minister Orlov") give the
 * country of the office its holders of that name served.
 */
import { describe, expect, it } from 'vitest';
import { analyzeActors } from './test-support/fixture-actors.js';

const people = (text: string, date: string) => analyzeActors(text, date).actors.filter((a) => a.type === 'person').map((a) => [a.name, a.country]);

describe('the country of a titled surname', () => {
  it('takes the office-holder of the article\'s time', () => {
    expect(people('Prime Minister Orlov met reporters on Monday.', '2001-05-10')).toEqual([['Ivan Orlov', 'RUS']]);
  });

  it('keeps the office\'s country when the article is dated before anyone of that name held it', () => {
    expect(people('Prime Minister Orlov met reporters on Monday.', '1995-05-10')).toEqual([['Orlov', 'RUS']]);
  });

  it('gives no country for a surname no holder of the office has', () => {
    expect(people('Prime Minister Zandberg met reporters on Monday.', '1995-05-10')).toEqual([['Zandberg', null]]);
  });
});
