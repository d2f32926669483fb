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

describe('reported sources: a relative pronoun in the reported clause', () => {
  // "Russia warned that it would cut off countries that did not accept the terms."
  const warning = (relative: string) => `
      1 Russia PROPN 2 nsubj
      2 warned VERB 0 root warn
      3 that SCONJ 6 mark
      4 it PRON 6 nsubj
      5 would AUX 6 aux
      6 cut VERB 2 ccomp cut
      7 off ADP 6 compound:prt
      8 countries NOUN 6 obj country
      9 ${relative} PRON 12 nsubj
      10 did AUX 12 aux do
      11 not PART 12 advmod
      12 accept VERB 8 acl:relcl accept
      13 the DET 14 det
      14 terms NOUN 12 obj term
      15 . PUNCT 2 punct`;

  it('stands for its antecedent, not for the one who reports ("countries that did not accept the terms")', () => {
    expect(coded(warning('that'), { coder: { participants: 'lenient' } }).filter((e) => e.includes('083'))).toEqual([]);
    expect(coded(warning('which'), { coder: { participants: 'lenient' } }).filter((e) => e.includes('083'))).toEqual([]);
  });
});

describe('reported sources: a judgement a noun holds', () => {
  it('is not the reporter’s ("Xi said India found evidence that Putin was biased")', () => {
    const table = `
      1 Xi PROPN 2 nsubj
      2 said VERB 0 root say
      3 India PROPN 4 nsubj
      4 found VERB 2 ccomp find
      5 evidence NOUN 4 obj evidence
      6 that SCONJ 9 mark
      7 Putin PROPN 9 nsubj
      8 was AUX 9 cop be
      9 biased ADJ 5 acl biased
      10 . PUNCT 2 punct`;
    expect(coded(table).filter((e) => e.startsWith('CHN'))).toEqual([]);
  });
});
