/**
 * Frames around an act done to nobody: refusing, promising or deciding to resign or step down is
 * addressed to nobody, so the event needs only its doer; an act with a target still needs one.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

// "Putin refused to step down despite the protests."
const REFUSED = `
  1 Putin PROPN 2 nsubj
  2 refused VERB 0 root refuse
  3 to PART 4 mark
  4 step VERB 2 xcomp step
  5 down ADP 4 compound:prt
  6 despite ADP 8 case
  7 the DET 8 det
  8 protests NOUN 4 obl protest
  9 . PUNCT 2 punct`;

describe('compose: frames around an act done to nobody', () => {
  it('codes a refusal to step down with its doer alone', () => {
    expect(coded(REFUSED)).toEqual(['RUS>- REJECT 1231']);
  });

  it('codes "declined to resign" and a promise to resign the same way', () => {
    const declined = REFUSED.replace('2 refused VERB 0 root refuse', '2 declined VERB 0 root decline').replace('4 step VERB 2 xcomp step', '4 resign VERB 2 xcomp resign').replace('5 down ADP 4 compound:prt', '5 today NOUN 4 obl:tmod today');
    expect(coded(declined)).toEqual(['RUS>- REJECT 1231']);
    const promised = REFUSED.replace('2 refused VERB 0 root refuse', '2 promised VERB 0 root promise');
    expect(coded(promised)).toEqual(['RUS>- AGREE 0341']);
  });

  it('still wants a target for a refused act that is done to someone', () => {
    // "Putin refused to meet." names nobody to meet: no event in strict mode.
    const meet = REFUSED.replace('4 step VERB 2 xcomp step', '4 meet VERB 2 xcomp meet').replace('5 down ADP 4 compound:prt', '5 again ADV 4 advmod again');
    expect(coded(meet)).toEqual([]);
  });

  it('wants a doer: an unknown subject refusing to resign codes nothing', () => {
    expect(coded(REFUSED.replace('1 Putin PROPN 2 nsubj', '1 He PRON 2 nsubj he'))).toEqual([]);
  });
});
