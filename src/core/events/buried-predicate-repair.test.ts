/**
 * A sentence read as one noun phrase whose real verb hangs as a reduced relative deep inside the
 * subject: the verb becomes the predicate when it takes an object, and the coder finds its doer.
 */
import { describe, expect, it } from 'vitest';
import { repairBuriedPredicates } from './buried-predicate-repair.js';
import { coded } from './test-support/coded.js';

/** "French jets carrying bombs struck rebel camps ." with "struck" an acl of "bombs". */
const MISREAD = {
  forms: ['French', 'jets', 'carrying', 'bombs', 'struck', 'rebel', 'camps', '.'],
  lemma: ['french', 'jet', 'carry', 'bomb', 'strike', 'rebel', 'camp', '.'],
  upos: ['ADJ', 'NOUN', 'VERB', 'NOUN', 'VERB', 'NOUN', 'NOUN', 'PUNCT'],
  head: [1, -1, 1, 2, 3, 6, 4, 1],
  rel: ['amod', 'root', 'acl', 'obj', 'acl', 'compound', 'obj', 'punct'],
};

describe('parse repairs: a predicate buried in its subject', () => {
  it('makes a past-tense verb with an object, hung on a noun inside the root\'s phrase, the predicate', () => {
    const head = Int32Array.from(MISREAD.head);
    const rel = [...MISREAD.rel];
    expect(repairBuriedPredicates(head, rel, MISREAD.upos, MISREAD.forms, MISREAD.lemma)).toBe(true);
    expect(head[4]).toBe(-1);
    expect(rel[4]).toBe('root');
    expect([head[1], rel[1]]).toEqual([4, 'nsubj']);
    // The final stop goes with the predicate; the subject keeps its own modifier.
    expect(head[7]).toBe(4);
    expect(head[2]).toBe(1);
  });

  it('leaves a passive participle with no object alone ("Aid workers from groups based in Kenya.")', () => {
    const forms = ['Aid', 'workers', 'from', 'groups', 'based', 'in', 'Kenya', '.'];
    const head = Int32Array.from([1, -1, 3, 1, 3, 6, 4, 1]);
    const rel = ['compound', 'root', 'case', 'nmod', 'acl', 'case', 'obl', 'punct'];
    const upos = ['NOUN', 'NOUN', 'ADP', 'NOUN', 'VERB', 'ADP', 'PROPN', 'PUNCT'];
    expect(repairBuriedPredicates(head, rel, upos, forms, ['aid', 'worker', 'from', 'group', 'base', 'in', 'kenya', '.'])).toBe(false);
    expect([...head]).toEqual([1, -1, 3, 1, 3, 6, 4, 1]);
  });

  it('leaves a headline with no full stop alone', () => {
    const head = Int32Array.from(MISREAD.head.slice(0, 7));
    const rel = MISREAD.rel.slice(0, 7);
    expect(repairBuriedPredicates(head, rel, MISREAD.upos.slice(0, 7), MISREAD.forms.slice(0, 7), MISREAD.lemma.slice(0, 7))).toBe(false);
  });

  it('lets the coder find the doer of the buried act', () => {
    const table = `
      1 French ADJ 2 amod
      2 jets NOUN 0 root jet
      3 carrying VERB 2 acl carry
      4 bombs NOUN 3 obj bomb
      5 attacked VERB 4 acl attack
      6 Ukrainian ADJ 7 amod
      7 positions NOUN 5 obj position
      8 . PUNCT 2 punct`;
    // (jets attacking employ aerial weapons: 195, by the kind of subject)
    expect(coded(table).filter((e) => e.includes('ASSAULT'))).toEqual(['FRA>UKR ASSAULT 195']);
  });
});
