/**
 * Readings that are no event, or not the event a frame seems to take: natural hazards counted by a
 * quantity noun, and participles modifying a framed or judged act.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';
import { WORLD } from './test-support/event-doc.js';

const MEXICO = { id: 'state:MEX', name: 'Mexico', type: 'state' as const, country: 'MEX', cameo: 'MEX', forms: ['Mexico'] };

describe('event coder: precision', () => {
  it('reads the subject of "hit" through a quantity noun ("hit by a series of wildfires" is no attack)', () => {
    const hazard = `
      1 Ukraine PROPN 3 nsubj:pass
      2 was AUX 3 aux:pass be
      3 hit VERB 0 root hit
      4 by ADP 6 case
      5 a DET 6 det
      6 series NOUN 3 obl:agent
      7 of ADP 8 case
      8 wildfires NOUN 6 nmod wildfire
      9 . PUNCT 3 punct`;
    expect(coded(hazard, { coder: { participants: 'lenient' } }).filter((e) => e.includes('ASSAULT'))).toEqual([]);
    // An actor as the agent is still an attack.
    const raid = hazard.replace('6 series NOUN 3 obl:agent', '6 Russia PROPN 3 obl:agent').replace('7 of ADP 8 case\n      8 wildfires NOUN 6 nmod wildfire\n', '');
    expect(coded(raid.replace('9 . PUNCT 3 punct', '7 . PUNCT 3 punct'))).toEqual(['RUS>UKR ASSAULT 190']);
  });
  it('takes the framed noun, not the participle modifying it, as the act ("agreed to a truce brokered by Qatar")', () => {
    const events = coded(`
      1 India PROPN 4 nsubj
      2 and CCONJ 3 cc
      3 Pakistan PROPN 1 conj
      4 agreed VERB 0 root agree
      5 to ADP 7 case
      6 a DET 7 det
      7 truce NOUN 4 obl
      8 brokered VERB 7 acl broker
      9 by ADP 10 case
      10 France PROPN 8 obl:agent
      11 . PUNCT 4 punct`);
    expect(events.filter((e) => e.startsWith('IND>') || e.startsWith('PAK>')).sort()).toEqual(['IND>PAK AGREE 0356', 'PAK>IND AGREE 0356']);
  });

  it('reads the parties of a noun from the participle entry that requires it ("praised the agreement signed by A and B")', () => {
    const events = coded(`
      1 China PROPN 2 nsubj
      2 praised VERB 0 root praise
      3 the DET 4 det
      4 agreement NOUN 2 obj
      5 signed VERB 4 acl sign
      6 by ADP 7 case
      7 India PROPN 5 obl:agent
      8 and CCONJ 9 cc
      9 Pakistan PROPN 7 conj
      10 . PUNCT 2 punct`);
    expect(events.filter((e) => e.startsWith('CHN>')).sort()).toEqual(['CHN>IND SUPPORT 051', 'CHN>PAK SUPPORT 051']);
  });
  it('reads "asked X whether…" as a question, not an appeal; "asked X to…" stays an appeal', () => {
    const question = `
      1 India PROPN 2 nsubj
      2 asked VERB 0 root ask
      3 Pakistan PROPN 2 obj
      4 whether SCONJ 7 mark
      5 it PRON 7 nsubj
      6 would AUX 7 aux
      7 attend VERB 2 ccomp
      8 the DET 9 det
      9 talks NOUN 7 obj talk
      10 . PUNCT 2 punct`;
    expect(coded(question).filter((e) => e.startsWith('IND>PAK'))).toEqual([]);
    const appeal = `
      1 India PROPN 2 nsubj
      2 asked VERB 0 root ask
      3 Pakistan PROPN 2 obj
      4 to PART 5 mark
      5 attend VERB 2 xcomp
      6 the DET 7 det
      7 talks NOUN 5 obj talk
      8 . PUNCT 2 punct`;
    expect(coded(appeal).filter((e) => e.startsWith('IND>PAK')).length).toBeGreaterThan(0);
  });
  it('does not read a date as the required preposition of an entry ("fired rockets into Israel on Saturday")', () => {
    const table = `
      1 Iran PROPN 2 nsubj
      2 fired VERB 0 root fire
      3 dozens NOUN 2 obj dozen
      4 of ADP 5 case
      5 rockets NOUN 3 nmod rocket
      6 into ADP 7 case
      7 Pakistan PROPN 5 nmod
      8 on ADP 9 case
      9 Saturday PROPN 5 nmod
      10 . PUNCT 2 punct`;
    expect(coded(table, { dates: [{ text: 'Saturday', value: '2023-06-03' }] })).toEqual(['IRN>PAK ASSAULT 194']);
  });
  it('codes no event from a word of an actor\'s own name ("the Border Patrol" is a body, not a patrol)', () => {
    const patrol = { id: 'org:border-patrol', name: 'Border Patrol', type: 'org' as const, country: 'USA', forms: ['Border Patrol'] };
    const table = `
      1 The DET 3 det
      2 Border PROPN 3 compound
      3 Patrol PROPN 4 nsubj patrol
      4 worked VERB 0 root work
      5 near ADP 6 case
      6 Mexico PROPN 4 obl
      7 . PUNCT 4 punct`;
    expect(coded(table, { actors: [...WORLD, patrol, MEXICO], coder: { participants: 'lenient' } })).toEqual([]);
  });
});
