import { describe, expect, it } from 'vitest';
import { createSpeakerIndex } from './speaker.js';
import { addActor, paragraphsDoc, tok } from './test-support/quote-doc.js';

/** "Raffaello Pantucci, a senior fellow at the institute, told reporters." */
const SOURCE = `
  1 Raffaello PROPN 9 nsubj
  2 Pantucci PROPN 1 flat SpaceAfter=No
  3 ,        PUNCT 5 punct
  4 a        DET   5 det
  5 fellow   NOUN  1 appos
  6 at       ADP   8 case
  7 the      DET   8 det
  8 institute NOUN 5 nmod SpaceAfter=No
  9 told     VERB  0 root tell
  10 reporters NOUN 9 obj reporter SpaceAfter=No
  11 .       PUNCT 9 punct
`;

describe('speaker resolution', () => {
  it('takes the actor of the mention covering the source head, with role and affiliation', () => {
    const doc = paragraphsDoc(SOURCE);
    addActor(doc, { id: 'new:raffaello-pantucci', name: 'Raffaello Pantucci', type: 'person', role: 'senior fellow', affiliation: 'Royal United Services Institute' }, [0, 2]);
    const { speaker, unresolvedPronoun } = createSpeakerIndex(doc).resolve({ from: 0, to: 8 }, 0);
    expect(speaker).toMatchObject({ id: 'new:raffaello-pantucci', name: 'Raffaello Pantucci', type: 'person', role: 'senior fellow', affiliation: 'Royal United Services Institute' });
    expect(speaker.mention?.text).toBe('Raffaello Pantucci, a fellow at the institute');
    expect(unresolvedPronoun).toBe(false);
  });

  it('does not take an actor named only in the apposition for the speaker', () => {
    const doc = paragraphsDoc(SOURCE);
    addActor(doc, { id: 'org:institute', name: 'Royal United Services Institute', type: 'org' }, [tok(doc, 'institute'), tok(doc, 'institute') + 1]);
    expect(createSpeakerIndex(doc).resolve({ from: 0, to: 8 }, 0).speaker).toMatchObject({ id: null, name: 'Raffaello Pantucci' });
  });

  it('reads an unnamed spokesperson as speaking for the organisation named in the source, a readout as the organisation itself', () => {
    const doc = paragraphsDoc(`
      1 a         DET   4 det
      2 State     PROPN 3 compound
      3 Department PROPN 4 compound
      4 spokesperson NOUN 5 nsubj
      5 said      VERB  0 root say

      1 a         DET   3 det
      2 Kremlin   PROPN 3 compound
      3 readout   NOUN  4 nsubj
      4 said      VERB  0 root say
    `);
    addActor(doc, { id: 'org:usa-state-department', name: 'US State Department', type: 'org', country: 'USA' }, [1, 3]);
    addActor(doc, { id: 'org:kremlin', name: 'Kremlin', type: 'org', country: 'RUS' }, [tok(doc, 'Kremlin'), tok(doc, 'Kremlin') + 1]);
    const index = createSpeakerIndex(doc, (head) => doc.tokenText(head) === 'readout');
    expect(index.resolve({ from: 0, to: 4 }, 3).speaker).toMatchObject({ id: null, name: 'a State Department spokesperson', country: 'USA', affiliation: 'US State Department' });
    const r = tok(doc, 'readout');
    expect(index.resolve({ from: r - 2, to: r + 1 }, r).speaker).toMatchObject({ id: 'org:kremlin', name: 'Kremlin' });
  });

  it('takes the body, not the state that ends its name and heads it in the parse ("Frontier Guard Kazakhstan said")', () => {
    const doc = paragraphsDoc(`
      1 Frontier   PROPN 3 compound
      2 Guard      PROPN 3 compound
      3 Kazakhstan PROPN 4 nsubj
      4 said       VERB  0 root say
    `);
    addActor(doc, { id: 'new:org:frontier-guard-kazakhstan', name: 'Frontier Guard Kazakhstan', type: 'org', country: 'KAZ' }, [0, 3]);
    addActor(doc, { id: 'state:KAZ', name: 'Kazakhstan', type: 'state', country: 'KAZ' }, [2, 3]);
    expect(createSpeakerIndex(doc).resolve({ from: 0, to: 3 }, 2).speaker).toMatchObject({ id: 'new:org:frontier-guard-kazakhstan' });
  });

  it('names an unresolved source by its words up to an apposition', () => {
    const doc = paragraphsDoc(SOURCE);
    const { speaker } = createSpeakerIndex(doc).resolve({ from: 0, to: 8 }, 0);
    expect(speaker).toMatchObject({ id: null, name: 'Raffaello Pantucci', type: null });
  });

  it('flags a pronoun the actor layer left unresolved', () => {
    const doc = paragraphsDoc(`
      1 She   PRON  2 nsubj
      2 spoke VERB  0 root speak SpaceAfter=No
      3 .     PUNCT 2 punct
    `);
    const r = createSpeakerIndex(doc).resolve({ from: 0, to: 1 }, 0);
    expect(r.unresolvedPronoun).toBe(true);
    expect(r.speaker.name).toBe('She');
  });
});

describe('speaker resolution: the name of a speaker found only in this article', () => {
  it('keeps a person\'s name when the source adds a title before it', () => {
    const doc = paragraphsDoc(`
      1 ministry    NOUN  2 compound
      2 spokeswoman NOUN  3 compound
      3 Lina        PROPN 5 nsubj
      4 Varga       PROPN 3 flat
      5 said        VERB  0 root say
      6 .           PUNCT 5 punct
    `);
    addActor(doc, { id: 'new:person:lina-varga', name: 'Lina Varga', type: 'person', role: 'spokesperson' }, [1, 4]);
    expect(createSpeakerIndex(doc).resolve({ from: 0, to: 4 }, 2).speaker).toMatchObject({ id: 'new:person:lina-varga', name: 'Lina Varga' });
  });

  it('never names an organisation by a misread clause', () => {
    const doc = paragraphsDoc(`
      1 The       DET   3 det
      2 Fisheries PROPN 3 compound
      3 Board     PROPN 0 root
      4 called    VERB  3 acl call
      5 the       DET   6 det
      6 ban       NOUN  4 obj
      7 .         PUNCT 3 punct
    `);
    addActor(doc, { id: 'new:org:fisheries-board', name: 'Fisheries Board', type: 'org' }, [1, 3]);
    expect(createSpeakerIndex(doc).resolve({ from: 0, to: 6 }, 2).speaker).toMatchObject({ name: 'Fisheries Board' });
  });
});
