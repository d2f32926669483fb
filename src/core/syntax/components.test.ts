import { describe, expect, it } from 'vitest';
import { emptyMeta } from '../article/article.js';
import { Doc, TokenFlag } from '../doc/doc.js';
import { uposId } from '../doc/ud.js';
import { Vocab } from '../doc/vocab.js';
import { Pipeline } from '../pipeline/pipeline.js';
import { trainTinyModel } from '../../train/tiny-model.js';
import { parseConllu } from './conllu.js';
import { createParser, createSyntaxComponents, createTagger } from './components.js';
import { decodeSyntaxModel, encodeSyntaxModel } from './model-format.js';
import { SMALL_CONLLU } from './test-support/fixtures.js';

/** A Doc with tokens and sentences written by hand: words joined by spaces, one sentence per array. */
function handDoc(sentences: string[][], vocab = new Vocab()): Doc {
  const text = sentences.map((s) => s.join(' ')).join(' ');
  const doc = new Doc(text, emptyMeta(), [{ start: 0, end: text.length, kind: 'paragraph' }], vocab);
  const start: number[] = [];
  const end: number[] = [];
  const tokStart: number[] = [];
  const tokEnd: number[] = [];
  let at = 0;
  for (const s of sentences) {
    tokStart.push(start.length);
    for (const w of s) {
      start.push(at);
      end.push(at + w.length);
      at += w.length + 1;
    }
    tokEnd.push(start.length);
  }
  doc.setTokens({
    start: Uint32Array.from(start),
    end: Uint32Array.from(end),
    lex: Uint32Array.from(start.map((s, i) => vocab.id(text.slice(s, end[i])))),
    flags: Uint8Array.from(start.map(() => TokenFlag.SpaceAfter)),
  });
  doc.setSentences({ tokStart: Uint32Array.from(tokStart), tokEnd: Uint32Array.from(tokEnd) });
  return doc;
}

describe('tagger and parser components', () => {
  const gold = parseConllu(SMALL_CONLLU);
  // a model trained on the fixture itself, passed through the model file
  const model = decodeSyntaxModel(encodeSyntaxModel(trainTinyModel(gold, 15)));
  const sentences = gold.map((s) => s.words.map((w) => w.form));

  it('write pos and deps that reproduce what the model learned', () => {
    const doc = handDoc(sentences);
    const { tagger, parser } = createSyntaxComponents(model);
    tagger.run(doc);
    parser.run(doc);
    const words = gold.flatMap((s) => s.words);
    expect(Array.from({ length: doc.length }, (_, i) => doc.pos(i))).toEqual(words.map((w) => w.upos));
    // heads are absolute token indices, -1 for the root of each sentence
    let offset = 0;
    const heads: number[] = [];
    for (const s of gold) {
      for (const w of s.words) heads.push(w.head === 0 ? -1 : offset + w.head - 1);
      offset += s.words.length;
    }
    expect(Array.from(doc.heads)).toEqual(heads);
    expect(Array.from({ length: doc.length }, (_, i) => doc.deprel(i))).toEqual(words.map((w) => w.deprel));
  });

  it('tag with a structured (beam) tagger read from a format-3 file as the greedy one does', () => {
    const structured = decodeSyntaxModel(encodeSyntaxModel(trainTinyModel(gold, 15, 'fine', 3)));
    expect(structured.tagger.beamWidth).toBe(3);
    const doc = handDoc(sentences);
    const { tagger, parser } = createSyntaxComponents(structured);
    tagger.run(doc);
    parser.run(doc);
    const words = gold.flatMap((s) => s.words);
    expect(Array.from({ length: doc.length }, (_, i) => doc.pos(i))).toEqual(words.map((w) => w.upos));
    expect(Array.from({ length: doc.length }, (_, i) => doc.deprel(i))).toEqual(words.map((w) => w.deprel));
  });

  it('run in a Pipeline and reuse the word table across Docs sharing a vocabulary', () => {
    const vocab = new Vocab();
    const tokens = {
      name: 'hand-tokens',
      reads: [],
      writes: ['tokens', 'sentences'],
      run: () => {},
    } as const;
    const p = new Pipeline([tokens, createTagger(model), createParser(model)], vocab);
    const a = p.runDoc(handDoc([sentences[0]], vocab));
    const b = p.runDoc(handDoc([sentences[0]], vocab));
    expect(a.has('deps') && b.has('deps')).toBe(true);
    expect(Array.from(b.heads)).toEqual(Array.from(a.heads));
  });

  it('parse one root per sentence, each head inside its sentence', () => {
    const doc = handDoc([['Officials', 'praised', 'the', 'agreement', '.'], ['They', 'agree', '.']]);
    const { tagger, parser } = createSyntaxComponents(model);
    tagger.run(doc);
    parser.run(doc);
    const { tokStart, tokEnd } = doc.sentences;
    for (let s = 0; s < doc.sentenceCount; s++) {
      let roots = 0;
      for (let i = tokStart[s]; i < tokEnd[s]; i++) {
        const h = doc.head(i);
        if (h === -1) roots++;
        else expect(h >= tokStart[s] && h < tokEnd[s] && h !== i).toBe(true);
      }
      expect(roots).toBe(1);
    }
  });

  it('parse with a beam when asked, one root per sentence; width 1 parses as the greedy default', () => {
    const text = [['Officials', 'praised', 'the', 'new', 'agreement', '.'], ['They', 'agree', '.']];
    const greedy = handDoc(text);
    const one = createSyntaxComponents(model, { beamWidth: 1 });
    const plain = createSyntaxComponents(model);
    plain.tagger.run(greedy);
    plain.parser.run(greedy);
    const viaOne = handDoc(text);
    one.tagger.run(viaOne);
    one.parser.run(viaOne);
    expect(Array.from(viaOne.heads)).toEqual(Array.from(greedy.heads));
    const doc = handDoc(text);
    const wide = createSyntaxComponents(model, { beamWidth: 4 });
    wide.tagger.run(doc);
    wide.parser.run(doc);
    const { tokStart, tokEnd } = doc.sentences;
    for (let s = 0; s < doc.sentenceCount; s++) {
      const heads = Array.from(doc.heads.subarray(tokStart[s], tokEnd[s]));
      expect(heads.filter((h) => h === -1)).toHaveLength(1);
      expect(heads.every((h, i) => h === -1 || (h >= tokStart[s] && h < tokEnd[s] && h !== tokStart[s] + i))).toBe(true);
    }
  });

  it('parse a Doc tagged by another tagger from its UPOS', () => {
    const doc = handDoc([sentences[0]]);
    doc.setPos(Uint8Array.from(gold[0].words, (w) => uposId(w.upos)));
    createParser(model).run(doc);
    expect(doc.has('deps')).toBe(true);
    expect(Array.from(doc.heads)).toEqual(gold[0].words.map((w) => w.head - 1));
  });
});
