/**
 * The event coder's syntax view: lower-cased forms and lemmas with straight apostrophes, children
 * lists in text order, and the adjective-with-an-object read as a verb.
 */
import { describe, expect, it } from 'vitest';
import { SyntaxView } from './syntax-view.js';
import { eventDoc, WORLD } from './test-support/event-doc.js';

describe('SyntaxView', () => {
  it('lower-cases forms and lemmas and straightens curly apostrophes, leaving other words as they are', () => {
    const v = new SyntaxView(eventDoc(`
      1 Ukraine’s PROPN 2 nmod:poss ukraine’s
      2 Army NOUN 3 nsubj army
      3 WON’T VERB 0 root won’t
      4 . PUNCT 3 punct`, WORLD));
    expect(v.lower).toEqual(["ukraine's", 'army', "won't", '.']);
    expect(v.lemma).toEqual(["ukraine's", 'army', "won't", '.']);
    expect(v.children(2)).toEqual([1, 3]);
    expect(v.children(1)).toEqual([0]);
  });

  it('reads an adjective with an object and an auxiliary or "to" as a verb, and not without them', () => {
    // "Kyiv would free the prisoners" with "free" tagged as an adjective.
    const aux = new SyntaxView(eventDoc(`
      1 Kyiv PROPN 3 nsubj
      2 would AUX 3 aux
      3 free ADJ 0 root
      4 the DET 5 det
      5 prisoners NOUN 3 obj prisoner`, WORLD));
    expect(aux.upos[2]).toBe('VERB');
    // "pledged to free them".
    const to = new SyntaxView(eventDoc(`
      1 Kyiv PROPN 2 nsubj
      2 pledged VERB 0 root pledge
      3 to PART 4 mark
      4 free ADJ 2 xcomp
      5 them PRON 4 obj they`, WORLD));
    expect(to.upos[3]).toBe('VERB');
    // "a free press": no object, no auxiliary.
    const plain = new SyntaxView(eventDoc(`
      1 a DET 3 det
      2 free ADJ 3 amod
      3 press NOUN 0 root`, WORLD));
    expect(plain.upos[1]).toBe('ADJ');
  });
});
