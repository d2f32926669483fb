/**
 * Ultimatums: a conflict act announced for later on a condition ("unless", "if") is a threat (CAMEO
 * 13), not the act and not an intent. One sentence each, written for these tests and parsed by hand
 * (UD relations as the project's parser writes them).
 */
import { describe, expect, it } from 'vitest';
import { coded, codedEvents } from './test-support/coded.js';

const lenient = { coder: { participants: 'lenient' as const } };
/** The CAMEO codes of the summaries ("GBR>IRN THREATEN 1312"). */
const codes = (out: string[]) => out.map((e) => e.split(' ')[2]);

describe('ultimatums', () => {
  const withCondition = `
      1 Britain PROPN 3 nsubj
      2 will AUX 3 aux
      3 impose VERB 0 root impose
      4 sanctions NOUN 3 obj
      5 on ADP 6 case
      6 Iran PROPN 3 obl
      7 unless SCONJ 9 mark
      8 Tehran PROPN 9 nsubj
      9 releases VERB 3 advcl release
      10 the DET 11 det
      11 sailors NOUN 9 obj
      12 . PUNCT 3 punct`;

  it('sanctions announced unless a demand is met are a threat of sanctions', () => {
    const out = codes(coded(withCondition, lenient));
    expect(out).toContain('1312');
    expect(out).not.toContain('163');
  });

  it('the same act announced without a condition stays the act', () => {
    const out = codes(coded(withCondition.replace(/\n\s+7 unless[^]*?11 sailors NOUN 9 obj/, ''), lenient));
    expect(out).toEqual(['163']);
  });

  const announced = (condition: boolean) => `
      1 Britain PROPN 2 nsubj
      2 announced VERB 0 root announce
      3 that SCONJ 6 mark
      4 it PRON 6 nsubj
      5 will AUX 6 aux
      6 expel VERB 2 ccomp expel
      7 Iran PROPN 9 nmod:poss
      8 's PART 7 case
      9 ambassador NOUN 6 obj
      ${condition ? `10 unless SCONJ 12 mark
      11 Tehran PROPN 12 nsubj
      12 releases VERB 6 advcl release
      13 the DET 14 det
      14 sailors NOUN 12 obj
      15 . PUNCT 2 punct` : '10 . PUNCT 2 punct'}`;

  it('an announced expulsion on a condition is a threat to expel; announced without one it is the expulsion', () => {
    const out = coded(announced(true), lenient);
    expect(out.some((e) => e.startsWith('GBR>IRN THREATEN 13'))).toBe(true);
    expect(out.filter((e) => e.includes(' SANCTION '))).toEqual([]);
    expect(coded(announced(false), lenient).some((e) => e.startsWith('GBR>IRN SANCTION'))).toBe(true);
  });

  const couldAct = (speaker: string) => `
      1 ${speaker} PROPN 2 nsubj
      2 said VERB 0 root say
      3 it PRON 5 nsubj
      4 could AUX 5 aux
      5 impose VERB 2 ccomp impose
      6 sanctions NOUN 5 obj
      7 on ADP 8 case
      8 Iran PROPN 5 obl
      9 if SCONJ 11 mark
      10 Tehran PROPN 11 nsubj
      11 executes VERB 5 advcl execute
      12 the DET 13 det
      13 prisoners NOUN 11 obj
      14 . PUNCT 2 punct`;

  it('sanctions its doer says it could impose if a condition is met are a threat made now', () => {
    const out = coded(couldAct('Britain'), lenient);
    expect(out.some((e) => e.startsWith('GBR>IRN THREATEN 1312'))).toBe(true);
    expect(out.filter((e) => e.includes(' COERCE '))).toEqual([]);
  });

  it('the same conditional act without its doer speaking stays a hypothetical act', () => {
    // "Britain could impose sanctions on Iran if Tehran executes the prisoners" — nobody holds it out.
    const bare = `
      1 Britain PROPN 3 nsubj
      2 could AUX 3 aux
      3 impose VERB 0 root impose
      4 sanctions NOUN 3 obj
      5 on ADP 6 case
      6 Iran PROPN 3 obl
      7 if SCONJ 9 mark
      8 Tehran PROPN 9 nsubj
      9 executes VERB 3 advcl execute
      10 the DET 11 det
      11 prisoners NOUN 9 obj
      12 . PUNCT 3 punct`;
    const events = codedEvents(bare, lenient);
    expect(events.map((e) => e.cameo)).toEqual(['163']);
    expect(events[0].hypothetical).toBe(true);
  });

  // "Putin said Moscow could expel France's ambassador if Paris arrests the crew."
  const officialSays = (speaker: string) => `
      1 ${speaker} PROPN 2 nsubj
      2 said VERB 0 root say
      3 Moscow PROPN 5 nsubj
      4 could AUX 5 aux
      5 expel VERB 2 ccomp expel
      6 France PROPN 8 nmod:poss
      7 's PART 6 case
      8 ambassador NOUN 5 obj
      9 if SCONJ 11 mark
      10 Paris PROPN 11 nsubj
      11 arrests VERB 5 advcl arrest
      12 the DET 13 det
      13 crew NOUN 11 obj
      14 . PUNCT 2 punct`;

  it("a state's official holding out its act on a condition threatens for the state", () => {
    expect(coded(officialSays('Putin'), lenient).some((e) => e.startsWith('RUS>FRA THREATEN 13'))).toBe(true);
  });

  it('someone who does not speak for the doer only foresees the act', () => {
    const out = codedEvents(officialSays('Xi'), lenient);
    expect(out.filter((e) => e.type === 'THREATEN')).toEqual([]);
    const expulsions = out.filter((e) => e.type === 'SANCTION');
    expect(expulsions.length).toBeGreaterThan(0);
    expect(expulsions.every((e) => e.hypothetical)).toBe(true);
  });
});

