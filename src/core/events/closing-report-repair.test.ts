import { describe, expect, it } from 'vitest';
import { repairClosingReports, repairContactReports, repairOrphanReports } from './closing-report-repair.js';
import { coded } from './test-support/coded.js';
import { parseArrays as arrays } from './test-support/parse-arrays.js';

const SPEECH = new Set(['say', 'announce', 'tell', 'report']);
const isSpeech = (l: string): boolean => SPEECH.has(l);

/** "Rebels agreed to a truce in an offensive that took the north, Chinese mediators announced, clearing the way for talks." with the reporter an apposition. */
const TRUCE = `
  1 Rebels NOUN 2 nsubj rebel
  2 agreed VERB 0 root agree
  3 to ADP 5 case
  4 a DET 5 det
  5 truce NOUN 2 obl truce
  6 in ADP 8 case
  7 an DET 8 det
  8 offensive NOUN 2 obl offensive
  9 that PRON 10 nsubj
  10 took VERB 8 acl:relcl take
  11 the DET 12 det
  12 north NOUN 10 obj north
  13 , PUNCT 15 punct
  14 Chinese ADJ 15 amod chinese
  15 mediators NOUN 8 appos mediator
  16 announced VERB 15 acl announce
  17 , PUNCT 18 punct
  18 clearing VERB 16 advcl clear
  19 the DET 20 det
  20 way NOUN 18 obj way
  21 . PUNCT 2 punct`;

describe('repairClosingReports', () => {
  it('makes the reporting verb a parataxis of the predicate, with the noun phrase its subject', () => {
    const a = arrays(TRUCE);
    expect(repairClosingReports(a.head, a.rel, a.upos, a.lemma, a.lower, isSpeech)).toBe(true);
    expect([a.head[15], a.rel[15]]).toEqual([1, 'parataxis']);
    expect([a.head[14], a.rel[14]]).toEqual([15, 'nsubj']);
    expect(a.head[13]).toBe(14);
    expect(a.head[12]).toBe(15);
  });

  it('leaves a participle modifier alone: with a time or an object of its own, an "-ing" form, a verb of no speech, no comma', () => {
    const dated = TRUCE.replace('17 , PUNCT 18 punct', '17 Monday PROPN 16 obl:tmod monday');
    const ing = TRUCE.replace('16 announced VERB 15 acl announce', '16 announcing VERB 15 acl announce');
    const other = TRUCE.replace('16 announced VERB 15 acl announce', '16 stationed VERB 15 acl station');
    const noComma = TRUCE.replace('13 , PUNCT 15 punct', '13 and CCONJ 15 cc');
    for (const table of [dated, ing, other, noComma]) {
      const a = arrays(table);
      const before = Array.from(a.head);
      expect(repairClosingReports(a.head, a.rel, a.upos, a.lemma, a.lower, isSpeech)).toBe(false);
      expect(Array.from(a.head)).toEqual(before);
    }
  });

  it('also when a time and place of its own end the sentence ("…, Chinese mediators announced here Monday.")', () => {
    const dated = TRUCE.replace(/  17 , PUNCT 18 punct[\s\S]*$/, `  17 here ADV 16 advmod here
  18 Monday PROPN 16 obl:unmarked monday
  19 . PUNCT 2 punct`);
    const a = arrays(dated);
    expect(repairClosingReports(a.head, a.rel, a.upos, a.lemma, a.lower, isSpeech)).toBe(true);
    expect([a.head[15], a.rel[15]]).toEqual([1, 'parataxis']);
    expect([a.head[14], a.rel[14]]).toEqual([15, 'nsubj']);
  });

  it('lets the coder read a closing complaint dated at the end as the complainer\'s ("…, Pakistan complained here Monday.")', () => {
    const events = coded(`
      1 India PROPN 3 nsubj
      2 is AUX 3 aux be
      3 failing VERB 0 root fail
      4 to PART 5 mark
      5 protect VERB 3 xcomp protect
      6 refugees NOUN 5 obj refugee
      7 , PUNCT 8 punct
      8 Pakistan PROPN 3 parataxis
      9 complained VERB 8 acl complain
      10 here ADV 9 advmod here
      11 Monday PROPN 9 obl:unmarked monday
      12 . PUNCT 3 punct`);
    expect(events.some((e) => e.startsWith('PAK>IND ACCUSE 114'))).toBe(true);
  });

  it('lets the coder read the sentence as with the reporter a parataxis, not lend the reporter to the truce', () => {
    // "Rebels agreed to a truce in an offensive against Ukraine, Chinese mediators announced."
    const broken = `
      1 Rebels NOUN 2 nsubj rebel
      2 agreed VERB 0 root agree
      3 to ADP 5 case
      4 a DET 5 det
      5 truce NOUN 2 obl truce
      6 in ADP 8 case
      7 an DET 8 det
      8 offensive NOUN 2 obl offensive
      9 against ADP 10 case
      10 Ukraine PROPN 8 nmod
      11 , PUNCT 13 punct
      12 Chinese ADJ 13 amod chinese
      13 mediators NOUN 8 appos mediator
      14 announced VERB 13 acl announce
      15 . PUNCT 2 punct`;
    const right = broken.replace('13 mediators NOUN 8 appos mediator', '13 mediators NOUN 14 nsubj mediator').replace('14 announced VERB 13 acl announce', '14 announced VERB 2 parataxis announce');
    // Unrepaired (a participle of no speech), the apposition is taken for a party to the truce.
    const unrepaired = broken.replace('14 announced VERB 13 acl announce', '14 stationed VERB 13 acl station');
    expect(coded(unrepaired)).toContain('rebels>CHN AGREE 0356');
    expect(coded(broken)).toEqual(coded(right));
    expect(coded(broken)).not.toContain('rebels>CHN AGREE 0356');
  });
});

