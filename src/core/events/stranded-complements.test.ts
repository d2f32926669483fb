/**
 * Complements the parser hangs on the verb above a noun: a to-infinitive or a "that" clause that
 * starts right after the noun's phrase.
 */
import { describe, expect, it } from 'vitest';
import { strandedInfinitive, strandedThatClause } from './stranded-complements.js';
import { SyntaxView } from './syntax-view.js';
import { eventDoc, WORLD } from './test-support/event-doc.js';

const view = (table: string): SyntaxView => new SyntaxView(eventDoc(table, WORLD));

describe('complements stranded on the verb above a noun', () => {
  it('finds a to-infinitive right after the noun ("China rejected calls to impose sanctions")', () => {
    const v = view(`
      1 China PROPN 2 nsubj
      2 rejected VERB 0 root reject
      3 calls NOUN 2 obj call
      4 to PART 5 mark
      5 impose VERB 2 advcl impose
      6 sanctions NOUN 5 obj sanction
      7 . PUNCT 2 punct`);
    expect(strandedInfinitive(v, 2)).toEqual([4]);
  });

  it('leaves an infinitive with a subject of its own, or not right after the noun', () => {
    const v = view(`
      1 China PROPN 2 nsubj
      2 rejected VERB 0 root reject
      3 calls NOUN 2 obj call
      4 on ADP 5 case
      5 Monday PROPN 2 obl monday
      6 to PART 7 mark
      7 impose VERB 2 advcl impose
      8 sanctions NOUN 7 obj sanction
      9 . PUNCT 2 punct`);
    expect(strandedInfinitive(v, 2)).toEqual([]);
  });

  it('finds a to-infinitive after the one pressed, hung on the verb ("China put pressure on Laos to free …")', () => {
    const v = view(`
      1 China PROPN 2 nsubj
      2 put VERB 0 root put
      3 pressure NOUN 2 obj pressure
      4 on ADP 5 case
      5 Laos PROPN 2 obl
      6 to PART 7 mark
      7 free VERB 2 advcl free
      8 prisoners NOUN 7 obj prisoner
      9 . PUNCT 2 punct`);
    expect(strandedInfinitive(v, 2)).toEqual([6]);
  });

  it('finds a "that" clause with its own subject, across a date ("repeated its demand today that Russia withdraw")', () => {
    const v = view(`
      1 Ukraine PROPN 2 nsubj
      2 repeated VERB 0 root repeat
      3 its PRON 4 nmod:poss
      4 demand NOUN 2 obj demand
      5 today NOUN 2 obl:tmod today
      6 that SCONJ 8 mark
      7 Russia PROPN 8 nsubj
      8 withdraw VERB 2 ccomp withdraw
      9 . PUNCT 2 punct`);
    expect(strandedThatClause(v, 3)).toEqual([7]);
  });

  it('leaves a "that" clause without a subject of its own', () => {
    const v = view(`
      1 Ukraine PROPN 2 nsubj
      2 repeated VERB 0 root repeat
      3 its PRON 4 nmod:poss
      4 demand NOUN 2 obj demand
      5 that SCONJ 6 mark
      6 withdrew VERB 2 ccomp withdraw
      7 . PUNCT 2 punct`);
    expect(strandedThatClause(v, 3)).toEqual([]);
  });
});
