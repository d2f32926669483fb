/**
 * Who stands behind a reported clause's unresolved subject: a state described ("the government")
 * in a clause reported by a state is that state; reported by rebels or a world body it is the
 * other side, and so nobody the coder can name.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

/** "<reporter> said that the government arrested the protesters." */
function arrests(reporter: string): string {
  return `
      1 ${reporter} PROPN 2 nsubj
      2 said VERB 0 root say
      3 that SCONJ 6 mark
      4 the DET 5 det
      5 government NOUN 6 nsubj
      6 arrested VERB 2 ccomp arrest
      7 the DET 8 det
      8 protesters NOUN 6 obj protester
      9 . PUNCT 2 punct`;
}

describe('reported sources: a state described in the reported clause', () => {
  it('is the reporting state itself ("Iran said that the government arrested …")', () => {
    expect(coded(arrests('Iran'))).toEqual(['IRN>protesters COERCE 173']);
  });

  it('is not the rebels who report it ("Rebels said that the government arrested …")', () => {
    expect(coded(arrests('Rebels')).filter((e) => e.startsWith('rebels>'))).toEqual([]);
  });

  it('is not the world body that reports it ("UN said that the government arrested …")', () => {
    expect(coded(arrests('UN')).filter((e) => e.startsWith('United Nations>'))).toEqual([]);
  });
});
