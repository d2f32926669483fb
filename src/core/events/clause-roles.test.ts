/**
 * Clause roles the parser mislabels: the one an object-control verb governs, read as an indirect
 * object before a to-infinitive ("allowed Alassane Ouattara to run"); the subject an active verb
 * shares with a passive one it is coordinated with ("was criticised and praised China").
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

describe('clause roles: a lone indirect object before a to-infinitive', () => {
  it('is the object a verb of permission acts on ("allowed Putin to attend")', () => {
    expect(coded(`
      1 India PROPN 2 nsubj
      2 allowed VERB 0 root allow
      3 Putin PROPN 2 iobj
      4 to PART 5 mark
      5 attend VERB 2 xcomp attend
      6 the DET 7 det
      7 summit NOUN 5 obj summit
      8 . PUNCT 2 punct`).filter((e) => e.includes('CONCEDE'))).toEqual(['IND>RUS CONCEDE 080']);
  });

  it('is the object inside a refusal frame ("refused to allow Ukrainian planes to land")', () => {
    expect(coded(`
      1 Russia PROPN 2 nsubj
      2 refused VERB 0 root refuse
      3 to PART 4 mark
      4 allow VERB 2 xcomp allow
      5 Ukrainian ADJ 6 amod
      6 planes NOUN 4 iobj plane
      7 to PART 8 mark
      8 land VERB 4 xcomp land
      9 . PUNCT 2 punct`).filter((e) => e.includes('REJECT'))).toEqual(['RUS>UKR REJECT 124']);
  });
});

describe('clause roles: the purpose of a summons', () => {
  /** "France summoned the Russian ambassador on Monday to protest the raid ." */
  const SUMMONS = `
    1 France PROPN 2 nsubj
    2 summoned VERB 0 root summon
    3 the DET 5 det
    4 Russian ADJ 5 amod
    5 ambassador NOUN 2 obj ambassador
    6 on ADP 7 case
    7 Monday PROPN 2 obl
    8 to PART 9 mark
    9 protest VERB 2 advcl protest
    10 the DET 11 det
    11 raid NOUN 9 obj raid
    12 . PUNCT 2 punct`;

  it('gives a complaint made by summoning an envoy to the summoner, not the envoy', () => {
    // (The complaint itself names no one it is against: the test coder keeps it without a target.)
    expect(coded(SUMMONS)).toEqual(['FRA>RUS ACCUSE 114', 'FRA>- ACCUSE 114']);
  });

  it('leaves other purposes to the one summoned or urged ("urged the students to protest")', () => {
    const urged = coded(SUMMONS.replace('summoned VERB 0 root summon', 'urged VERB 0 root urge').replace('Russian ADJ 5 amod', 'Indian ADJ 5 amod').replace('ambassador NOUN 2 obj ambassador', 'students NOUN 2 obj student'));
    expect(urged).toEqual(['FRA>IND REQUEST 100']);
  });
});

describe('clause roles: an active verb coordinated with a passive one', () => {
  it('shares its surface subject, the passive\'s patient, when it has an auxiliary or an object of its own', () => {
    // "Putin was criticised at home and praised China": Putin praised China.
    expect(coded(`
      1 Putin PROPN 3 nsubj:pass
      2 was AUX 3 aux:pass be
      3 criticised VERB 0 root criticise
      4 at ADP 5 case
      5 home NOUN 3 obl
      6 and CCONJ 7 cc
      7 praised VERB 3 conj praise
      8 China PROPN 7 obj
      9 . PUNCT 3 punct`)).toEqual(['RUS>CHN SUPPORT 051']);
    // "Putin has been indicted and will resign": his own promised act, an intent (0341).
    expect(coded(`
      1 Putin PROPN 4 nsubj:pass
      2 has AUX 4 aux have
      3 been AUX 4 aux:pass be
      4 indicted VERB 0 root indict
      5 and CCONJ 7 cc
      6 will AUX 7 aux
      7 resign VERB 4 conj
      8 . PUNCT 4 punct`, { coder: { participants: 'lenient' } }).filter((e) => e.includes('AGREE'))).toEqual(['RUS>- AGREE 0341 +fut']);
  });

  it('does not without an auxiliary or object, as a passive whose auxiliary is left out ("were angered and mobilized")', () => {
    expect(coded(`
      1 Russian ADJ 2 amod
      2 reservists NOUN 4 nsubj:pass reservist
      3 were AUX 4 aux:pass be
      4 angered VERB 0 root anger
      5 and CCONJ 6 cc
      6 mobilized VERB 4 conj mobilize
      7 . PUNCT 4 punct`, { coder: { participants: 'lenient' } })).toEqual([]);
  });
});

describe('clause roles: the act one is accused of', () => {
  it('is done by the one accused, not the accuser ("accused Pakistan of attacking India")', () => {
    const events = coded(`
      1 China PROPN 2 nsubj
      2 accused VERB 0 root accuse
      3 Pakistan PROPN 2 obj
      4 of SCONJ 5 mark
      5 attacking VERB 2 advcl attack
      6 India PROPN 5 obj
      7 . PUNCT 2 punct`);
    expect(events).toContain('PAK>IND ASSAULT 190 ?hyp');
    expect(events.filter((e) => e.startsWith('CHN>') && e.includes('ASSAULT'))).toEqual([]);
  });
});
