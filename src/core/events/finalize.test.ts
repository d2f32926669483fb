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

describe('finalize: cessations announced for later', () => {
  it('codes relations broken off later by whoever says so as a threat of it (1313)', () => {
    // "Iran said it would boycott all contact with Britain."
    expect(coded(`
      1 Iran PROPN 2 nsubj
      2 said VERB 0 root say
      3 it PRON 5 nsubj it
      4 would AUX 5 aux would
      5 boycott VERB 2 ccomp
      6 all DET 7 det
      7 contact NOUN 5 obj
      8 with ADP 9 case
      9 Britain PROPN 7 nmod
      10 . PUNCT 2 punct`)).toEqual(['IRN>GBR THREATEN 1313']);
  });

  it('codes sanctions not to be lifted as a refusal to ease them now (1244)', () => {
    // "Iran said it would not lift sanctions on Britain."
    expect(coded(`
      1 Iran PROPN 2 nsubj
      2 said VERB 0 root say
      3 it PRON 6 nsubj it
      4 would AUX 6 aux would
      5 not PART 6 advmod
      6 lift VERB 2 ccomp
      7 sanctions NOUN 6 obj sanction
      8 on ADP 9 case
      9 Britain PROPN 6 obl
      10 . PUNCT 2 punct`)).toEqual(['IRN>GBR REJECT 1244']);
  });
});
