/**
 * Lexicon (data/lexicon): an accusation, allegation or charge that some side did an act, repeated,
 * renewed or made by another, accuses the doer (112) and the act is only claimed. Sentences written
 * for these tests, parsed by hand as the project's parser writes them (it may read the noun as an
 * indirect object and hang the clause on the verb).
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

describe('lexicon: accusation nouns', () => {
  it('"repeated the accusation that Pakistan had attacked India" accuses Pakistan, the attack only claimed', () => {
    expect(coded(`
      1 India PROPN 2 nsubj
      2 repeated VERB 0 root repeat
      3 the DET 4 det
      4 accusation NOUN 2 obj accusation
      5 that SCONJ 8 mark
      6 Pakistan PROPN 8 nsubj
      7 had AUX 8 aux have
      8 attacked VERB 4 acl attack
      9 India PROPN 8 obj
      10 . PUNCT 2 punct`).sort()).toEqual(['IND>PAK ACCUSE 112', 'PAK>IND ASSAULT 190 ?hyp']);
  });

  it('"renewed allegations/iobj that Pakistan was attacking India" with the clause on the verb', () => {
    expect(coded(`
      1 India PROPN 2 nsubj
      2 renewed VERB 0 root renew
      3 allegations NOUN 2 iobj allegation
      4 that SCONJ 7 mark
      5 Pakistan PROPN 7 nsubj
      6 was AUX 7 aux be
      7 attacking VERB 2 ccomp attack
      8 India PROPN 7 obj
      9 . PUNCT 2 punct`).sort()).toEqual(['IND>PAK ACCUSE 112', 'PAK>IND ASSAULT 190 ?hyp']);
  });

  it('an allegation rejected is no accusation of the rejecter, and its act stays claimed', () => {
    expect(coded(`
      1 China PROPN 2 nsubj
      2 rejected VERB 0 root reject
      3 allegations NOUN 2 obj allegation
      4 that SCONJ 7 mark
      5 Pakistan PROPN 7 nsubj
      6 had AUX 7 aux have
      7 attacked VERB 3 acl attack
      8 India PROPN 7 obj
      9 . PUNCT 2 punct`)).toEqual(['PAK>IND ASSAULT 190 ?hyp']);
  });
});
