/**
 * An act named after "with" on a verb of responding ("retaliated with sanctions", "responded with
 * air strikes") is what the verb's subject did; the verb's own bare reading yields to it. Sentences
 * written for these tests, parsed as the project's parser parses them.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

describe('event coder: acts named after "with"', () => {
  it('a retaliation with sanctions is the sanctions, not an assault', () => {
    expect(coded(`
      1 Russia PROPN 2 nsubj
      2 retaliated VERB 0 root retaliate
      3 with ADP 4 case
      4 sanctions NOUN 2 obl sanction
      5 against ADP 6 case
      6 Britain PROPN 4 nmod
      7 . PUNCT 2 punct`)).toEqual(['RUS>GBR COERCE 163']);
  });

  it('a response with air strikes is an air strike by the one who responds', () => {
    expect(coded(`
      1 Pakistan PROPN 2 nsubj
      2 responded VERB 0 root respond
      3 with ADP 5 case
      4 air NOUN 5 compound
      5 strikes NOUN 2 obl strike
      6 on ADP 7 case
      7 India PROPN 5 nmod
      8 . PUNCT 2 punct`)).toEqual(['PAK>IND ASSAULT 195']);
  });

  it('a retaliation that names its own target keeps it, whatever the act after "with" reads', () => {
    expect(coded(`
      1 Russia PROPN 2 nsubj
      2 retaliated VERB 0 root retaliate
      3 against ADP 4 case
      4 Ukraine PROPN 2 obl
      5 with ADP 7 case
      6 missile NOUN 7 compound
      7 strikes NOUN 2 obl strike
      8 . PUNCT 2 punct`).filter((e) => e.startsWith('RUS>UKR'))).toContain('RUS>UKR ASSAULT 190');
  });

  it('a retaliation with nothing the lexicon names stays a retaliation', () => {
    expect(coded(`
      1 Russia PROPN 2 nsubj
      2 retaliated VERB 0 root retaliate
      3 against ADP 4 case
      4 Ukraine PROPN 2 obl
      5 . PUNCT 2 punct`)).toEqual(['RUS>UKR ASSAULT 190']);
  });
});
