import { describe, expect, it } from 'vitest';
import { addActor, paragraphsDoc, quotesOf, tok } from './test-support/quote-doc.js';

const summary = (qs: ReturnType<typeof quotesOf>) => qs.map((q) => [q.kind, q.text, q.speaker?.name ?? null]);

/** '"The reason is different," said Pantucci.' */
const PANTUCCI = `
  1 "        PUNCT 4 punct SpaceAfter=No
  2 The      DET   3 det
  3 reason   NOUN  5 nsubj
  4 is       AUX   5 cop be
  5 different ADJ  0 root SpaceAfter=No
  6 ,        PUNCT 5 punct SpaceAfter=No
  7 "        PUNCT 5 punct
  8 said     VERB  5 parataxis say
  9 Pantucci PROPN 8 nsubj SpaceAfter=No
  10 .       PUNCT 5 punct
`;

/** '"Both leaders want a new order."' — a quote with no attribution of its own. */
const BOTH_LEADERS = `
  1 "        PUNCT 4 punct SpaceAfter=No
  2 Both     DET   3 det
  3 leaders  NOUN  4 nsubj leader
  4 want     VERB  0 root
  5 a        DET   7 det
  6 new      ADJ   7 amod
  7 order    NOUN  4 obj SpaceAfter=No
  8 .        PUNCT 4 punct SpaceAfter=No
  9 "        PUNCT 4 punct
`;

describe('buildQuotes: continuation', () => {
  it('gives a quote with no attribution the speaker of the sentence before', () => {
    const doc = paragraphsDoc(PANTUCCI + '\n' + BOTH_LEADERS);
    expect(summary(quotesOf(doc))).toEqual([
      ['direct', 'The reason is different,', 'Pantucci'],
      ['direct', 'Both leaders want a new order.', 'Pantucci'],
    ]);
  });

  it('continues the speaker into the next paragraph, but not across an unrelated one', () => {
    const doc = paragraphsDoc(PANTUCCI, BOTH_LEADERS);
    const qs = quotesOf(doc);
    expect(qs.map((q) => q.speaker?.name)).toEqual(['Pantucci', 'Pantucci']);
    expect(qs[1].cue).toBeNull();

    const filler = `
      1 The     DET   2 det
      2 summit  NOUN  3 nsubj
      3 ended   VERB  0 root end SpaceAfter=No
      4 .       PUNCT 3 punct
    `;
    const far = paragraphsDoc(PANTUCCI, filler, filler, BOTH_LEADERS);
    const [, second] = quotesOf(far);
    expect(second.speaker).toBeNull();
  });

  it('resolves "he added" through the actor layer', () => {
    const doc = paragraphsDoc(`
      1 Evan     PROPN 3 nsubj
      2 Feigenbaum PROPN 1 flat
      3 spoke    VERB  0 root speak
      4 first    ADV   3 advmod SpaceAfter=No
      5 .        PUNCT 3 punct

      1 "        PUNCT 3 punct SpaceAfter=No
      2 China    PROPN 3 nsubj
      3 waits    VERB  0 root wait SpaceAfter=No
      4 ,        PUNCT 3 punct SpaceAfter=No
      5 "        PUNCT 3 punct
      6 he       PRON  7 nsubj
      7 added    VERB  3 parataxis add SpaceAfter=No
      8 .        PUNCT 3 punct
    `);
    addActor(doc, { id: 'new:evan-feigenbaum', name: 'Evan Feigenbaum', type: 'person', role: 'analyst', affiliation: 'Carnegie Endowment' }, [0, 2], [tok(doc, 'he'), tok(doc, 'he') + 1]);
    const [q] = quotesOf(doc);
    expect(q.speaker).toMatchObject({ id: 'new:evan-feigenbaum', name: 'Evan Feigenbaum', role: 'analyst', affiliation: 'Carnegie Endowment' });
    expect(q.speaker?.mention?.text).toBe('he');
    expect(q.cue?.text).toBe('added');
  });

  it('gives an unresolved "he" the speaker before it', () => {
    const doc = paragraphsDoc(PANTUCCI + '\n' + `
      1 "        PUNCT 3 punct SpaceAfter=No
      2 China    PROPN 3 nsubj
      3 waits    VERB  0 root wait SpaceAfter=No
      4 ,        PUNCT 3 punct SpaceAfter=No
      5 "        PUNCT 3 punct
      6 he       PRON  7 nsubj
      7 added    VERB  3 parataxis add SpaceAfter=No
      8 .        PUNCT 3 punct
    `);
    const qs = quotesOf(doc);
    expect(qs.map((q) => q.speaker?.name)).toEqual(['Pantucci', 'Pantucci']);
    expect(qs[1].speaker?.mention?.text).toBe('he');
  });
});

