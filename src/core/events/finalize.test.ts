import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

// "Russia said it would attack Ukraine."
const SAID = `
  1 Russia PROPN 2 nsubj
  2 said VERB 0 root say
  3 it PRON 5 nsubj it
  4 would AUX 5 aux would
  5 attack VERB 2 ccomp attack
  6 Ukraine PROPN 5 obj
  7 . PUNCT 2 punct`;

describe('finalize: conflict acts announced for later', () => {
  it('codes a material conflict act its doers announce for later as a threat of it', () => {
    expect(coded(SAID)).toEqual(['RUS>UKR THREATEN 1384']);
  });

  it('leaves an act someone else foretells as the act, flagged future', () => {
    const foretold = SAID.replace('1 Russia PROPN 2 nsubj', '1 China PROPN 2 nsubj').replace('3 it PRON 5 nsubj it', '3 Russia PROPN 5 nsubj');
    expect(coded(foretold)).not.toContain('RUS>UKR THREATEN 1384');
    expect(coded(foretold).some((e) => e.startsWith('RUS>UKR ASSAULT 190'))).toBe(true);
  });

  it('leaves a criticism announced for later what it is: words are not threatened', () => {
    const criticise = SAID.replace('5 attack VERB 2 ccomp attack', '5 criticize VERB 2 ccomp criticize');
    expect(coded(criticise).some((e) => e.includes('THREATEN'))).toBe(false);
  });
});
