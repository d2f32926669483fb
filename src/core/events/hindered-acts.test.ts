/**
 * Acts someone is kept from doing ("barred X from selling", "was prohibited from attacking"): the
 * one kept from the act is its doer, and the act is flagged negated.
 */
import { describe, expect, it } from 'vitest';
import { buildDoc } from '../doc/test-support/build-doc.js';
import { hindranceOf } from './hindered-acts.js';
import { SyntaxView } from './syntax-view.js';
import { coded } from './test-support/coded.js';
import { shippedResources } from './test-support/resources.js';

const grammar = shippedResources().lexicon.grammar;

describe('hindranceOf', () => {
  const table = `
    1 China PROPN 2 nsubj
    2 barred VERB 0 root bar
    3 Pakistan PROPN 2 obj
    4 from SCONJ 5 mark
    5 selling VERB 2 advcl sell
    6 weapons NOUN 5 obj weapon
    7 . PUNCT 2 punct`;
  it('finds the hindering verb and whom it keeps from a "from"-gerund', () => {
    const v = new SyntaxView(buildDoc(table), grammar.speechVerbs);
    expect(hindranceOf(v, grammar, 4)).toEqual({ verb: 1, hindered: [2] });
  });
  it('is null for a "from"-gerund of a verb that keeps nobody from it', () => {
    const v = new SyntaxView(buildDoc(`
      1 Pakistan PROPN 2 nsubj
      2 refrained VERB 0 root refrain
      3 from SCONJ 4 mark
      4 selling VERB 2 advcl sell
      5 weapons NOUN 4 obj weapon
      6 . PUNCT 2 punct`), grammar.speechVerbs);
    expect(hindranceOf(v, grammar, 3)).toBeNull();
  });
});

describe('event coder: acts someone is kept from', () => {
  it('makes the one barred the doer of the act, and flags it negated', () => {
    expect(coded(`
      1 China PROPN 2 nsubj
      2 barred VERB 0 root bar
      3 Pakistan PROPN 2 obj
      4 from SCONJ 5 mark
      5 selling VERB 2 advcl sell
      6 weapons NOUN 5 obj weapon
      7 to ADP 8 case
      8 Iran PROPN 5 obl
      9 . PUNCT 2 punct`)).toContain('PAK>IRN COOPERATE 062 !neg');
  });
  it('reads the passive subject as the one kept from the act', () => {
    expect(coded(`
      1 Iran PROPN 3 nsubj:pass
      2 was AUX 3 aux:pass be
      3 prohibited VERB 0 root prohibit
      4 from SCONJ 5 mark
      5 attacking VERB 3 advcl attack
      6 India PROPN 5 obj
      7 . PUNCT 3 punct`)).toEqual(['IRN>IND ASSAULT 190 !neg']);
  });
  it('does not let a frame verb cease or avoid an act it keeps someone else from', () => {
    // "stop" is also a frame of ceasing ("stopped selling"): here Russia ceases nothing.
    expect(coded(`
      1 Russia PROPN 2 nsubj
      2 stopped VERB 0 root stop
      3 Kazakhstan PROPN 2 obj
      4 from SCONJ 5 mark
      5 attacking VERB 2 advcl attack
      6 China PROPN 5 obj
      7 . PUNCT 2 punct`)).toEqual(['KAZ>CHN ASSAULT 190 !neg']);
    expect(coded(`
      1 Russia PROPN 2 nsubj
      2 prevented VERB 0 root prevent
      3 Ukraine PROPN 2 obj
      4 from SCONJ 5 mark
      5 attacking VERB 2 advcl attack
      6 India PROPN 5 obj
      7 . PUNCT 2 punct`)).toEqual(['UKR>IND ASSAULT 190 !neg']);
  });
  it('reads a "from"-gerund the parser hung on the object', () => {
    expect(coded(`
      1 France PROPN 2 nsubj
      2 kept VERB 0 root keep
      3 Pakistan PROPN 2 obj
      4 from SCONJ 5 mark
      5 attacking VERB 3 acl attack
      6 India PROPN 5 obj
      7 . PUNCT 2 punct`)).toEqual(['PAK>IND ASSAULT 190 !neg']);
  });
  it('leaves the act affirmed when the keeping is denied', () => {
    expect(coded(`
      1 France PROPN 4 nsubj
      2 did AUX 4 aux do
      3 not PART 4 advmod
      4 stop VERB 0 root stop
      5 Pakistan PROPN 4 obj
      6 from SCONJ 7 mark
      7 attacking VERB 4 advcl attack
      8 India PROPN 7 obj
      9 . PUNCT 4 punct`)).toEqual(['PAK>IND ASSAULT 190']);
  });
  it('still codes ceasing an act of one\'s own ("stopped attacking") and preventing a named act', () => {
    expect(coded(`
      1 Russia PROPN 2 nsubj
      2 stopped VERB 0 root stop
      3 attacking VERB 2 xcomp attack
      4 Ukraine PROPN 3 obj
      5 . PUNCT 2 punct`)[0]).toMatch(/^RUS>UKR /);
    expect(coded(`
      1 India PROPN 2 nsubj
      2 prevented VERB 0 root prevent
      3 an DET 4 det
      4 attack NOUN 2 obj
      5 on ADP 6 case
      6 Pakistan PROPN 4 nmod
      7 . PUNCT 2 punct`)).toEqual(['IND>PAK ASSAULT 190 !neg']);
  });
});
