/**
 * An arrest with nobody named as making it, announced by a state's authorities, is theirs; one
 * reported by someone else, or hoped for, or announced by "it", is not.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';
import { WORLD } from './test-support/event-doc.js';

const ACTORS = [
  ...WORLD,
  { id: 'org:pak-police', name: 'Pakistani police', type: 'org' as const, country: 'PAK', sector: 'COP', forms: ['Pakistani police'] },
  { id: 'org:rights-watch', name: 'Rights Watch', type: 'org' as const, country: null, sector: 'NGO', forms: ['Rights Watch'] },
];

/** "20 people were arrested , <reporter> said ." as the parser reads it ("said" the root). */
const REPORTED = (reporter: string) => `
  1 20 NUM 2 nummod
  2 people NOUN 4 nsubj:pass person
  3 were AUX 4 aux:pass be
  4 arrested VERB 8 ccomp arrest
  5 , PUNCT 4 punct
  ${reporter}
  8 said VERB 0 root say
  9 . PUNCT 8 punct`;

const POLICE = '6 Pakistani ADJ 7 amod\n  7 police NOUN 8 nsubj';

describe('arrests announced by the authorities that made them', () => {
  it('takes a state body that announces an arrest nobody is named as making as the arrester', () => {
    expect(coded(REPORTED(POLICE), { actors: ACTORS })).toEqual(['PAK>- COERCE 173']);
  });

  it('does not make a rights group, or a pronoun, the arrester', () => {
    expect(coded(REPORTED('6 Rights PROPN 7 compound\n  7 Watch PROPN 8 nsubj'), { actors: ACTORS })).toEqual([]);
    expect(coded(REPORTED('6 later ADV 8 advmod\n  7 it PRON 8 nsubj'), { actors: ACTORS })).toEqual([]);
  });
});
