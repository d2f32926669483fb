import { describe, expect, it } from 'vitest';
import { buildDoc } from '../doc/test-support/build-doc.js';
import { createActorResolver } from './actor-resolver.js';
import { analyzeActors, fixtureActorResources } from './test-support/fixture-actors.js';

/** The refs of the mention written `phrase` (the last one so written), or null. */
const refsOf = (text: string, phrase: string, date = '2023-05-10') => {
  const doc = analyzeActors(text, date);
  return doc.mentions.filter((m) => doc.text.slice(m.start, m.end) === phrase).pop()?.refs ?? null;
};

/** The same in a hand-parsed Doc. */
function parsedRefsOf(table: string, phrase: string): readonly string[] | null {
  const doc = buildDoc(table);
  createActorResolver(fixtureActorResources()).run(doc);
  return doc.mentions.filter((m) => doc.text.slice(m.start, m.end) === phrase).pop()?.refs ?? null;
}

describe('a collective description of a pair: the pair the text presented last', () => {
  it('keeps the pair a description already stood for, past two other states named since', () => {
    const text =
      'Kazakhstan and China agreed to reopen the border on Monday. The two countries will open a crossing in May. ' +
      'Russia welcomed the deal. The United States called on both countries to keep it open.';
    expect(refsOf(text, 'both countries')).toEqual(['state:KAZ', 'state:CHN']);
  });

  it('reads a meeting of two heads of state as presenting their two countries', () => {
    const text = 'President Li Wenming met President Arkady Volkov in Beijing on Monday. The two countries signed a trade pact.';
    expect(refsOf(text, 'The two countries')).toEqual(['state:CHN', 'state:RUS']);
  });

  it('reads "the two men" as the two people who met, and as nobody when no two were named', () => {
    expect(refsOf('Li Wenming met Arkady Volkov in Beijing on Monday. The two men signed a trade pact.', 'The two men')).toEqual(['person:li-wenming', 'person:arkady-volkov']);
    expect(refsOf('Russia sanctioned two Kazakh commanders on Monday. The measures freeze what the two men own abroad.', 'the two men')).toBeNull();
  });

  it('reads "the two rivals" as two parties when no two people were named', () => {
    expect(refsOf('Kazakhstan and China ended talks in Astana on Monday. The two rivals will meet again in June.', 'The two rivals')).toEqual(['state:KAZ', 'state:CHN']);
  });

  it('reads "the two delegations" as the two parties joined before', () => {
    expect(refsOf('Kazakhstan and China resumed border talks on Monday. Russia hosted the two delegations in Moscow.', 'the two delegations')).toEqual(['state:KAZ', 'state:CHN']);
  });

  it('reads "each side" as both sides, but not "either side of the border"', () => {
    const text = 'Kazakhstan and China clashed on Monday. Each side blamed the other. Troops on either side of the border were put on alert.';
    expect(refsOf(text, 'Each side')).toEqual(['state:KAZ', 'state:CHN']);
    expect(refsOf(text, 'either side')).toBeNull();
  });

  it('passes over two parties reporting together: in a civil war the sides are the state and the rebels', () => {
    const text = 'Kazakhstan and the Steppe Front agreed to a truce on Monday, Russia and China said. Both sides accused each other of breaking it.';
    expect(refsOf(text, 'Both sides')).toEqual(['state:KAZ', 'org:steppe-front']);
  });
});

describe('a collective description of a pair: not whoever acts on it', () => {
  it('is not the two states that host talks between the two sides', () => {
    const table = `
      1 Kazakhstan PROPN 4 nsubj
      2 and CCONJ 3 cc
      3 China PROPN 1 conj
      4 clashed VERB 0 root clash
      5 . PUNCT 4 punct

      1 Russia PROPN 6 nsubj
      2 and CCONJ 5 cc
      3 the DET 5 det
      4 United PROPN 5 compound
      5 States PROPN 1 conj
      6 hosted VERB 0 root host
      7 talks NOUN 6 obj talk
      8 between ADP 11 case
      9 the DET 11 det
      10 two NUM 11 nummod
      11 sides NOUN 7 nmod side
      12 . PUNCT 6 punct`;
    expect(parsedRefsOf(table, 'the two sides')).toEqual(['state:KAZ', 'state:CHN']);
  });

  it('is not the subject of the verb a subjectless verb continues ("Russia and the United States welcomed the truce and urged the two countries …")', () => {
    const table = `
      1 Kazakhstan PROPN 4 nsubj
      2 and CCONJ 3 cc
      3 China PROPN 1 conj
      4 clashed VERB 0 root clash
      5 . PUNCT 4 punct

      1 Russia PROPN 6 nsubj
      2 and CCONJ 5 cc
      3 the DET 5 det
      4 United PROPN 5 compound
      5 States PROPN 1 conj
      6 welcomed VERB 0 root welcome
      7 the DET 8 det
      8 truce NOUN 6 obj
      9 and CCONJ 10 cc
      10 urged VERB 6 conj urge
      11 the DET 13 det
      12 two NUM 13 nummod
      13 countries NOUN 10 obj country
      14 to PART 15 mark
      15 talk VERB 10 xcomp
      16 . PUNCT 6 punct`;
    expect(parsedRefsOf(table, 'the two countries')).toEqual(['state:KAZ', 'state:CHN']);
  });

  it('takes the object of an asking verb, not its subject, as acting ("Kazakhstan asked Russia to host talks between the two countries")', () => {
    const table = `
      1 Kazakhstan PROPN 4 nsubj
      2 and CCONJ 3 cc
      3 China PROPN 1 conj
      4 clashed VERB 0 root clash
      5 . PUNCT 4 punct

      1 Kazakhstan PROPN 2 nsubj
      2 asked VERB 0 root ask
      3 Russia PROPN 2 obj
      4 to PART 5 mark
      5 host VERB 2 xcomp host
      6 talks NOUN 5 obj talk
      7 between ADP 10 case
      8 the DET 10 det
      9 two NUM 10 nummod
      10 countries NOUN 6 nmod country
      11 . PUNCT 2 punct`;
    expect(parsedRefsOf(table, 'the two countries')).toEqual(['state:KAZ', 'state:CHN']);
  });

  it('keeps the pair when the description is inside the subject ("officials in both countries said")', () => {
    const table = `
      1 Kazakhstan PROPN 4 nsubj
      2 and CCONJ 3 cc
      3 China PROPN 1 conj
      4 agreed VERB 0 root agree
      5 , PUNCT 10 punct
      6 officials NOUN 10 nsubj official
      7 in ADP 9 case
      8 both DET 9 det
      9 countries NOUN 6 nmod country
      10 said VERB 4 parataxis say
      11 . PUNCT 4 punct`;
    expect(parsedRefsOf(table, 'both countries')).toEqual(['state:KAZ', 'state:CHN']);
  });
});
