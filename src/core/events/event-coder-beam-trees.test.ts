/**
 * Readings the coder meets on the beam parser's trees, which are usually the linguistically right
 * ones (UD): a frame's act under its means noun, a point in a span, a group named with two states.
 */
import { describe, expect, it } from 'vitest';
import { coded, codedEvents } from './test-support/coded.js';
import { WORLD } from './test-support/event-doc.js';

describe('the event coder on UD trees', () => {
  it('reads "agreed on measures to expand trade" as an intent to the infinitive\'s act, not to the measures', () => {
    const events = coded(`
  1 Russia PROPN 2 nsubj
  2 agreed VERB 0 root agree
  3 on ADP 5 case
  4 new ADJ 5 amod new
  5 measures NOUN 2 obl measure
  6 to PART 7 mark to
  7 expand VERB 5 acl expand
  8 trade NOUN 7 obj trade
  9 with ADP 10 case
  10 China PROPN 8 nmod
  11 . PUNCT 2 punct`);
    expect(events).toEqual(['RUS>CHN AGREE 0311']);
  });

  it('reads "at the end of the talks" as a time, with the talks the only event', () => {
    const events = coded(`
  1 The DET 2 det
  2 statement NOUN 4 nsubj:pass statement
  3 was AUX 4 aux:pass be
  4 read VERB 0 root read
  5 at ADP 7 case at
  6 the DET 7 det
  7 end NOUN 4 obl end
  8 of ADP 10 case
  9 the DET 10 det
  10 talks NOUN 7 nmod talk
  11 between ADP 12 case
  12 Russia PROPN 10 nmod
  13 and CCONJ 14 cc
  14 Ukraine PROPN 12 conj
  15 . PUNCT 4 punct`);
    expect(events).toEqual(['RUS>UKR CONSULT 046', 'UKR>RUS CONSULT 046']);
    // "called for an end to the talks" is still a cessation.
    expect(coded(`
      1 Russia PROPN 2 nsubj
      2 ended VERB 0 root end
      3 the DET 4 det
      4 talks NOUN 2 obj talk
      5 with ADP 6 case
      6 Ukraine PROPN 4 nmod
      7 . PUNCT 2 punct`).some((e) => e.startsWith('RUS>UKR SANCTION 164'))).toBe(true);
  });

  it('counts the state named before "and" in "US and British activists" as the group\'s too', () => {
    const actors = [...WORLD, { id: 'group:british-activists', name: 'British activists', type: 'group' as const, country: 'GBR', sector: 'OPP', cameo: 'GBROPP', forms: ['British activists'], via: 'description' as const }];
    const events = codedEvents(`
  1 US PROPN 4 compound
  2 and CCONJ 3 cc and
  3 British ADJ 1 conj british
  4 activists NOUN 5 nsubj activist
  5 protested VERB 0 root protest
  6 in ADP 7 case
  7 Beijing PROPN 5 obl
  8 . PUNCT 5 punct`, { actors });
    expect(events.map((e) => `${e.source?.country}>${e.target?.country}`).sort()).toEqual(['GBR>CHN', 'USA>CHN']);
    expect(new Set(events.map((e) => e.cameo)).size).toBe(1);
  });
});