describe('repairOrphanReports', () => {
  // "Troops shelled the town, medics said." with "medics" a parataxis and "said" its orphan.
  const SHELLED = `
    1 Troops NOUN 2 nsubj troop
    2 shelled VERB 0 root shell
    3 the DET 4 det
    4 town NOUN 2 obj town
    5 , PUNCT 6 punct
    6 medics NOUN 2 parataxis medic
    7 said VERB 6 orphan say
    8 . PUNCT 6 punct`;

  it('makes the reporting verb the parataxis, with the noun its subject', () => {
    const a = arrays(SHELLED);
    expect(repairOrphanReports(a.head, a.rel, a.upos, a.lemma, isSpeech)).toBe(true);
    expect([a.head[6], a.rel[6]]).toEqual([1, 'parataxis']);
    expect([a.head[5], a.rel[5]]).toEqual([6, 'nsubj']);
    expect(a.head[4]).toBe(6);
    expect(a.head[7]).toBe(6);
  });

  it('leaves a true orphan (a gapped verb of no speech) as read', () => {
    const a = arrays(SHELLED.replace('7 said VERB 6 orphan say', '7 twice ADV 6 orphan twice'));
    const before = Array.from(a.head);
    expect(repairOrphanReports(a.head, a.rel, a.upos, a.lemma, isSpeech)).toBe(false);
    expect(Array.from(a.head)).toEqual(before);
  });
});

describe('repairContactReports', () => {
  // "Gunmen raided a village near Kandahar, killing five farmers, Afghan officials reported" with no
  // closing stop: "officials" an apposition of "farmers" and "reported" a complement of "killing".
  const RAIDED = `
    1 Gunmen NOUN 2 nsubj gunman
    2 raided VERB 0 root raid
    3 a DET 4 det
    4 village NOUN 2 obj village
    5 near ADP 6 case
    6 Kandahar PROPN 4 nmod kandahar
    7 , PUNCT 8 punct
    8 killing VERB 2 advcl kill
    9 five NUM 10 nummod
    10 farmers NOUN 8 obj farmer
    11 , PUNCT 13 punct
    12 Afghan ADJ 13 amod afghan
    13 officials NOUN 10 appos official
    14 reported VERB 8 xcomp report`;
  // The same with a closing stop, read as a relative clause with no relative word ("farmers [that] officials reported").
  const RELATIVE = RAIDED.replace('13 officials NOUN 10 appos official', '13 officials NOUN 14 nsubj official').replace('14 reported VERB 8 xcomp report', '14 reported VERB 10 acl:relcl report') + '\n    15 . PUNCT 2 punct';

  it('makes the closing reporting verb a parataxis of the predicate, with the noun phrase after the comma its subject', () => {
    for (const table of [RAIDED, RELATIVE]) {
      const a = arrays(table);
      expect(repairContactReports(a.head, a.rel, a.upos, a.lemma, a.lower, isSpeech)).toBe(true);
      expect([a.head[13], a.rel[13]]).toEqual([1, 'parataxis']);
      expect([a.head[12], a.rel[12]]).toEqual([13, 'nsubj']);
      expect(a.head[10]).toBe(13);
      expect(a.head[9]).toBe(7);
    }
  });

  it('leaves a real relative clause, a verb of no speech, a verb that does not end the sentence and a phrase with no comma', () => {
    const which = RELATIVE.replace('13 officials NOUN 14 nsubj official', '13 which PRON 14 nsubj which');
    const other = RAIDED.replace('14 reported VERB 8 xcomp report', '14 resisted VERB 8 xcomp resist');
    const more = RAIDED + '\n    15 Monday PROPN 14 obl:unmarked monday';
    const noComma = RAIDED.replace('11 , PUNCT 13 punct', '11 and CCONJ 13 cc');
    for (const table of [which, other, more, noComma]) {
      const a = arrays(table);
      const before = Array.from(a.head);
      expect(repairContactReports(a.head, a.rel, a.upos, a.lemma, a.lower, isSpeech)).toBe(false);
      expect(Array.from(a.head)).toEqual(before);
    }
  });
});
