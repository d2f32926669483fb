/**
 * Time clauses (modality.ts): an act in an "after/before/once/until" clause dating an act still to
 * come or only possible has not happened, unless told in the past under "will"; dating an act that
 * happened, it has; "before" a demand is met is a condition; and "later" after a past verb dates a past act.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

describe('modality: time clauses', () => {
  it('flags an agreement signed "after" in a clause of what will or would happen as hypothetical', () => {
    const table = (aux: string, lemma: string) => `
      1 Modi PROPN 3 nsubj
      2 ${aux} AUX 3 aux ${lemma}
      3 visit VERB 0 root
      4 Pakistan PROPN 3 obj
      5 after SCONJ 9 mark
      6 India PROPN 9 nsubj
      7 and CCONJ 8 cc
      8 China PROPN 6 conj
      9 sign VERB 3 advcl
      10 the DET 11 det
      11 treaty NOUN 9 obj
      12 . PUNCT 3 punct`;
    for (const [aux, lemma] of [['will', 'will'], ['could', 'could']]) {
      const events = coded(table(aux, lemma));
      expect(events.filter((e) => e.includes(' 057'))).toEqual(['IND>CHN SUPPORT 057 ?hyp', 'CHN>IND SUPPORT 057 ?hyp']);
    }
  });

  it('keeps an agreement signed "after" in a clause of what happened as the act', () => {
    const events = coded(`
      1 Modi PROPN 2 nsubj
      2 visited VERB 0 root visit
      3 Pakistan PROPN 2 obj
      4 after SCONJ 8 mark
      5 India PROPN 8 nsubj
      6 and CCONJ 7 cc
      7 China PROPN 5 conj
      8 signed VERB 2 advcl sign
      9 the DET 10 det
      10 treaty NOUN 8 obj
      11 . PUNCT 2 punct`);
    expect(events).toContain('IND>CHN SUPPORT 057');
  });

  it('keeps a past act dating a future one ("will visit Pakistan after India and China signed the treaty") as the act', () => {
    const events = coded(`
      1 Modi PROPN 3 nsubj
      2 will AUX 3 aux will
      3 visit VERB 0 root
      4 Pakistan PROPN 3 obj
      5 after SCONJ 9 mark
      6 India PROPN 9 nsubj
      7 and CCONJ 8 cc
      8 China PROPN 6 conj
      9 signed VERB 3 advcl sign
      10 the DET 11 det
      11 treaty NOUN 9 obj
      12 . PUNCT 3 punct`);
    expect(events).toContain('IND>CHN SUPPORT 057');
  });

  it('reads "later" beside a verb in the past as dating a past act, not a coming one', () => {
    expect(coded(`
      1 France PROPN 3 nsubj
      2 later ADV 3 advmod later
      3 apologized VERB 0 root apologize
      4 to ADP 5 case
      5 India PROPN 3 obl
      6 . PUNCT 3 punct`)).toEqual(['FRA>IND SUPPORT 055']);
    // (Still to come with "will": a promised apology, an intent.)
    expect(coded(`
      1 France PROPN 4 nsubj
      2 will AUX 4 aux will
      3 later ADV 4 advmod later
      4 apologize VERB 0 root apologize
      5 to ADP 6 case
      6 India PROPN 4 obl
      7 . PUNCT 4 punct`)[0]).toMatch(/^FRA>IND AGREE 03/);
  });

  it('flags what comes "before" a demand is met as a condition, not as done; a narrative "before" stays the act', () => {
    const places = [{ id: 'place:gaza', name: 'Gaza', country: 'PSE', forms: ['Gaza'] }];
    const table = (verb: string, lemma: string) => `
      1 Russia PROPN 2 nsubj
      2 ${verb} VERB 0 root ${lemma}
      3 guarantees NOUN 2 obj guarantee
      4 before SCONJ 5 mark
      5 allowing VERB 2 advcl allow
      6 aid NOUN 5 obj aid
      7 into ADP 8 case
      8 Gaza PROPN 5 obl
      9 . PUNCT 2 punct`;
    const lenient = { places, coder: { participants: 'lenient' as const } };
    expect(coded(table('demanded', 'demand'), lenient).filter((e) => e.includes(' 086'))).toEqual(['RUS>PSE RETREAT 0863 ?hyp']);
    expect(coded(table('received', 'receive'), lenient).filter((e) => e.includes(' 086'))).toEqual(['RUS>PSE RETREAT 0863']);
  });
});
