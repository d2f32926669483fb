/** Targets shared by conjoined predicates of the same subject ("met India and signed agreements"). */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

describe('event coder: conjoined predicates', () => {
  const table = `
      1 China PROPN 2 nsubj
      2 criticized VERB 0 root criticize
      3 India PROPN 2 obj
      4 and CCONJ 5 cc
      5 threatened VERB 2 conj threaten
      6 to PART 7 mark
      7 impose VERB 5 xcomp impose
      8 sanctions NOUN 7 obj sanction
      9 . PUNCT 2 punct`;
  it('addresses a later predicate that names nobody to whom the first one is', () => {
    expect(coded(table).sort()).toEqual(['CHN>IND ACCUSE 111', 'CHN>IND THREATEN 1312']);
  });
  it('leaves a conjunct with a subject of its own alone', () => {
    const withSubject = `
      1 China PROPN 2 nsubj
      2 criticized VERB 0 root criticize
      3 India PROPN 2 obj
      4 and CCONJ 6 cc
      5 Russia PROPN 6 nsubj
      6 threatened VERB 2 conj threaten
      7 to PART 8 mark
      8 impose VERB 6 xcomp impose
      9 sanctions NOUN 8 obj sanction
      10 . PUNCT 2 punct`;
    expect(coded(withSubject, { coder: { participants: 'lenient' } }).filter((e) => e.includes('THREATEN'))).toEqual(['RUS>- THREATEN 1312']);
  });

  it('does not address a predicate that names its own target, even one the text does not resolve', () => {
    const table = `
      1 China PROPN 2 nsubj
      2 criticized VERB 0 root criticize
      3 India PROPN 2 obj
      4 and CCONJ 5 cc
      5 attacked VERB 2 conj attack
      6 soldiers NOUN 5 obj soldier
      7 . PUNCT 2 punct`;
    const events = coded(table, { coder: { participants: 'lenient' } });
    expect(events).toContain('CHN>IND ACCUSE 111');
    expect(events.filter((e) => e.includes('ASSAULT'))).toEqual([]);
  });

  it('does not address a warning about a third party\'s act to whom the first predicate is ("met X and warned that the war could spread")', () => {
    const warned = `
      1 Iran PROPN 2 nsubj
      2 met VERB 0 root meet
      3 Russia PROPN 2 obj
      4 and CCONJ 5 cc
      5 warned VERB 2 conj warn
      6 that SCONJ 10 mark
      7 the DET 8 det
      8 war NOUN 10 nsubj war
      9 could AUX 10 aux could
      10 spread VERB 5 ccomp spread
      11 . PUNCT 2 punct`;
    expect(coded(warned).filter((e) => e.includes('THREATEN'))).toEqual([]);
    expect(coded(warned).filter((e) => e.includes('CONSULT'))).toEqual(['IRN>RUS CONSULT 040']);
  });

  it('addresses a warning of the subject\'s own act ("accused X of meddling and warned that it would respond") to X', () => {
    const warned = (subject: string): string => `
      1 China PROPN 2 nsubj
      2 accused VERB 0 root accuse
      3 India PROPN 2 obj
      4 of ADP 5 case
      5 meddling NOUN 2 obl meddling
      6 and CCONJ 7 cc
      7 warned VERB 2 conj warn
      8 that SCONJ 11 mark
      9 ${subject} PRON 11 nsubj ${subject}
      10 would AUX 11 aux would
      11 respond VERB 7 ccomp respond
      12 firmly ADV 11 advmod
      13 . PUNCT 2 punct`;
    expect(coded(warned('it')).filter((e) => e.includes('THREATEN'))).toEqual(['CHN>IND THREATEN 130']);
    // "… warned that she would respond": a third party's act, no threat of China's
    expect(coded(warned('she')).filter((e) => e.includes('THREATEN'))).toEqual([]);
  });
});
