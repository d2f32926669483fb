/**
 * Whom a demand naming nobody addresses: the subject of its "that"-clause, whether the clause
 * complements the verb, the demand noun, or is hung on the verb by the parser as an adverbial.
 * Whom a protest held in a place is against: the target of the act a participle joins it in.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';
import { WORLD } from './test-support/event-doc.js';

describe('event coder: whom a demand\'s "that"-clause addresses', () => {
  it('reads the subject of a clause hung on the verb ("insisted on their demands that Pakistan change …")', () => {
    expect(coded(`
      1 Rebels PROPN 2 nsubj
      2 insisted VERB 0 root insist
      3 on ADP 5 case
      4 their PRON 5 nmod:poss
      5 demands NOUN 2 obl demand
      6 that SCONJ 8 mark
      7 Pakistan PROPN 8 nsubj
      8 change VERB 2 advcl change
      9 the DET 10 det
      10 law NOUN 8 obj law
      11 . PUNCT 2 punct`).filter((e) => e.includes('REQUEST'))).toEqual(['rebels>PAK REQUEST 100']);
  });

  it('reads the same clause when it complements the demand noun', () => {
    expect(coded(`
      1 Rebels PROPN 2 nsubj
      2 insisted VERB 0 root insist
      3 on ADP 5 case
      4 their PRON 5 nmod:poss
      5 demands NOUN 2 obl demand
      6 that SCONJ 8 mark
      7 Pakistan PROPN 8 nsubj
      8 change VERB 5 acl change
      9 the DET 10 det
      10 law NOUN 8 obj law
      11 . PUNCT 2 punct`).filter((e) => e.includes('REQUEST'))).toEqual(['rebels>PAK REQUEST 100']);
  });

  it('does not take the subject of a clause of purpose ("so that India …") as the one addressed', () => {
    expect(coded(`
      1 Rebels PROPN 2 nsubj
      2 insisted VERB 0 root insist
      3 on ADP 5 case
      4 their PRON 5 nmod:poss
      5 demands NOUN 2 obl demand
      6 so SCONJ 9 mark
      7 that SCONJ 6 fixed
      8 India PROPN 9 nsubj
      9 changes VERB 2 advcl change
      10 course NOUN 9 obj course
      11 . PUNCT 2 punct`, { coder: { participants: 'lenient' } })).toEqual(['rebels>- REQUEST 100']);
  });
});

const PLACES = [{ id: 'place:lahore', name: 'Lahore', country: 'PAK', forms: ['Lahore'] }];
const STUDENTS = { id: 'group:pak-students', name: 'Pakistani students', type: 'group' as const, country: 'PAK', forms: ['Pakistani students'] };

describe('event coder: the purpose a participle carries one level down', () => {
  it('directs a protest at whom the act it joins others in is aimed ("joining workers in demanding … from India")', () => {
    const events = coded(`
      1 Pakistani ADJ 2 amod
      2 students NOUN 3 nsubj student
      3 rioted VERB 0 root riot
      4 in ADP 5 case
      5 Lahore PROPN 3 obl
      6 joining VERB 3 advcl join
      7 workers NOUN 6 obj worker
      8 in SCONJ 9 mark
      9 demanding VERB 6 advcl demand
      10 compensation NOUN 9 obj compensation
      11 from ADP 12 case
      12 India PROPN 9 obl
      13 . PUNCT 3 punct`, { places: PLACES, actors: [...WORLD, STUDENTS] });
    expect(events.filter((e) => e.includes('PROTEST'))).toEqual(['PAK>IND PROTEST 145']);
  });
});

describe('event coder: a place on the frame\'s verb for an act that names none', () => {
  it('reads "suspended aid deliveries in Samarkand" (the place hung on "suspended") as cut to that country', () => {
    const table = (head: number, rel: string) => `
      1 Russia PROPN 2 nsubj
      2 suspended VERB 0 root suspend
      3 aid NOUN 4 compound
      4 deliveries NOUN 2 obj delivery
      5 in ADP 6 case
      6 Samarkand PROPN ${head} ${rel}
      7 . PUNCT 2 punct`;
    expect(coded(table(2, 'obl'))).toEqual(['RUS>UZB SANCTION 162']);
    expect(coded(table(2, 'obl'))).toEqual(coded(table(4, 'nmod')));
  });
});

describe('event coder: a by-phrase on a verb with no object', () => {
  it('is nobody\'s target ("threatened to cut ties with India on the eve of a visit by Putin")', () => {
    const events = coded(`
      1 Pakistan PROPN 2 nsubj
      2 threatened VERB 0 root threaten
      3 to PART 4 mark
      4 cut VERB 2 xcomp cut
      5 ties NOUN 4 obj tie
      6 with ADP 7 case
      7 India PROPN 5 nmod
      8 before ADP 10 case
      9 a DET 10 det
      10 visit NOUN 4 obl visit
      11 by ADP 12 case
      12 Putin PROPN 2 obl
      13 . PUNCT 2 punct`);
    expect(events.filter((e) => e.includes('THREATEN'))).toEqual(['PAK>IND THREATEN 1313']);
  });
});

describe('event coder: a by-phrase on an active complement verb', () => {
  it('belongs to the verb\'s object ("warned that police would no longer tolerate rallies by the rebels")', () => {
    const events = coded(`
      1 China PROPN 2 nsubj
      2 warned VERB 0 root warn
      3 that SCONJ 7 mark
      4 police NOUN 7 nsubj
      5 would AUX 7 aux
      6 no ADV 7 advmod
      7 tolerate VERB 2 ccomp tolerate
      8 rallies NOUN 7 obj rally
      9 by ADP 11 case
      10 the DET 11 det
      11 rebels NOUN 7 obl:agent rebel
      12 . PUNCT 2 punct`);
    expect(events.filter((e) => e.includes('THREATEN'))).toEqual(['CHN>rebels THREATEN 130']);
  });
});

describe('event coder: an act done during a protest', () => {
  it('is against whom the protest is ("protesters threw stones during demonstrations against Russia")', () => {
    const events = coded(`
      1 Ukrainian ADJ 2 amod
      2 protesters NOUN 3 nsubj protester
      3 threw VERB 0 root throw
      4 stones NOUN 3 obj stone
      5 during ADP 6 case
      6 demonstrations NOUN 3 obl demonstration
      7 against ADP 8 case
      8 Russia PROPN 6 nmod
      9 . PUNCT 3 punct`);
    expect(events.filter((e) => e.includes('145'))).toEqual(['protesters>RUS PROTEST 145']);
  });
});

