/**
 * Refusing to answer a request or a proposal ("refused to respond to a demand from X", "declined
 * to respond to an offer from X for talks") rejects it, addressed to whoever made it; what the
 * proposal was for has not happened.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

describe('event coder: refusing to answer a request or a proposal', () => {
  it('codes "refused to respond to a demand from X" as a rejection of X', () => {
    const table = `
      1 Iran PROPN 3 nsubj
      2 has AUX 3 aux have
      3 refused VERB 0 root refuse
      4 to PART 5 mark
      5 respond VERB 3 xcomp respond
      6 to ADP 8 case
      7 a DET 8 det
      8 demand NOUN 5 obl demand
      9 from ADP 10 case
      10 Russia PROPN 8 nmod
      11 . PUNCT 3 punct`;
    const events = coded(table);
    expect(events.length).toBe(1);
    expect(events[0]).toMatch(/^IRN>RUS REJECT 12/);
  });

  it('reads the proposer of an offer from its "from" phrase, and keeps the talks it offered unheld', () => {
    const table = `
      1 India PROPN 2 nsubj
      2 declined VERB 0 root decline
      3 to PART 4 mark
      4 respond VERB 2 xcomp respond
      5 to ADP 7 case
      6 an DET 7 det
      7 offer NOUN 4 obl offer
      8 from ADP 9 case
      9 Pakistan PROPN 7 nmod
      10 for ADP 11 case
      11 talks NOUN 4 obl talk
      12 . PUNCT 2 punct`;
    const events = coded(table);
    expect(events.filter((e) => e.startsWith('IND>PAK REJECT 12')).length).toBe(1);
    // The talks were only offered: none is asserted.
    expect(events.filter((e) => e.includes('CONSULT') && !e.includes('hyp'))).toEqual([]);
  });

  it('leaves a verb of answering with no refusal around it alone', () => {
    const table = `
      1 Iran PROPN 2 nsubj
      2 responded VERB 0 root respond
      3 to ADP 5 case
      4 a DET 5 det
      5 demand NOUN 2 obl demand
      6 from ADP 7 case
      7 Russia PROPN 5 nmod
      8 . PUNCT 2 punct`;
    expect(coded(table).filter((e) => e.includes('REJECT'))).toEqual([]);
  });

  it('addresses a refused invitation with no inviter named to the other side of the talks offered', () => {
    // "India rejected an invitation to attend talks with Pakistan."
    const table = `
      1 India PROPN 2 nsubj
      2 rejected VERB 0 root reject
      3 an DET 4 det
      4 invitation NOUN 2 obj invitation
      5 to PART 6 mark
      6 attend VERB 4 acl attend
      7 talks NOUN 6 obj talk
      8 with ADP 9 case
      9 Pakistan PROPN 7 nmod
      10 . PUNCT 2 punct`;
    expect(coded(table).filter((e) => e.includes('REJECT'))).toEqual(['IND>PAK REJECT 125']);
    // An inviter named wins over the other side: "an invitation from China to attend talks with Pakistan".
    const invited = `
      1 India PROPN 2 nsubj
      2 rejected VERB 0 root reject
      3 an DET 4 det
      4 invitation NOUN 2 obj invitation
      5 from ADP 6 case
      6 China PROPN 4 nmod
      7 to PART 8 mark
      8 attend VERB 4 acl attend
      9 talks NOUN 8 obj talk
      10 with ADP 11 case
      11 Pakistan PROPN 9 nmod
      12 . PUNCT 2 punct`;
    expect(coded(invited).filter((e) => e.includes('REJECT'))).toEqual(['IND>CHN REJECT 125']);
    // With nobody to meet named, the refusal is addressed to nobody: no event in strict mode.
    const alone = table.replace('8 with ADP 9 case', '8 next ADJ 9 amod').replace('9 Pakistan PROPN 7 nmod', '9 week NOUN 6 obl:tmod week');
    expect(coded(alone)).toEqual([]);
  });
});
