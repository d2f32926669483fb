/**
 * Participants read from around the act: what a promise, aid or an opening is for (its
 * to-infinitive of purpose), who leads a body named by no actor ("a delegation led by …"), a phrase
 * the parser hung on a date ("a mediation effort on Saturday between A and B"), and acts that a
 * refused or promised act is for, which have not happened.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

const GAZA = [{ id: 'place:gaza', name: 'Gaza', country: 'PSE', forms: ['Gaza'] }];

describe('event coder: purposes, leaders and misattached phrases', () => {
  it('addresses a promise naming nobody to whom its purpose helps ("willing to send material to help defend Ukraine")', () => {
    const table = `
      1 France PROPN 3 nsubj
      2 is AUX 3 cop be
      3 willing ADJ 0 root
      4 to PART 5 mark
      5 send VERB 3 xcomp
      6 material NOUN 5 obj
      7 to PART 8 mark
      8 help VERB 5 advcl
      9 defend VERB 8 xcomp
      10 Ukraine PROPN 9 obj
      11 . PUNCT 3 punct`;
    const events = coded(table);
    expect(events).toContain('FRA>UKR AGREE 033');
    // The defence is what the material is for, not something done.
    expect(events.filter((e) => e.includes('SUPPORT') && !e.includes('?hyp'))).toEqual([]);
  });

  it('gives no recipient to aid whose purpose is hostile ("sent material to attack Ukraine")', () => {
    const table = `
      1 Russia PROPN 2 nsubj
      2 sent VERB 0 root send
      3 material NOUN 2 obj
      4 to PART 5 mark
      5 attack VERB 2 advcl
      6 Ukraine PROPN 5 obj
      7 . PUNCT 2 punct`;
    expect(coded(table, { coder: { participants: 'lenient' } }).filter((e) => e.includes(' AID ') || e.includes(' AGREE '))).toEqual([]);
  });

  it('flags the act a refused permission would allow ("refused to give permission to Russia to help Pakistan")', () => {
    const table = `
      1 The DET 3 det
      2 United PROPN 3 compound
      3 States PROPN 4 nsubj
      4 refused VERB 0 root refuse
      5 to PART 6 mark
      6 give VERB 4 xcomp
      7 permission NOUN 6 obj
      8 to ADP 9 case
      9 Russia PROPN 7 nmod
      10 to PART 11 mark
      11 help VERB 6 advcl
      12 Pakistan PROPN 11 obj
      13 . PUNCT 4 punct`;
    const events = coded(table);
    expect(events).toContain('USA>RUS REJECT 124');
    expect(events.filter((e) => e.includes('PAK') && !e.includes('?hyp'))).toEqual([]);
  });

  it('reads where an opening leads from its purpose ("opened the crossing to allow aid trucks into Gaza")', () => {
    const table = `
      1 Pakistan PROPN 2 nsubj
      2 opened VERB 0 root open
      3 the DET 4 det
      4 crossing NOUN 2 obj
      5 to PART 6 mark
      6 allow VERB 2 advcl
      7 aid NOUN 8 compound
      8 trucks NOUN 6 obj truck
      9 into ADP 10 case
      10 Gaza PROPN 6 obl
      11 . PUNCT 2 punct`;
    expect(coded(table, { places: GAZA }).filter((e) => e.includes('RETREAT'))).toEqual(['PAK>PSE RETREAT 0863']);
  });

  it('takes the source of a body named by no actor from who leads it ("a delegation led by Xi arrived in Moscow")', () => {
    const table = `
      1 A DET 2 det
      2 delegation NOUN 6 nsubj
      3 led VERB 2 acl lead
      4 by ADP 5 case
      5 Xi PROPN 3 obl:agent
      6 arrived VERB 0 root arrive
      7 in ADP 8 case
      8 Moscow PROPN 6 obl
      9 . PUNCT 6 punct`;
    expect(coded(table)).toEqual(['CHN>RUS CONSULT 042']);
  });

  it('reads a phrase hung on a date as the act\'s ("launched a mediation effort on Saturday between India and Pakistan")', () => {
    const table = `
      1 China PROPN 2 nsubj
      2 launched VERB 0 root launch
      3 a DET 5 det
      4 mediation NOUN 5 compound
      5 effort NOUN 2 obj
      6 on ADP 7 case
      7 Saturday PROPN 5 nmod
      8 between ADP 9 case
      9 India PROPN 7 nmod
      10 and CCONJ 11 cc
      11 Pakistan PROPN 9 conj
      12 . PUNCT 2 punct`;
    expect(coded(table, { dates: [{ text: 'Saturday', value: '2023-06-03' }] }).sort()).toEqual(['CHN>IND CONSULT 045', 'CHN>PAK CONSULT 045']);
  });

  it('reads an infinitive the parser hung on the verb as the complement of the frame noun before it ("backed away from its threat to strike Taiwan")', () => {
    const table = `
      1 China PROPN 2 nsubj
      2 renewed VERB 0 root renew
      3 its PRON 4 nmod:poss
      4 threat NOUN 2 obj
      5 to PART 6 mark
      6 invade VERB 2 advcl
      7 Taiwan PROPN 6 obj
      8 . PUNCT 2 punct`;
    const events = coded(table);
    expect(events.filter((e) => e.includes('THREATEN'))).toEqual(['CHN>TWN THREATEN 1384']);
    // The invasion is threatened, not done.
    expect(events.filter((e) => e.includes('ASSAULT') && !e.includes('?hyp'))).toEqual([]);
  });

  it('reads a place cut off from supplies as its country ("cut off gas supplies to Gaza")', () => {
    const table = `
      1 Pakistan PROPN 2 nsubj
      2 cut VERB 0 root cut
      3 off ADP 2 compound:prt
      4 gas NOUN 5 compound
      5 supplies NOUN 2 obj supply
      6 to ADP 7 case
      7 Gaza PROPN 2 obl
      8 . PUNCT 2 punct`;
    expect(coded(table, { places: GAZA })).toEqual(['PAK>PSE SANCTION 162']);
  });

  it('flags what a permission is given for ("gave permission to Russia to help Pakistan")', () => {
    const table = `
      1 Britain PROPN 2 nsubj
      2 gave VERB 0 root give
      3 permission NOUN 2 obj
      4 to ADP 5 case
      5 Russia PROPN 3 nmod
      6 to PART 7 mark
      7 help VERB 2 advcl
      8 Pakistan PROPN 7 obj
      9 . PUNCT 2 punct`;
    const events = coded(table);
    expect(events).toContain('GBR>RUS CONCEDE 080');
    expect(events.filter((e) => e.includes('PAK') && !e.includes('?hyp'))).toEqual([]);
  });

  it('reads a place named as a state\'s part inside the target phrase ("attacked a mall in India\'s capital")', () => {
    const table = `
      1 Pakistan PROPN 2 nsubj
      2 attacked VERB 0 root attack
      3 a DET 4 det
      4 mall NOUN 2 obj
      5 in ADP 8 case
      6 India PROPN 8 nmod:poss
      7 's PART 6 case
      8 capital NOUN 4 nmod
      9 . PUNCT 2 punct`;
    expect(coded(table)).toEqual(['PAK>IND ASSAULT 190']);
  });

  it('reads a place inside what is investigated as its country ("investigated the attacks in Pakistan")', () => {
    const table = `
      1 India PROPN 2 nsubj
      2 investigated VERB 0 root investigate
      3 the DET 4 det
      4 attacks NOUN 2 obj attack
      5 in ADP 6 case
      6 Pakistan PROPN 4 nmod
      7 . PUNCT 2 punct`;
    expect(coded(table).filter((e) => e.includes('ACCUSE'))).toEqual(['IND>PAK ACCUSE 093']);
  });

  it('refines the code by the kind of subject before reading places ("Russian troops crossed into Kherson")', () => {
    const table = `
      1 Russian ADJ 2 amod
      2 troops NOUN 3 nsubj troop
      3 crossed VERB 0 root cross
      4 into ADP 5 case
      5 Kherson PROPN 3 obl
      6 . PUNCT 3 punct`;
    expect(coded(table, { places: [{ id: 'place:kherson', name: 'Kherson', country: 'UKR', forms: ['Kherson'] }] })).toEqual(['RUS>UKR ASSAULT 190']);
  });
});
