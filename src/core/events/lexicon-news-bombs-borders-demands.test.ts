/**
 * Lexicon readings (data/lexicon) of bombs set off (a bombing, 183, and only a nuclear device 2042),
 * borders opened to refugees (shelter, 075, where a border opened to trade eases a restriction,
 * 085), contacts boycotted (relations broken off, 161), and demands made of nobody named or
 * refusals of calls nobody named made (coded one-sided in lenient mode only). One sentence each,
 * written for these tests and parsed by hand (UD relations as the project's parser writes them).
 */
import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';

const lenient = { coder: { participants: 'lenient' as const } };

describe('lexicon: bombs set off', () => {
  it('exploding or detonating a bomb is a bombing where it went off (183; rebels there count as that state), a car bomb 1832', () => {
    expect(coded(`
      1 Rebels NOUN 2 nsubj rebel
      2 exploded VERB 0 root explode
      3 two NUM 4 nummod
      4 bombs NOUN 2 obj bomb
      5 in ADP 6 case
      6 Astana PROPN 2 obl
      7 . PUNCT 2 punct`)).toEqual(['KAZ>KAZ ASSAULT 183']);
    expect(coded(`
      1 Rebels NOUN 2 nsubj rebel
      2 detonated VERB 0 root detonate
      3 a DET 5 det
      4 car NOUN 5 compound
      5 bomb NOUN 2 obj
      6 in ADP 7 case
      7 Astana PROPN 2 obl
      8 . PUNCT 2 punct`)).toEqual(['KAZ>KAZ ASSAULT 1832']);
  });

  it('only a nuclear device detonated is 2042', () => {
    expect(coded(`
      1 Iran PROPN 2 nsubj
      2 detonated VERB 0 root detonate
      3 a DET 5 det
      4 nuclear ADJ 5 amod
      5 device NOUN 2 obj
      6 . PUNCT 2 punct`, lenient)).toEqual(['IRN>- ASSAULT 2042']);
  });
});

describe('lexicon: borders opened', () => {
  it('a border opened to refugees shelters them (075); reopened with a neighbour it eases a restriction (085)', () => {
    expect(coded(`
      1 Pakistan PROPN 2 nsubj
      2 opened VERB 0 root open
      3 its PRON 4 nmod:poss
      4 borders NOUN 2 obj border
      5 to ADP 7 case
      6 Iranian ADJ 7 amod
      7 refugees NOUN 2 obl refugee
      8 . PUNCT 2 punct`)).toEqual(['PAK>IRN AID 075']);
    expect(coded(`
      1 Pakistan PROPN 2 nsubj
      2 reopened VERB 0 root reopen
      3 its PRON 4 nmod:poss
      4 border NOUN 2 obj
      5 with ADP 6 case
      6 Iran PROPN 2 obl
      7 . PUNCT 2 punct`)).toEqual(['PAK>IRN RETREAT 085']);
  });
});

describe('lexicon: demands of nobody named', () => {
  const table = `
      1 Rebels NOUN 2 nsubj rebel
      2 demanded VERB 0 root demand
      3 a DET 4 det
      4 ceasefire NOUN 2 obj
      5 . PUNCT 2 punct`;
  it('are one-sided demands in lenient mode and nothing in strict mode, which needs an addressee', () => {
    expect(coded(table, lenient)).toEqual(['rebels>- REQUEST 1056']);
    expect(coded(table)).toEqual([]);
  });
});

describe('lexicon: refusals of calls nobody named made', () => {
  const table = `
      1 Pakistan PROPN 2 nsubj
      2 rejected VERB 0 root reject
      3 calls NOUN 2 obj call
      4 for ADP 6 case
      5 a DET 6 det
      6 ceasefire NOUN 2 obl
      7 . PUNCT 2 punct`;
  it('are one-sided rejections in lenient mode and nothing in strict mode, which needs whom they answer', () => {
    expect(coded(table, lenient)).toEqual(['PAK>- REJECT 120']);
    expect(coded(table)).toEqual([]);
  });
});

describe('lexicon: contacts boycotted', () => {
  it('boycotting all contact with a state breaks off relations with it (161), not one act refused (12x)', () => {
    expect(coded(`
      1 Iran PROPN 2 nsubj
      2 boycotted VERB 0 root boycott
      3 all DET 4 det
      4 contacts NOUN 2 obj contact
      5 with ADP 6 case
      6 Britain PROPN 4 nmod
      7 . PUNCT 2 punct`)).toEqual(['IRN>GBR SANCTION 161']);
  });
});
