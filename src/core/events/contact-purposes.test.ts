/** Targets a purpose takes from the call, meeting or visit it is made for ("phoned X to express support"). */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

/** "India <verb> Russia to <purpose> support ." */
const contact = (verb: string, lemma: string, purpose = 'express', purposeLemma = 'express', extra = ''): string => `
  1 India PROPN 2 nsubj
  2 ${verb} VERB 0 root ${lemma}
  3 Russia PROPN 2 obj
  4 to PART 5 mark
  5 ${purpose} VERB 2 xcomp ${purposeLemma}
  6 support NOUN 5 obj support
  ${extra || '7 . PUNCT 2 punct'}`;

describe('event coder: purposes of a call, meeting or visit', () => {
  it('addresses a purpose that names nobody to whom the call, meeting or visit is', () => {
    expect(coded(contact('phoned', 'phone')).sort()).toEqual(['IND>RUS CONSULT 041', 'IND>RUS SUPPORT 051']);
    expect(coded(contact('visited', 'visit')).sort()).toEqual(['IND>RUS CONSULT 042', 'IND>RUS SUPPORT 051']);
  });

  it('leaves a purpose that names its own target alone ("met Russia to express support for China")', () => {
    const table = contact('met', 'meet', 'express', 'express', `7 for ADP 8 case
  8 China PROPN 6 nmod
  9 . PUNCT 2 punct`);
    expect(coded(table).filter((e) => e.includes('SUPPORT'))).toEqual(['IND>CHN SUPPORT 051']);
  });

  it('does not tell the meeting twice ("met Russia to discuss support")', () => {
    expect(coded(contact('met', 'meet', 'discuss', 'discuss'))).toEqual(['IND>RUS CONSULT 040']);
  });
});
