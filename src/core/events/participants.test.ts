import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

describe('participants: appositives of plural nouns', () => {
  // "Modi met three women who criticised India, Putin." with "Putin" hung on "women" as its appositive.
  const table = (appos: string) => `
      1 Modi PROPN 2 nsubj
      2 met VERB 0 root meet
      3 three NUM 4 nummod
      4 women NOUN 2 obj woman
      5 who PRON 6 nsubj
      6 criticised VERB 4 acl:relcl criticise
      7 India PROPN 6 obj
      8 , PUNCT 9 punct
      ${appos}
      11 . PUNCT 2 punct`;

  it('does not read a single name as the appositive of a plural noun', () => {
    expect(coded(table('9 Putin PROPN 4 appos\n      10 Xi PROPN 2 obl'))).toEqual([]);
  });

  it('reads a list of names as the appositive of a plural noun ("three women, Xi and …")', () => {
    const events = coded(table('9 Putin PROPN 4 appos\n      10 Xi PROPN 9 conj'));
    expect(events.some((e) => e === 'RUS>IND ACCUSE 111')).toBe(true);
  });
});

describe('participants: people who speak for someone', () => {
  // "A spokesperson for China urged India to show restraint."
  const table = (noun: string, lemma: string) => `
      1 A DET 2 det
      2 ${noun} NOUN 5 nsubj ${lemma}
      3 for ADP 4 case
      4 China PROPN 2 nmod
      5 urged VERB 0 root urge
      6 India PROPN 5 obj
      7 to PART 8 mark
      8 show VERB 5 xcomp show
      9 restraint NOUN 8 obj
      10 . PUNCT 5 punct`;

  it('a spokesperson, an envoy or a negotiator for a state is the state', () => {
    for (const [noun, lemma] of [['spokesperson', 'spokesperson'], ['envoy', 'envoy'], ['negotiator', 'negotiator']]) {
      expect(coded(table(noun, lemma)).some((e) => e.startsWith('CHN>IND REQUEST'))).toBe(true);
    }
  });

  it('a noun that is no one\'s representative does not take its "for" phrase as the doer', () => {
    expect(coded(table('campaigner', 'campaigner')).filter((e) => e.startsWith('CHN>'))).toEqual([]);
  });
});

describe('participants: who owns the thing acted on', () => {
  const GREECE = { id: 'state:GRC', name: 'Greece', type: 'state' as const, country: 'GRC', role: null, sector: null, cameo: 'GRC', aliases: [], mentions: [] };
  const stateOfName = (w: string) => (w === 'Greek' ? GREECE : null);
  // "Russia attacked a Greek-owned tanker."
  const table = (adjective: string, noun = 'tanker') => `
      1 Russia PROPN 2 nsubj
      2 attacked VERB 0 root attack
      3 a DET 5 det
      4 ${adjective} VERB 5 amod
      5 ${noun} NOUN 2 obj ${noun}
      6 . PUNCT 2 punct`;

  it('a ship owned, flagged or run from a state stands for that state', () => {
    for (const adjective of ['Greek-owned', 'Greek-flagged', 'Greek-run']) {
      expect(coded(table(adjective), { coder: { stateOfName } })).toEqual(['RUS>GRC ASSAULT 190']);
    }
  });

  it('a thing a state only backs or made does not', () => {
    for (const adjective of ['Greek-backed', 'Greek-made']) {
      expect(coded(table(adjective), { coder: { stateOfName } }).filter((e) => e.includes('GRC'))).toEqual([]);
    }
  });

  it('a newspaper a state owns is not the state ("a Greek-owned weekly")', () => {
    expect(coded(table('Greek-owned', 'weekly'), { coder: { stateOfName } }).filter((e) => e.includes('GRC'))).toEqual([]);
  });
});
