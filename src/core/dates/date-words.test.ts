import { describe, expect, it } from 'vitest';
import { isTimeNoun, monthOf, weekdayOf } from './date-words.js';

describe('date words', () => {
  it('reads month and weekday names with or without a period', () => {
    expect(monthOf('Sept.')).toBe(9);
    expect(weekdayOf('Thurs')).toBe(4);
    expect(() => monthOf('Smarch')).toThrow(RangeError);
  });

  it('knows the nouns that name a stretch of time', () => {
    for (const w of ['Wednesday', 'evening', 'weeks', 'Months', 'October', 'tonight', 'overnight']) expect(isTimeNoun(w)).toBe(true);
  });

  it('takes month names only when capitalised, and never people or things', () => {
    for (const w of ['march', 'may', 'May', 'troops', 'ministry', 'Monday-based']) expect(isTimeNoun(w)).toBe(false);
  });
});
