/**
 * Lexicon readings (data/lexicon) of accusations dismissed (120), refugee status granted (075),
 * firefighting help sent abroad (073) and people put on a wanted list (173). One sentence each,
 * written for these tests and parsed by hand (UD relations as the project's parser writes them).
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

describe('lexicon: accusations dismissed', () => {
  it('dismissing or rebuffing a state\'s accusations rejects the accuser (120)', () => {
    expect(coded(`
      1 China PROPN 2 nsubj
      2 dismissed VERB 0 root dismiss
      3 India PROPN 5 nmod:poss
      4 's PART 3 case
      5 accusations NOUN 2 obj
      6 . PUNCT 2 punct`)).toEqual(['CHN>IND REJECT 120']);
  });

  it('dismissing an official is no rejection', () => {
    expect(coded(`
      1 China PROPN 2 nsubj
      2 dismissed VERB 0 root dismiss
      3 its PRON 5 nmod:poss
      4 defence NOUN 5 compound
      5 minister NOUN 2 obj
      6 . PUNCT 2 punct`)).toEqual([]);
  });
});

describe('lexicon: refuge and relief', () => {
  it('refugee status granted to a state\'s people is asylum (075)', () => {
    expect(coded(`
      1 France PROPN 2 nsubj
      2 granted VERB 0 root grant
      3 refugee NOUN 4 compound
      4 status NOUN 2 obj
      5 to ADP 7 case
      6 Ukrainian ADJ 7 amod
      7 families NOUN 2 obl
      8 . PUNCT 2 punct`)).toEqual(['FRA>UKR AID 075']);
  });

  it('firefighting planes sent to a state are humanitarian aid (073)', () => {
    expect(coded(`
      1 France PROPN 2 nsubj
      2 sent VERB 0 root send
      3 firefighting NOUN 4 compound
      4 planes NOUN 2 obj
      5 to ADP 6 case
      6 India PROPN 2 obl
      7 . PUNCT 2 punct`)).toEqual(['FRA>IND AID 073']);
  });
});

describe('lexicon: wanted lists', () => {
  it('a person added to a wanted list is the object of a warrant (173)', () => {
    expect(coded(`
      1 Russia PROPN 2 nsubj
      2 added VERB 0 root add
      3 Xi PROPN 2 obj
      4 to ADP 7 case
      5 its PRON 7 nmod:poss
      6 wanted ADJ 7 amod
      7 list NOUN 2 obl
      8 . PUNCT 2 punct`)).toEqual(['RUS>CHN COERCE 173']);
  });
});

describe('lexicon: restraint urged, credit extended', () => {
  it('restraint urged on two states is a demand to de-escalate (1056)', () => {
    expect(coded(`
      1 France PROPN 2 nsubj
      2 urged VERB 0 root urge
      3 restraint NOUN 2 obj
      4 on ADP 5 case
      5 India PROPN 2 obl
      6 and CCONJ 7 cc
      7 Pakistan PROPN 5 conj
      8 . PUNCT 2 punct`)).toEqual(['FRA>IND REQUEST 1056', 'FRA>PAK REQUEST 1056']);
  });

  it('a credit line extended to a state is economic aid (071)', () => {
    expect(coded(`
      1 India PROPN 2 nsubj
      2 extended VERB 0 root extend
      3 a DET 5 det
      4 credit NOUN 5 compound
      5 line NOUN 2 obj
      6 to ADP 7 case
      7 Pakistan PROPN 2 obl
      8 . PUNCT 2 punct`)).toEqual(['IND>PAK AID 071']);
  });
});

describe('lexicon: diplomatic notes lodged', () => {
  it('a diplomatic note lodged with a state is a formal protest (114)', () => {
    expect(coded(`
      1 India PROPN 2 nsubj
      2 lodged VERB 0 root lodge
      3 a DET 5 det
      4 diplomatic ADJ 5 amod
      5 note NOUN 2 obj
      6 with ADP 7 case
      7 China PROPN 2 obl
      8 . PUNCT 2 punct`)).toEqual(['IND>CHN ACCUSE 114']);
  });
});