describe('buildQuotes: partial quotations', () => {
  it('takes the speaker of the verb that governs a quoted word', () => {
    const doc = paragraphsDoc(`
      1 Beijing  PROPN 2 nsubj
      2 called   VERB  0 root call
      3 the      DET   4 det
      4 visit    NOUN  2 obj
      5 "        PUNCT 6 punct SpaceAfter=No
      6 provocative ADJ 2 xcomp SpaceAfter=No
      7 "        PUNCT 6 punct SpaceAfter=No
      8 .        PUNCT 2 punct
    `);
    addActor(doc, { id: 'state:CHN', name: 'China', type: 'state', country: 'CHN' }, [0, 1]);
    const qs = quotesOf(doc).filter((q) => q.kind !== 'indirect');
    expect(summary(qs)).toEqual([['partial', 'provocative', 'China']]);
    expect(qs[0].speaker?.country).toBe('CHN');
  });

  it('reads a quoted modifier of the object of a speech verb', () => {
    const doc = paragraphsDoc(`
      1 Putin    PROPN 2 nsubj
      2 praised  VERB  0 root praise
      3 his      PRON  7 nmod:poss he
      4 "        PUNCT 5 punct SpaceAfter=No
      5 balanced ADJ   7 amod SpaceAfter=No
      6 "        PUNCT 5 punct
      7 position NOUN  2 obj SpaceAfter=No
      8 .        PUNCT 2 punct
    `);
    expect(summary(quotesOf(doc).filter((q) => q.kind !== 'indirect'))).toEqual([['partial', 'balanced', 'Putin']]);
  });

  it('reads a quoted phrase inside reported speech, with the reporting clause as an indirect quote too', () => {
    const doc = paragraphsDoc(`
      1 Xi       PROPN 2 nsubj
      2 said     VERB  0 root say
      3 China    PROPN 6 nsubj
      4 "        PUNCT 6 punct SpaceAfter=No
      5 will     AUX   6 aux
      6 continue VERB  2 ccomp
      7 to       PART  8 mark
      8 support  VERB  6 xcomp SpaceAfter=No
      9 "        PUNCT 8 punct
      10 Kazakhstan PROPN 8 obj SpaceAfter=No
      11 .       PUNCT 2 punct
    `);
    expect(summary(quotesOf(doc))).toEqual([
      ['indirect', 'China "will continue to support" Kazakhstan', 'Xi'],
      ['partial', 'will continue to support', 'Xi'],
    ]);
  });

  it('reads "which Beijing said was provocative"', () => {
    const doc = paragraphsDoc(`
      1 Ships    NOUN  2 nsubj ship
      2 made     VERB  0 root make
      3 a        DET   4 det
      4 visit    NOUN  2 obj SpaceAfter=No
      5 ,        PUNCT 8 punct
      6 which    PRON  11 nsubj
      7 Beijing  PROPN 8 nsubj
      8 said     VERB  4 acl:relcl say
      9 was      AUX   11 cop be
      10 "       PUNCT 11 punct SpaceAfter=No
      11 provocative ADJ 8 ccomp SpaceAfter=No
      12 "       PUNCT 11 punct SpaceAfter=No
      13 .       PUNCT 2 punct
    `);
    const partial = quotesOf(doc).filter((q) => q.kind === 'partial');
    expect(summary(partial)).toEqual([['partial', 'provocative', 'Beijing']]);
  });

  it('drops scare quotes that no one is said to have said', () => {
    const doc = paragraphsDoc(`
      1 The      DET   4 det
      2 "        PUNCT 4 punct SpaceAfter=No
      3 peace    NOUN  4 compound
      4 plan     NOUN  6 nsubj SpaceAfter=No
      5 "        PUNCT 4 punct
      6 failed   VERB  0 root fail SpaceAfter=No
      7 .        PUNCT 6 punct
    `);
    expect(quotesOf(doc)).toEqual([]);
  });
});

