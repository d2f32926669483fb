/** Whom a pledge naming nobody is made to: the other party of an agreement or visit in the same sentence. */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

/** "India and <partner> signed an agreement , and <pledger> pledged to help ." */
const signed = (partner: string, pledger: string): string => `
  1 India PROPN 4 nsubj
  2 and CCONJ 3 cc
  3 ${partner} PROPN 1 conj
  4 signed VERB 0 root sign
  5 an DET 6 det
  6 agreement NOUN 4 obj agreement
  7 , PUNCT 10 punct
  8 and CCONJ 10 cc
  9 ${pledger} PROPN 10 nsubj
  10 pledged VERB 4 conj pledge
  11 to PART 12 mark
  12 help VERB 10 xcomp help
  13 . PUNCT 4 punct`;

describe('event coder: pledges beside an agreement', () => {
  it('a pledge naming nobody is made to the other party of the agreement its maker signed', () => {
    expect(coded(signed('Pakistan', 'Delhi')).filter((e) => e.startsWith('IND>PAK AGREE 03'))).toHaveLength(1);
  });

  it('a third party pledging is addressed to nobody by it', () => {
    expect(coded(signed('Pakistan', 'France')).filter((e) => e.startsWith('FRA>'))).toEqual([]);
  });
});
