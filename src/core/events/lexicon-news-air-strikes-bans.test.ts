/**
 * Lexicon (data/lexicon): aircraft striking, hitting or attacking another side's positions employ
 * aerial weapons (195) whatever they hit; ground forces striking stay an attack (190). A state
 * banning an armed group, a party, a movement or an NGO bans an organisation (1722); banning a
 * state or a person of the government is no such ban (the entry's `targetSectors`).
 * Sentences written for these tests, parsed by hand as the project's parser writes them.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dataPath } from '../../package-info.js';
import { createTriggerLexicon } from './lexicon.js';
import { coded } from './test-support/coded.js';
import { WORLD } from './test-support/event-doc.js';
import { shippedResources } from './test-support/resources.js';

/** "Indian <subject> struck Pakistani positions near the border ." */
const struck = (subject: string, lemma: string, verb = 'struck', verbLemma = 'strike'): string => `
  1 Indian ADJ 2 amod
  2 ${subject} NOUN 3 nsubj ${lemma}
  3 ${verb} VERB 0 root ${verbLemma}
  4 Pakistani ADJ 5 amod
  5 positions NOUN 3 obj position
  6 near ADP 8 case
  7 the DET 8 det
  8 border NOUN 3 obl
  9 . PUNCT 3 punct`;

describe('lexicon: air strikes on positions', () => {
  it('warplanes, jets, drones or helicopters striking positions employ aerial weapons (195)', () => {
    expect(coded(struck('warplanes', 'warplane'))).toEqual(['IND>PAK ASSAULT 195']);
    expect(coded(struck('drones', 'drone', 'hit', 'hit'))).toEqual(['IND>PAK ASSAULT 195']);
    expect(coded(struck('helicopters', 'helicopter', 'attacked', 'attack'))).toEqual(['IND>PAK ASSAULT 195']);
  });

  it('troops striking them attack (190)', () => {
    expect(coded(struck('troops', 'troop'))).toEqual(['IND>PAK ASSAULT 190']);
  });
});

/** "India banned <object> ." */
const banned = (object: string, verb = 'banned', lemma = 'ban'): string => `
  1 India PROPN 2 nsubj
  2 ${verb} VERB 0 root ${lemma}
  3 ${object} PROPN 2 obj
  4 . PUNCT 2 punct`;

const GROUPS = [
  ...WORLD,
  { id: 'group:front', name: 'Liberation Front', type: 'group' as const, country: null, sector: 'REB', cameo: 'INDREB', forms: ['Front'] },
  { id: 'group:league', name: 'People\'s League', type: 'group' as const, country: 'IND', sector: 'PTY', cameo: 'INDPTY', forms: ['League'] },
];

describe('lexicon: banning an organisation', () => {
  it('an armed group or a party banned is a ban of an organisation (1722)', () => {
    expect(coded(banned('Front'), { actors: GROUPS })).toEqual(['IND>Liberation Front COERCE 1722']);
    expect(coded(banned('League'), { actors: GROUPS })).toEqual(['IND>IND COERCE 1722']);
    expect(coded(banned('Front', 'outlawed', 'outlaw'), { actors: GROUPS })).toEqual(['IND>Liberation Front COERCE 1722']);
  });

  it('a state or a leader banned is none ("banned Pakistan from the tournament")', () => {
    expect(coded(banned('Pakistan'))).toEqual([]);
    expect(coded(banned('Putin'))).toEqual([]);
  });

  it('an entry whose targetSectors is no list of sector codes is refused, naming the field', () => {
    const grammar = { name: 'grammar.json', data: JSON.parse(readFileSync(dataPath('lexicon', 'grammar.json'), 'utf8')) as unknown };
    const bad = { verb: 'ban', code: '1722', targetSectors: ['rebels'] };
    expect(() => createTriggerLexicon([{ name: 'bad.json', data: { entries: [bad] } }], grammar, shippedResources().taxonomy)).toThrow(/targetSectors/);
  });
});
