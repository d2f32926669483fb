/**
 * Lexicon (data/lexicon) of weapons made for a stated use: arms built, made or stockpiled "to use
 * against" a state, or "to attack" it, threaten that state (13x) on behalf of whoever makes them;
 * weapons made with no use named, or used against someone outside a frame, code nothing here. One
 * sentence each, written for these tests and parsed by hand (UD relations as the project's parser
 * writes them).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataPath } from '../../package-info.js';
import { createTriggerLexicon } from './lexicon.js';
import { coded } from './test-support/coded.js';
import { shippedResources } from './test-support/resources.js';

const lenient = { coder: { participants: 'lenient' as const } };

describe('lexicon: weapons made for use against a state', () => {
  it('bombs assembled to use against a state threaten it', () => {
    expect(coded(`
      1 Pakistan PROPN 3 nsubj
      2 is AUX 3 aux be
      3 assembling VERB 0 root assemble
      4 bombs NOUN 3 obj bomb
      5 to PART 6 mark
      6 use VERB 3 xcomp use
      7 against ADP 8 case
      8 India PROPN 6 obl
      9 . PUNCT 3 punct`)).toEqual(['PAK>IND THREATEN 1384']);
  });

  it('the use may hang on the weapons noun: each conjoined target is threatened', () => {
    expect(coded(`
      1 Iran PROPN 2 nsubj
      2 stockpiled VERB 0 root stockpile
      3 rockets NOUN 2 obj rocket
      4 to PART 5 mark
      5 use VERB 3 acl use
      6 against ADP 7 case
      7 France PROPN 5 obl
      8 and CCONJ 9 cc
      9 Britain PROPN 7 conj
      10 . PUNCT 2 punct`)).toEqual(['IRN>FRA THREATEN 1384', 'IRN>GBR THREATEN 1384']);
  });

  it('missiles built to attack a state threaten it', () => {
    expect(coded(`
      1 Russia PROPN 2 nsubj
      2 built VERB 0 root build
      3 missiles NOUN 2 obj missile
      4 to PART 5 mark
      5 attack VERB 2 advcl attack
      6 Ukraine PROPN 5 obj
      7 . PUNCT 2 punct`)).toEqual(['RUS>UKR THREATEN 1384']);
  });

  it('weapons developed with no use named are no event', () => {
    expect(coded(`
      1 Iran PROPN 3 nsubj
      2 is AUX 3 aux be
      3 developing VERB 0 root develop
      4 missiles NOUN 3 obj missile
      5 . PUNCT 3 punct`, lenient)).toEqual([]);
  });

  it('weapons made to sell to a state threaten nobody', () => {
    expect(coded(`
      1 Iran PROPN 2 nsubj
      2 makes VERB 0 root make
      3 drones NOUN 2 obj drone
      4 to PART 5 mark
      5 sell VERB 3 acl sell
      6 to ADP 7 case
      7 Russia PROPN 5 obl
      8 . PUNCT 2 punct`, lenient)).not.toContainEqual(expect.stringContaining('THREATEN'));
  });

  it('threatening to use a veto or sanctions against a state threatens no attack', () => {
    expect(coded(`
      1 Russia PROPN 2 nsubj
      2 threatened VERB 0 root threaten
      3 to PART 4 mark
      4 use VERB 2 xcomp use
      5 its PRON 6 nmod:poss its
      6 veto NOUN 4 obj veto
      7 against ADP 8 case
      8 Ukraine PROPN 4 obl
      9 . PUNCT 2 punct`).filter((e) => e.includes('138'))).toEqual([]);
  });

  it('a lexicon entry whose hostileOnly is not true or false is refused, naming the field', () => {
    const grammar = { name: 'grammar.json', data: JSON.parse(readFileSync(dataPath('lexicon', 'grammar.json'), 'utf8')) as unknown };
    const bad = { verb: 'build', obj: ['missile'], frame: 'threaten', complement: ['xcomp'], hostileOnly: 'yes' };
    expect(() => createTriggerLexicon([{ name: 'bad.json', data: { entries: [bad] } }], grammar, shippedResources().taxonomy)).toThrow(/hostileOnly/);
  });

  it('chemical weapons used against a state stay their own act (2041), not the frame-only use', () => {
    expect(coded(`
      1 Russia PROPN 2 nsubj
      2 used VERB 0 root use
      3 chemical ADJ 4 amod
      4 weapons NOUN 2 obj weapon
      5 against ADP 6 case
      6 Ukraine PROPN 2 obl
      7 . PUNCT 2 punct`)).toEqual(['RUS>UKR ASSAULT 2041']);
  });
  it('using something with no "against" is no attack, however a frame reads it', () => {
    const decided = coded(`
      1 Obama PROPN 2 nsubj
      2 decided VERB 0 root decide
      3 to PART 4 mark
      4 use VERB 2 xcomp use
      5 the DET 7 det
      6 biggest ADJ 7 amod big
      7 platform NOUN 4 obj platform
      8 in ADP 10 case
      9 American ADJ 10 amod American
      10 politics NOUN 7 nmod politics
      11 to PART 12 mark
      12 push VERB 4 advcl push
      13 back ADV 12 advmod back
      14 . PUNCT 2 punct`, lenient);
    expect(decided.filter((e) => /ASSAULT|THREATEN/.test(e))).toEqual([]);
    const intends = coded(`
      1 Russia PROPN 2 nsubj
      2 intends VERB 0 root intend
      3 to PART 4 mark
      4 use VERB 2 xcomp use
      5 it PRON 4 obj it
      6 in ADP 7 case
      7 Ukraine PROPN 4 obl
      8 . PUNCT 2 punct`, lenient);
    expect(intends.filter((e) => /ASSAULT|THREATEN/.test(e))).toEqual([]);
  });
});
