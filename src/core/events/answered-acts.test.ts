/**
 * Answers to earlier acts ("Pakistan rejected the appeal", "Tehran dismissed the protest"): a
 * definite noun of an answered act names whoever made the latest act of its kind — addressed to the
 * answering side, or told just before — never the answering side itself nor an earlier answer.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';
import { WORLD } from './test-support/event-doc.js';

const URGED_PAKISTAN = `
      1 India PROPN 2 nsubj
      2 urged VERB 0 root urge
      3 Pakistan PROPN 2 obj
      4 to PART 5 mark
      5 reopen VERB 2 xcomp
      6 the DET 7 det
      7 crossing NOUN 5 obj
      8 . PUNCT 2 punct`;

const URGED_CHINA = URGED_PAKISTAN.replace('3 Pakistan PROPN', '3 China PROPN');
const CHINA_URGED_PAKISTAN = URGED_PAKISTAN.replace('1 India PROPN', '1 China PROPN');

const REJECTED_APPEAL = `
      1 Pakistan PROPN 2 nsubj
      2 rejected VERB 0 root reject
      3 the DET 4 det
      4 appeal NOUN 2 obj
      5 . PUNCT 2 punct`;

const LODGED_PROTEST = `
      1 France PROPN 2 nsubj
      2 lodged VERB 0 root lodge
      3 a DET 4 det
      4 protest NOUN 2 obj
      5 with ADP 6 case
      6 Iran PROPN 4 nmod
      7 . PUNCT 2 punct`;

const DISMISSED_PROTEST = `
      1 Tehran PROPN 2 nsubj
      2 dismissed VERB 0 root dismiss
      3 the DET 4 det
      4 protest NOUN 2 obj
      5 . PUNCT 2 punct`;

const FILLER = `
      1 The DET 2 det
      2 talks NOUN 3 nsubj talk
      3 lasted VERB 0 root last
      4 three NUM 5 nummod
      5 hours NOUN 3 obj hour
      6 . PUNCT 3 punct`;

const URGED_RUSSIA = `
      1 Ukraine PROPN 2 nsubj
      2 urged VERB 0 root urge
      3 Russia PROPN 2 obj
      4 to PART 5 mark
      5 withdraw VERB 2 xcomp
      6 its PRON 7 nmod:poss
      7 troops NOUN 5 obj troop
      8 . PUNCT 2 punct`;

const RUSSIA_URGED_UKRAINE = URGED_RUSSIA.replace('1 Ukraine PROPN', '1 Russia PROPN').replace('3 Russia PROPN', '3 Ukraine PROPN');

const RUSSIA_REJECTED_DEMAND = `
      1 Russia PROPN 2 nsubj
      2 rejected VERB 0 root reject
      3 the DET 4 det
      4 demand NOUN 2 obj
      5 . PUNCT 2 punct`;

const OFFERED_AID = `
      1 France PROPN 2 nsubj
      2 offered VERB 0 root offer
      3 aid NOUN 2 obj
      4 to ADP 5 case
      5 Niger PROPN 2 obl
      6 . PUNCT 2 punct`;

const ACCEPTED_FRENCH_OFFER = `
      1 Niger PROPN 2 nsubj
      2 accepted VERB 0 root accept
      3 the DET 5 det
      4 French ADJ 5 amod
      5 offer NOUN 2 obj
      6 . PUNCT 2 punct`;

const CONDEMNED_OFFER = `
      1 Russia PROPN 2 nsubj
      2 condemned VERB 0 root condemn
      3 the DET 4 det
      4 offer NOUN 2 obj
      5 . PUNCT 2 punct`;

const GAVE_DAYS = `
      1 ECOWAS PROPN 2 nsubj
      2 gave VERB 0 root give
      3 Niger PROPN 2 iobj
      4 seven NUM 5 nummod
      5 days NOUN 2 obj day
      6 to PART 7 mark
      7 free VERB 2 advcl
      8 the DET 9 det
      9 president NOUN 7 obj
      10 . PUNCT 2 punct`;

const IGNORED_ULTIMATUM = `
      1 Niger PROPN 2 nsubj
      2 ignored VERB 0 root ignore
      3 the DET 4 det
      4 ultimatum NOUN 2 obj
      5 . PUNCT 2 punct`;

const by = (actor: string) => (events: string[]): string[] => events.filter((e) => e.startsWith(`${actor}>`));

describe('answered acts: a definite noun answers whoever made the act of its kind', () => {
  it('rejecting "the appeal" after an urging is against whoever urged', () => {
    expect(by('PAK')(coded(`${URGED_PAKISTAN}\n${REJECTED_APPEAL}`))).toEqual(['PAK>IND REJECT 120']);
    // With no appeal told before, the rejection names nobody and codes nothing, as before.
    expect(coded(REJECTED_APPEAL)).toEqual([]);
  });

  it('dismissing "the protest" lodged with the dismisser is against the protester', () => {
    expect(by('IRN')(coded(`${LODGED_PROTEST}\n${DISMISSED_PROTEST}`))).toEqual(['IRN>FRA REJECT 120']);
  });

  it('leaves a court\'s ruling on "the appeal" alone: it rules on a legal appeal, not on a state\'s call', () => {
    const court = `
      1 The DET 2 det
      2 court NOUN 3 nsubj
      3 rejected VERB 0 root reject
      4 the DET 5 det
      5 appeal NOUN 3 obj
      6 . PUNCT 3 punct`;
    const actors = [...WORLD, { id: 'org:pk-court', name: 'Supreme Court of Pakistan', type: 'org' as const, country: 'PAK', forms: ['court'] }];
    expect(coded(`${URGED_PAKISTAN}\n${court}`, { actors }).filter((e) => e.includes('REJECT'))).toEqual([]);
    // The government of the same state answers the call.
    expect(by('PAK')(coded(`${URGED_PAKISTAN}\n${REJECTED_APPEAL}`, { actors }))).toEqual(['PAK>IND REJECT 120']);
  });

  it('reads a phrasal verb whose particle the parser took for a preposition ("brushed aside the protest")', () => {
    const brushed = `
      1 Tehran PROPN 2 nsubj
      2 brushed VERB 0 root brush
      3 aside ADP 5 case
      4 the DET 5 det
      5 protest NOUN 2 obl
      6 . PUNCT 2 punct`;
    expect(by('IRN')(coded(`${LODGED_PROTEST}\n${brushed}`))).toEqual(['IRN>FRA REJECT 120']);
  });

  it('ignoring "the ultimatum" is against whoever set it', () => {
    expect(by('NER')(coded(`${GAVE_DAYS}\n${IGNORED_ULTIMATUM}`))).toEqual(['NER>Economic Community of West African States REJECT 128']);
  });

  it('an appeal addressed to the answering side is found a few sentences back; another side\'s is not', () => {
    expect(by('PAK')(coded(`${URGED_PAKISTAN}\n${FILLER}\n${FILLER}\n${REJECTED_APPEAL}`))).toEqual(['PAK>IND REJECT 120']);
    // India's appeal to China, three sentences back, is not what Pakistan rejects.
    expect(by('PAK')(coded(`${URGED_CHINA}\n${FILLER}\n${FILLER}\n${REJECTED_APPEAL}`))).toEqual([]);
    // Told just before, another side's appeal is the one a third party answers.
    expect(by('PAK')(coded(`${URGED_CHINA}\n${REJECTED_APPEAL}`))).toEqual(['PAK>IND REJECT 120']);
  });

  it('after two appeals to the answering side, "the appeal" is the latest', () => {
    expect(by('PAK')(coded(`${URGED_PAKISTAN}\n${CHINA_URGED_PAKISTAN}\n${REJECTED_APPEAL}`))).toEqual(['PAK>CHN REJECT 120']);
    expect(by('PAK')(coded(`${CHINA_URGED_PAKISTAN}\n${URGED_PAKISTAN}\n${REJECTED_APPEAL}`))).toEqual(['PAK>IND REJECT 120']);
  });

  it('never makes the answering side its own target: its own demand is passed over for the one it received', () => {
    const events = by('RUS')(coded(`${URGED_RUSSIA}\n${RUSSIA_URGED_UKRAINE}\n${RUSSIA_REJECTED_DEMAND}`));
    expect(events.filter((e) => e.includes('REJECT'))).toEqual(['RUS>UKR REJECT 120']);
  });

  it('rebuffing "the overture" is against whoever offered', () => {
    const rebuffed = `
      1 Niger PROPN 2 nsubj
      2 rebuffed VERB 0 root rebuff
      3 the DET 4 det
      4 overture NOUN 2 obj
      5 . PUNCT 2 punct`;
    expect(by('NER')(coded(`${OFFERED_AID}\n${rebuffed}`))).toEqual(['NER>FRA REJECT 120']);
  });

  it('an acceptance of an offer is no offer: condemning "the offer" is against whoever made it', () => {
    const events = coded(`${OFFERED_AID}\n${ACCEPTED_FRENCH_OFFER}\n${CONDEMNED_OFFER}`);
    expect(by('NER')(events)).toEqual(['NER>FRA AGREE 030']);
    expect(by('RUS')(events)).toEqual(['RUS>FRA ACCUSE 111']);
  });

  it('heeding or agreeing to "the call" yields to whoever called', () => {
    const urgedIran = URGED_RUSSIA.replace('1 Ukraine PROPN', '1 France PROPN').replace('3 Russia PROPN', '3 Iran PROPN');
    const heeded = `
      1 Iran PROPN 2 nsubj
      2 heeded VERB 0 root heed
      3 the DET 4 det
      4 call NOUN 2 obj
      5 . PUNCT 2 punct`;
    expect(by('IRN')(coded(`${urgedIran}\n${heeded}`))).toEqual(['IRN>FRA CONCEDE 083']);
    // Heeding a call nobody is known to have made is no event.
    expect(coded(heeded)).toEqual([]);
    const agreed = `
      1 Iran PROPN 2 nsubj
      2 agreed VERB 0 root agree
      3 to ADP 5 case
      4 the DET 5 det
      5 demand NOUN 2 obl
      6 . PUNCT 2 punct`;
    expect(by('IRN')(coded(`${urgedIran}\n${agreed}`))).toEqual(['IRN>FRA AGREE 030']);
  });

  it('agreeing to "the call for a ceasefire" is an agreement, never a call of the agreeing side', () => {
    const called = `
      1 France PROPN 2 nsubj
      2 called VERB 0 root call
      3 for ADP 5 case
      4 a DET 5 det
      5 ceasefire NOUN 2 obl
      6 . PUNCT 2 punct`;
    const agreed = `
      1 Iran PROPN 2 nsubj
      2 agreed VERB 0 root agree
      3 to ADP 5 case
      4 the DET 5 det
      5 call NOUN 2 obl
      6 for ADP 8 case
      7 a DET 8 det
      8 ceasefire NOUN 5 nmod
      9 . PUNCT 2 punct`;
    expect(by('IRN')(coded(`${called}\n${agreed}`))).toEqual(['IRN>FRA AGREE 030']);
  });
});
