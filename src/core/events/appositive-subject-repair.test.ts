import { describe, expect, it } from 'vitest';
import { repairAppositiveSubjects } from './appositive-subject-repair.js';
import { coded } from './test-support/coded.js';

describe('parse repairs: a verb hung on the apposition of a root name', () => {
  // Putin(0) ,(1) the(2) president(3) ,(4) urged(5) Ukraine(6) .(7)
  const parse = (seventh: string) => ({
    head: Int32Array.from([-1, 3, 3, 0, 5, 3, 5, 0]),
    rel: ['root', 'punct', 'det', 'appos', 'punct', 'acl:relcl', seventh, 'punct'],
    upos: ['PROPN', 'PUNCT', 'DET', 'NOUN', 'PUNCT', 'VERB', 'PROPN', 'PUNCT'],
    forms: ['Putin', ',', 'the', 'president', ',', 'urged', 'Ukraine', '.'],
  });

  it('makes the verb the root and the name its subject', () => {
    const { head, rel, upos, forms } = parse('obj');
    expect(repairAppositiveSubjects(head, rel, upos, forms)).toBe(true);
    expect([...head]).toEqual([5, 3, 3, 0, 5, -1, 5, 5]);
    expect([rel[0], rel[5]]).toEqual(['nsubj', 'root']);
  });

  it('leaves a true relative clause alone (one with its own subject)', () => {
    const { head, rel, upos, forms } = parse('nsubj');
    expect(repairAppositiveSubjects(head, rel, upos, forms)).toBe(false);
    expect(head[5]).toBe(3);
  });

  it('lets the coder read the act of "Putin, the Russian president, urged Ukraine to release …"', () => {
    const events = coded(`
      1 Putin PROPN 0 root
      2 , PUNCT 5 punct
      3 the DET 5 det
      4 Russian ADJ 5 amod
      5 president NOUN 1 appos president
      6 , PUNCT 7 punct
      7 urged VERB 5 acl:relcl urge
      8 Ukraine PROPN 7 obj
      9 to PART 10 mark
      10 release VERB 7 xcomp release
      11 the DET 12 det
      12 prisoners NOUN 10 obj prisoner
      13 . PUNCT 1 punct`);
    expect(events.some((e) => e.startsWith('RUS>UKR REQUEST 10'))).toBe(true);
  });

  it('reads a verb hung on a noun inside the apposition\'s name ("the group, Friends of Peace, urged …")', () => {
    // group(0) ,(1) Friends(2) of(3) Peace(4) ,(5) urged(6) India(7) .(8)
    const head = Int32Array.from([-1, 2, 0, 4, 2, 6, 4, 6, 0]);
    const rel = ['root', 'punct', 'appos', 'case', 'nmod', 'punct', 'acl', 'obj', 'punct'];
    const upos = ['NOUN', 'PUNCT', 'PROPN', 'ADP', 'PROPN', 'PUNCT', 'VERB', 'PROPN', 'PUNCT'];
    const forms = ['group', ',', 'Friends', 'of', 'Peace', ',', 'urged', 'India', '.'];
    expect(repairAppositiveSubjects(head, rel, upos, forms)).toBe(true);
    expect([head[6], rel[6], head[0], rel[0]]).toEqual([-1, 'root', 6, 'nsubj']);
  });
});
