/**
 * Lexicon readings (data/lexicon) of news idioms whose head word says something else: a door
 * slammed on talks (a refusal), a go-ahead given for strikes (the strikes), a state hit with
 * sanctions (the sanctions), a mock attack (an exercise), a member suspended from a body, and
 * solidarity stood in or shown (support). One sentence each, written for these tests and parsed
 * by hand (UD relations as the project's parser writes them).
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

const lenient = { coder: { participants: 'lenient' as const } };

describe('lexicon: idioms of refusal and decision', () => {
  it('slamming the door on talks refuses them (125); the talks are not held', () => {
    expect(coded(`
      1 Washington PROPN 2 nsubj
      2 slammed VERB 0 root slam
      3 the DET 4 det
      4 door NOUN 2 obj
      5 on ADP 6 case
      6 talks NOUN 2 obl talk
      7 with ADP 8 case
      8 Iran PROPN 6 nmod
      9 . PUNCT 2 punct`)).toEqual(['USA>IRN REJECT 125']);
  });

  it('a go-ahead given for air strikes is the strikes (195)', () => {
    expect(coded(`
      1 Putin PROPN 2 nsubj
      2 gave VERB 0 root give
      3 the DET 4 det
      4 go-ahead NOUN 2 obj
      5 for ADP 7 case
      6 air NOUN 7 compound
      7 strikes NOUN 2 obl strike
      8 on ADP 9 case
      9 Ukraine PROPN 7 nmod
      10 . PUNCT 2 punct`)).toEqual(['RUS>UKR ASSAULT 195']);
  });
});

describe('lexicon: sanctions, exercises and suspensions', () => {
  it('hitting a state with sanctions imposes them (163)', () => {
    expect(coded(`
      1 Washington PROPN 2 nsubj
      2 hit VERB 0 root
      3 Iran PROPN 2 obj
      4 with ADP 6 case
      5 new ADJ 6 amod
      6 sanctions NOUN 2 obl sanction
      7 . PUNCT 2 punct`)).toEqual(['USA>IRN COERCE 163']);
  });

  it('a mock attack is an exercise (150), not an attack', () => {
    expect(coded(`
      1 Russia PROPN 2 nsubj
      2 staged VERB 0 root stage
      3 a DET 5 det
      4 mock ADJ 5 amod
      5 attack NOUN 2 obj
      6 on ADP 7 case
      7 Kazakhstan PROPN 5 nmod
      8 . PUNCT 2 punct`)).toEqual(['RUS>KAZ MOBILIZE 150']);
  });

  it('a body suspending a member from its activities reduces relations (160)', () => {
    expect(coded(`
      1 ECOWAS PROPN 2 nsubj
      2 suspended VERB 0 root suspend
      3 Niger PROPN 2 obj
      4 from ADP 7 case
      5 all DET 7 det
      6 its PRON 7 nmod:poss
      7 activities NOUN 2 obl activity
      8 . PUNCT 2 punct`, lenient)).toEqual(['Economic Community of West African States>NER SANCTION 160']);
  });
});

describe('lexicon: solidarity', () => {
  it('standing or showing solidarity with a state supports it (051)', () => {
    expect(coded(`
      1 France PROPN 2 nsubj
      2 stood VERB 0 root stand
      3 in ADP 4 case
      4 solidarity NOUN 2 obl
      5 with ADP 6 case
      6 Ukraine PROPN 4 nmod
      7 . PUNCT 2 punct`)).toEqual(['FRA>UKR SUPPORT 051']);
    expect(coded(`
      1 India PROPN 2 nsubj
      2 showed VERB 0 root show
      3 solidarity NOUN 2 obj
      4 with ADP 5 case
      5 Niger PROPN 2 obl
      6 . PUNCT 2 punct`)).toEqual(['IND>NER SUPPORT 051']);
  });
});
