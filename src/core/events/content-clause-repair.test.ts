import { describe, expect, it } from 'vitest';
import { repairContentClauses } from './content-clause-repair.js';
import { codedEvents } from './test-support/coded.js';
import { parseArrays as arrays } from './test-support/parse-arrays.js';

/** "The plan went ahead despite warnings by India that the dam broke the treaty." with the clause a relative of "India". */
const WARNINGS = `
  1 The DET 2 det
  2 plan NOUN 3 nsubj plan
  3 went VERB 0 root go
  4 ahead ADV 3 advmod ahead
  5 despite ADP 6 case despite
  6 warnings NOUN 3 obl warning
  7 by ADP 8 case by
  8 India PROPN 3 obl
  9 that PRON 12 obl:unmarked that
  10 the DET 11 det
  11 dam NOUN 12 nsubj dam
  12 broke VERB 8 acl:relcl break
  13 the DET 14 det
  14 treaty NOUN 12 obj treaty
  15 . PUNCT 3 punct`;

describe('repairContentClauses', () => {
  it('hangs the clause on the statement noun, with "that" its mark and the name the noun\'s', () => {
    const a = arrays(WARNINGS);
    expect(repairContentClauses(a.head, a.rel, a.upos, a.lower)).toBe(true);
    expect([a.head[11], a.rel[11]]).toEqual([5, 'acl']);
    expect([a.head[8], a.rel[8]]).toEqual([11, 'mark']);
    expect([a.head[7], a.rel[7]]).toEqual([5, 'nmod']);
  });

  it('leaves a true relative clause ("that" its subject or object, or no subject of its own) and other prepositions as read', () => {
    const subject = WARNINGS.replace('9 that PRON 12 obl:unmarked that', '9 that PRON 12 nsubj that').replace('11 dam NOUN 12 nsubj dam', '11 dam NOUN 14 compound dam');
    const noSubject = WARNINGS.replace('11 dam NOUN 12 nsubj dam', '11 dam NOUN 14 compound dam');
    const other = WARNINGS.replace('7 by ADP 8 case by', '7 in ADP 8 case in');
    for (const table of [subject, noSubject, other]) {
      const a = arrays(table);
      const before = Array.from(a.head);
      expect(repairContentClauses(a.head, a.rel, a.upos, a.lower)).toBe(false);
      expect(Array.from(a.head)).toEqual(before);
    }
  });

  it('lets the coder read the warning with its content: an act only warned of is no threat made', () => {
    const events = codedEvents(WARNINGS);
    expect(events.filter((e) => e.type === 'THREATEN' && !e.hypothetical)).toEqual([]);
    expect(events.some((e) => e.source?.id === 'state:IND' && e.hypothetical)).toBe(true);
    // Left on the name (the repair declines when "that" is taken for the subject), the bare noun is a threat.
    const unrepaired = codedEvents(WARNINGS.replace('9 that PRON 12 obl:unmarked that', '9 that PRON 12 nsubj that'));
    expect(unrepaired.some((e) => e.type === 'THREATEN' && !e.hypothetical)).toBe(true);
  });
});
