import { describe, expect, it } from 'vitest';
import { createDepWalker } from '../../doc/dep-walk.js';
import type { Doc } from '../../doc/doc.js';
import type { TokenSpan } from '../attribution.js';
import { paragraphsDoc, tok } from '../test-support/quote-doc.js';
import { fitSource, subjectSource } from './source-span.js';

const words = (doc: Doc, s: TokenSpan | null) => (s ? doc.text.slice(doc.tokenSpan(s.from, s.to).start, doc.tokenSpan(s.from, s.to).end) : null);
/** fitSource over the tokens from `first` to `last` (inclusive), the cue being the single token `cue`. */
const fit = (doc: Doc, first: number, last: number, cue: number) => words(doc, fitSource(doc, { from: first, to: last + 1 }, { from: cue, to: cue + 1 }, cue));

describe('fitting a tagged source', () => {
  it('cuts a time the tagger ran into ("federal prosecutors in April charged")', () => {
    const doc = paragraphsDoc(`
      1 Federal     ADJ   2 amod federal
      2 prosecutors NOUN  5 nsubj prosecutor
      3 in          ADP   4 case
      4 April       PROPN 2 nmod
      5 charged     VERB  0 root charge
      6 him         PRON  5 obj SpaceAfter=No
      7 .           PUNCT 5 punct
    `);
    expect(fit(doc, tok(doc, 'Federal'), tok(doc, 'April'), tok(doc, 'charged'))).toBe('Federal prosecutors');
  });

  it('cuts "this month" but keeps the time of a verb inside the source ("a poll released last month")', () => {
    const doc = paragraphsDoc(`
      1 The      DET   2 det
      2 court    NOUN  5 nsubj
      3 this     DET   4 det
      4 month    NOUN  5 obl:tmod
      5 rejected VERB  0 root reject
      6 it       PRON  5 obj SpaceAfter=No
      7 .        PUNCT 5 punct

      8 A        DET   9 det
      9 poll     NOUN  13 nsubj
      10 released VERB 9 acl release
      11 last    ADJ   12 amod
      12 month   NOUN  10 obl:tmod
      13 found   VERB  0 root find
      14 support NOUN  13 obj SpaceAfter=No
      15 .       PUNCT 13 punct
    `);
    expect(fit(doc, tok(doc, 'The'), tok(doc, 'month'), tok(doc, 'rejected'))).toBe('The court');
    expect(fit(doc, tok(doc, 'A'), tok(doc, 'month', 1), tok(doc, 'found'))).toBe('A poll released last month');
  });

  it('keeps a name that ends with a time word ("a reporter for USA Today")', () => {
    const doc = paragraphsDoc(`
      1 A        DET   2 det
      2 reporter NOUN  6 nsubj
      3 for      ADP   5 case
      4 USA      PROPN 5 compound
      5 Today    PROPN 2 nmod
      6 reported VERB  0 root report
      7 it       PRON  6 obj SpaceAfter=No
      8 .        PUNCT 6 punct
    `);
    expect(fit(doc, tok(doc, 'A'), tok(doc, 'Today'), tok(doc, 'reported'))).toBe('A reporter for USA Today');
  });

  it('cuts an aside on how or where they spoke, not an apposition or an "including"', () => {
    const doc = paragraphsDoc(`
      1 Senator  PROPN 2 nmod:desc
      2 Lee      PROPN 9 nsubj SpaceAfter=No
      3 ,        PUNCT 4 punct
      4 speaking VERB  9 advcl speak
      5 at       ADP   7 case
      6 a        DET   7 det
      7 rally    NOUN  4 obl SpaceAfter=No
      8 ,        PUNCT 4 punct
      9 said     VERB  0 root say
      10 no      INTJ  9 obj SpaceAfter=No
      11 .       PUNCT 9 punct

      12 Ms.     PROPN 13 nmod:desc
      13 Ortiz   PROPN 19 nsubj SpaceAfter=No
      14 ,       PUNCT 16 punct
      15 in      ADP   17 case
      16 a       DET   17 det
      17 statement NOUN 19 obl SpaceAfter=No
      18 ,       PUNCT 17 punct
      19 said    VERB  0 root say
      20 yes     INTJ  19 obj SpaceAfter=No
      21 .       PUNCT 19 punct

      22 Mayors  NOUN  27 nsubj mayor SpaceAfter=No
      23 ,       PUNCT 24 punct
      24 including VERB 26 case include
      25 the     DET   26 det
      26 governor NOUN 22 nmod SpaceAfter=No
      27 objected VERB 0 root object SpaceAfter=No
      28 .       PUNCT 27 punct
    `);
    expect(fit(doc, tok(doc, 'Senator'), tok(doc, ',', 1), tok(doc, 'said'))).toBe('Senator Lee');
    expect(fit(doc, tok(doc, 'Ms.'), tok(doc, 'statement'), tok(doc, 'said', 1))).toBe('Ms. Ortiz');
    expect(fit(doc, tok(doc, 'Mayors'), tok(doc, 'governor'), tok(doc, 'objected'))).toBe('Mayors, including the governor');
  });

  it('keeps a title in -ing and the place someone works ("Lee, managing director at Acme", "Kim, at the institute")', () => {
    const doc = paragraphsDoc(`
      1 Lee      PROPN 8 nsubj SpaceAfter=No
      2 ,        PUNCT 4 punct
      3 managing VERB  4 amod manage
      4 director NOUN  1 appos
      5 at       ADP   6 case
      6 Acme     PROPN 4 nmod SpaceAfter=No
      7 ,        PUNCT 4 punct
      8 said     VERB  0 root say
      9 no       INTJ  8 obj SpaceAfter=No
      10 .       PUNCT 8 punct

      11 Kim     PROPN 17 nsubj SpaceAfter=No
      12 ,       PUNCT 15 punct
      13 at      ADP   15 case
      14 the     DET   15 det
      15 institute NOUN 11 nmod SpaceAfter=No
      16 ,       PUNCT 15 punct
      17 said    VERB  0 root say
      18 yes     INTJ  17 obj SpaceAfter=No
      19 .       PUNCT 17 punct
    `);
    expect(fit(doc, tok(doc, 'Lee'), tok(doc, 'Acme'), tok(doc, 'said'))).toBe('Lee, managing director at Acme');
    expect(fit(doc, tok(doc, 'Kim'), tok(doc, 'institute'), tok(doc, 'said', 1))).toBe('Kim, at the institute');
  });

  it('keeps the time of a phrase inside the source ("an official at the ministry in 2019")', () => {
    const doc = paragraphsDoc(`
      1 An       DET   2 det
      2 official NOUN  8 nsubj
      3 at       ADP   5 case
      4 the      DET   5 det
      5 ministry NOUN  2 nmod
      6 in       ADP   7 case
      7 2019     NUM   8 obl
      8 wrote    VERB  0 root write
      9 it       PRON  8 obj SpaceAfter=No
      10 .       PUNCT 8 punct
    `);
    expect(fit(doc, tok(doc, 'An'), tok(doc, '2019'), tok(doc, 'wrote'))).toBe('An official at the ministry in 2019');
  });

  it('drops a dateline before the name ("LONDON -- The minister")', () => {
    const doc = paragraphsDoc(`
      1 LONDON   PROPN 5 nsubj
      2 --       PUNCT 4 punct
      3 The      DET   4 det
      4 minister NOUN  1 appos
      5 said     VERB  0 root say
      6 so       ADV   5 advmod SpaceAfter=No
      7 .        PUNCT 5 punct
    `);
    expect(fit(doc, tok(doc, 'LONDON'), tok(doc, 'minister'), tok(doc, 'said'))).toBe('The minister');
  });

  it('takes in the determiner the phrase opens with ("no one"), not a word of another phrase', () => {
    const doc = paragraphsDoc(`
      1 No       DET   2 det
      2 one      PRON  3 nsubj
      3 expected VERB  0 root expect
      4 it       PRON  3 obj SpaceAfter=No
      5 .        PUNCT 3 punct

      6 Even     ADV   7 advmod
      7 China    PROPN 8 nsubj
      8 agreed   VERB  0 root agree SpaceAfter=No
      9 .        PUNCT 8 punct
    `);
    expect(fit(doc, tok(doc, 'one'), tok(doc, 'one'), tok(doc, 'expected'))).toBe('No one');
    expect(fit(doc, tok(doc, 'China'), tok(doc, 'China'), tok(doc, 'agreed'))).toBe('China');
  });

  it('takes only an article in before a name, and no wh-word ("campaign Ayotte", "what officials called")', () => {
    const doc = paragraphsDoc(`
      1 The      DET   3 det
      2 campaign NOUN  3 compound
      3 Ayotte   PROPN 4 nsubj
      4 hoped    VERB  0 root hope
      5 so       ADV   4 advmod SpaceAfter=No
      6 .        PUNCT 4 punct

      7 It       PRON  8 nsubj
      8 was      AUX   0 root be
      9 what     DET   10 det
      10 officials NOUN 11 nsubj official
      11 called  VERB  8 ccomp call
      12 a       DET   13 det
      13 hoax    NOUN  11 obj SpaceAfter=No
      14 .       PUNCT 8 punct
    `);
    expect(fit(doc, tok(doc, 'Ayotte'), tok(doc, 'Ayotte'), tok(doc, 'hoped'))).toBe('Ayotte');
    expect(fit(doc, tok(doc, 'officials'), tok(doc, 'officials'), tok(doc, 'called'))).toBe('officials');
  });

  it('takes the sentence\'s subject for a participle after a comma the parser hung elsewhere, without the dateline', () => {
    const doc = paragraphsDoc(`
      1 PARIS    PROPN 5 nsubj
      2 -        PUNCT 4 punct
      3 A        DET   4 det
      4 judge    NOUN  1 appos
      5 rejected VERB  0 root reject
      6 a        DET   7 det
      7 request  NOUN  5 obj
      8 to       PART  9 mark
      9 publish  VERB  7 acl
      10 it      PRON  9 obj SpaceAfter=No
      11 ,       PUNCT 12 punct
      12 saying  VERB  9 advcl say
      13 no      INTJ  12 obj SpaceAfter=No
      14 .       PUNCT 5 punct
    `);
    const saying = tok(doc, 'saying');
    expect(words(doc, subjectSource(doc, createDepWalker(), saying, { from: saying, to: saying + 1 }))).toBe('A judge');
  });

  it('takes the relative pronoun that is the cue\'s subject as the source ("a staffer who told")', () => {
    const doc = paragraphsDoc(`
      1 They     PRON  2 nsubj
      2 met      VERB  0 root meet
      3 a        DET   4 det
      4 staffer  NOUN  2 obj
      5 who      PRON  6 nsubj
      6 told     VERB  4 acl:relcl tell
      7 them     PRON  6 obj SpaceAfter=No
      8 .        PUNCT 2 punct
    `);
    expect(fit(doc, tok(doc, 'a'), tok(doc, 'who'), tok(doc, 'told'))).toBe('who');
    const told = tok(doc, 'told');
    expect(words(doc, subjectSource(doc, createDepWalker(), told, { from: told, to: told + 1 }))).toBe('who');
  });
});