describe('buildQuotes: a partial quotation between two reporting verbs', () => {
  it('belongs to the verb that governs it, not to the next clause\'s cue ("and Lind offered …")', () => {
    const doc = paragraphsDoc(`
      1 Vogt     PROPN 2 nsubj
      2 referred VERB  0 root refer
      3 to       ADP   4 case
      4 Lind     PROPN 2 obl
      5 as       ADP   9 case
      6 an       DET   9 det
      7 "        PUNCT 9 punct SpaceAfter=No
      8 old      ADJ   9 amod
      9 friend   NOUN  2 obl SpaceAfter=No
      10 "       PUNCT 9 punct
      11 and     CCONJ 13 cc
      12 Lind    PROPN 13 nsubj
      13 offered VERB  2 conj offer
      14 a       DET   15 det
      15 warning NOUN  13 obj SpaceAfter=No
      16 .       PUNCT 2 punct
    `);
    const q = quotesOf(doc).find((x) => x.text === 'old friend');
    expect(q?.speaker?.name).toBe('Vogt');
  });
});

describe('buildQuotes: a pronoun after a new person is named', () => {
  it('takes the person named since the last quotation, not the last speaker', () => {
    const doc = paragraphsDoc(
      PANTUCCI,
      `
      1 Evan     PROPN 3 nsubj
      2 Feigenbaum PROPN 1 flat
      3 disagreed VERB 0 root disagree SpaceAfter=No
      4 .        PUNCT 3 punct

      1 "        PUNCT 3 punct SpaceAfter=No
      2 China    PROPN 3 nsubj
      3 waits    VERB  0 root wait SpaceAfter=No
      4 ,        PUNCT 3 punct SpaceAfter=No
      5 "        PUNCT 3 punct
      6 he       PRON  7 nsubj
      7 told     VERB  3 parataxis tell
      8 reporters NOUN 7 obj reporter SpaceAfter=No
      9 .        PUNCT 3 punct
    `,
    );
    addActor(doc, { id: 'new:raffaello-pantucci', name: 'Pantucci', type: 'person' }, [tok(doc, 'Pantucci'), tok(doc, 'Pantucci') + 1]);
    addActor(doc, { id: 'new:evan-feigenbaum', name: 'Evan Feigenbaum', type: 'person' }, [tok(doc, 'Evan'), tok(doc, 'Evan') + 2], [tok(doc, 'he'), tok(doc, 'he') + 1]);
    const qs = quotesOf(doc);
    expect(qs.map((q) => q.speaker?.name)).toEqual(['Pantucci', 'Evan Feigenbaum']);
  });
});

