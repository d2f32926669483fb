/**
 * A refusal made despite someone's pressing ("declined to resign despite pressure from X") is
 * addressed to whoever pressed.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

describe('refusals made despite pressure', () => {
  it('addresses "refused to resign despite pressure from France" to France', () => {
    const events = coded(`
      1 Putin PROPN 2 nsubj
      2 refused VERB 0 root refuse
      3 to PART 4 mark
      4 resign VERB 2 xcomp resign
      5 despite ADP 6 case
      6 pressure NOUN 4 obl pressure
      7 from ADP 8 case
      8 France PROPN 6 nmod
      9 . PUNCT 2 punct`);
    expect(events.some((e) => e.startsWith('RUS>FRA REJECT 12'))).toBe(true);
  });

  it('reads "in spite of demands by India" the same way', () => {
    const events = coded(`
      1 Putin PROPN 2 nsubj
      2 refused VERB 0 root refuse
      3 to PART 4 mark
      4 resign VERB 2 xcomp resign
      5 in ADP 6 case
      6 spite NOUN 4 obl spite
      7 of ADP 8 case
      8 demands NOUN 6 nmod demand
      9 by ADP 10 case
      10 India PROPN 8 nmod
      11 . PUNCT 2 punct`);
    expect(events.some((e) => e.startsWith('RUS>IND REJECT 12'))).toBe(true);
  });

  it('takes no target from a "despite" phrase that presses for nothing ("despite rain in India")', () => {
    const events = coded(`
      1 Putin PROPN 2 nsubj
      2 refused VERB 0 root refuse
      3 to PART 4 mark
      4 resign VERB 2 xcomp resign
      5 despite ADP 6 case
      6 rain NOUN 4 obl rain
      7 in ADP 8 case
      8 India PROPN 6 nmod
      9 . PUNCT 2 punct`);
    expect(events.filter((e) => e.includes('>IND'))).toEqual([]);
  });
});
