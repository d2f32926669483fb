/**
 * Parser readings the coder repairs or reads around: a bare date after a noun made the head of the
 * phrase ("agreed to a cease-fire Thursday"), a preposition hung on the phrase's first modifier,
 * "out of" read as "from".
 */
import { describe, expect, it } from 'vitest';
import { repairDateCompounds, repairHyphenModifiers, repairPrepositionHeads } from './parse-repairs.js';
import { coded } from './test-support/coded.js';

describe('parse repairs: nouns compounded onto a bare date', () => {
  it('makes the noun the head of the phrase and the date a temporal modifier of the verb', () => {
    // signed(0) a(1) deal(2) Thursday(3) with(4) China(5)
    const head = Int32Array.from([-1, 3, 3, 0, 5, 3]);
    const rel = ['root', 'det', 'compound', 'obl:unmarked', 'case', 'nmod'];
    const upos = ['VERB', 'DET', 'NOUN', 'PROPN', 'ADP', 'PROPN'];
    expect(repairDateCompounds(head, rel, upos, Uint8Array.from([0, 0, 0, 1, 0, 0]))).toBe(true);
    expect([...head]).toEqual([-1, 2, 0, 0, 5, 2]);
    expect(rel).toEqual(['root', 'det', 'obj', 'obl:tmod', 'case', 'nmod']);
  });

  it('leaves a date that is not a bare adverbial head alone when nothing is compounded onto it', () => {
    const head = Int32Array.from([-1, 2, 0]);
    const rel = ['root', 'case', 'obl'];
    expect(repairDateCompounds(head, rel, ['VERB', 'ADP', 'PROPN'], Uint8Array.from([0, 0, 1]))).toBe(false);
    expect([...head]).toEqual([-1, 2, 0]);
  });

  it('lets a frame find its act again ("agreed to a truce Thursday")', () => {
    const table = `
      1 India PROPN 4 nsubj
      2 and CCONJ 3 cc
      3 Pakistan PROPN 1 conj
      4 agreed VERB 0 root agree
      5 to ADP 8 case
      6 a DET 8 det
      7 truce NOUN 8 compound
      8 Thursday PROPN 4 obl
      9 . PUNCT 4 punct`;
    expect(coded(table, { dates: [{ text: 'Thursday', value: '2023-06-01' }] }).sort()).toEqual(['IND>PAK AGREE 0356', 'PAK>IND AGREE 0356']);
    // A weekday is a date even when no dates layer resolved it (no publication date).
    expect(coded(table).sort()).toEqual(['IND>PAK AGREE 0356', 'PAK>IND AGREE 0356']);
    // Another proper noun compounded onto a noun is left as parsed.
    expect(coded(table.replace('8 Thursday PROPN', '8 Kashmir PROPN')).filter((e) => e.endsWith('0356'))).toEqual([]);
  });
  it('reads a preposition hung on the first modifier as introducing the whole phrase ("talks between Russian and Ukrainian officials")', () => {
    const table = `
      1 France PROPN 2 nsubj
      2 hosted VERB 0 root host
      3 talks NOUN 2 obj talk
      4 between ADP 5 case
      5 Russian ADJ 8 amod
      6 and CCONJ 7 cc
      7 Ukrainian ADJ 5 conj
      8 officials NOUN 3 nmod official
      9 . PUNCT 2 punct`;
    expect(coded(table).sort()).toEqual(['FRA>RUS CONSULT 045', 'FRA>UKR CONSULT 045']);
  });
  it('reads "out of" as "from" ("pulled its troops out of Kazakhstan")', () => {
    const table = `
      1 Russia PROPN 2 nsubj
      2 pulled VERB 0 root pull
      3 its PRON 4 nmod:poss
      4 troops NOUN 2 obj troop
      5 out ADP 7 case
      6 of ADP 7 case
      7 Kazakhstan PROPN 2 obl
      8 . PUNCT 2 punct`;
    expect(coded(table)).toEqual(['RUS>KAZ RETREAT 087']);
  });
});

describe('parse repairs: a hyphenated participle before a name', () => {
  it('makes the name the head of "to war-torn Sudan" and the participle its modifier', () => {
    // sent(0) aid(1) to(2) war-torn(3) Sudan(4)
    const head = Int32Array.from([-1, 0, 3, 0, 3]);
    const rel = ['root', 'obj', 'mark', 'advcl', 'obj'];
    const upos = ['VERB', 'NOUN', 'PART', 'VERB', 'PROPN'];
    expect(repairHyphenModifiers(head, rel, upos, ['sent', 'aid', 'to', 'war-torn', 'sudan'])).toBe(true);
    expect([...head]).toEqual([-1, 0, 4, 4, 0]);
    expect(rel).toEqual(['root', 'obj', 'case', 'amod', 'obl']);
  });

  it('leaves a real verb and its object alone ("to attack Sudan")', () => {
    const head = Int32Array.from([-1, 3, 1, 4, 3]);
    const rel = ['root', 'mark', 'obj', 'xcomp', 'obj'];
    expect(repairHyphenModifiers(head, rel, ['VERB', 'PART', 'VERB', 'VERB', 'PROPN'], ['wants', 'to', 'x', 'attack', 'sudan'])).toBe(false);
  });

  it('lets the act find its recipient ("sent aid to earthquake-hit Pakistan")', () => {
    expect(coded(`
      1 China PROPN 2 nsubj
      2 sent VERB 0 root send
      3 aid NOUN 2 obj aid
      4 to PART 5 mark
      5 earthquake-hit VERB 3 acl earthquake-hit
      6 Pakistan PROPN 5 obj
      7 . PUNCT 2 punct`)).toEqual(['CHN>PAK AID 070']);
  });
});

describe('parse repairs: a preposition made the head of its phrase', () => {
  it('makes the noun the head, the preposition its case, and hangs a phrase on "by phone" on the verb', () => {
    // spoke(0) by(1) phone(2) with(3) Putin(4)
    const head = Int32Array.from([-1, 2, 0, 2, 3]);
    const rel = ['root', 'case', 'obl', 'acl', 'obj'];
    expect(repairPrepositionHeads(head, rel, ['VERB', 'ADP', 'NOUN', 'ADP', 'PROPN'])).toBe(true);
    expect([...head]).toEqual([-1, 2, 0, 4, 0]);
    expect(rel).toEqual(['root', 'case', 'obl', 'case', 'obl']);
  });

  it('lets the talk find its partner ("Xi spoke by phone with Putin, who said …")', () => {
    expect(coded(`
      1 Xi PROPN 2 nsubj
      2 spoke VERB 0 root speak
      3 by ADP 4 case
      4 phone NOUN 2 obl phone
      5 with ADP 4 acl with
      6 Putin PROPN 5 obj
      7 , PUNCT 9 punct
      8 who PRON 9 nsubj
      9 said VERB 6 acl:relcl say
      10 . PUNCT 2 punct`).filter((e) => e.includes('CONSULT'))).toEqual(['CHN>RUS CONSULT 041']);
  });
});
