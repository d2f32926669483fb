import { describe, expect, it } from 'vitest';
import { quotesOf, paragraphsDoc } from './test-support/quote-doc.js';

const rows = (qs: ReturnType<typeof quotesOf>) => qs.map((q) => [q.kind, q.speaker?.name ?? null, q.speaker?.mention?.text ?? null, q.cue?.text ?? null]);

describe('rule sources the parser attached elsewhere', () => {
  it('takes the words between a quotation and its cue ("…," Name, a fellow, told X)', () => {
    // the parser made the name an apposition inside the quoted clause and "told" a parataxis without subject
    const doc = paragraphsDoc(`
      1 "        PUNCT 3 punct SpaceAfter=No
      2 It       PRON  3 nsubj
      3 matters  VERB  0 root matter SpaceAfter=No
      4 ,        PUNCT 3 punct SpaceAfter=No
      5 "        PUNCT 3 punct
      6 Raffaello PROPN 3 appos
      7 Pantucci PROPN 6 flat SpaceAfter=No
      8 ,        PUNCT 10 punct
      9 a        DET   10 det
      10 fellow  NOUN  6 appos SpaceAfter=No
      11 ,       PUNCT 3 punct
      12 told    VERB  3 parataxis tell
      13 reporters NOUN 12 obj reporter SpaceAfter=No
      14 .       PUNCT 3 punct
    `);
    expect(rows(quotesOf(doc))).toEqual([['direct', 'Raffaello Pantucci', 'Raffaello Pantucci, a fellow', 'told']]);
  });

  it('takes the name right before a cue with no subject ("the Official Spokesperson stated:")', () => {
    const doc = paragraphsDoc(
      `
      1 Asked    VERB  8 advcl ask
      2 about    ADP   4 case
      3 the      DET   4 det
      4 border   NOUN  1 obl SpaceAfter=No
      5 ,        PUNCT 1 punct
      6 the      DET   7 det
      7 Spokesperson PROPN 4 appos
      8 stated   VERB  0 root state SpaceAfter=No
      9 :        PUNCT 8 punct
    `,
      `
      1 "        PUNCT 3 punct SpaceAfter=No
      2 We       PRON  3 nsubj
      3 deny     VERB  0 root
      4 it       PRON  3 obj SpaceAfter=No
      5 .        PUNCT 3 punct SpaceAfter=No
      6 "        PUNCT 3 punct
    `,
    );
    expect(doc.text).toBe('Asked about the border, the Spokesperson stated:\n\n"We deny it."');
    expect(rows(quotesOf(doc))).toEqual([['direct', 'the Spokesperson', 'the Spokesperson', 'stated']]);
  });

  it('does not take the writer’s clause between a quotation and a later verb for a speaker', () => {
    const doc = paragraphsDoc(`
      1 "        PUNCT 2 punct SpaceAfter=No
      2 Enough   ADJ   0 root SpaceAfter=No
      3 ,        PUNCT 2 punct SpaceAfter=No
      4 "        PUNCT 2 punct
      5 Officials NOUN 6 nsubj official
      6 met      VERB  2 parataxis meet
      7 and      CCONJ 8 cc
      8 warned   VERB  6 conj warn
      9 that     SCONJ 11 mark
      10 talks   NOUN  11 nsubj talk
      11 failed  VERB  8 ccomp fail SpaceAfter=No
      12 .       PUNCT 2 punct
    `);
    // "warned" takes its subject through the coordination, not the quotation's neighbourhood
    const [indirect] = quotesOf(doc).filter((q) => q.kind === 'indirect');
    expect(indirect.speaker?.name).toBe('Officials');
  });

  it('takes the "by" agent of a participle cue, not the noun it hangs on', () => {
    // "…, remarks dismissed by the ministry as "pure fiction"": the ministry spoke, not the remarks
    const doc = paragraphsDoc(`
      1 Rebels     NOUN  2 nsubj rebel
      2 claimed    VERB  0 root claim
      3 gains      NOUN  2 obj gain SpaceAfter=No
      4 ,          PUNCT 5 punct
      5 remarks    NOUN  3 appos remark
      6 dismissed  VERB  5 acl dismiss
      7 by         ADP   9 case
      8 the        DET   9 det
      9 ministry   NOUN  6 obl:agent ministry
      10 as        ADP   13 case
      11 "         PUNCT 13 punct SpaceAfter=No
      12 pure      ADJ   13 amod
      13 fiction   NOUN  6 obl SpaceAfter=No
      14 "         PUNCT 13 punct SpaceAfter=No
      15 .         PUNCT 2 punct
    `);
    const speakers = rows(quotesOf(doc)).filter((r) => r[3] === 'dismissed').map((r) => r[2]);
    expect(speakers).toEqual(['the ministry']);
  });
});
