/**
 * Lexicon readings (data/lexicon) of concessions and their pace: letting another side act (080),
 * easing curbs and trade barriers (081, 085), a withdrawal sped up or completed (the act as it is),
 * and acts that are only prepared, moved toward or attempted (not asserted). One sentence each, written for
 * these tests and parsed by hand (UD relations as the project's parser writes them).
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

const lenient = { coder: { participants: 'lenient' as const } };

describe('lexicon: letting and easing', () => {
  it('an authority allowing another side to act concedes (080); "this allows" concedes nothing', () => {
    expect(coded(`
      1 India PROPN 2 nsubj
      2 allowed VERB 0 root allow
      3 Pakistan PROPN 2 obj
      4 to PART 5 mark
      5 reopen VERB 2 xcomp
      6 its PRON 7 nmod:poss
      7 consulate NOUN 5 obj
      8 . PUNCT 2 punct`)).toEqual(['IND>PAK CONCEDE 080']);
    expect(coded(`
      1 This PRON 3 nsubj
      2 will AUX 3 aux
      3 allow VERB 0 root
      4 Russia PROPN 3 obj
      5 to PART 6 mark
      6 expand VERB 3 xcomp
      7 its PRON 8 nmod:poss
      8 influence NOUN 6 obj
      9 . PUNCT 3 punct`, lenient)).toEqual([]);
    expect(coded(`
      1 The DET 2 det
      2 deal NOUN 3 nsubj
      3 allows VERB 0 root allow
      4 India PROPN 3 obj
      5 to PART 6 mark
      6 buy VERB 3 xcomp
      7 Russian ADJ 8 amod
      8 oil NOUN 6 obj
      9 . PUNCT 3 punct`, lenient)).toEqual([]);
  });

  it('ending curbs on the press eases restrictions (081)', () => {
    expect(coded(`
      1 Iran PROPN 2 nsubj
      2 ended VERB 0 root end
      3 curbs NOUN 2 obj curb
      4 on ADP 6 case
      5 Indian ADJ 6 amod
      6 journalists NOUN 3 nmod journalist
      7 . PUNCT 2 punct`)).toEqual(['IRN>IND CONCEDE 081']);
  });

  it('dropping trade barriers eases economic restrictions (085)', () => {
    expect(coded(`
      1 China PROPN 2 nsubj
      2 dropped VERB 0 root drop
      3 barriers NOUN 2 obj barrier
      4 to ADP 6 case
      5 Indian ADJ 6 amod
      6 exports NOUN 3 nmod export
      7 . PUNCT 2 punct`)).toEqual(['CHN>IND RETREAT 085']);
  });
});

describe('lexicon: lowering and disengaging', () => {
  it('lowering tariffs eases economic sanctions (085); two sides disengaging de-escalate toward each other (087)', () => {
    expect(coded(`
      1 China PROPN 2 nsubj
      2 lowered VERB 0 root lower
      3 tariffs NOUN 2 obj tariff
      4 on ADP 6 case
      5 Indian ADJ 6 amod
      6 goods NOUN 3 nmod good
      7 . PUNCT 2 punct`)).toEqual(['CHN>IND RETREAT 085']);
    expect(coded(`
      1 India PROPN 4 nsubj
      2 and CCONJ 3 cc
      3 China PROPN 1 conj
      4 disengaged VERB 0 root disengage
      5 along ADP 7 case
      6 the DET 7 det
      7 border NOUN 4 obl
      8 . PUNCT 4 punct`, lenient)).toEqual(['IND>CHN RETREAT 087', 'CHN>IND RETREAT 087']);
  });
});

describe('lexicon: pace and attempts', () => {
  it('a withdrawal sped up is a withdrawal (087)', () => {
    expect(coded(`
      1 Russia PROPN 2 nsubj
      2 speeded VERB 0 root speed
      3 up ADP 2 compound:prt
      4 the DET 5 det
      5 withdrawal NOUN 2 obj
      6 of ADP 8 case
      7 its PRON 8 nmod:poss
      8 troops NOUN 5 nmod troop
      9 from ADP 10 case
      10 Kazakhstan PROPN 5 nmod
      11 . PUNCT 2 punct`)).toEqual(['RUS>KAZ RETREAT 087']);
  });

  it('preparing to attack is no attack yet; preparing to meet is an intent', () => {
    expect(coded(`
      1 Russia PROPN 3 nsubj
      2 is AUX 3 aux
      3 preparing VERB 0 root prepare
      4 to PART 5 mark
      5 invade VERB 3 xcomp
      6 Ukraine PROPN 5 obj
      7 . PUNCT 3 punct`)).toEqual(['RUS>UKR ASSAULT 190 ?hyp +fut']);
    expect(coded(`
      1 India PROPN 2 nsubj
      2 prepared VERB 0 root prepare
      3 to PART 4 mark
      4 meet VERB 2 xcomp
      5 China PROPN 4 obj
      6 . PUNCT 2 punct`)).toEqual(['IND>CHN AGREE 036 +fut']);
  });

  it('an act a move or an attempt is made toward is not asserted', () => {
    expect(coded(`
      1 China PROPN 2 nsubj
      2 blocked VERB 0 root block
      3 a DET 4 det
      4 move NOUN 2 obj
      5 to PART 6 mark
      6 expel VERB 4 acl
      7 Russia PROPN 6 obj
      8 . PUNCT 2 punct`, lenient).filter((e) => e.endsWith('166'))).toEqual([]);
  });
});

describe('lexicon: rights granted', () => {
  it('granting or restoring rights to a side concedes them (0833); a right to self-defence is nobody\'s concession', () => {
    expect(coded(`
      1 Pakistan PROPN 2 nsubj
      2 granted VERB 0 root grant
      3 more ADJ 4 amod
      4 rights NOUN 2 obj right
      5 to ADP 7 case
      6 Indian ADJ 7 amod
      7 pilgrims NOUN 2 obl pilgrim
      8 . PUNCT 2 punct`)).toEqual(['PAK>IND CONCEDE 0833']);
    expect(coded(`
      1 Ukraine PROPN 2 nsubj
      2 invoked VERB 0 root invoke
      3 its PRON 4 nmod:poss
      4 right NOUN 2 obj right
      5 to ADP 6 case
      6 self-defence NOUN 4 nmod
      7 . PUNCT 2 punct`, lenient)).toEqual([]);
  });
});
