import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';
import { repairReportedObjects } from './reported-object-repair.js';

const isSpeech = (l: string): boolean => l === 'say';

describe('parse repairs: the reported verb\'s object read as the reporting verb\'s subject', () => {
  it('makes a second subject of "said", right after an objectless reported verb, that verb\'s object', () => {
    // China(0) will(1) back(2) Iran(3) 's(4) bid(5) ,(6) Xi(7) said(8) .(9)
    const head = Int32Array.from([2, 2, 8, 5, 3, 8, 7, 8, -1, 8]);
    const rel = ['nsubj', 'aux', 'ccomp', 'nmod:poss', 'case', 'nsubj', 'punct', 'nsubj', 'root', 'punct'];
    const upos = ['PROPN', 'AUX', 'VERB', 'PROPN', 'PART', 'NOUN', 'PUNCT', 'PROPN', 'VERB', 'PUNCT'];
    const lemma = ['china', 'will', 'back', 'iran', "'s", 'bid', ',', 'xi', 'say', '.'];
    const forms = ['China', 'will', 'back', 'Iran', "'s", 'bid', ',', 'Xi', 'said', '.'];
    expect(repairReportedObjects(head, rel, upos, lemma, forms, new Uint8Array(10), isSpeech)).toBe(true);
    expect([head[5], rel[5], head[7], rel[7]]).toEqual([2, 'obj', 8, 'nsubj']);
  });

  it('leaves a reported clause whose verb has its object alone', () => {
    // troops(0) shelled(1) towns(2) ,(3) officials(4) said(5)
    const head = Int32Array.from([1, 5, 1, 4, 5, -1]);
    const rel = ['nsubj', 'ccomp', 'obj', 'punct', 'nsubj', 'root'];
    const upos = ['NOUN', 'VERB', 'NOUN', 'PUNCT', 'NOUN', 'VERB'];
    expect(repairReportedObjects(head, rel, upos, ['troop', 'shell', 'town', ',', 'official', 'say'], ['troops', 'shelled', 'towns', ',', 'officials', 'said'], new Uint8Array(6), isSpeech)).toBe(false);
  });

  it('leaves a date after the verb alone ("a poll released Sunday, 8 percent said")', () => {
    // a(0) poll(1) released(2) Sunday(3) ,(4) voters(5) said(6)
    const head = Int32Array.from([1, 6, 6, 6, 5, 3, -1]);
    const rel = ['det', 'obl', 'ccomp', 'nsubj', 'punct', 'appos', 'root'];
    const upos = ['DET', 'NOUN', 'VERB', 'PROPN', 'PUNCT', 'NOUN', 'VERB'];
    const forms = ['a', 'poll', 'released', 'Sunday', ',', 'voters', 'said'];
    expect(repairReportedObjects(head, rel, upos, ['a', 'poll', 'release', 'sunday', ',', 'voter', 'say'], forms, Uint8Array.from([0, 0, 0, 1, 0, 0, 0]), isSpeech)).toBe(false);
  });

  it('lets the coder read "Russian troops abused Ukrainian prisoners, a rights group said."', () => {
    const events = coded(`
      1 Russian ADJ 2 amod
      2 troops NOUN 3 nsubj troop
      3 abused VERB 0 root abuse
      4 Ukrainian ADJ 5 amod
      5 prisoners NOUN 10 nsubj prisoner
      6 , PUNCT 9 punct
      7 a DET 9 det
      8 rights NOUN 9 compound right
      9 group NOUN 5 appos
      10 said VERB 3 ccomp say
      11 . PUNCT 3 punct`);
    expect(events.some((e) => e.startsWith('RUS>UKR ASSAULT'))).toBe(true);
  });
});

describe('"charge" as a closing reporting verb (grammar speechVerbs)', () => {
  it('reads "Russian soldiers beat Ukrainian prisoners with impunity, a rights group charged."', () => {
    const events = coded(`
      1 Russian ADJ 2 amod
      2 soldiers NOUN 3 nsubj soldier
      3 beat VERB 0 root beat
      4 Ukrainian ADJ 5 amod
      5 prisoners NOUN 12 nsubj prisoner
      6 with ADP 7 case
      7 impunity NOUN 5 nmod
      8 , PUNCT 11 punct
      9 a DET 11 det
      10 rights NOUN 11 compound right
      11 group NOUN 7 appos
      12 charged VERB 3 ccomp charge
      13 . PUNCT 3 punct`);
    expect(events.some((e) => e.startsWith('RUS>UKR ASSAULT'))).toBe(true);
  });
});
