/**
 * Lexicon readings (data/lexicon) of threats and pledges walked back (negated), vessels rammed (190),
 * massacres placed by where they happened (202), and relief goods let into a territory (0863). One
 * sentence each, written for these tests and parsed by hand (UD relations as the project's parser
 * writes them).
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

const lenient = { coder: { participants: 'lenient' as const } };

describe('lexicon: acts walked back', () => {
  it('a threat walked back is negated, not made', () => {
    const events = coded(`
      1 Iran PROPN 2 nsubj
      2 walked VERB 0 root walk
      3 back ADP 2 compound:prt
      4 its PRON 5 nmod:poss
      5 threat NOUN 2 obj
      6 to PART 7 mark
      7 attack VERB 5 acl attack
      8 India PROPN 7 obj
      9 . PUNCT 2 punct`);
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.includes('!neg'))).toBe(true);
  });
});

describe('lexicon: vessels rammed', () => {
  it('ramming another state\'s vessel is force (190)', () => {
    expect(coded(`
      1 A DET 4 det
      2 Chinese ADJ 4 amod
      3 patrol NOUN 4 compound
      4 ship NOUN 5 nsubj
      5 rammed VERB 0 root ram
      6 an DET 9 det
      7 Indian ADJ 9 amod
      8 fishing NOUN 9 compound
      9 boat NOUN 5 obj
      10 . PUNCT 5 punct`)).toEqual(['CHN>IND ASSAULT 190']);
  });
});

describe('lexicon: massacres placed', () => {
  it('a massacre of people of no country is against the state where it happened, by its rebels (202)', () => {
    expect(coded(`
      1 Rebels NOUN 2 nsubj
      2 massacred VERB 0 root massacre
      3 villagers NOUN 2 obj
      4 in ADP 5 case
      5 Niger PROPN 2 obl
      6 . PUNCT 2 punct`, lenient)).toEqual(['NER>NER ASSAULT 202']);
  });
});

describe('lexicon: relief let in', () => {
  it('fuel or food allowed into a state is humanitarian access (0863)', () => {
    expect(coded(`
      1 Russia PROPN 2 nsubj
      2 allowed VERB 0 root allow
      3 fuel NOUN 2 obj
      4 into ADP 5 case
      5 Ukraine PROPN 2 obl
      6 . PUNCT 2 punct`)).toEqual(['RUS>UKR RETREAT 0863']);
  });
});
