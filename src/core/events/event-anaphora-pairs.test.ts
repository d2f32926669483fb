/**
 * A pair noun that names nobody ("both sides", "the two delegations") after an act of one party
 * with two others: the pair is the two who acted together or were acted on together, never the
 * host or third party of that act.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

const HOSTED = `
      1 Kazakhstan PROPN 2 nsubj
      2 hosted VERB 0 root host
      3 Indian ADJ 6 amod
      4 and CCONJ 5 cc
      5 Pakistani ADJ 3 conj
      6 negotiators NOUN 2 obj negotiator
      7 . PUNCT 2 punct`;

/** "China urged <det> <noun> to reach a deal." */
const urged = (det: string, noun: string, lemma: string): string => `
      1 China PROPN 2 nsubj
      2 urged VERB 0 root urge
      3 ${det} DET 5 det
      4 two NUM 5 nummod
      5 ${noun} NOUN 2 obj ${lemma}
      6 to PART 7 mark
      7 reach VERB 2 xcomp reach
      8 a DET 9 det
      9 deal NOUN 7 obj deal
      10 . PUNCT 2 punct`;

const asked = (events: string[]): string[] => events.filter((e) => e.startsWith('CHN>') && e.includes('REQUEST')).map((e) => e.split(' ')[0]).sort();

describe('event anaphora: the pair of an act of one with two', () => {
  it('reads "the two delegations" after a host and two guests as the guests', () => {
    expect(asked(coded(`${HOSTED}\n${urged('the', 'delegations', 'delegation')}`))).toEqual(['CHN>IND', 'CHN>PAK']);
    expect(asked(coded(`${HOSTED}\n${urged('the', 'sides', 'side')}`))).toEqual(['CHN>IND', 'CHN>PAK']);
  });

  it('leaves the pair unread when the earlier act has three parties on no one side', () => {
    const met = `
      1 Kazakhstan PROPN 6 nsubj
      2 , PUNCT 3 punct
      3 India PROPN 1 conj
      4 and CCONJ 5 cc
      5 Pakistan PROPN 1 conj
      6 met VERB 0 root meet
      7 . PUNCT 6 punct`;
    expect(asked(coded(`${met}\n${urged('the', 'delegations', 'delegation')}`))).toEqual([]);
  });
});
