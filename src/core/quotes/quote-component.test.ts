import { describe, expect, it } from 'vitest';
import { paragraphsDoc, quotesOf } from './test-support/quote-doc.js';

/** Kind, text and speaker name of each quote. */
const summary = (qs: ReturnType<typeof quotesOf>) => qs.map((q) => [q.kind, q.text, q.speaker?.name ?? null]);

describe('quote finder: direct quotations', () => {
  it('reads straight quotes with the attribution after them', () => {
    const doc = paragraphsDoc(`
      1 "        PUNCT 4 punct SpaceAfter=No
      2 We       PRON  4 nsubj
      3 are      AUX   4 cop    be
      4 ready    ADJ   0 root
      5 to       PART  6 mark
      6 talk     VERB  4 xcomp  SpaceAfter=No
      7 ,        PUNCT 4 punct  SpaceAfter=No
      8 "        PUNCT 4 punct
      9 the      DET   10 det
      10 minister NOUN 11 nsubj
      11 said    VERB  4 parataxis say SpaceAfter=No
      12 .       PUNCT 4 punct
    `);
    expect(doc.text).toBe('"We are ready to talk," the minister said.');
    const [q] = quotesOf(doc);
    expect(summary([q])).toEqual([['direct', 'We are ready to talk,', 'the minister']]);
    expect(q.cue?.text).toBe('said');
    expect(q.speaker?.mention?.text).toBe('the minister');
    expect(doc.text.slice(q.start, q.end)).toBe('We are ready to talk,');
    expect(q.id).toBe('q1');
    expect(q.sentence).toBe(0);
  });

  it('reads curly quotes with the attribution before them, after a colon', () => {
    const doc = paragraphsDoc(`
      1 The      DET   2 det
      2 minister NOUN  3 nsubj
      3 said     VERB  0 root say SpaceAfter=No
      4 :        PUNCT 3 punct
      5 “        PUNCT 8 punct SpaceAfter=No
      6 We       PRON  8 nsubj
      7 are      AUX   8 cop be
      8 ready    ADJ   3 ccomp SpaceAfter=No
      9 .        PUNCT 8 punct SpaceAfter=No
      10 ”       PUNCT 8 punct
    `);
    expect(doc.text).toBe('The minister said: “We are ready.”');
    expect(summary(quotesOf(doc))).toEqual([['direct', 'We are ready.', 'The minister']]);
  });

  it('joins the two halves of an angle-quoted quote split by its attribution into one quote', () => {
    const doc = paragraphsDoc(`
      1 «        PUNCT 4 punct SpaceAfter=No
      2 We       PRON  4 nsubj
      3 are      AUX   4 cop be
      4 ready    ADJ   0 root SpaceAfter=No
      5 ,        PUNCT 4 punct SpaceAfter=No
      6 »        PUNCT 4 punct
      7 Xi       PROPN 8 nsubj
      8 said     VERB  4 parataxis say SpaceAfter=No
      9 ,        PUNCT 8 punct
      10 «       PUNCT 12 punct SpaceAfter=No
      11 to      PART  12 mark
      12 work    VERB  4 xcomp
      13 with    ADP   15 case
      14 all     DET   15 det
      15 partners NOUN 12 obl partner SpaceAfter=No
      16 .       PUNCT 4 punct SpaceAfter=No
      17 »       PUNCT 4 punct
    `);
    expect(doc.text).toBe('«We are ready,» Xi said, «to work with all partners.»');
    const qs = quotesOf(doc);
    expect(summary(qs)).toEqual([['direct', 'We are ready, … to work with all partners.', 'Xi']]);
    expect(qs[0].parts?.map((p) => doc.text.slice(p.start, p.end))).toEqual(['We are ready,', 'to work with all partners.']);
  });

  it('keeps nested single quotes and apostrophes inside the quotation', () => {
    const doc = paragraphsDoc(`
      1 "        PUNCT 4 punct SpaceAfter=No
      2 They     PRON  3 nsubj
      3 call     VERB  0 root
      4 it       PRON  3 obj
      5 a        DET   8 det
      6 '        PUNCT 8 punct SpaceAfter=No
      7 special  ADJ   8 amod
      8 operation NOUN 3 xcomp SpaceAfter=No
      9 '        PUNCT 8 punct SpaceAfter=No
      10 ,       PUNCT 14 punct
      11 but     CCONJ 14 cc
      12 it      PRON  14 nsubj SpaceAfter=No
      13 's      AUX   14 cop be
      14 war     NOUN  3 conj SpaceAfter=No
      15 ,       PUNCT 3 punct SpaceAfter=No
      16 "       PUNCT 3 punct
      17 the     DET   18 det
      18 analyst NOUN  19 nsubj
      19 said    VERB  3 parataxis say SpaceAfter=No
      20 .       PUNCT 3 punct
    `);
    expect(doc.text).toBe(`"They call it a 'special operation', but it's war," the analyst said.`);
    expect(summary(quotesOf(doc))).toEqual([['direct', "They call it a 'special operation', but it's war,", 'the analyst']]);
  });

  it('reads a quote of several sentences whose attribution follows the last one', () => {
    const doc = paragraphsDoc(`
      1 "        PUNCT 3 punct SpaceAfter=No
      2 We       PRON  3 nsubj
      3 reject   VERB  0 root
      4 the      DET   5 det
      5 claim    NOUN  3 obj SpaceAfter=No
      6 .        PUNCT 3 punct

      1 The      DET   2 det
      2 facts    NOUN  4 nsubj fact
      3 are      AUX   4 cop be
      4 clear    ADJ   0 root SpaceAfter=No
      5 ,        PUNCT 4 punct SpaceAfter=No
      6 "        PUNCT 4 punct
      7 the      DET   8 det
      8 ministry NOUN  9 nsubj
      9 said     VERB  4 parataxis say SpaceAfter=No
      10 .       PUNCT 4 punct
    `);
    expect(summary(quotesOf(doc))).toEqual([['direct', 'We reject the claim. The facts are clear,', 'the ministry']]);
  });

  it('reads a quote that runs over two paragraphs', () => {
    const doc = paragraphsDoc(
      `
      1 "        PUNCT 3 punct SpaceAfter=No
      2 We       PRON  3 nsubj
      3 talk     VERB  0 root
      4 to       ADP   5 case
      5 everyone PRON  3 obl SpaceAfter=No
      6 .        PUNCT 3 punct
    `,
      `
      1 "        PUNCT 4 punct SpaceAfter=No
      2 Nobody   PRON  4 nsubj:pass
      3 is       AUX   4 aux:pass be
      4 excluded VERB  0 root exclude SpaceAfter=No
      5 ,        PUNCT 4 punct SpaceAfter=No
      6 "        PUNCT 4 punct
      7 the      DET   8 det
      8 minister NOUN  9 nsubj
      9 said     VERB  4 parataxis say SpaceAfter=No
      10 .       PUNCT 4 punct
    `,
    );
    const qs = quotesOf(doc);
    expect(summary(qs)).toEqual([['direct', 'We talk to everyone. … Nobody is excluded,', 'the minister']]);
  });

  it('attributes a quote whose attribution stands inside it, between two clauses', () => {
    const doc = paragraphsDoc(`
      1 "        PUNCT 3 punct SpaceAfter=No
      2 This     PRON  3 nsubj
      3 matters  VERB  0 root matter SpaceAfter=No
      4 ,        PUNCT 3 punct SpaceAfter=No
      5 "        PUNCT 3 punct
      6 she      PRON  7 nsubj
      7 added    VERB  3 parataxis add SpaceAfter=No
      8 ,        PUNCT 7 punct
      9 "        PUNCT 13 punct SpaceAfter=No
      10 and     CCONJ 13 cc
      11 we      PRON  13 nsubj
      12 will    AUX   13 aux
      13 act     VERB  3 conj SpaceAfter=No
      14 .       PUNCT 3 punct SpaceAfter=No
      15 "       PUNCT 3 punct
    `);
    const qs = quotesOf(doc);
    expect(qs).toHaveLength(1);
    expect(qs[0].cue?.text).toBe('added');
    expect(qs[0].parts).toHaveLength(2);
  });
});

