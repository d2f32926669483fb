/**
 * What a frame governs beyond its first complement (frame-inner.ts, unrealized-acts.ts,
 * compose.ts): a verb conjoined to the complement and sharing its subject is promised or asked
 * too (a hedge, "is scheduled to", is left as it was); an infinitive hung on the object of "want" is what that object is wanted to do; a
 * finite verb the parser hung on the complement is the main clause's own act. Sentences written
 * for these tests, parsed as the project's parser parses them.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

describe('frames: conjoined complements', () => {
  it('"promised to rebuild the bridge and help Ukraine" promises the help (033), it is not given', () => {
    expect(coded(`
      1 Russia PROPN 2 nsubj
      2 promised VERB 0 root promise
      3 to PART 4 mark
      4 rebuild VERB 2 xcomp
      5 the DET 6 det
      6 bridge NOUN 4 obj
      7 and CCONJ 8 cc
      8 help VERB 4 conj
      9 Ukraine PROPN 8 obj
      10 . PUNCT 2 punct`)).toEqual(['RUS>UKR AGREE 033']);
  });

  it('a hedge is left to tell its conjoined act as it is: "is scheduled to give a speech and meet with Putin"', () => {
    expect(coded(`
      1 Xi PROPN 3 nsubj:pass
      2 is AUX 3 aux:pass be
      3 scheduled VERB 0 root schedule
      4 to PART 5 mark
      5 give VERB 3 xcomp
      6 a DET 7 det
      7 speech NOUN 5 obj
      8 and CCONJ 9 cc
      9 meet VERB 5 conj
      10 with ADP 11 case
      11 Putin PROPN 9 obl
      12 . PUNCT 3 punct`)).toEqual(['CHN>RUS CONSULT 040']);
  });

  it('a conjunct of an asked act is asked too, not done (the voters, no actor, act in lenient mode)', () => {
    expect(coded(`
      1 Putin PROPN 2 nsubj
      2 asked VERB 0 root ask
      3 voters NOUN 2 iobj voter
      4 to PART 5 mark
      5 strengthen VERB 2 xcomp
      6 his PRON 7 nmod:poss
      7 hand NOUN 5 obj
      8 and CCONJ 9 cc
      9 reject VERB 5 conj
      10 Ukraine PROPN 9 obj
      11 . PUNCT 2 punct`, { coder: { participants: 'lenient' } }).filter((e) => e.includes('UKR'))).toEqual(['->UKR REJECT 120 ?hyp']);
  });

  it('a finite conjunct hung on the complement ("and has expressed support") is an act of its own', () => {
    expect(coded(`
      1 China PROPN 2 nsubj
      2 says VERB 0 root say
      3 it PRON 4 nsubj
      4 wants VERB 2 ccomp want
      5 to PART 6 mark
      6 build VERB 4 xcomp
      7 a DET 8 det
      8 port NOUN 6 obj
      9 and CCONJ 11 cc
      10 has AUX 11 aux have
      11 expressed VERB 4 conj express
      12 support NOUN 11 obj
      13 for ADP 14 case
      14 Russia PROPN 12 nmod
      15 . PUNCT 2 punct`)).toEqual(['CHN>RUS SUPPORT 051']);
  });
});

describe('frames: wanting someone to act', () => {
  it('"wanted India to attack Pakistan" asks India, whether the infinitive is read as a complement or hung on the object', () => {
    expect(coded(`
      1 Putin PROPN 2 nsubj
      2 wanted VERB 0 root want
      3 India PROPN 2 obj
      4 to PART 5 mark
      5 attack VERB 2 xcomp
      6 Pakistan PROPN 5 obj
      7 . PUNCT 2 punct`)).toEqual(['RUS>IND REQUEST 020']);
    expect(coded(`
      1 Putin PROPN 2 nsubj
      2 wanted VERB 0 root want
      3 India PROPN 2 obj
      4 to PART 5 mark
      5 attack VERB 3 acl
      6 Pakistan PROPN 5 obj
      7 . PUNCT 2 punct`)).toEqual(['RUS>IND REQUEST 020']);
  });
});
