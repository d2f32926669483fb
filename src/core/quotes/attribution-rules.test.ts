import { describe, expect, it } from 'vitest';
import { createDepWalker } from '../doc/dep-walk.js';
import { findRuleAttributions, phraseOpeners } from './attribution-rules.js';
import { addActor, paragraphsDoc, quotesOf, shippedLexicon, tok } from './test-support/quote-doc.js';

/** [kind, text, speaker, cue, medium] of each quote. */
const rows = (qs: ReturnType<typeof quotesOf>) => qs.map((q) => [q.kind, q.text, q.speaker?.name ?? null, q.cue?.text ?? null, q.source?.text ?? null]);

describe('rules: indirect speech', () => {
  it('reads "X warned that …"', () => {
    const doc = paragraphsDoc(`
      1 Russia   PROPN 2 nsubj
      2 warned   VERB  0 root warn
      3 that     SCONJ 6 mark
      4 it       PRON  6 nsubj
      5 would    AUX   6 aux
      6 respond  VERB  2 ccomp SpaceAfter=No
      7 .        PUNCT 2 punct
    `);
    addActor(doc, { id: 'state:RUS', name: 'Russia', type: 'state', country: 'RUS' }, [0, 1]);
    expect(rows(quotesOf(doc))).toEqual([['indirect', 'that it would respond', 'Russia', 'warned', null]]);
  });

  it("reads 'X denied that …', and a passive verb's agent as its source", () => {
    const doc = paragraphsDoc(`
      1 He       PRON  2 nsubj
      2 denied   VERB  0 root deny
      3 that     SCONJ 6 mark
      4 troops   NOUN  6 nsubj troop
      5 had      AUX   6 aux have
      6 crossed  VERB  2 ccomp cross
      7 the      DET   8 det
      8 line     NOUN  6 obj SpaceAfter=No
      9 .        PUNCT 2 punct

      1 The      DET   2 det
      2 talks    NOUN  4 nsubj:pass talk
      3 were     AUX   4 aux:pass be
      4 announced VERB 0 root announce
      5 by       ADP   7 case
      6 the      DET   7 det
      7 ministry NOUN  4 obl:agent SpaceAfter=No
      8 .        PUNCT 4 punct
    `);
    addActor(doc, { id: 'new:officer', name: 'Colonel Dmitri Ivanov', type: 'person' }, [0, 1]);
    const qs = quotesOf(doc);
    expect(rows(qs)).toEqual([['indirect', 'that troops had crossed the line', 'Colonel Dmitri Ivanov', 'denied', null]]);
    // a noun phrase is an attribution's content for PolNeAR, not a quotation of the analysis
    const all = quotesOf(doc, { mode: 'all' });
    expect(rows(all)[1]).toEqual(['indirect', 'The talks', 'the ministry', 'announced', null]);
  });

  it('reads "according to a Kremlin readout": the readout is the medium, the Kremlin the speaker', () => {
    const doc = paragraphsDoc(`
      1 According VERB 5 case accord
      2 to       ADP   1 fixed
      3 a        DET   5 det
      4 Kremlin  PROPN 5 compound
      5 readout  NOUN  10 obl SpaceAfter=No
      6 ,        PUNCT 10 punct
      7 the      DET   9 det
      8 two      NUM   9 nummod
      9 leaders  NOUN  10 nsubj leader
      10 discussed VERB 0 root discuss
      11 trade   NOUN  10 obj SpaceAfter=No
      12 .       PUNCT 10 punct
    `);
    addActor(doc, { id: 'org:kremlin', name: 'Kremlin', type: 'org', country: 'RUS' }, [tok(doc, 'Kremlin'), tok(doc, 'Kremlin') + 1]);
    expect(rows(quotesOf(doc))).toEqual([['indirect', 'the two leaders discussed trade', 'Kremlin', 'According to', 'a Kremlin readout']]);
  });

  it('reads "X told RFE/RL that …" with the outlet as the medium', () => {
    const doc = paragraphsDoc(`
      1 Tokayev  PROPN 2 nsubj
      2 told     VERB  0 root tell
      3 RFE/RL   PROPN 2 obj
      4 that     SCONJ 8 mark
      5 the      DET   6 det
      6 talks    NOUN  8 nsubj talk
      7 had      AUX   8 aux have
      8 gone     VERB  2 ccomp go
      9 well     ADV   8 advmod SpaceAfter=No
      10 .       PUNCT 2 punct
    `);
    expect(rows(quotesOf(doc))).toEqual([['indirect', 'that the talks had gone well', 'Tokayev', 'told', 'RFE/RL']]);
  });

  it('reads "In a statement, the ministry said …" and "wrote on Twitter"', () => {
    const doc = paragraphsDoc(`
      1 In       ADP   3 case
      2 a        DET   3 det
      3 statement NOUN 7 obl SpaceAfter=No
      4 ,        PUNCT 7 punct
      5 the      DET   6 det
      6 ministry NOUN  7 nsubj
      7 said     VERB  0 root say
      8 the      DET   9 det
      9 envoy    NOUN  11 nsubj:pass
      10 was     AUX   11 aux:pass be
      11 expelled VERB 7 ccomp expel SpaceAfter=No
      12 .       PUNCT 7 punct

      1 The      DET   2 det
      2 minister NOUN  3 nsubj
      3 wrote    VERB  0 root write
      4 on       ADP   5 case
      5 Twitter  PROPN 3 obl
      6 that     SCONJ 10 mark
      7 the      DET   8 det
      8 decision NOUN  10 nsubj
      9 was      AUX   10 cop be
      10 wrong   ADJ   3 ccomp SpaceAfter=No
      11 .       PUNCT 3 punct
    `);
    expect(rows(quotesOf(doc))).toEqual([
      ['indirect', 'the envoy was expelled', 'the ministry', 'said', 'a statement'],
      ['indirect', 'that the decision was wrong', 'The minister', 'wrote', 'Twitter'],
    ]);
  });

  it('reads "state television reported …" with the broadcaster as speaker and medium', () => {
    const doc = paragraphsDoc(`
      1 State    NOUN  2 compound
      2 television NOUN 3 nsubj
      3 reported VERB  0 root report
      4 that     SCONJ 8 mark
      5 the      DET   6 det
      6 sides    NOUN  8 nsubj side
      7 had      AUX   8 aux have
      8 met      VERB  3 ccomp meet SpaceAfter=No
      9 .        PUNCT 3 punct
    `);
    expect(rows(quotesOf(doc))).toEqual([['indirect', 'that the sides had met', 'State television', 'reported', 'State television']]);
  });

  it('keeps beliefs out of the analysis but reports them when every attribution is asked for', () => {
    const doc = paragraphsDoc(`
      1 Officials NOUN 2 nsubj official
      2 believe  VERB  0 root
      3 the      DET   4 det
      4 deal     NOUN  6 nsubj
      5 will     AUX   6 aux
      6 hold     VERB  2 ccomp SpaceAfter=No
      7 .        PUNCT 2 punct
    `);
    expect(quotesOf(doc)).toEqual([]);
    expect(rows(quotesOf(doc, { mode: 'all' }))).toEqual([['indirect', 'the deal will hold', 'Officials', 'believe', null]]);
  });

  it('does not take a speech verb inside a quotation for an attribution of the article', () => {
    const doc = paragraphsDoc(`
      1 "        PUNCT 3 punct SpaceAfter=No
      2 We       PRON  3 nsubj
      3 say      VERB  0 root
      4 no       INTJ  3 obj SpaceAfter=No
      5 ,        PUNCT 3 punct SpaceAfter=No
      6 "        PUNCT 3 punct
      7 she      PRON  8 nsubj
      8 said     VERB  3 parataxis say SpaceAfter=No
      9 .        PUNCT 3 punct
    `);
    const qs = quotesOf(doc, { mode: 'all' });
    expect(qs.map((q) => q.cue?.text)).toEqual(['said']);
  });
});

describe('rules: the openers of cue phrases', () => {
  it('are the first words of the lexicon phrases, made once and read in place of the lexicon', () => {
    const lexicon = shippedLexicon();
    const openers = phraseOpeners(lexicon);
    expect(openers.has('according')).toBe(true);
    expect(openers.has('said')).toBe(false);
    const doc = paragraphsDoc(`
      1 According VERB 4 case accord
      2 to       ADP   1 fixed
      3 the      DET   4 det
      4 envoy    NOUN  7 obl SpaceAfter=No
      5 ,        PUNCT 7 punct
      6 talks    NOUN  7 nsubj talk
      7 stalled  VERB  0 root stall SpaceAfter=No
      8 .        PUNCT 7 punct
    `);
    const cues = (given?: ReadonlySet<string>) => findRuleAttributions({ doc, walker: createDepWalker(), lexicon, quotes: [], phraseOpeners: given }).map((a) => [a.cue.from, a.cue.to, a.sourceHead]);
    expect(cues()).toEqual([[0, 2, 3]]);
    expect(cues(openers)).toEqual(cues());
    // without "according" among the openers the phrase is never tried
    expect(cues(new Set())).toEqual([]);
  });
});
