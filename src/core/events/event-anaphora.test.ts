/**
 * Reactions to an act told before ("Syria condemned the strikes", "Turkey welcomed the
 * agreement"): a definite act noun naming nobody takes the doers of the latest same act of the
 * last sentences; generic plurals, nouns with parties of their own and other acts do not link.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';
import { WORLD } from './test-support/event-doc.js';

const STRUCK = `
      1 Russia PROPN 2 nsubj
      2 struck VERB 0 root strike
      3 Kyiv PROPN 2 obj
      4 overnight ADV 2 advmod
      5 . PUNCT 2 punct`;

const CONDEMNED_STRIKES = `
      1 India PROPN 2 nsubj
      2 condemned VERB 0 root condemn
      3 the DET 4 det
      4 strikes NOUN 2 obj strike
      5 . PUNCT 2 punct`;

const SIGNED = `
      1 India PROPN 4 nsubj
      2 and CCONJ 3 cc
      3 Pakistan PROPN 1 conj
      4 signed VERB 0 root sign
      5 an DET 7 det
      6 peace NOUN 7 compound
      7 agreement NOUN 4 obj
      8 . PUNCT 4 punct`;

const WELCOMED = `
      1 China PROPN 2 nsubj
      2 welcomed VERB 0 root welcome
      3 the DET 4 det
      4 agreement NOUN 2 obj
      5 . PUNCT 2 punct`;

const FILLER = `
      1 It PRON 2 nsubj
      2 rained VERB 0 root rain
      3 . PUNCT 2 punct`;

const accusing = (events: string[]): string[] => events.filter((e) => e.startsWith('IND>') && e.includes('ACCUSE'));

describe('event anaphora: reactions to an act told before', () => {
  it('condemning "the strikes" after "Russia struck Kyiv" is against Russia (same word, other sense in the lexicon)', () => {
    expect(accusing(coded(`${STRUCK}\n${CONDEMNED_STRIKES}`))).toEqual(['IND>RUS ACCUSE 111']);
    // Alone, the condemnation names nobody to accuse.
    expect(accusing(coded(CONDEMNED_STRIKES))).toEqual([]);
  });

  it('condemning "the strikes" after an attack told in another word ("shelled") reads the strikes as the armed kind', () => {
    const shelled = STRUCK.replace('2 struck VERB 0 root strike', '2 shelled VERB 0 root shell');
    expect(accusing(coded(`${shelled}\n${CONDEMNED_STRIKES}`))).toEqual(['IND>RUS ACCUSE 111']);
  });

  it('welcoming "the agreement" two states signed is for both of them', () => {
    const events = coded(`${SIGNED}\n${WELCOMED}`).filter((e) => e.startsWith('CHN>'));
    expect(events.sort()).toEqual(['CHN>IND SUPPORT 051', 'CHN>PAK SUPPORT 051']);
    expect(coded(WELCOMED).filter((e) => e.startsWith('CHN>'))).toEqual([]);
  });

  it('reads a noun formed on the earlier verb ("shelled" … "the shelling")', () => {
    const shelled = STRUCK.replace('struck VERB 0 root strike', 'shelled VERB 0 root shell');
    const shelling = CONDEMNED_STRIKES.replace('strikes NOUN 2 obj strike', 'shelling NOUN 2 obj shelling');
    expect(accusing(coded(`${shelled}\n${shelling}`))).toEqual(['IND>RUS ACCUSE 111']);
  });

  it('reads "the launch" or "the test" after a missile fired or test-fired', () => {
    const fired = `
      1 Pakistan PROPN 2 nsubj
      2 fired VERB 0 root fire
      3 two NUM 4 nummod
      4 missiles NOUN 2 obj missile
      5 . PUNCT 2 punct`;
    const launch = CONDEMNED_STRIKES.replace('strikes NOUN 2 obj strike', 'launch NOUN 2 obj launch');
    expect(accusing(coded(`${fired}\n${launch}`))).toEqual(['IND>PAK ACCUSE 111']);
    const tested = fired.replace('fired VERB 0 root fire', 'test-fired VERB 0 root test-fire');
    expect(accusing(coded(`${tested}\n${launch.replace(/launch/g, 'test')}`))).toEqual(['IND>PAK ACCUSE 111']);
    // Not after an act that fired no missile ("Pakistan fired two officials").
    expect(accusing(coded(`${fired.replace(/missiles NOUN 2 obj missile/, 'officials NOUN 2 obj official')}\n${launch}`))).toEqual([]);
  });

  it('reads "denied the claim" after an accusation as a rejection of the accuser', () => {
    const accused = `
      1 Pakistan PROPN 2 nsubj
      2 accused VERB 0 root accuse
      3 India PROPN 2 obj
      4 of SCONJ 5 mark
      5 shelling VERB 2 advcl shell
      6 villages NOUN 5 obj village
      7 . PUNCT 2 punct`;
    const denied = `
      1 India PROPN 2 nsubj
      2 denied VERB 0 root deny
      3 the DET 4 det
      4 claim NOUN 2 obj claim
      5 . PUNCT 2 punct`;
    expect(coded(`${accused}\n${denied}`).filter((e) => e.startsWith('IND>'))).toEqual(['IND>PAK REJECT 120']);
    // Alone, or after an act that was no charge, the denial names nobody.
    expect(coded(denied)).toEqual([]);
    expect(coded(`${FILLER}\n${denied}`)).toEqual([]);
  });

  it('leaves a generic plural alone ("condemned attacks on civilians")', () => {
    const generic = `
      1 India PROPN 2 nsubj
      2 condemned VERB 0 root condemn
      3 attacks NOUN 2 obj attack
      4 on ADP 5 case
      5 civilians NOUN 3 nmod civilian
      6 . PUNCT 2 punct`;
    expect(accusing(coded(`${STRUCK}\n${generic}`))).toEqual([]);
  });

  it('leaves a noun with a party of its own alone ("the strikes by rebels")', () => {
    const own = `
      1 India PROPN 2 nsubj
      2 condemned VERB 0 root condemn
      3 the DET 4 det
      4 strikes NOUN 2 obj strike
      5 by ADP 6 case
      6 gunmen NOUN 4 nmod gunman
      7 . PUNCT 2 punct`;
    expect(accusing(coded(`${STRUCK}\n${own}`))).toEqual([]);
  });

  it('does not link a different act ("the elections") nor reach back past four sentences', () => {
    const other = CONDEMNED_STRIKES.replace('strikes NOUN 2 obj strike', 'elections NOUN 2 obj election');
    expect(accusing(coded(`${STRUCK}\n${other}`))).toEqual([]);
    const after = (gap: number): string => [STRUCK, ...Array(gap).fill(FILLER), CONDEMNED_STRIKES].join('\n');
    // A story tells the reactions after a few lines of detail: "the strikes" still names the strike.
    expect(accusing(coded(after(3)))).toEqual(['IND>RUS ACCUSE 111']);
    expect(accusing(coded(after(4)))).toEqual([]);
  });

  it('reaches further back only for the act told in the same word or its family, not another of its kind', () => {
    const attack = CONDEMNED_STRIKES.replace('strikes NOUN 2 obj strike', 'attack NOUN 2 obj attack');
    // "the attack" after "struck": the same kind of act, linked only when told just before.
    expect(accusing(coded([STRUCK, FILLER, attack].join('\n')))).toEqual(['IND>RUS ACCUSE 111']);
    expect(accusing(coded([STRUCK, FILLER, FILLER, FILLER, attack].join('\n')))).toEqual([]);
    // "the expulsions" after "expelled": one family in grammar.json's actWordFamilies.
    const expelled = `
      1 Russia PROPN 2 nsubj
      2 expelled VERB 0 root expel
      3 Ukrainian ADJ 4 amod
      4 diplomats NOUN 2 obj diplomat
      5 . PUNCT 2 punct`;
    const expulsions = CONDEMNED_STRIKES.replace('strikes NOUN 2 obj strike', 'expulsions NOUN 2 obj expulsion');
    expect(accusing(coded([expelled, FILLER, FILLER, FILLER, expulsions].join('\n')))).toEqual(['IND>RUS ACCUSE 111']);
  });

  it('keeps a subject act noun ("the strikes put pressure on India") to the last two sentences', () => {
    const pressure = `
      1 The DET 2 det
      2 strikes NOUN 3 nsubj strike
      3 put VERB 0 root put
      4 pressure NOUN 3 obj pressure
      5 on ADP 6 case
      6 India PROPN 3 obl
      7 . PUNCT 3 punct`;
    const fromRussia = (t: string): string[] => coded(t).filter((e) => e.startsWith('RUS>IND'));
    expect(fromRussia([STRUCK, FILLER, FILLER, FILLER, pressure].join('\n'))).toEqual([]);
  });

  it('keeps a generic noun ("the move") to the act told in the last two sentences', () => {
    const move = CONDEMNED_STRIKES.replace('strikes NOUN 2 obj strike', 'move NOUN 2 obj move');
    expect(accusing(coded(`${STRUCK}\n${FILLER}\n${move}`))).toEqual(['IND>RUS ACCUSE 111']);
    expect(accusing(coded(`${STRUCK}\n${FILLER}\n${FILLER}\n${move}`))).toEqual([]);
  });

  it('does not link a hypothetical act ("Russia may strike Kyiv")', () => {
    const may = `
      1 Russia PROPN 3 nsubj
      2 may AUX 3 aux
      3 strike VERB 0 root strike
      4 Kyiv PROPN 3 obj
      5 . PUNCT 3 punct`;
    expect(accusing(coded(`${may}\n${CONDEMNED_STRIKES}`))).toEqual([]);
  });
  it('gives "both sides" with no mention the two parties of the act told just before', () => {
    const urged = `
      1 China PROPN 2 nsubj
      2 urged VERB 0 root urge
      3 both DET 4 det
      4 sides NOUN 2 obj side
      5 to PART 6 mark
      6 respect VERB 2 xcomp respect
      7 it PRON 6 obj it
      8 . PUNCT 2 punct`;
    const asked = coded(`${SIGNED}\n${urged}`).filter((e) => e.startsWith('CHN>') && e.includes('REQUEST'));
    expect(asked.map((e) => e.split(' ')[0]).sort()).toEqual(['CHN>IND', 'CHN>PAK']);
    expect(coded(urged).filter((e) => e.startsWith('CHN>'))).toEqual([]);
    // An attack's two sides are a pair too; a filler in between is within reach, two are not.
    const sides = (t: string): string[] => coded(t).filter((e) => e.startsWith('CHN>') && e.includes('REQUEST')).map((e) => e.split(' ')[0]).sort();
    expect(sides(`${STRUCK}\n${FILLER}\n${urged}`)).toEqual(['CHN>RUS', 'CHN>UKR']);
    expect(sides(`${STRUCK}\n${FILLER}\n${FILLER}\n${urged}`)).toEqual([]);
  });
  it('rejecting an act told before is addressed to whoever did it ("Iran rejected the sanctions")', () => {
    const imposed = `
      1 Washington PROPN 2 nsubj
      2 imposed VERB 0 root impose
      3 sanctions NOUN 2 obj sanction
      4 on ADP 5 case
      5 Iran PROPN 2 obl
      6 . PUNCT 2 punct`;
    const rejected = `
      1 Iran PROPN 2 nsubj
      2 rejected VERB 0 root reject
      3 the DET 4 det
      4 sanctions NOUN 2 obj sanction
      5 . PUNCT 2 punct`;
    const refusals = (t: string): string[] => coded(t).filter((e) => e.startsWith('IRN>USA'));
    expect(refusals(`${imposed}\n${rejected}`).map((e) => e.split(' ').slice(0, 2).join(' '))).toEqual(['IRN>USA REJECT']);
    expect(refusals(rejected)).toEqual([]);
  });
  it('reads the doer of an act judged by a verb with a complement ("called the strikes illegal")', () => {
    const called = `
      1 India PROPN 2 nsubj
      2 called VERB 0 root call
      3 the DET 4 det
      4 strikes NOUN 2 obj strike
      5 illegal ADJ 2 xcomp illegal
      6 . PUNCT 2 punct`;
    expect(accusing(coded(`${STRUCK}\n${called}`))).toEqual(['IND>RUS ACCUSE 111']);
  });
  it('reads the doer of an act judged by a noun after the object or after "as" ("called the strikes a provocation")', () => {
    const calledA = `
      1 India PROPN 2 nsubj
      2 called VERB 0 root call
      3 the DET 4 det
      4 strikes NOUN 2 obj strike
      5 a DET 6 det
      6 provocation NOUN 2 obl:unmarked provocation
      7 . PUNCT 2 punct`;
    expect(accusing(coded(`${STRUCK}\n${calledA}`))).toEqual(['IND>RUS ACCUSE 1123']);
    const describedAs = `
      1 India PROPN 2 nsubj
      2 described VERB 0 root describe
      3 the DET 4 det
      4 strikes NOUN 2 obj strike
      5 as ADP 7 case
      6 a DET 7 det
      7 provocation NOUN 2 obl provocation
      8 . PUNCT 2 punct`;
    expect(accusing(coded(`${STRUCK}\n${describedAs}`))).toEqual(['IND>RUS ACCUSE 1123']);
    // the judgement a phrase the trigger hangs in: "an act of aggression"
    const actOf = calledA.replace('5 a DET 6 det\n      6 provocation NOUN 2 obl:unmarked provocation\n      7 . PUNCT 2 punct', '5 an DET 6 det\n      6 act NOUN 2 obl:unmarked act\n      7 of ADP 8 case\n      8 aggression NOUN 6 nmod aggression\n      9 . PUNCT 2 punct');
    expect(accusing(coded(`${STRUCK}\n${actOf}`))).toEqual(['IND>RUS ACCUSE 1123']);
  });
  it('"the attack will not go unanswered" threatens whoever did the attack told before', () => {
    const unanswered = `
      1 Ukraine PROPN 2 nsubj
      2 said VERB 0 root say
      3 the DET 4 det
      4 attack NOUN 7 nsubj attack
      5 would AUX 7 aux would
      6 not PART 7 advmod not
      7 go VERB 2 ccomp go
      8 unanswered ADJ 7 xcomp unanswered
      9 . PUNCT 2 punct`;
    const threats = (t: string): string[] => coded(t).filter((e) => e.includes('THREATEN')).map((e) => e.split(' ').slice(0, 2).join(' '));
    expect(threats(`${STRUCK}\n${unanswered}`)).toEqual(['UKR>RUS THREATEN']);
    expect(threats(unanswered)).toEqual([]);
  });
  it('reads a pair only off nouns of sides ("the two candidates" are not the signers)', () => {
    const candidates = `
      1 China PROPN 2 nsubj
      2 criticised VERB 0 root criticise
      3 the DET 5 det
      4 two NUM 5 nummod
      5 candidates NOUN 2 obj candidate
      6 . PUNCT 2 punct`;
    const countries = candidates.replace('5 candidates NOUN 2 obj candidate', '5 countries NOUN 2 obj country');
    const accused = (t: string): string[] => coded(t).filter((e) => e.startsWith('CHN>') && e.includes('ACCUSE')).map((e) => e.split(' ')[0]).sort();
    expect(accused(`${SIGNED}\n${candidates}`)).toEqual([]);
    expect(accused(`${SIGNED}\n${countries}`)).toEqual(['CHN>IND', 'CHN>PAK']);
  });
  it('never aims a reaction read back from an earlier act at the reacting side\'s own country', () => {
    const ministry = { id: 'org:rus-mod', name: 'Russian Defence Ministry', type: 'org' as const, country: 'RUS', sector: 'MIL', cameo: 'RUSMIL', forms: ['Ministry'] };
    const struck = STRUCK.replace('1 Russia PROPN 2 nsubj', '1 Ministry PROPN 2 nsubj');
    const own = CONDEMNED_STRIKES.replace('1 India PROPN 2 nsubj', '1 Putin PROPN 2 nsubj');
    expect(coded(`${struck}\n${own}`, { actors: [...WORLD, ministry] }).filter((e) => e.includes('ACCUSE'))).toEqual([]);
    expect(coded(`${struck}\n${CONDEMNED_STRIKES}`, { actors: [...WORLD, ministry] }).filter((e) => e.includes('ACCUSE'))).toEqual(['IND>RUS ACCUSE 111']);
  });
  it('links a noun naming whom it struck only to an act on the same side ("the strikes on Kyiv", not "on Pakistan")', () => {
    const on = (place: string): string => `
      1 India PROPN 2 nsubj
      2 condemned VERB 0 root condemn
      3 the DET 4 det
      4 strikes NOUN 2 obj strike
      5 on ADP 6 case
      6 ${place} PROPN 4 nmod
      7 . PUNCT 2 punct`;
    expect(accusing(coded(`${STRUCK}\n${on('Kyiv')}`))).toEqual(['IND>RUS ACCUSE 111']);
    expect(accusing(coded(`${STRUCK}\n${on('Pakistan')}`)).filter((e) => e.startsWith('IND>RUS'))).toEqual([]);
  });

  it('links a noun of the same word family ("fired missiles" … "condemned the launch")', () => {
    const fired = `
      1 Pakistan PROPN 2 nsubj
      2 fired VERB 0 root fire
      3 two NUM 4 nummod
      4 missiles NOUN 2 obj missile
      5 into ADP 7 case
      6 the DET 7 det
      7 sea NOUN 2 obl sea
      8 . PUNCT 2 punct`;
    const launch = CONDEMNED_STRIKES.replace('strikes NOUN 2 obj strike', 'launch NOUN 2 obj launch');
    expect(accusing(coded(`${fired}\n${launch}`))).toEqual(['IND>PAK ACCUSE 111']);
    // A word of no family of the act's is another act.
    const visit = CONDEMNED_STRIKES.replace('strikes NOUN 2 obj strike', 'visit NOUN 2 obj visit');
    expect(accusing(coded(`${fired}\n${visit}`))).toEqual([]);
  });

  it('reads "this act" as the latest act, a relative clause on it notwithstanding', () => {
    const act = `
      1 India PROPN 2 nsubj
      2 condemned VERB 0 root condemn
      3 this DET 4 det
      4 act NOUN 2 obj act
      5 , PUNCT 7 punct
      6 which PRON 7 nsubj which
      7 threatens VERB 4 acl:relcl threaten
      8 peace NOUN 7 obj peace
      9 . PUNCT 2 punct`;
    expect(accusing(coded(`${STRUCK}\n${act}`))).toEqual(['IND>RUS ACCUSE 111']);
    // "the decision to …" names an act of its own.
    const decision = `
      1 India PROPN 2 nsubj
      2 condemned VERB 0 root condemn
      3 the DET 4 det
      4 decision NOUN 2 obj decision
      5 to PART 6 mark
      6 vote VERB 4 acl vote
      7 . PUNCT 2 punct`;
    expect(accusing(coded(`${STRUCK}\n${decision}`))).toEqual([]);
  });

  it('points a generic noun at the latest step, not at praise or criticism of it', () => {
    const praised = `
      1 China PROPN 2 nsubj
      2 praised VERB 0 root praise
      3 India PROPN 2 obj
      4 . PUNCT 2 punct`;
    const move = CONDEMNED_STRIKES.replace('India PROPN', 'Pakistan PROPN').replace('strikes NOUN 2 obj strike', 'move NOUN 2 obj move');
    const condemning = (t: string): string[] => coded(t).filter((e) => e.startsWith('PAK>') && e.includes('ACCUSE'));
    expect(condemning(`${STRUCK}\n${praised}\n${move}`)).toEqual(['PAK>RUS ACCUSE 111']);
  });

  it('a judgement of an act is no act of the judge: "the measures" after "called the sanctions illegal" are still the imposer\'s', () => {
    const imposed = `
      1 ECOWAS PROPN 2 nsubj
      2 imposed VERB 0 root impose
      3 sanctions NOUN 2 obj sanction
      4 on ADP 5 case
      5 Niger PROPN 2 obl
      6 . PUNCT 2 punct`;
    const judged = `
      1 Niger PROPN 2 nsubj
      2 called VERB 0 root call
      3 the DET 4 det
      4 sanctions NOUN 2 obj sanction
      5 illegal ADJ 2 xcomp
      6 . PUNCT 2 punct`;
    const measures = `
      1 France PROPN 2 nsubj
      2 condemned VERB 0 root condemn
      3 the DET 4 det
      4 measures NOUN 2 obj measure
      5 . PUNCT 2 punct`;
    const events = coded(`${imposed}\n${judged}\n${measures}`);
    expect(events.filter((e) => e.startsWith('FRA>'))).toEqual(['FRA>Economic Community of West African States ACCUSE 111']);
  });
});