describe('quote finder: signed quotations', () => {
  it('reads a quotation signed with a dash and a name', () => {
    const doc = paragraphsDoc(`
      1 “        PUNCT 4 punct SpaceAfter=No
      2 We       PRON  4 nsubj
      3 will     AUX   4 aux
      4 stay     VERB  0 root SpaceAfter=No
      5 .        PUNCT 4 punct SpaceAfter=No
      6 ”        PUNCT 4 punct
      7 ―        PUNCT 8 punct
      8 Maria    PROPN 4 parataxis
      9 Lopez    PROPN 8 flat SpaceAfter=No
      10 ,       PUNCT 12 punct
      11 a       DET   12 det
      12 nurse   NOUN  8 appos
    `);
    expect(doc.text).toBe('“We will stay.” ― Maria Lopez, a nurse');
    expect(summary(quotesOf(doc))).toEqual([['direct', 'We will stay.', 'Maria Lopez']]);
    expect(quotesOf(doc)[0].cue?.text).toBe('―');
  });

  it('does not take a dash followed by the writer’s own words for a signature', () => {
    const doc = paragraphsDoc(`
      1 “        PUNCT 2 punct SpaceAfter=No
      2 reset    NOUN  0 root SpaceAfter=No
      3 ”        PUNCT 2 punct
      4 —        PUNCT 6 punct
      5 a        DET   6 det
      6 word     NOUN  2 appos
      7 officials NOUN 8 nsubj official
      8 avoid    VERB  6 acl:relcl
    `);
    expect(quotesOf(doc)).toEqual([]);
  });
});
