/**
 * A present-tense "as"-clause under a past clause states a trend, not an event; in the past, or
 * under a present clause, it is left an act.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

/** "Putin <visited> Beijing, as Russia and India <deepen> ties." */
const VISIT = (main: string, trend: string) => `
      1 Putin PROPN 2 nsubj
      2 ${main} VERB 0 root visit
      3 Beijing PROPN 2 obj
      4 , PUNCT 9 punct
      5 as SCONJ 9 mark as
      6 Russia PROPN 9 nsubj
      7 and CCONJ 8 cc
      8 India PROPN 6 conj
      9 ${trend} VERB 2 advcl deepen
      10 ties NOUN 9 obj tie
      11 . PUNCT 2 punct`;

const support = (events: string[]): string[] => events.filter((e) => e.includes('SUPPORT'));

describe('backdrop trends: "…, as Russia and India deepen ties"', () => {
  it('codes the past act and no event for the present trend beside it', () => {
    const events = coded(VISIT('visited', 'deepen'));
    expect(events.some((e) => e.startsWith('RUS>CHN'))).toBe(true);
    expect(support(events)).toEqual([]);
  });

  it('reads a present progressive the same way ("as Russia and India are deepening ties")', () => {
    const progressive = `
      1 Putin PROPN 2 nsubj
      2 visited VERB 0 root visit
      3 Beijing PROPN 2 obj
      4 , PUNCT 10 punct
      5 as SCONJ 10 mark as
      6 Russia PROPN 10 nsubj
      7 and CCONJ 8 cc
      8 India PROPN 6 conj
      9 are AUX 10 aux be
      10 deepening VERB 2 advcl deepen
      11 ties NOUN 10 obj tie
      12 . PUNCT 2 punct`;
    expect(support(coded(progressive))).toEqual([]);
  });

  it('keeps an as-clause told in the past ("as Russia and India deepened ties") as an event', () => {
    expect(support(coded(VISIT('visited', 'deepened')))).toContain('RUS>IND SUPPORT 050');
  });

  it('keeps the as-clause when the report itself is in the present ("Putin visits Beijing as …")', () => {
    expect(support(coded(VISIT('visits', 'deepen')))).toContain('RUS>IND SUPPORT 050');
  });
});
