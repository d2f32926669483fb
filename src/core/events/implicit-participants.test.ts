/**
 * Participants the trigger's own slots do not name: whom a promise the source goes back on was
 * made to.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

const lenient = { coder: { participants: 'lenient' as const } };

describe('event coder: whom a broken promise was made to', () => {
  const table = (to: string) => `
      1 Russia PROPN 2 nsubj
      2 reneged VERB 0 root renege
      3 on ADP 5 case
      4 its PRON 5 nmod:poss
      5 ${to}
      6 to ADP 7 case
      7 Ukraine PROPN 5 nmod
      8 . PUNCT 2 punct`;

  it('reads the "to" phrase of the promise as the target', () => {
    expect(coded(table('commitment NOUN 2 obl commitment'), lenient)).toEqual(['RUS>UKR REJECT 120']);
  });

  it('reads it when the parser hung it on the verb right after the promise', () => {
    const onVerb = table('pledge NOUN 2 obl pledge').replace('7 Ukraine PROPN 5 nmod', '7 Ukraine PROPN 2 obl');
    expect(coded(onVerb, lenient)).toEqual(['RUS>UKR REJECT 120']);
  });

  it('reads nothing of the kind for a noun that is no promise', () => {
    expect(coded(table('plan NOUN 2 obl plan'), lenient)).not.toContain('RUS>UKR REJECT 120');
  });
});
