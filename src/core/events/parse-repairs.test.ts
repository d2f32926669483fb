/**
 * Parser readings the coder repairs or reads around: a bare date after a noun made the head of the
 * phrase ("agreed to a cease-fire Thursday"), a preposition hung on the phrase's first modifier,
 * "out of" read as "from".
 */
import { describe, expect, it } from 'vitest';
import { repairDateCompounds, repairHyphenModifiers, repairLoneIndirectObjects, repairNounRootPredicates, repairPrepositionHeads, repairReportingSubjects, repairVerbNounConjuncts } from './parse-repairs.js';
import { coded } from './test-support/coded.js';
import { WORLD } from './test-support/event-doc.js';

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

  it('reads a name compounded onto a date of several words as the verb\'s object ("visit Moscow next week")', () => {
    // visit(0) Moscow(1) next(2) week(3) .(4)
    const head = Int32Array.from([-1, 3, 3, 0, 0]);
    const rel = ['root', 'compound', 'amod', 'obl:unmarked', 'punct'];
    const upos = ['VERB', 'PROPN', 'ADJ', 'NOUN', 'PUNCT'];
    expect(repairDateCompounds(head, rel, upos, Uint8Array.from([0, 0, 1, 1, 0]))).toBe(true);
    // "next" stays the date's own word.
    expect([...head]).toEqual([-1, 0, 3, 0, 0]);
    expect(rel).toEqual(['root', 'obj', 'amod', 'obl:tmod', 'punct']);
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

  it('repairs a participle tagged as a number, and "neighbouring" ("aid to war-torn Sudan", "from neighboring Lebanon")', () => {
    // aid(0) to(1) war-torn(2) Sudan(3), with "war-torn" a NUM and "Sudan" hung on it
    const head = Int32Array.from([-1, 2, 0, 2]);
    const rel = ['root', 'case', 'nmod', 'nmod:unmarked'];
    expect(repairHyphenModifiers(head, rel, ['NOUN', 'ADP', 'NUM', 'PROPN'], ['aid', 'to', 'war-torn', 'sudan'])).toBe(true);
    expect([...head]).toEqual([-1, 3, 3, 0]);
    expect(rel).toEqual(['root', 'case', 'amod', 'nmod']);
    // withdraw(0) from(1) neighboring(2) Lebanon(3), "from" a subordinator marking a clause
    const h2 = Int32Array.from([-1, 2, 0, 2]);
    const r2 = ['root', 'mark', 'advcl', 'obj'];
    expect(repairHyphenModifiers(h2, r2, ['VERB', 'SCONJ', 'VERB', 'PROPN'], ['withdraw', 'from', 'neighboring', 'lebanon'])).toBe(true);
    expect([...h2]).toEqual([-1, 3, 3, 0]);
    expect(r2).toEqual(['root', 'case', 'amod', 'obl']);
    // "refrained from attacking Israel" is a verb with its object.
    const h3 = Int32Array.from([-1, 2, 0, 2]);
    expect(repairHyphenModifiers(h3, ['root', 'mark', 'advcl', 'obj'], ['VERB', 'SCONJ', 'VERB', 'PROPN'], ['refrained', 'from', 'attacking', 'israel'])).toBe(false);
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

describe('parse repairs: a sentence read as a noun with a participle', () => {
  // Students(0) protested(1) in(2) Paris(3) .(4)
  const upos = ['NOUN', 'VERB', 'ADP', 'PROPN', 'PUNCT'];
  const lemma = ['student', 'protest', 'in', 'paris', '.'];
  const parsed = (): [Int32Array, string[]] => [Int32Array.from([-1, 0, 3, 1, 0]), ['root', 'acl', 'case', 'obl', 'punct']];

  it('makes the verb the predicate and the noun its subject ("Students protested in Paris.")', () => {
    const [head, rel] = parsed();
    expect(repairNounRootPredicates(head, rel, upos, ['Students', 'protested', 'in', 'Paris', '.'], lemma)).toBe(true);
    expect([...head]).toEqual([1, -1, 3, 1, 1]);
    expect(rel).toEqual(['nsubj', 'root', 'case', 'obl', 'punct']);
  });

  it('leaves a headline (no full stop, or title case) and a participle-only form as reduced relatives', () => {
    const [head, rel] = parsed();
    const noStop = ['Students', 'protested', 'in', 'Paris', '-'];
    expect(repairNounRootPredicates(head, rel, upos, noStop, lemma)).toBe(false);
    expect(repairNounRootPredicates(head, rel, upos, ['Students', 'Protested', 'in', 'Paris', '.'], lemma)).toBe(false);
    // "Ships taken in Gulf.": "taken" can only be a participle.
    expect(repairNounRootPredicates(head, rel, upos, ['Ships', 'taken', 'in', 'Gulf', '.'], ['ship', 'take', 'in', 'gulf', '.'])).toBe(false);
    expect([...head]).toEqual([-1, 0, 3, 1, 0]);
  });

  it('leaves a reduced relative under a real predicate ("The troops stationed in Syria were withdrawn.")', () => {
    // The(0) troops(1) stationed(2) in(3) Syria(4) were(5) withdrawn(6) .(7)
    const head = Int32Array.from([1, 6, 1, 4, 2, 6, -1, 6]);
    const rel = ['det', 'nsubj:pass', 'acl', 'case', 'obl', 'aux:pass', 'root', 'punct'];
    const forms = ['The', 'troops', 'stationed', 'in', 'Syria', 'were', 'withdrawn', '.'];
    const up = ['DET', 'NOUN', 'VERB', 'ADP', 'PROPN', 'AUX', 'VERB', 'PUNCT'];
    expect(repairNounRootPredicates(head, rel, up, forms, forms.map((f) => f.toLowerCase()))).toBe(false);
  });

  it('lets a protest find its protesters ("Iranian students protested outside the British embassy.")', () => {
    const actors = [...WORLD, { id: 'group:iranian-students', name: 'Iranian students', type: 'group' as const, country: 'IRN', sector: 'EDU', forms: ['Iranian students'] }];
    const table = `
      1 Iranian ADJ 2 amod
      2 students NOUN 0 root student
      3 protested VERB 2 acl protest
      4 outside ADP 7 case
      5 the DET 7 det
      6 British ADJ 7 amod
      7 embassy NOUN 3 obl embassy
      8 . PUNCT 2 punct`;
    expect(coded(table, { actors })).toEqual(['IRN>GBR PROTEST 141']);
    // Without the full stop it is a headline-like fragment, read as parsed.
    expect(coded(table.replace('8 . PUNCT 2 punct', '8 - PUNCT 2 punct'), { actors })).toEqual([]);
  });
});

describe('parse repairs: the last of a list of objects made a conjunct of the verb', () => {
  it('makes it a conjunct of the object ("launched artillery and rocket fire")', () => {
    // launched(0) artillery(1) and(2) rocket(3) fire(4)
    const head = Int32Array.from([-1, 0, 4, 4, 0]);
    const rel = ['root', 'obj', 'cc', 'compound', 'conj'];
    expect(repairVerbNounConjuncts(head, rel, ['VERB', 'NOUN', 'CCONJ', 'NOUN', 'NOUN'])).toBe(true);
    expect([...head]).toEqual([-1, 0, 4, 4, 1]);
  });

  it('leaves a conjoined clause with its own subject alone', () => {
    // attacked(0) Kyiv(1) and(2) Ukraine(3) ... with "Ukraine" the subject-bearing conjunct's head
    const head = Int32Array.from([-1, 0, 3, 0, 3]);
    const rel = ['root', 'obj', 'cc', 'conj', 'nsubj'];
    expect(repairVerbNounConjuncts(head, rel, ['VERB', 'PROPN', 'CCONJ', 'NOUN', 'PRON'])).toBe(false);
  });

  it('lets the fire find its light verb and its attackers', () => {
    expect(coded(`
      1 Russian ADJ 2 amod
      2 forces NOUN 3 nsubj force
      3 launched VERB 0 root launch
      4 artillery NOUN 3 obj artillery
      5 and CCONJ 7 cc
      6 rocket NOUN 7 compound rocket
      7 fire NOUN 3 conj fire
      8 against ADP 9 case
      9 Ukraine PROPN 7 nmod
      10 . PUNCT 3 punct`).filter((e) => e.includes('ASSAULT'))).toEqual(['RUS>UKR ASSAULT 194']);
  });
});

describe('parse repairs: a closing reporting verb without its subject', () => {
  it('takes the phrase after the last comma as its subject ("…, killing 20 people, officials in Nairobi said.")', () => {
    // killing(0) 20(1) people(2) ,(3) officials(4) in(5) Nairobi(6) said(7) .(8)
    const head = Int32Array.from([7, 2, 0, 4, 2, 6, 0, -1, 7]);
    const rel = ['ccomp', 'nummod', 'obj', 'punct', 'conj', 'case', 'obl', 'root', 'punct'];
    const upos = ['VERB', 'NUM', 'NOUN', 'PUNCT', 'NOUN', 'ADP', 'PROPN', 'VERB', 'PUNCT'];
    const lemma = ['kill', '20', 'people', ',', 'official', 'in', 'nairobi', 'say', '.'];
    expect(repairReportingSubjects(head, rel, upos, lemma, (l) => l === 'say')).toBe(true);
    expect([...head]).toEqual([7, 2, 0, 4, 7, 6, 4, -1, 7]);
    expect(rel[4]).toBe('nsubj');
    expect(rel[6]).toBe('nmod');
  });

  it('leaves a reporting verb with a subject, or another verb, alone', () => {
    const head = Int32Array.from([7, 2, 0, 4, 2, 6, 0, -1, 7]);
    const rel = ['ccomp', 'nummod', 'obj', 'punct', 'conj', 'case', 'obl', 'root', 'punct'];
    const upos = ['VERB', 'NUM', 'NOUN', 'PUNCT', 'NOUN', 'ADP', 'PROPN', 'VERB', 'PUNCT'];
    expect(repairReportingSubjects(head, rel, upos, ['kill', '20', 'people', ',', 'official', 'in', 'nairobi', 'fight', '.'], (l) => l === 'say')).toBe(false);
    const withSubject = ['ccomp', 'nummod', 'obj', 'punct', 'nsubj', 'case', 'obl', 'root', 'punct'];
    const h2 = Int32Array.from([7, 2, 0, 4, 7, 6, 0, -1, 7]);
    expect(repairReportingSubjects(h2, withSubject, upos, ['kill', '20', 'people', ',', 'official', 'in', 'nairobi', 'say', '.'], (l) => l === 'say')).toBe(false);
  });
});

describe('parse repairs: an indirect object with no object beside it', () => {
  // allowed(0) the(1) convoy(2) to(3) Kazakhstan(4)
  const parse = (second: string) => ({
    head: Int32Array.from([-1, 2, 0, 4, second === 'obj' ? 0 : 2]),
    rel: ['root', 'det', 'iobj', 'case', second],
    upos: ['VERB', 'DET', 'NOUN', 'ADP', 'PROPN'],
  });

  it('makes it the object', () => {
    const p = parse('nmod');
    expect(repairLoneIndirectObjects(p.head, p.rel, p.upos, new Uint8Array(5))).toBe(true);
    expect(p.rel[2]).toBe('obj');
  });

  it('leaves a date read as an indirect object ("a poll released Monday")', () => {
    const p = parse('nmod');
    expect(repairLoneIndirectObjects(p.head, p.rel, p.upos, Uint8Array.from([0, 0, 1, 0, 0]))).toBe(false);
    expect(p.rel[2]).toBe('iobj');
  });

  it('leaves an indirect object beside an object ("gave India the convoy")', () => {
    const p = parse('obj');
    expect(repairLoneIndirectObjects(p.head, p.rel, p.upos, new Uint8Array(5))).toBe(false);
    expect(p.rel[2]).toBe('iobj');
  });

  it('lets a light-verb entry see its object ("allowed the delivery of grain to Kazakhstan")', () => {
    const table = (rel: string) => `
      1 Russia PROPN 2 nsubj
      2 allowed VERB 0 root allow
      3 the DET 4 det
      4 delivery NOUN 2 ${rel}
      5 of ADP 6 case
      6 grain NOUN 4 nmod
      7 to ADP 8 case
      8 Kazakhstan PROPN 4 nmod
      9 . PUNCT 2 punct`;
    expect(coded(table('iobj'))).toEqual(coded(table('obj')));
    expect(coded(table('iobj'))).toEqual(['RUS>KAZ RETREAT 0863']);
  });
});
