import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';
import { repairUnmarkedObjects } from './unmarked-object-repair.js';

describe('parse repairs: a name read as a bare adverbial', () => {
  it('reads a name right after a verb with no object as its object, but not a bare date', () => {
    // Xi(0) will(1) visit(2) Kazakhstan(3) Monday(4)
    const head = Int32Array.from([2, 2, -1, 2, 2]);
    const rel = ['nsubj', 'aux', 'root', 'obl:unmarked', 'obl:unmarked'];
    const upos = ['PROPN', 'AUX', 'VERB', 'PROPN', 'PROPN'];
    expect(repairUnmarkedObjects(head, rel, upos, ['xi', 'will', 'visit', 'kazakhstan', 'monday'], Uint8Array.from([0, 0, 0, 0, 1]))).toBe(true);
    expect([rel[3], rel[4]]).toEqual(['obj', 'obl:unmarked']);
  });
});

describe('parse repairs: a noun phrase with an article read as a bare adverbial', () => {
  // retook(0) a(1) village(2) in(3) Kazakhstan(4)
  const parse = (word: string, det = 'a') => ({
    head: Int32Array.from([-1, 2, 0, 4, 2]),
    rel: ['root', 'det', 'obl:unmarked', 'case', 'nmod'],
    upos: ['VERB', 'DET', 'NOUN', 'ADP', 'PROPN'],
    lower: ['retook', det, word, 'in', 'kazakhstan'],
  });

  it('makes it the object of a verb that has none', () => {
    const p = parse('village');
    expect(repairUnmarkedObjects(p.head, p.rel, p.upos, p.lower, new Uint8Array(5))).toBe(true);
    expect(p.rel[2]).toBe('obj');
  });

  it('leaves dates, ways and phrases with no article ("the same way", "last week")', () => {
    for (const [word, det, temporal] of [['village', 'a', 1], ['way', 'the', 0], ['village', 'this', 0]] as const) {
      const p = parse(word, det);
      const t = Uint8Array.from([0, 0, temporal, 0, 0]);
      expect(repairUnmarkedObjects(p.head, p.rel, p.upos, p.lower, t)).toBe(false);
    }
  });

  it('lets the coder read what was taken ("Russian forces retook a village in Kazakhstan")', () => {
    const table = (rel: string) => `
      1 Russian ADJ 2 amod
      2 forces NOUN 3 nsubj force
      3 retook VERB 0 root retake
      4 a DET 5 det
      5 village NOUN 3 ${rel}
      6 in ADP 7 case
      7 Kazakhstan PROPN 5 nmod
      8 . PUNCT 3 punct`;
    expect(coded(table('obl:unmarked'))).toEqual(coded(table('obj')));
    expect(coded(table('obl:unmarked'))).toEqual(['RUS>KAZ COERCE 192']);
  });
});

