import { describe, expect, it } from 'vitest';
import { reverseRoleCode } from './mutual-roles.js';
import { codedEvents } from './test-support/coded.js';
import { shippedResources } from './test-support/resources.js';

// "Russian police clashed with protesters in Moscow."
const POLICE = `
  1 Russian ADJ 2 amod russian
  2 police NOUN 3 nsubj police
  3 clashed VERB 0 root clash
  4 with ADP 5 case
  5 protesters NOUN 3 obl protester
  6 in ADP 7 case
  7 Moscow PROPN 3 obl
  8 . PUNCT 3 punct`;

// "The protesters clashed with Russian police in Moscow."
const PROTESTERS = `
  1 The DET 2 det the
  2 protesters NOUN 3 nsubj protester
  3 clashed VERB 0 root clash
  4 with ADP 6 case
  5 Russian ADJ 6 amod russian
  6 police NOUN 3 obl police
  7 in ADP 8 case
  8 Moscow PROPN 3 obl
  9 . PUNCT 3 punct`;

describe('mutual roles', () => {
  it('codes the police side of a clash with protesters a repression and the protesters\' side a riot, whichever is the subject', () => {
    for (const table of [POLICE, PROTESTERS]) {
      const byCode = new Map(codedEvents(table).map((e) => [e.cameo, [e.source?.id, e.target?.id]]));
      expect(byCode.get('175')).toEqual(['state:RUS', 'group:protesters']);
      expect(byCode.get('145')).toEqual(['group:protesters', 'state:RUS']);
      expect(byCode.size).toBe(2);
    }
  });

  it('gives the reverse code only for a code one side\'s kind gave', () => {
    const clash = shippedResources().lexicon.triggers.find((t) => t.lemma === 'clash' && t.pos === 'verb' && t.mutual);
    expect(clash).toBeDefined();
    if (!clash) return;
    expect(reverseRoleCode(clash, '175')).toBe('145');
    expect(reverseRoleCode(clash, '145')).toBe('175');
    // Armed sides clashing do the same to each other.
    expect(reverseRoleCode(clash, '190')).toBeNull();
  });
});
