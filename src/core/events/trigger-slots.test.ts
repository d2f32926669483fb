/**
 * The tokens of a matched trigger's slots: a verb's subject and object, a noun's subject through
 * its light verb, and a "with" phrase hung on the light verb.
 */
import { describe, expect, it } from 'vitest';
import { SyntaxView } from './syntax-view.js';
import { coded } from './test-support/coded.js';
import { eventDoc, WORLD } from './test-support/event-doc.js';
import { shippedResources } from './test-support/resources.js';
import { matchTriggers } from './trigger-match.js';
import { TriggerSlots } from './trigger-slots.js';

const lexicon = shippedResources().lexicon;

/** The slots reader of a one-sentence table, and the sentence's match headed at `head`. */
function setup(table: string, head: number) {
  const v = new SyntaxView(eventDoc(table, WORLD));
  const m = matchTriggers(v, lexicon, 0, v.n).find((x) => x.head === head);
  if (!m) throw new Error(`no trigger at token ${head}`);
  return { slots: new TriggerSlots(v, lexicon.grammar), m };
}

describe('trigger slots', () => {
  it('reads a noun trigger\'s subject and "with" phrase on its light verb ("Russia held talks with China")', () => {
    const { slots, m } = setup(`
      1 Russia PROPN 2 nsubj
      2 held VERB 0 root hold
      3 talks NOUN 2 obj talk
      4 with ADP 5 case
      5 China PROPN 2 obl
      6 . PUNCT 2 punct`, 2);
    expect(m.support).toBe(1);
    expect(slots.slotTokens(m, 'subj')).toEqual([0]);
    expect(slots.slotTokens(m, 'with')).toEqual([4]);
    expect(slots.slotTokens(m, 'obj')).toEqual([]);
  });

  it('reads a passive verb\'s agent as its subject and its passive subject as its object ("Ukraine was criticised by China")', () => {
    const { slots, m } = setup(`
      1 Ukraine PROPN 3 nsubj:pass
      2 was AUX 3 aux:pass
      3 criticised VERB 0 root criticise
      4 by ADP 5 case
      5 China PROPN 3 obl:agent
      6 . PUNCT 3 punct`, 2);
    expect(m.passive).toBe(true);
    expect(slots.slotTokens(m, 'subj')).toEqual([4]);
    expect(slots.slotTokens(m, 'obj')).toEqual([0]);
  });
});

describe('trigger slots: a phrase hung on a quantity\'s "of" complement', () => {
  it('reads "the delivery of 1,000 tons of grain to Kazakhstan" with "to …" on "grain"', () => {
    expect(coded(`
      1 Russia PROPN 2 nsubj
      2 allowed VERB 0 root allow
      3 the DET 4 det
      4 delivery NOUN 2 obj
      5 of ADP 7 case
      6 1,000 NUM 7 nummod
      7 tons NOUN 4 nmod ton
      8 of ADP 9 case
      9 grain NOUN 7 nmod
      10 to ADP 11 case
      11 Kazakhstan PROPN 9 nmod
      12 . PUNCT 2 punct`)).toEqual(['RUS>KAZ RETREAT 0863']);
  });
});


describe('trigger slots: a noun’s own "by" before a participle’s', () => {
  it('takes the visitor from the visit’s by-phrase, not from a participle’s agent ("attended by")', () => {
    const events = coded(`
      1 China PROPN 2 nsubj
      2 praised VERB 0 root praise
      3 the DET 4 det
      4 visit NOUN 2 obj visit
      5 by ADP 6 case
      6 Modi PROPN 4 nmod
      7 to ADP 8 case
      8 Pakistan PROPN 4 nmod
      9 , PUNCT 10 punct
      10 attended VERB 4 acl attend
      11 by ADP 13 case
      12 a DET 13 det
      13 Russian ADJ 10 obl:agent
      14 . PUNCT 2 punct`, { actors: [...WORLD, { id: 'person:modi', name: 'Narendra Modi', type: 'person', country: 'IND', sector: 'GOV', cameo: 'INDGOV', forms: ['Modi'] }] });
    expect(events.filter((e) => e.includes('042')).sort()).toEqual(['IND>PAK CONSULT 042']);
  });

  it('"agreed to an exchange mediated by Russia": Russia mediates between the two, agrees with neither', () => {
    const events = coded(`
      1 India PROPN 4 nsubj
      2 and CCONJ 3 cc
      3 Pakistan PROPN 1 conj
      4 agreed VERB 0 root agree
      5 to ADP 7 case
      6 an DET 7 det
      7 exchange NOUN 4 obl exchange
      8 mediated VERB 7 acl mediate
      9 by ADP 10 case
      10 Russia PROPN 8 obl:agent
      11 . PUNCT 4 punct`);
    expect(events.filter((e) => e.startsWith('RUS>')).sort()).toEqual(['RUS>IND CONSULT 045', 'RUS>PAK CONSULT 045']);
    expect(events.filter((e) => e.endsWith('>RUS AGREE 0353'))).toEqual([]);
  });
});
