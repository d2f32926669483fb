/**
 * Attacks between politicians and parties, and on a person's body (data/lexicon 17-coerce,
 * 19-fight; drafts.ts `personTarget`): "hammered" a rival and a party is done with words (111), as is
 * two politicians' sparring among themselves, a
 * party being no military target; an assault done "sexually" is 1821; one person grabbing another is
 * a physical assault (182), where a state grabbing a state takes its ground (192). Sentences written
 * for these tests, parsed as the project's parser parses them.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';
import { WORLD, type ActorSpec } from './test-support/event-doc.js';

const POLITICS: ActorSpec[] = [
  ...WORLD,
  { id: 'person:okafor', name: 'Ada Okafor', type: 'person', country: 'GBR', sector: 'GOV', forms: ['Okafor'] },
  { id: 'person:lindqvist', name: 'Eva Lindqvist', type: 'person', country: 'GBR', sector: 'LEG', forms: ['Lindqvist'] },
  { id: 'org:labour', name: 'Labour Party', type: 'org', country: 'GBR', sector: 'PTY', forms: ['Labour Party'] },
];

describe('lexicon: political attacks', () => {
  it('hammering a rival and a party is a verbal attack on each', () => {
    expect(coded(`
      1 Okafor PROPN 2 nsubj
      2 hammered VERB 0 root hammer
      3 Lindqvist PROPN 2 obj
      4 and CCONJ 7 cc
      5 the DET 7 det
      6 Labour PROPN 7 compound
      7 Party PROPN 3 conj
      8 . PUNCT 2 punct`, { actors: POLITICS })).toEqual(['GBR>GBR ACCUSE 111', 'GBR>GBR ACCUSE 111']);
  });

  it('two politicians sparring among themselves do it with words, where two states clashing fight', () => {
    const table = (a: string, b: string, verb: string, lemma: string) => `
      1 ${a} PROPN 4 nsubj
      2 and CCONJ 3 cc
      3 ${b} PROPN 1 conj
      4 ${verb} VERB 0 root ${lemma}
      5 over ADP 6 case
      6 taxes NOUN 4 obl tax
      7 . PUNCT 4 punct`;
    expect(coded(table('Okafor', 'Lindqvist', 'sparred', 'spar'), { actors: POLITICS })).toEqual(['GBR>GBR ACCUSE 111', 'GBR>GBR ACCUSE 111']);
    expect(coded(table('Russia', 'China', 'clashed', 'clash'), { actors: POLITICS }).sort()).toEqual(['CHN>RUS ASSAULT 190', 'RUS>CHN ASSAULT 190']);
  });

  it('attacking an armed group stays an attack (the rebels are of the one state in view)', () => {
    expect(coded(`
      1 Putin PROPN 2 nsubj
      2 attacked VERB 0 root attack
      3 the DET 4 det
      4 rebels NOUN 2 obj rebel
      5 . PUNCT 2 punct`, { actors: POLITICS })).toEqual(['RUS>RUS ASSAULT 190']);
  });
});

describe('lexicon: assaults on a person', () => {
  it('"sexually assaulted" is a sexual assault (1821)', () => {
    expect(coded(`
      1 Okafor PROPN 3 nsubj
      2 sexually ADV 3 advmod
      3 assaulted VERB 0 root assault
      4 Lindqvist PROPN 3 obj
      5 . PUNCT 3 punct`, { actors: POLITICS })).toEqual(['GBR>GBR ASSAULT 1821']);
  });

  it('a person grabbing a person assaults them; a state grabbing a state seizes ground', () => {
    expect(coded(`
      1 Okafor PROPN 2 nsubj
      2 grabbed VERB 0 root grab
      3 Lindqvist PROPN 2 obj
      4 by ADP 6 case
      5 the DET 6 det
      6 arm NOUN 2 obl
      7 . PUNCT 2 punct`, { actors: POLITICS })).toEqual(['GBR>GBR ASSAULT 182']);
    expect(coded(`
      1 Russia PROPN 2 nsubj
      2 grabbed VERB 0 root grab
      3 Ukraine PROPN 2 obj
      4 . PUNCT 2 punct`)).toEqual(['RUS>UKR COERCE 192']);
  });
});
