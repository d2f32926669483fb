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

  // "The US vetoed a resolution calling on Russia to withdraw."
  const VETOED = `
      1 The DET 2 det
      2 US PROPN 3 nsubj
      3 vetoed VERB 0 root veto
      4 a DET 5 det
      5 resolution NOUN 3 obj
      6 calling VERB 5 acl call
      7 on ADP 8 case
      8 Russia PROPN 6 obl
      9 to PART 10 mark
      10 withdraw VERB 6 xcomp
      11 . PUNCT 3 punct`;

  it('does not give a vetoed or condemned document to the one who answers it', () => {
    const events = code(VETOED, ['resolution']);
    expect(events.filter((e) => e.startsWith('USA>RUS'))).toEqual([]);
    const condemned = code(VETOED.replace('3 vetoed VERB 0 root veto', '3 condemned VERB 0 root condemn'), ['resolution']);
    expect(condemned.filter((e) => e.startsWith('USA>RUS'))).toEqual([]);
    // The one who adopts it calls.
    expect(code(VETOED.replace('3 vetoed VERB 0 root veto', '3 adopted VERB 0 root adopt'), ['resolution']).some((e) => e.startsWith('USA>RUS REQUEST'))).toBe(true);
  });

  it('takes a name before the document as its issuer ("a United Nations resolution calling on …")', () => {
    const events = code(`
      1 The DET 2 det
      2 US PROPN 3 nsubj
      3 vetoed VERB 0 root veto
      4 a DET 7 det
      5 United PROPN 6 compound
      6 Nations PROPN 7 compound
      7 resolution NOUN 3 obj
      8 calling VERB 7 acl call
      9 on ADP 10 case
      10 Russia PROPN 8 obl
      11 to PART 12 mark
      12 withdraw VERB 8 xcomp
      13 . PUNCT 3 punct`, ['resolution']);
    expect(events.some((e) => e.startsWith('IGOUNO>RUS REQUEST') || e.startsWith('United Nations>RUS REQUEST'))).toBe(true);
    expect(events.filter((e) => e.startsWith('USA>RUS'))).toEqual([]);
  });
});
