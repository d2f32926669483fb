/**
 * Hosts, guests and gatherings (data/lexicon 04-consult, 14-protest; implicit-participants.ts;
 * participants.ts): a visit a host receives someone "for" or "on" is the guest's; hosting a dinner
 * or a fundraiser receives nobody; "gather"/"assemble" with an object collects things, no crowd;
 * whom a possessor's critics or accusers are set against is not who they are. Sentences written
 * for these tests, parsed as the project's parser parses them.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';
import type { AnalysisActor } from '../analysis/contract.js';
import { WORLD } from './test-support/event-doc.js';

describe('lexicon: hosting', () => {
  it('the visit a guest is hosted or welcomed for is the guest\'s visit to the host', () => {
    expect(coded(`
      1 Putin PROPN 2 nsubj
      2 hosted VERB 0 root host
      3 Xi PROPN 2 obj
      4 for ADP 7 case
      5 a DET 7 det
      6 state NOUN 7 compound
      7 visit NOUN 2 obl
      8 . PUNCT 2 punct`)).toEqual(['RUS>CHN CONSULT 043', 'CHN>RUS CONSULT 042', 'CHN>RUS CONSULT 042']);
    expect(coded(`
      1 Putin PROPN 2 nsubj
      2 welcomed VERB 0 root welcome
      3 Xi PROPN 2 obj
      4 on ADP 7 case
      5 an DET 7 det a
      6 official ADJ 7 amod
      7 visit NOUN 2 obl
      8 . PUNCT 2 punct`)).toEqual(['RUS>CHN SUPPORT 051', 'CHN>RUS CONSULT 042']);
  });

  it('hosting a fundraiser receives no guest, whoever it is for', () => {
    expect(coded(`
      1 Putin PROPN 2 nsubj
      2 hosted VERB 0 root host
      3 a DET 5 det
      4 Chinese ADJ 5 amod
      5 fundraiser NOUN 2 obj
      6 . PUNCT 2 punct`)).toEqual([]);
  });
});

describe('lexicon: gathering', () => {
  it('protesters gathering outside an embassy protest; rebels assembling a list do not gather', () => {
    expect(coded(`
      1 The DET 2 det
      2 protesters NOUN 3 nsubj protester
      3 gathered VERB 0 root gather
      4 outside ADP 7 case
      5 the DET 7 det
      6 Russian ADJ 7 amod
      7 embassy NOUN 3 obl
      8 . PUNCT 3 punct`).map((e) => e.split(' ').slice(1).join(' '))).toEqual(['PROTEST 141']);
    expect(coded(`
      1 The DET 2 det
      2 rebels NOUN 3 nsubj rebel
      3 assembled VERB 0 root assemble
      4 a DET 5 det
      5 list NOUN 3 obj
      6 of ADP 7 case
      7 demands NOUN 5 nmod demand
      8 . PUNCT 3 punct`)).toEqual([]);
  });

  it('a day the parser reads as the object is no object: "gathered Sunday outside the embassy"', () => {
    expect(coded(`
      1 The DET 2 det
      2 protesters NOUN 3 nsubj protester
      3 gathered VERB 0 root gather
      4 Sunday PROPN 3 obj
      5 outside ADP 8 case
      6 the DET 8 det
      7 Russian ADJ 8 amod
      8 embassy NOUN 3 obl
      9 . PUNCT 3 punct`, { dates: [{ text: 'Sunday', value: '2024-05-12' }] }).map((e) => e.split(' ').slice(1).join(' '))).toEqual(['PROTEST 141']);
  });
});

describe('participants: nouns set against their possessor', () => {
  it('"invited Xi\'s critics" invites no one of Xi\'s side; "met Xi\'s envoy" meets Xi\'s side', () => {
    expect(coded(`
      1 Putin PROPN 2 nsubj
      2 invited VERB 0 root invite
      3 Xi PROPN 5 nmod:poss
      4 's PART 3 case
      5 critics NOUN 2 obj critic
      6 to ADP 8 case
      7 the DET 8 det
      8 summit NOUN 2 obl
      9 . PUNCT 2 punct`)).toEqual([]);
    expect(coded(`
      1 Putin PROPN 2 nsubj
      2 met VERB 0 root meet
      3 Xi PROPN 5 nmod:poss
      4 's PART 3 case
      5 envoy NOUN 2 obj
      6 . PUNCT 2 punct`)).toEqual(['RUS>CHN CONSULT 040']);
  });
});

describe('participants: the other side of a meeting', () => {
  it('"met his Russian and Indian counterparts" meets their states, not the one whose counterparts they are', () => {
    const table = `
      1 Xi PROPN 2 nsubj
      2 met VERB 0 root meet
      3 his PRON 8 nmod:poss
      4 Russian ADJ 8 amod
      5 and CCONJ 6 cc
      6 Indian ADJ 4 conj
      7 foreign ADJ 8 amod
      8 counterparts NOUN 2 obj counterpart
      9 . PUNCT 2 punct`;
    // "his" resolved to Xi, as coreference leaves it
    const actors = WORLD.map((a) => (a.id === 'person:xi' ? { ...a, forms: [...a.forms, 'his'] } : a));
    expect(coded(table, { actors })).toEqual(['CHN>RUS CONSULT 040', 'CHN>IND CONSULT 040']);
    expect(coded(table.replace('8 counterparts NOUN 2 obj counterpart', '8 colleagues NOUN 2 obj colleague'), { actors })).toEqual(['CHN>RUS CONSULT 040', 'CHN>IND CONSULT 040']);
  });

  it('a colleague named with a surname that is also a state adjective is no state ("his colleague David French")', () => {
    // "French" left untagged by the actor layer, as a name's part is; the coder may still read
    // untagged state adjectives
    const actors = WORLD.map((a) => (a.id === 'person:xi' ? { ...a, forms: [...a.forms, 'his'] } : a.id === 'state:FRA' ? { ...a, forms: ['France'] } : a));
    const france: AnalysisActor = { id: 'state:FRA', name: 'France', type: 'state', country: 'FRA', role: null, sector: null, cameo: 'FRA', aliases: [], mentions: [] };
    const stateOfName = (w: string): AnalysisActor | null => (w === 'French' ? france : null);
    const colleague = (name: string) => `
      1 his PRON 2 nmod:poss
      2 colleague NOUN 5 nsubj colleague
      3 David PROPN 2 appos
      4 ${name} PROPN 3 flat
      5 defended VERB 0 root defend
      6 Xi PROPN 5 obj
      7 . PUNCT 5 punct`;
    expect(coded(colleague('French'), { actors, coder: { stateOfName } })).toEqual([]);
  });
});
