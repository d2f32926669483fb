import { describe, expect, it } from 'vitest';
import { codedEvents } from './test-support/coded.js';
import { parseArrays as arrays } from './test-support/parse-arrays.js';
import { repairTitleAppositions } from './title-apposition-repair.js';

/** "Ukraine criticised the president of Russia, Vladimir Putin, who visited Kazakhstan." with "Putin" an apposition of "Russia". */
const TITLE = `
  1 Ukraine PROPN 2 nsubj
  2 criticised VERB 0 root criticise
  3 the DET 4 det
  4 president NOUN 2 obj president
  5 of ADP 6 case
  6 Russia PROPN 4 nmod
  7 , PUNCT 9 punct
  8 Vladimir PROPN 9 compound
  9 Putin PROPN 6 appos
  10 , PUNCT 9 punct
  11 who PRON 12 nsubj
  12 visited VERB 4 acl:relcl visit
  13 Kazakhstan PROPN 12 obj
  14 . PUNCT 2 punct`;

describe('repairTitleAppositions', () => {
  it('hangs the name on the title it renames', () => {
    const a = arrays(TITLE);
    expect(repairTitleAppositions(a.head, a.rel, a.upos, a.lower)).toBe(true);
    expect([a.head[8], a.rel[8]]).toEqual([3, 'appos']);
    expect(a.head[6]).toBe(8);
  });

  it('leaves a parenthesised abbreviation, an apposition of a name with no title, and one with no comma as read', () => {
    const abbreviation = TITLE.replace('7 , PUNCT 9 punct', '7 ( PUNCT 9 punct');
    const noTitle = TITLE.replace('4 president NOUN 2 obj president', '4 president PROPN 2 obj president');
    const byOther = TITLE.replace('5 of ADP 6 case', '5 from ADP 6 case from');
    for (const table of [abbreviation, noTitle, byOther]) {
      const a = arrays(table);
      const before = Array.from(a.head);
      expect(repairTitleAppositions(a.head, a.rel, a.upos, a.lower)).toBe(false);
      expect(Array.from(a.head)).toEqual(before);
    }
  });

  it('lets the coder take the named person for the title and for its relative clause', () => {
    const events = codedEvents(TITLE);
    expect(events.map((e) => `${e.source?.id}>${e.target?.id} ${e.type}`)).toEqual(['state:UKR>person:putin ACCUSE', 'person:putin>state:KAZ CONSULT']);
  });
});
