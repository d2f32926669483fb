/**
 * "condemned what it called X": the verb acts on X, not on "what".
 */
import { describe, expect, it } from 'vitest';
import { repairCalledObjects } from './called-object-repair.js';
import { coded } from './test-support/coded.js';

describe('parse repairs: "what it called X"', () => {
  // denounced(0) what(1) it(2) called(3) meddling(4) by(5) Moscow(6)
  const tokens = () => ({
    head: Int32Array.from([-1, 0, 3, 1, 3, 6, 3]),
    rel: ['root', 'obj', 'nsubj', 'acl:relcl', 'obj', 'case', 'obl'],
    upos: ['VERB', 'PRON', 'PRON', 'VERB', 'NOUN', 'ADP', 'PROPN'],
    lemma: ['denounce', 'what', 'it', 'call', 'meddling', 'by', 'Moscow'],
    lower: ['denounced', 'what', 'it', 'called', 'meddling', 'by', 'moscow'],
  });

  it('makes the named thing the object and moves the phrases after it onto it', () => {
    const t = tokens();
    expect(repairCalledObjects(t.head, t.rel, t.upos, t.lemma, t.lower)).toBe(true);
    expect([...t.head]).toEqual([-1, 3, 3, 4, 0, 6, 4]);
    expect(t.rel[4]).toBe('obj');
    expect(t.rel[3]).toBe('acl:relcl');
    expect(t.rel[6]).toBe('nmod');
  });

  it('leaves "what" alone when the relative clause does not name anything', () => {
    // denounced(0) what(1) it(2) saw(3) events(4)
    const head = Int32Array.from([-1, 0, 3, 1, 3]);
    const rel = ['root', 'obj', 'nsubj', 'acl:relcl', 'obj'];
    expect(repairCalledObjects(head, rel, ['VERB', 'PRON', 'PRON', 'VERB', 'NOUN'], ['denounce', 'what', 'it', 'see', 'event'], ['denounced', 'what', 'it', 'saw', 'events'])).toBe(false);
    expect([...head]).toEqual([-1, 0, 3, 1, 3]);
  });

  it('lets the coder find whose act is condemned', () => {
    const table = `
      1 France PROPN 2 nsubj
      2 condemned VERB 0 root condemn
      3 what PRON 2 obj
      4 it PRON 5 nsubj
      5 called VERB 3 acl:relcl call
      6 the DET 8 det
      7 Russian ADJ 8 amod
      8 aggression NOUN 5 obj
      9 . PUNCT 2 punct`;
    expect(coded(table)).toContain('FRA>RUS ACCUSE 1123');
  });

  it("keeps a judgement in the named phrase the namer's, not the condemning verb's subject", () => {
    // "Leaders denounced what Putin called Ukraine's "reckless" actions."
    const table = `
      1 Leaders NOUN 2 nsubj leader
      2 denounced VERB 0 root denounce
      3 what PRON 2 obj
      4 Putin PROPN 5 nsubj
      5 called VERB 3 acl:relcl call
      6 Ukraine PROPN 11 nmod:poss
      7 's PART 6 case
      8 " PUNCT 9 punct
      9 reckless ADJ 11 amod reckless
      10 " PUNCT 9 punct
      11 actions NOUN 5 obj action
      12 . PUNCT 2 punct`;
    expect(coded(table)).toContain('RUS>UKR ACCUSE 111');
  });
});

