/**
 * Lexicon readings (data/lexicon) of permission granted or withheld (080 / 124), travel advice that
 * warns a state's people off another state (160) and aid dropped from the air or money deposited
 * (07x). One sentence each, written for these tests and parsed by hand (UD relations as the
 * project's parser writes them).
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

const lenient = { coder: { participants: 'lenient' as const } };

describe('lexicon: permission', () => {
  it('permission given to a state is a concession (080)', () => {
    expect(coded(`
      1 France PROPN 2 nsubj
      2 gave VERB 0 root give
      3 permission NOUN 2 obj
      4 to ADP 5 case
      5 India PROPN 2 obl
      6 to PART 7 mark
      7 use VERB 3 acl
      8 its PRON 9 nmod:poss
      9 airspace NOUN 7 obj
      10 . PUNCT 2 punct`)).toEqual(['FRA>IND CONCEDE 080']);
  });

  it('permission refused for the future is a refusal to yield (124), addressed to whom it is not given', () => {
    expect(coded(`
      1 France PROPN 2 nsubj
      2 said VERB 0 root say
      3 it PRON 6 nsubj
      4 would AUX 6 aux
      5 not PART 6 advmod
      6 give VERB 2 ccomp
      7 permission NOUN 6 obj
      8 to ADP 9 case
      9 India PROPN 6 obl
      10 . PUNCT 2 punct`)).toEqual(['FRA>IND REJECT 124']);
  });

  it('permission given to nobody known is no event', () => {
    expect(coded(`
      1 France PROPN 2 nsubj
      2 gave VERB 0 root give
      3 permission NOUN 2 obj
      4 to ADP 6 case
      5 the DET 6 det
      6 organisers NOUN 2 obl
      7 . PUNCT 2 punct`, lenient)).toEqual([]);
  });
});

describe('lexicon: travel advice', () => {
  it('advice against travel to a state reduces relations with it (160)', () => {
    expect(coded(`
      1 Britain PROPN 2 nsubj
      2 advised VERB 0 root advise
      3 against ADP 5 case
      4 all DET 5 det
      5 travel NOUN 2 obl
      6 to ADP 7 case
      7 Niger PROPN 5 nmod
      8 . PUNCT 2 punct`)).toEqual(['GBR>NER SANCTION 160']);
  });

  it('a travel advisory issued for a state is the same (160)', () => {
    expect(coded(`
      1 France PROPN 2 nsubj
      2 issued VERB 0 root issue
      3 a DET 5 det
      4 travel NOUN 5 compound
      5 advisory NOUN 2 obj
      6 for ADP 7 case
      7 Niger PROPN 5 nmod
      8 . PUNCT 2 punct`)).toEqual(['FRA>NER SANCTION 160']);
  });

  it('advice to a state against an act stays an appeal (020); advice against travel naming no state is nothing', () => {
    expect(coded(`
      1 France PROPN 2 nsubj
      2 advised VERB 0 root advise
      3 Iran PROPN 2 obj
      4 against ADP 6 case
      5 an DET 6 det
      6 escalation NOUN 2 obl
      7 . PUNCT 2 punct`)).toEqual(['FRA>IRN REQUEST 020']);
    expect(coded(`
      1 Doctors NOUN 2 nsubj
      2 advised VERB 0 root advise
      3 against ADP 4 case
      4 travel NOUN 2 obl
      5 during ADP 7 case
      6 the DET 7 det
      7 outbreak NOUN 2 obl
      8 . PUNCT 2 punct`, lenient)).toEqual([]);
  });
});

describe('lexicon: aid dropped or deposited', () => {
  it('food dropped into a territory is humanitarian aid (073)', () => {
    expect(coded(`
      1 France PROPN 2 nsubj
      2 airdropped VERB 0 root airdrop
      3 food NOUN 2 obj
      4 into ADP 5 case
      5 Niger PROPN 2 obl
      6 . PUNCT 2 punct`)).toEqual(['FRA>NER AID 073']);
  });

  it('money deposited in a state is economic aid (071)', () => {
    expect(coded(`
      1 China PROPN 2 nsubj
      2 deposited VERB 0 root deposit
      3 two NUM 4 nummod
      4 billion NUM 5 nummod
      5 dollars NOUN 2 obj
      6 in ADP 7 case
      7 Pakistan PROPN 2 obl
      8 . PUNCT 2 punct`)).toEqual(['CHN>PAK AID 071']);
  });
});
