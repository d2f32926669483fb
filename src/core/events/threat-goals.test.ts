/**
 * Whom a vow to fight threatens when it names nobody: the state whose ground the goal of its
 * "until"-clause lies on; and a people (named by a demonym) threatening or fighting its own state
 * is a side against that state.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';
import { WORLD } from './test-support/event-doc.js';

/** "<Subject> have vowed to fight until they capture villages near Pakistan's border." */
const VOWED = (subject: string, mark = 'until') => `
      1 ${subject} NOUN 3 nsubj
      2 have AUX 3 aux
      3 vowed VERB 0 root vow
      4 to PART 5 mark
      5 fight VERB 3 xcomp fight
      6 ${mark} SCONJ 8 mark
      7 they PRON 8 nsubj
      8 capture VERB 5 advcl capture
      9 villages NOUN 8 obj village
      10 near ADP 13 case
      11 Pakistan PROPN 13 nmod:poss
      12 's PART 11 case
      13 border NOUN 8 obl border
      14 . PUNCT 3 punct`;

/** A people the actor layer placed in Pakistan by its residence, named by a demonym. */
const PEOPLE = { id: 'group:pashtuns-pak', name: 'Pashtuns', type: 'group' as const, country: 'PAK', forms: ['Pashtuns'], via: 'demonym' as const };

describe('threat goals: whom a vow to fight "until …" threatens', () => {
  it('reads the state whose ground the until-clause\'s goal is on ("until they capture villages near Pakistan\'s border")', () => {
    expect(coded(VOWED('Rebels'))).toEqual(['rebels>PAK THREATEN 1384']);
  });

  it('keeps a people threatening its own state as a side against it', () => {
    expect(coded(VOWED('Pashtuns'), { actors: [...WORLD, PEOPLE] })).toEqual(['PAK>PAK THREATEN 1384']);
  });

  it('does not read the goal of a clause that is no "until" goal ("unless they capture …" names a condition, not ground)', () => {
    expect(coded(VOWED('Rebels', 'unless')).filter((e) => e.startsWith('rebels>PAK'))).toEqual([]);
  });
});
