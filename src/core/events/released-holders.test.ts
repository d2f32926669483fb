/** The detention of people a state releases, told with nobody named, was the releaser's. */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

describe('event coder: who held the released', () => {
  const table = `
      1 Iran PROPN 2 nsubj
      2 released VERB 0 root release
      3 two NUM 5 nummod
      4 French ADJ 5 amod
      5 nationals NOUN 2 obj national
      6 who PRON 9 nsubj:pass
      7 had AUX 9 aux have
      8 been AUX 9 aux:pass be
      9 detained VERB 5 acl:relcl detain
      10 . PUNCT 2 punct`;
  it('gives an agentless detention of the released the releaser as its source', () => {
    expect(coded(table).sort()).toEqual(['IRN>FRA COERCE 173', 'IRN>FRA RETREAT 0841']);
  });
  it('keeps a named detainer', () => {
    const byRussia = table.replace('9 detained VERB 5 acl:relcl detain\n      10 . PUNCT 2 punct', '9 detained VERB 5 acl:relcl detain\n      10 by ADP 11 case\n      11 Russia PROPN 9 obl:agent\n      12 . PUNCT 2 punct');
    expect(coded(byRussia).sort()).toEqual(['IRN>FRA RETREAT 0841', 'RUS>FRA COERCE 173']);
  });
});

describe('event coder: a bare participle on the released names no holder', () => {
  // "The protesters detained for marching were released by Russia."
  const table = `
      1 The DET 2 det
      2 protesters NOUN 8 nsubj:pass protester
      3 detained VERB 2 acl detain
      4 for SCONJ 5 mark
      5 marching VERB 3 advcl march
      6 were AUX 8 aux:pass be
      7 later ADV 8 advmod
      8 released VERB 0 root release
      9 by ADP 10 case
      10 Russia PROPN 8 obl:agent
      11 . PUNCT 8 punct`;
  it('codes the release, not a detention by the releaser', () => {
    const events = coded(table);
    expect(events.some((e) => e.includes('RETREAT 0841'))).toBe(true);
    expect(events.filter((e) => e.includes('COERCE 17'))).toEqual([]);
  });
});
