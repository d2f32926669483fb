/**
 * Joint acts: a statement, communiqué or declaration issued jointly "with" another party is the
 * act of every party together, coded between each pair in both directions.
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

describe('event coder: joint acts', () => {
  it('codes every pair of the parties of a joint statement issued "with" another state', () => {
    const events = coded(`
      1 Iran PROPN 4 nsubj
      2 and CCONJ 3 cc
      3 Pakistan PROPN 1 conj
      4 issued VERB 0 root issue
      5 a DET 7 det
      6 joint ADJ 7 amod
      7 statement NOUN 4 obj
      8 with ADP 9 case
      9 China PROPN 4 obl
      10 . PUNCT 4 punct`);
    expect(events.sort()).toEqual([
      'CHN>IRN SUPPORT 057', 'CHN>PAK SUPPORT 057', 'IRN>CHN SUPPORT 057',
      'IRN>PAK SUPPORT 057', 'PAK>CHN SUPPORT 057', 'PAK>IRN SUPPORT 057',
    ]);
  });

  it('reads a modifier counting the parties ("a three-party communiqué") as joint', () => {
    const events = coded(`
      1 India PROPN 2 nsubj
      2 released VERB 0 root release
      3 a DET 5 det
      4 three-party NUM 5 nummod three-party
      5 communiqué NOUN 2 obj communiqué
      6 with ADP 7 case
      7 France PROPN 2 obl
      8 . PUNCT 2 punct`);
    expect(events.sort()).toEqual(['FRA>IND SUPPORT 057', 'IND>FRA SUPPORT 057']);
  });

  it('keeps one direction for talks held "with" someone and no joint marker', () => {
    expect(coded(`
      1 India PROPN 2 nsubj
      2 held VERB 0 root hold
      3 talks NOUN 2 obj talk
      4 with ADP 5 case
      5 France PROPN 2 obl
      6 . PUNCT 2 punct`)).toEqual(['IND>FRA CONSULT 046']);
  });

  it('finds a noun\'s required "with" on its light verb ("held naval drills with China")', () => {
    const table = `
      1 Russia PROPN 2 nsubj
      2 held VERB 0 root hold
      3 naval ADJ 4 amod
      4 drills NOUN 2 obj drill
      5 with ADP 6 case
      6 China PROPN 2 obl
      7 . PUNCT 2 punct`;
    expect(coded(table).sort()).toEqual(['RUS>CHN COOPERATE 062']);
  });

  it('finds it on "took part in" too, and leaves drills near a state to the show of force (150)', () => {
    expect(coded(`
      1 Russia PROPN 2 nsubj
      2 took VERB 0 root take
      3 part NOUN 2 obj part
      4 in ADP 6 case
      5 naval ADJ 6 amod
      6 drills NOUN 2 obl drill
      7 with ADP 8 case
      8 China PROPN 2 obl
      9 . PUNCT 2 punct`).sort()).toEqual(['RUS>CHN COOPERATE 062']);
    expect(coded(`
      1 Russia PROPN 2 nsubj
      2 held VERB 0 root hold
      3 naval ADJ 4 amod
      4 drills NOUN 2 obj drill
      5 near ADP 6 case
      6 Taiwan PROPN 2 obl
      7 . PUNCT 2 punct`)).toEqual(['RUS>TWN MOBILIZE 150']);
  });

  it('codes a joint act of two sides with nobody else named in both directions ("agreed to hold joint patrols")', () => {
    const events = coded(`
      1 India PROPN 4 nsubj
      2 and CCONJ 3 cc
      3 France PROPN 1 conj
      4 agreed VERB 0 root agree
      5 to PART 6 mark
      6 hold VERB 4 xcomp hold
      7 joint ADJ 8 amod
      8 patrols NOUN 6 obj patrol
      9 . PUNCT 4 punct`);
    expect(events.length).toBe(2);
    expect(events.map((e) => e.split(' ')[0]).sort()).toEqual(['FRA>IND', 'IND>FRA']);
  });

  it('reads conjoined sides holding drills with nobody else named as joint drills ("Russia and China held naval drills")', () => {
    const table = `
      1 Russia PROPN 4 nsubj
      2 and CCONJ 3 cc
      3 China PROPN 1 conj
      4 held VERB 0 root hold
      5 naval ADJ 6 amod
      6 drills NOUN 4 obj drill
      7 . PUNCT 4 punct`;
    expect(coded(table).sort()).toEqual(['CHN>RUS COOPERATE 062', 'RUS>CHN COOPERATE 062']);
    // Drills near someone else are a show of force by both.
    const near = table.replace('7 . PUNCT 4 punct', '7 near ADP 8 case\n      8 Taiwan PROPN 4 obl\n      9 . PUNCT 4 punct');
    expect(coded(near).sort()).toEqual(['CHN>TWN MOBILIZE 150', 'RUS>TWN MOBILIZE 150']);
  });

  it('leaves out of "joint drills" the state whose border or waters they are held near ("joint drills near Pakistan")', () => {
    const events = coded(`
      1 India PROPN 4 nsubj
      2 and CCONJ 3 cc
      3 France PROPN 1 conj
      4 held VERB 0 root hold
      5 joint ADJ 7 amod
      6 naval ADJ 7 amod
      7 drills NOUN 4 obj drill
      8 near ADP 11 case
      9 the DET 11 det
      10 Pakistani ADJ 11 amod
      11 coast NOUN 4 obl coast
      12 . PUNCT 4 punct`);
    expect(events.sort()).toEqual(['FRA>IND COOPERATE 062', 'IND>FRA COOPERATE 062']);
  });
});