describe('buildQuotes: "X, who …, put it bluntly:"', () => {
  it('gives the quotation to the person the relative clause describes', () => {
    const doc = paragraphsDoc(`
      1 Ana      PROPN 0 root
      2 Ruiz     PROPN 1 flat SpaceAfter=No
      3 ,        PUNCT 5 punct
      4 who      PRON  5 nsubj
      5 studies  VERB  1 parataxis study
      6 trade    NOUN  5 obj SpaceAfter=No
      7 ,        PUNCT 8 punct
      8 put      VERB  5 conj put
      9 it       PRON  8 obj
      10 bluntly ADV   8 advmod SpaceAfter=No
      11 :       PUNCT 8 punct
      12 "       PUNCT 15 punct SpaceAfter=No
      13 Nobody  PRON  15 nsubj nobody
      14 will    AUX   15 aux
      15 win     VERB  8 parataxis SpaceAfter=No
      16 .       PUNCT 15 punct SpaceAfter=No
      17 "       PUNCT 15 punct
    `);
    addActor(doc, { id: 'new:person:ana-ruiz', name: 'Ana Ruiz', type: 'person' }, [0, 2]);
    const [q] = quotesOf(doc);
    expect(q).toMatchObject({ kind: 'direct', text: 'Nobody will win.' });
    expect(q.speaker?.name).toBe('Ana Ruiz');
  });
});

describe('buildQuotes: a description and a name between a quotation and its cue', () => {
  it('gives the quotation to the name apposed to the description, whatever the parser did with the clause', () => {
    const doc = paragraphsDoc(`
      1 "        PUNCT 4 punct SpaceAfter=No
      2 Nobody   PRON  4 nsubj nobody
      3 will     AUX   4 aux
      4 win      VERB  13 ccomp SpaceAfter=No
      5 ,        PUNCT 4 punct SpaceAfter=No
      6 "        PUNCT 4 punct
      7 the      DET   10 det
      8 group    NOUN  10 nmod:poss SpaceAfter=No
      9 's       PART  8 case
      10 spokesman NOUN 4 obj SpaceAfter=No
      11 ,       PUNCT 12 punct
      12 Ana     PROPN 10 appos
      13 said    VERB  0 root say SpaceAfter=No
      14 .       PUNCT 13 punct
    `);
    addActor(doc, { id: 'new:person:ana', name: 'Ana', type: 'person' }, [tok(doc, 'Ana'), tok(doc, 'Ana') + 1]);
    const [q] = quotesOf(doc);
    expect(q.speaker?.name).toBe('Ana');
  });
});

/**
 * '"We are ready," Xi said, according to a Kremlin readout, "to lead."' — parsed with the readout
 * as the complement of "said": both attributions claim the first part, and "according to" claims its
 * comma too.
 */
const READOUT = `
  1 "        PUNCT 4 punct SpaceAfter=No
  2 We       PRON  4 nsubj we
  3 are      AUX   4 cop be
  4 ready    ADJ   8 ccomp SpaceAfter=No
  5 ,        PUNCT 4 punct SpaceAfter=No
  6 "        PUNCT 4 punct
  7 Xi       PROPN 8 nsubj
  8 said     VERB  0 root say SpaceAfter=No
  9 ,        PUNCT 14 punct
  10 according VERB 14 case accord
  11 to      ADP   10 fixed
  12 a       DET   14 det
  13 Kremlin PROPN 14 compound
  14 readout NOUN  8 ccomp SpaceAfter=No
  15 ,       PUNCT 18 punct
  16 "       PUNCT 18 punct SpaceAfter=No
  17 to      PART  18 mark
  18 lead    VERB  14 acl SpaceAfter=No
  19 .       PUNCT 8 punct SpaceAfter=No
  20 "       PUNCT 8 punct
`;

describe('buildQuotes: a quote split by its speaker and its medium', () => {
  it('gives the quote to the reporting verb, not to "according to" for a shared comma', () => {
    const doc = paragraphsDoc(READOUT);
    addActor(doc, { id: 'person:xi-jinping', name: 'Xi Jinping', type: 'person' }, [tok(doc, 'Xi'), tok(doc, 'Xi') + 1]);
    const first = quotesOf(doc).find((q) => q.text.startsWith('We are ready'));
    expect(first?.speaker?.name).toBe('Xi Jinping');
    expect(first?.cue?.text).toBe('said');
  });
});
