/**
 * A threat of response that names nobody answers the latest hostile act done to the threatener's
 * side ("Britain expelled Russian diplomats. Moscow promised a tough response" → RUS > GBR).
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

const EXPELLED = `
      1 Britain PROPN 2 nsubj
      2 expelled VERB 0 root expel
      3 three NUM 5 nummod
      4 Russian ADJ 5 amod
      5 diplomats NOUN 2 obj diplomat
      6 . PUNCT 2 punct`;

const PRAISED = `
      1 Britain PROPN 2 nsubj
      2 praised VERB 0 root praise
      3 Russia PROPN 2 obj
      4 . PUNCT 2 punct`;

/** "Moscow promised a tough <noun>." */
const promised = (noun: string): string => `
      1 Moscow PROPN 2 nsubj
      2 promised VERB 0 root promise
      3 a DET 5 det
      4 tough ADJ 5 amod
      5 ${noun} NOUN 2 obj ${noun}
      6 . PUNCT 2 punct`;

const FILLER = `
      1 It PRON 2 nsubj
      2 rained VERB 0 root rain
      3 . PUNCT 2 punct`;

const threats = (events: string[]): string[] => events.filter((e) => e.startsWith('RUS>') && e.includes('THREATEN')).map((e) => e.split(' ')[0]);

describe('answered threats: a threat of response is against whose act it answers', () => {
  it('addresses "promised a tough response" to who expelled the threatener\'s diplomats', () => {
    expect(threats(coded(`${EXPELLED}\n${promised('response')}`))).toEqual(['RUS>GBR']);
    expect(threats(coded(`${EXPELLED}\n${FILLER}\n${promised('retaliation')}`))).toEqual(['RUS>GBR']);
  });

  it('names no target without a hostile act against the threatener in reach', () => {
    // Alone, after praise, or too far back: nobody is answered.
    expect(threats(coded(promised('response')))).toEqual(['RUS>-']);
    expect(threats(coded(`${PRAISED}\n${promised('response')}`))).toEqual(['RUS>-']);
    expect(threats(coded(`${EXPELLED}\n${FILLER}\n${FILLER}\n${FILLER}\n${promised('response')}`))).toEqual(['RUS>-']);
  });

  it('leaves a threat in no word of answering to its own targets ("promised war")', () => {
    expect(threats(coded(`${EXPELLED}\n${promised('war')}`))).toEqual(['RUS>-']);
  });
});
