/**
 * A participle on a document ("issued a statement condemning …", "sent a letter calling on …")
 * acts for whoever issued the document, when the grammar lists the noun as a document.
 */
import { describe, expect, it } from 'vitest';
import { codeEvents } from './event-coder.js';
import { eventDoc, WORLD } from './test-support/event-doc.js';
import { shippedResources } from './test-support/resources.js';
import { summarize } from './test-support/summarize.js';

/** The shipped resources with the document nouns given. */
function withDocuments(nouns: string[]): ReturnType<typeof shippedResources> {
  const shipped = shippedResources();
  return { ...shipped, lexicon: { ...shipped.lexicon, grammar: { ...shipped.lexicon.grammar, documentNouns: new Set(nouns) } } };
}

const code = (table: string, nouns: string[]): string[] => summarize(codeEvents(eventDoc(table, WORLD), withDocuments(nouns)));

describe('event coder: acts of a document are its issuer\'s', () => {
  const condemning = `
      1 Iran PROPN 2 nsubj
      2 issued VERB 0 root issue
      3 a DET 4 det
      4 statement NOUN 2 obj
      5 condemning VERB 4 acl condemn
      6 Pakistan PROPN 5 obj
      7 . PUNCT 2 punct`;

  it('reads the subject of "issued" as the source of a participle on the statement', () => {
    expect(code(condemning, ['statement'])).toContain('IRN>PAK ACCUSE 111');
    // Without the noun listed, the statement itself is the participle's subject: nobody condemns.
    expect(code(condemning, []).filter((e) => e.includes('111'))).toEqual([]);
  });

  it('reads the letter\'s sender, not the one called on, as the source of an appeal', () => {
    const events = code(`
      1 Russia PROPN 2 nsubj
      2 sent VERB 0 root send
      3 a DET 4 det
      4 letter NOUN 2 obj
      5 calling VERB 4 acl call
      6 on ADP 7 case
      7 Ukraine PROPN 5 obl
      8 to PART 9 mark
      9 negotiate VERB 5 xcomp
      10 . PUNCT 2 punct`, ['letter']);
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.startsWith('RUS>UKR '))).toBe(true);
  });

  it('takes the possessor of the document first ("Iran\'s statement condemning …")', () => {
    expect(code(`
      1 China PROPN 2 nsubj
      2 published VERB 0 root publish
      3 Iran PROPN 5 nmod:poss
      4 's PART 3 case
      5 statement NOUN 2 obj
      6 condemning VERB 5 acl condemn
      7 Pakistan PROPN 6 obj
      8 . PUNCT 2 punct`, ['statement'])).toContain('IRN>PAK ACCUSE 111');
  });

  it('does not give a received document to its recipient ("received a letter urging …")', () => {
    const events = code(`
      1 Ukraine PROPN 2 nsubj
      2 received VERB 0 root receive
      3 a DET 4 det
      4 letter NOUN 2 obj
      5 urging VERB 4 acl urge
      6 Pakistan PROPN 5 obj
      7 to PART 8 mark
      8 withdraw VERB 5 xcomp
      9 . PUNCT 2 punct`, ['letter']);
    expect(events.filter((e) => e.startsWith('UKR>'))).toEqual([]);
  });
});
