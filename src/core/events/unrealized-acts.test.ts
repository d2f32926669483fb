/**
 * Acts a sentence tells of that have not happened: the reason given for a punishment (the
 * punisher's allegation) and an act a permission is given for, beside a reason that is asserted.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

const withReason = (verb: string, lemma: string): string => `
  1 China PROPN 2 nsubj
  2 ${verb} VERB 0 root ${lemma}
  3 a DET 4 det
  4 Ukrainian PROPN 2 obj
  5 for SCONJ 6 mark
  6 helping VERB 2 advcl help
  7 Russia PROPN 6 obj
  8 . PUNCT 2 punct`;

describe('acts that have not happened', () => {
  it('flags the reason for a punishment hypothetical ("China detained a Ukrainian for helping Russia")', () => {
    const aid = coded(withReason('detained', 'detain')).filter((e) => e.includes('AID'));
    expect(aid.length).toBeGreaterThan(0);
    expect(aid.every((e) => e.endsWith('?hyp'))).toBe(true);
  });

  it('asserts the reason for thanks ("China thanked a Ukrainian for helping Russia")', () => {
    const aid = coded(withReason('thanked', 'thank')).filter((e) => e.includes('AID'));
    expect(aid.length).toBeGreaterThan(0);
    expect(aid.some((e) => e.includes('?hyp'))).toBe(false);
  });

  it('flags an act a permission is given for hypothetical, and the permission itself not', () => {
    const events = coded(`
      1 China PROPN 2 nsubj
      2 granted VERB 0 root grant
      3 Ukraine PROPN 2 iobj
      4 permission NOUN 2 obj permission
      5 to PART 6 mark
      6 attack VERB 4 acl attack
      7 Russia PROPN 6 obj
      8 . PUNCT 2 punct`);
    expect(events.filter((e) => e.startsWith('UKR>RUS'))).toEqual(['UKR>RUS ASSAULT 190 ?hyp']);
    expect(events.filter((e) => e.startsWith('CHN>UKR')).some((e) => e.includes('?hyp'))).toBe(false);
  });
});
