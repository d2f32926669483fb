import { describe, expect, it } from 'vitest';
import { emptyMeta, type Article } from '../article/article.js';
import { OffsetMap } from '../article/offset-map.js';
import { Pipeline } from '../pipeline/pipeline.js';
import { createTokenizer } from '../text/tokenizer-component.js';
import { createDateResolver, resolveDates } from './date-resolver.js';

/** Resolves the dates of a one-sentence text published on `published`; returns [text, value, granularity]. */
function dates(text: string, published: string | null = '2022-09-15') {
  return resolveDates(text, published, () => ({ start: 0, end: text.length })).map((d) => [d.text, d.value, d.granularity, d.part ?? null]);
}

describe('date resolution against the publication date', () => {
  it('reads explicit days in the forms the press uses', () => {
    expect(dates('The talks on September 15, 2022 ended.')).toEqual([['September 15, 2022', '2022-09-15', 'day', null]]);
    expect(dates('Signed on 28th Mar, 2023 in the capital.')).toEqual([['28th Mar, 2023', '2023-03-28', 'day', null]]);
    expect(dates('The file is dated 2021-02-03.')).toEqual([['2021-02-03', '2021-02-03', 'day', null]]);
    expect(dates('On Monday, Sept. 12 the envoy left.')[0]).toEqual(['Monday, Sept. 12', '2022-09-12', 'day', null]);
  });

  it('gives a day without a year the year that puts it in the recent past', () => {
    expect(dates('He began his trip on September 14 in the capital.')).toEqual([['September 14', '2022-09-14', 'day', null]]);
    expect(dates('The deal was signed on December 20.')).toEqual([['December 20', '2021-12-20', 'day', null]]);
    expect(dates('The ministers will meet on September 30.')).toEqual([['September 30', '2022-09-30', 'day', null]]);
  });

  it('reads "in February" in a September article as the past February, and "late February" as a part of it', () => {
    expect(dates('They met in February in the capital.')).toEqual([['February', '2022-02', 'month', null]]);
    expect(dates('Tanks rolled in late February.')).toEqual([['late February', '2022-02', 'month', 'late']]);
    expect(dates('Elections are planned for November.')).toEqual([['November', '2022-11', 'month', null]]);
    expect(dates('A visit in August angered officials.')).toEqual([['August', '2022-08', 'month', null]]);
  });

  it('reads relative expressions', () => {
    expect(dates('War games were held earlier this month.')).toEqual([['earlier this month', '2022-09', 'month', 'early']]);
    expect(dates('A party congress opens next month.')).toEqual([['next month', '2022-10', 'month', null]]);
    expect(dates('The aid arrives next year.')).toEqual([['next year', '2023', 'year', null]]);
    expect(dates('The envoy arrived three days ago.')).toEqual([['three days ago', '2022-09-12', 'day', null]]);
    expect(dates('The minister spoke yesterday.')).toEqual([['yesterday', '2022-09-14', 'day', null]]);
    // 2022-09-15 is a Thursday; "this week" starts on Monday the 12th.
    expect(dates('Talks began this week.')).toEqual([['this week', '2022-09-12', 'week', null]]);
  });

  it('reads weekdays as the most recent one, or the next one when the sentence looks ahead', () => {
    expect(dates('The rebels agreed to a ceasefire on Wednesday.')).toEqual([['Wednesday', '2022-09-14', 'day', null]]);
    expect(dates('The leaders met last Thursday.')).toEqual([['last Thursday', '2022-09-08', 'day', null]]);
    expect(dates('The leaders will meet on Monday.')).toEqual([['Monday', '2022-09-19', 'day', null]]);
  });

  it('reads years after a preposition, not counts', () => {
    expect(dates('Set up in 2001, the bloc expanded in 2017.')).toEqual([
      ['2001', '2001', 'year', null],
      ['2017', '2017', 'year', null],
    ]);
    expect(dates('Jets will be delivered by 2019.')).toEqual([['2019', '2019', 'year', null]]);
    expect(dates('He sent 2000 troops.')).toEqual([]);
    expect(dates('It grew by early 2023.')).toEqual([['early 2023', '2023', 'year', 'early']]);
  });

  it('does not read the modal "may" as a month, but reads "in May"', () => {
    expect(dates('Beijing may not be satisfied.')).toEqual([]);
    expect(dates('The vote was held in May.')).toEqual([['May', '2022-05', 'month', null]]);
  });

  it('reads the tense of the date\'s own clause, not of the whole sentence', () => {
    expect(dates('The envoy met the president on Monday, announcing aid that will arrive later.')).toEqual([['Monday', '2022-09-12', 'day', null]]);
  });

  it('does not find month abbreviations inside longer words', () => {
    expect(dates('Edited by Ivan Martínez and Decan Janssen.')).toEqual([]);
  });

  it('leaves relative dates unresolved without a publication date, but keeps explicit ones', () => {
    expect(dates('They met on Friday and signed on 3 March 2016.', null)).toEqual([['3 March 2016', '2016-03-03', 'day', null]]);
  });
});

describe('the date component', () => {
  const article = (text: string, published: string | null): Article => ({
    text,
    meta: { ...emptyMeta(), published },
    blocks: [{ start: 0, end: text.length, kind: 'paragraph' }],
    offsets: OffsetMap.identity(text.length),
    sourceKind: 'text',
  });
  const run = (text: string, published: string | null) => new Pipeline([createTokenizer(), createDateResolver()]).run(article(text, published));

  it('keeps every expression it found on the Doc, those it could not resolve too', () => {
    const text = 'The envoys met in late February, and talks resume next month.';
    const undated = run(text, null);
    expect(undated.dates).toEqual([]);
    expect(undated.dateSpans?.map((s) => text.slice(s.start, s.end))).toEqual(['late February', 'next month']);
    const dated = run(text, '2024-05-01');
    expect(dated.dates.map((d) => [d.text, d.value])).toEqual([['late February', '2024-02'], ['next month', '2024-06']]);
    expect(dated.dateSpans).toEqual(dated.dates.map(({ start, end }) => ({ start, end })));
  });

  it('leaves the expressions unknown on a Doc it has not seen', () => {
    expect(new Pipeline([createTokenizer()]).run(article('Talks resume on Monday.', null)).dateSpans).toBeNull();
  });
});
