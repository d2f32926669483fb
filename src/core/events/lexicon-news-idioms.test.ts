/**
 * Lexicon readings (data/lexicon) of news idioms whose head word says something else: a door
 * slammed on talks (a refusal), a go-ahead given for strikes (the strikes), a state hit with
 * sanctions (the sanctions), a mock attack (an exercise), a member suspended from a body,
 * solidarity stood in or shown (support), and an act ruled "out of the question" (refused). One sentence each, written for these tests and parsed
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

describe('lexicon: an act out of the question', () => {
  it('rules out a cooperative act as the speaker\'s refusal (lifting sanctions: 1244); a ruled-out attack did not happen', () => {
    expect(coded(`
      1 US PROPN 2 compound
      2 officials NOUN 3 nsubj official
      3 said VERB 0 root say
      4 that SCONJ 14 mark
      5 lifting VERB 14 csubj lift
      6 the DET 7 det
      7 sanctions NOUN 5 obj sanction
      8 on ADP 9 case
      9 Iran PROPN 7 nmod
      10 is AUX 14 cop be
      11 out ADP 14 case
      12 of ADP 14 case
      13 the DET 14 det
      14 question NOUN 3 ccomp question
      15 . PUNCT 3 punct`)).toEqual(['USA>IRN REJECT 1244']);
    expect(coded(`
      1 An DET 3 det
      2 Israeli ADJ 3 amod
      3 attack NOUN 10 nsubj attack
      4 on ADP 5 case
      5 Iran PROPN 3 nmod
      6 is AUX 10 cop be
      7 out ADP 10 case
      8 of ADP 10 case
      9 the DET 10 det
      10 question NOUN 0 root question
      11 . PUNCT 10 punct`).filter((e) => !e.includes('!neg'))).toEqual([]);
  });
});
