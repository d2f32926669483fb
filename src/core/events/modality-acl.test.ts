/**
 * Acts in the clause of a noun of possibility or demand have not happened ("faces pressure to
 * help Iran"), and a participle's object is looked for on the noun right before it as well as on
 * the parser's head ("an inquiry into crimes committed by …").
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

describe('event coder: acts under nouns of possibility or demand', () => {
  it('flags an act in the infinitive of "pressure" as hypothetical', () => {
    const events = coded(`
      1 India PROPN 2 nsubj
      2 faces VERB 0 root face
      3 pressure NOUN 2 obj
      4 to PART 5 mark
      5 help VERB 3 acl
      6 Pakistan PROPN 5 obj
      7 . PUNCT 2 punct`);
    const help = events.filter((e) => e.includes(' AID '));
    expect(help.length).toBeGreaterThan(0);
    expect(help.every((e) => e.endsWith('?hyp'))).toBe(true);
  });

  it('flags a noun act whose light verb is in such a clause ("vetoed any move to impose sanctions")', () => {
    const events = coded(`
      1 China PROPN 2 nsubj
      2 vetoed VERB 0 root veto
      3 any DET 4 det
      4 move NOUN 2 obj
      5 to PART 6 mark
      6 impose VERB 4 acl impose
      7 sanctions NOUN 6 obj sanction
      8 on ADP 9 case
      9 Iran PROPN 6 obl
      10 . PUNCT 2 punct`, { coder: { participants: 'lenient' } });
    const sanctions = events.filter((e) => e.includes('163'));
    expect(sanctions.length).toBeGreaterThan(0);
    expect(sanctions.every((e) => e.endsWith('?hyp'))).toBe(true);
  });

  it('asserts the same act when its noun is a means ("opened fire to disperse")', () => {
    const events = coded(`
      1 Russian ADJ 2 amod
      2 troops NOUN 3 nsubj troop
      3 opened VERB 0 root open
      4 fire NOUN 3 obj
      5 to PART 6 mark
      6 attack VERB 4 acl
      7 Ukraine PROPN 6 obj
      8 . PUNCT 3 punct`);
    expect(events.filter((e) => e.includes('RUS>UKR ASSAULT 190'))).toEqual(['RUS>UKR ASSAULT 190']);
  });

  it('flags an act in the content clause of a demand as hypothetical, whichever relation the parser gave it', () => {
    const events = coded(`
      1 Pakistan PROPN 2 nsubj
      2 repeated VERB 0 root repeat
      3 its PRON 4 nmod:poss
      4 demand NOUN 2 obj
      5 that SCONJ 7 mark
      6 India PROPN 7 nsubj
      7 attack VERB 4 ccomp
      8 Russia PROPN 7 obj
      9 . PUNCT 2 punct`);
    const attack = events.filter((e) => e.includes('ASSAULT'));
    expect(attack.length).toBeGreaterThan(0);
    expect(attack.every((e) => e.endsWith('?hyp'))).toBe(true);
  });
});

describe('event coder: the object of a post-nominal participle', () => {
  it('reads "crimes committed by" as crimes even when the parser hung the participle higher', () => {
    const events = coded(`
      1 France PROPN 2 nsubj
      2 launched VERB 0 root launch
      3 an DET 4 det
      4 investigation NOUN 2 obj
      5 into ADP 6 case
      6 crimes NOUN 4 nmod crime
      7 committed VERB 4 acl commit
      8 by ADP 10 case
      9 Russian ADJ 10 amod
      10 forces NOUN 7 obl:agent force
      11 . PUNCT 2 punct`, { coder: { participants: 'lenient' } });
    expect(events.filter((e) => e.includes('AGREE'))).toEqual([]);
  });
});
