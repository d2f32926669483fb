import { describe, expect, it } from 'vitest';
import { coded } from './test-support/coded.js';
import { repairTemporalSubjects } from './temporal-subject-repair.js';

describe('parse repairs: a day word read as the subject', () => {
  // The(0) Indian(1) cabinet(2) today(3) approved(4) the(5) plan(6) .(7)
  const parse = () => ({
    head: Int32Array.from([3, 2, 3, 4, -1, 6, 4, 4]),
    rel: ['det', 'amod', 'compound', 'nsubj', 'root', 'det', 'obj', 'punct'],
    upos: ['DET', 'ADJ', 'NOUN', 'NOUN', 'VERB', 'DET', 'NOUN', 'PUNCT'],
    temporal: Uint8Array.from([0, 0, 0, 1, 0, 0, 0, 0]),
  });

  it('makes the noun before the day word the subject and the day word a time of the verb', () => {
    const { head, rel, upos, temporal } = parse();
    expect(repairTemporalSubjects(head, rel, upos, temporal)).toBe(true);
    expect([...head]).toEqual([2, 2, 4, 4, -1, 6, 4, 4]);
    expect([rel[2], rel[3]]).toEqual(['nsubj', 'obl:tmod']);
  });

  it('leaves a day word that is the subject alone ("Today marks …": no noun before it)', () => {
    // Today(0) marks(1) the(2) anniversary(3)
    const head = Int32Array.from([1, -1, 3, 1]);
    const rel = ['nsubj', 'root', 'det', 'obj'];
    expect(repairTemporalSubjects(head, rel, ['NOUN', 'VERB', 'DET', 'NOUN'], Uint8Array.from([1, 0, 0, 0]))).toBe(false);
    expect(rel[0]).toBe('nsubj');
  });

  it('lets the coder read "The Russian government today ordered protesters to leave the square."', () => {
    const events = coded(`
      1 The DET 4 det
      2 Russian ADJ 3 amod
      3 government NOUN 4 compound
      4 today NOUN 5 nsubj
      5 ordered VERB 0 root order
      6 protesters NOUN 5 obj protester
      7 to PART 8 mark
      8 leave VERB 5 xcomp leave
      9 the DET 10 det
      10 square NOUN 8 obj
      11 . PUNCT 5 punct`);
    expect(events.some((e) => e.startsWith('RUS>'))).toBe(true);
  });
});
