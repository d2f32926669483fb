/**
 * A warning whose content clause reports what someone else has done is no threat; a warning of
 * what will come stays one, wherever the parser hung the clause.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

/** "The talks went ahead despite warnings by Washington that <clause>", the clause read as a relative clause of "Washington". */
const ON_WARNER = (clause: string) => `
      1 The DET 2 det
      2 talks NOUN 3 nsubj talk
      3 went VERB 0 root go
      4 ahead ADV 3 advmod
      5 despite ADP 6 case
      6 warnings NOUN 3 obl warning
      7 by ADP 8 case
      8 Washington PROPN 6 nmod
      ${clause.trim()}`;

/** "… that the referendum violated the constitution", with "that" as the verb's object and the real object a bare oblique. */
const VIOLATED = `
      9 that PRON 12 obj that
      10 the DET 11 det
      11 referendum NOUN 12 nsubj referendum
      12 violated VERB 8 acl:relcl violate
      13 the DET 14 det
      14 constitution NOUN 12 obl constitution
      15 . PUNCT 3 punct`;

describe('reported warnings: a warning about a finished act is no threat', () => {
  it('codes no threat for a warning that the referendum violated the constitution (clause read on the warner)', () => {
    expect(coded(ON_WARNER(VIOLATED)).filter((e) => e.includes('THREATEN'))).toEqual([]);
  });

  it('codes no threat when the clause hangs on the verb that governs the warning', () => {
    const stranded = VIOLATED.replace('9 that PRON 12 obj that', '9 that SCONJ 12 mark that').replace('12 violated VERB 8 acl:relcl', '12 violated VERB 3 ccomp').replace('14 constitution NOUN 12 obl', '14 constitution NOUN 12 obj');
    expect(coded(ON_WARNER(stranded)).filter((e) => e.includes('THREATEN'))).toEqual([]);
  });

  it('codes no threat for a possessed warning whose clause is a perfect ("Washington\'s warning that Iran had broken the deal")', () => {
    const table = `
      1 Washington PROPN 3 nmod:poss
      2 's PART 1 case
      3 warning NOUN 10 nsubj warning
      4 that SCONJ 7 mark
      5 Iran PROPN 7 nsubj
      6 had AUX 7 aux have
      7 broken VERB 3 acl break
      8 the DET 9 det
      9 deal NOUN 7 obj deal
      10 angered VERB 0 root anger
      11 Tehran PROPN 10 obj
      12 . PUNCT 10 punct`;
    expect(coded(table).filter((e) => e.includes('THREATEN'))).toEqual([]);
  });

  it('keeps the threat of a warning about what will come ("that sanctions would follow")', () => {
    const future = `
      9 that PRON 12 obj that
      10 sanctions NOUN 12 nsubj sanction
      11 would AUX 12 aux would
      12 follow VERB 8 acl:relcl follow
      13 . PUNCT 3 punct`;
    expect(coded(ON_WARNER(future)).filter((e) => e.includes('THREATEN'))).toEqual(['USA>- THREATEN 130']);
  });

  it('keeps the threat when the clause is a real relative clause of the warner ("that Iran dismissed" has a gap for "that")', () => {
    const relative = `
      9 that PRON 11 obj that
      10 Iran PROPN 11 nsubj
      11 dismissed VERB 8 acl:relcl dismiss
      12 . PUNCT 3 punct`;
    expect(coded(ON_WARNER(relative)).filter((e) => e.includes('THREATEN'))).toEqual(['USA>- THREATEN 130']);
  });

  // The content-clause repair hangs this clause (a subject of its own, "that" its mark) on "warnings",
  // so the warning composes with its content: a warning that one has moved warships is a threat of
  // force (138); the expectation was 130 when the clause stayed on the warner.
  it('keeps the warner\'s own act: a pronoun subject may be the warner ("that it had moved warships")', () => {
    const own = `
      9 that SCONJ 12 mark that
      10 it PRON 12 nsubj it
      11 had AUX 12 aux have
      12 moved VERB 8 acl:relcl move
      13 warships NOUN 12 obj warship
      14 . PUNCT 3 punct`;
    expect(coded(ON_WARNER(own)).filter((e) => e.includes('THREATEN'))).toEqual(['USA>- THREATEN 138']);
  });
});
