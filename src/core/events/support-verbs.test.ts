/**
 * Light verbs of noun triggers: found on the noun's own verb, through an amount or a collective
 * noun, and on a participle modifying the noun.
 */
import { describe, expect, it } from 'vitest';
import { isQuantity, supportVerb } from './support-verbs.js';
import { SyntaxView } from './syntax-view.js';
import { eventDoc, WORLD } from './test-support/event-doc.js';
import { shippedResources } from './test-support/resources.js';

const grammar = shippedResources().lexicon.grammar;
const view = (table: string): SyntaxView => new SyntaxView(eventDoc(table, WORLD));

describe('light verbs of noun triggers', () => {
  it('finds the verb that takes the noun as its object ("Russia held talks with China")', () => {
    const v = view(`
      1 Russia PROPN 2 nsubj
      2 held VERB 0 root hold
      3 talks NOUN 2 obj talk
      4 with ADP 5 case
      5 China PROPN 2 obl
      6 . PUNCT 2 punct`);
    expect(supportVerb(v, grammar, 2)).toBe(1);
  });

  it('climbs through a collective noun ("China held a second round of talks")', () => {
    const v = view(`
      1 China PROPN 2 nsubj
      2 held VERB 0 root hold
      3 a DET 5 det
      4 second ADJ 5 amod
      5 round NOUN 2 obj round
      6 of ADP 7 case
      7 talks NOUN 5 nmod talk
      8 . PUNCT 2 punct`);
    expect(isQuantity(v, grammar.quantityNouns, 4)).toBe(true);
    expect(supportVerb(v, grammar, 6)).toBe(1);
  });

  it('finds a participle modifying the noun ("the talks held in Beijing ended")', () => {
    const v = view(`
      1 The DET 2 det
      2 talks NOUN 6 nsubj talk
      3 held VERB 2 acl hold
      4 in ADP 5 case
      5 Beijing PROPN 3 obl
      6 ended VERB 0 root end
      7 . PUNCT 6 punct`);
    expect(supportVerb(v, grammar, 1)).toBe(2);
  });

  it('finds none for a verb that judges its object ("France called the strikes illegal", "… the strikes a crime")', () => {
    const judged = view(`
      1 France PROPN 2 nsubj
      2 called VERB 0 root call
      3 the DET 4 det
      4 strikes NOUN 2 obj strike
      5 illegal ADJ 2 xcomp
      6 . PUNCT 2 punct`);
    expect(supportVerb(judged, grammar, 3)).toBe(-1);
    const named = view(`
      1 France PROPN 2 nsubj
      2 called VERB 0 root call
      3 the DET 4 det
      4 strikes NOUN 2 obj strike
      5 a DET 6 det
      6 crime NOUN 2 obl:unmarked
      7 . PUNCT 2 punct`);
    expect(supportVerb(named, grammar, 3)).toBe(-1);
    // With nothing judged, "call" is the light verb it is in "the union called a strike".
    const called = view(`
      1 France PROPN 2 nsubj
      2 called VERB 0 root call
      3 a DET 4 det
      4 strike NOUN 2 obj strike
      5 . PUNCT 2 punct`);
    expect(supportVerb(called, grammar, 3)).toBe(1);
  });

  it('finds none for a noun that is no verb\'s object ("The talks ended")', () => {
    const v = view(`
      1 The DET 2 det
      2 talks NOUN 3 nsubj talk
      3 ended VERB 0 root end
      4 . PUNCT 3 punct`);
    expect(supportVerb(v, grammar, 1)).toBe(-1);
    expect(isQuantity(v, grammar.quantityNouns, 1)).toBe(false);
  });
});
