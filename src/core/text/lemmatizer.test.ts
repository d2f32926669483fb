import { beforeAll, describe, expect, it } from 'vitest';
import { buildDoc } from '../doc/test-support/build-doc.js';
import { Vocab } from '../doc/vocab.js';
import { Pipeline } from '../pipeline/pipeline.js';
import { createLemmatizer, lemmatize } from './lemmatizer.js';
import { loadWinkMorphology, type Morphology } from './morphology.js';

let morph: Morphology;
beforeAll(async () => {
  morph = await loadWinkMorphology();
});

/** Lemmas the component writes for a hand-tagged sentence (no lemma column: the layer is left to it). */
function lemmas(table: string): string[] {
  const doc = buildDoc(table, { deps: false, lemmas: false });
  createLemmatizer(morph).run(doc);
  return Array.from({ length: doc.length }, (_, i) => doc.lemma(i));
}

describe('lemmatizer', () => {
  it('declares its layers', () => {
    const c = createLemmatizer(morph);
    expect([c.name, c.reads, c.writes]).toEqual(['lemmatizer', ['tokens', 'pos'], ['lemmas']]);
  });

  it('lemmatizes verbs, nouns and adjectives by their tag', () => {
    expect(lemmas(`
      1 Leaders  NOUN 0 root
      2 met      VERB 0 root
      3 and      CCONJ 0 root
      4 signed   VERB 0 root
      5 the      DET  0 root
      6 biggest  ADJ  0 root
      7 deals    NOUN 0 root
      8 meeting  NOUN 0 root
    `)).toEqual(['leader', 'meet', 'and', 'sign', 'the', 'big', 'deal', 'meeting']);
  });

  it('uses the tag to tell a verb from a noun', () => {
    expect(lemmas(`
      1 meeting VERB 0 root
      2 meeting NOUN 0 root
      3 talks   VERB 0 root
      4 talks   NOUN 0 root
    `)).toEqual(['meet', 'meeting', 'talk', 'talk']);
  });

  it('lemmatizes auxiliaries, pronouns and clitics as UD does, in lower case', () => {
    expect(lemmas(`
      1 I    PRON 0 root
      2 'm   AUX  0 root
      3 n't  PART 0 root
      4 ca   AUX  0 root
      5 wo   AUX  0 root
      6 Was  AUX  0 root
      7 them PRON 0 root
      8 's   PART 0 root
      9 ’s   AUX  0 root
      10 an  DET  0 root
    `)).toEqual(['i', 'be', 'not', 'can', 'will', 'be', 'they', "'s", 'be', 'a']);
  });

  it('keeps proper nouns, numbers and plural-only nouns as they are', () => {
    expect(lemmas(`
      1 Paris   PROPN 0 root
      2 Uzbekistan PROPN 0 root
      3 1,008   NUM   0 root
      4 data    NOUN  0 root
      5 media   NOUN  0 root
      6 F-16s   NOUN  0 root
    `)).toEqual(['paris', 'uzbekistan', '1,008', 'data', 'media', 'f-16s']);
  });

  it('caches per vocabulary and stays right across docs and vocabularies', () => {
    const lemmatizer = createLemmatizer(morph);
    const v1 = new Vocab();
    const a = buildDoc('1 said VERB 0 root', { vocab: v1, lemmas: false });
    const b = buildDoc('1 said VERB 0 root\n2 went VERB 0 root', { vocab: v1, lemmas: false });
    const c = buildDoc('1 went VERB 0 root', { vocab: new Vocab(), lemmas: false });
    for (const d of [a, b, c]) lemmatizer.run(d);
    expect([a.lemma(0), b.lemma(0), b.lemma(1), c.lemma(0)]).toEqual(['say', 'say', 'go', 'go']);
  });

  it('runs in a pipeline after the layers it reads', () => {
    expect(() => new Pipeline([createLemmatizer(morph)])).toThrow(/reads 'tokens', 'pos'/);
  });

  it('exposes the rule for one word', () => {
    expect(lemmatize('Crises', 'NOUN', morph)).toBe('crisis');
    expect(lemmatize('better', 'ADV', morph)).toBe('well');
  });
});
