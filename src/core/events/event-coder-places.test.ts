/**
 * Places standing for their country as the target of aid and humanitarian access ("sent aid to
 * Gaza"), as they already do for visits, fighting and protests; target phrases hung on a noun's
 * "of" complement.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

const PLACES = [{ id: 'place:gaza', name: 'Gaza', country: 'PSE', forms: ['Gaza'] }];

describe('event coder: places as targets of aid', () => {
  it('reads "sent aid to Gaza" as aid to the place\'s country', () => {
    const table = `
      1 France PROPN 2 nsubj
      2 sent VERB 0 root send
      3 aid NOUN 2 obj
      4 to ADP 5 case
      5 Gaza PROPN 2 obl
      6 . PUNCT 2 punct`;
    expect(coded(table, { places: PLACES })).toEqual(['FRA>PSE AID 070']);
  });
  it('reads a noun\'s target phrase hung on its "of" complement ("Russia\'s deployment of troops to Kazakhstan")', () => {
    const events = coded(`
      1 Russia PROPN 3 nmod:poss
      2 's PART 1 case
      3 deployment NOUN 8 nsubj
      4 of ADP 5 case
      5 troops NOUN 3 nmod troop
      6 to ADP 7 case
      7 Kazakhstan PROPN 5 nmod
      8 worried VERB 0 root worry
      9 China PROPN 8 obj
      10 . PUNCT 8 punct`);
    expect(events.filter((e) => e.startsWith('RUS>'))).toEqual(['RUS>KAZ MOBILIZE 154']);
  });
});
