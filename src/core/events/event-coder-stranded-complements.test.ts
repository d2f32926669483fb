/**
 * A frame noun's to-infinitive that the parser hung on the verb above the noun ("rejected calls to
 * impose sanctions", "supported Ukraine's bid to join the EU"): the infinitive is the noun's
 * complement, and its doer is the noun's owner.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

describe('event coder: infinitives of frame nouns hung on the verb', () => {
  it('reads "rejected Ukraine\'s calls to impose sanctions" as refusing the call, not a negated sanction', () => {
    const table = `
      1 France PROPN 2 nsubj
      2 rejected VERB 0 root reject
      3 Ukraine PROPN 5 nmod:poss
      4 's PART 3 case
      5 calls NOUN 2 obj call
      6 to PART 7 mark
      7 impose VERB 2 advcl impose
      8 sanctions NOUN 7 obj sanction
      9 on ADP 10 case
      10 Russia PROPN 7 obl
      11 . PUNCT 2 punct`;
    const events = coded(table);
    expect(events.length).toBe(1);
    expect(events[0]).toMatch(/^FRA>UKR REJECT 12/);
  });

  it('gives the joining in "supported Ukraine\'s bid to join the EU" to Ukraine, not to the supporter', () => {
    const table = `
      1 France PROPN 2 nsubj
      2 supported VERB 0 root support
      3 Ukraine PROPN 5 nmod:poss
      4 's PART 3 case
      5 bid NOUN 2 obj bid
      6 to PART 7 mark
      7 join VERB 2 xcomp join
      8 the DET 9 det
      9 UN PROPN 7 obj
      10 . PUNCT 2 punct`;
    const events = coded(table);
    expect(events).toContain('FRA>UKR SUPPORT 051');
    // Nothing France does towards the UN: the joining is Ukraine's, and only a bid.
    expect(events.filter((e) => e.startsWith('FRA>') && e.includes('>United Nations'))).toEqual([]);
    expect(events.filter((e) => e.startsWith('UKR>')).every((e) => !e.includes(' 057'))).toBe(true);
  });

  it('reads "exerted pressure on India to help Niger" as a demand of India, not help France gives', () => {
    const table = `
      1 France PROPN 2 nsubj
      2 exerted VERB 0 root exert
      3 pressure NOUN 2 obj pressure
      4 on ADP 5 case
      5 India PROPN 2 obl
      6 to PART 7 mark
      7 help VERB 2 advcl help
      8 Niger PROPN 7 obj
      9 . PUNCT 2 punct`;
    const events = coded(table);
    expect(events.some((e) => e.startsWith('FRA>IND REQUEST 10'))).toBe(true);
    expect(events.filter((e) => e.startsWith('FRA>NER'))).toEqual([]);
  });

  it('leaves an infinitive after a noun with a phrase of its own to the verb ("arranging calls with X to discuss")', () => {
    const table = `
      1 France PROPN 2 nsubj
      2 arranged VERB 0 root arrange
      3 calls NOUN 2 obj call
      4 with ADP 5 case
      5 Russia PROPN 3 nmod
      6 to PART 7 mark
      7 discuss VERB 2 advcl discuss
      8 trade NOUN 7 obj trade
      9 . PUNCT 2 punct`;
    expect(coded(table).filter((e) => e.includes('REQUEST'))).toEqual([]);
  });
});
