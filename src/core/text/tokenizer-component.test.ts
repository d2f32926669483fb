import { describe, expect, it } from 'vitest';
import { emptyMeta, type Article, type Block } from '../article/article.js';
import { OffsetMap } from '../article/offset-map.js';
import { Doc, TokenFlag } from '../doc/doc.js';
import { Vocab } from '../doc/vocab.js';
import { Pipeline } from '../pipeline/pipeline.js';
import { createTokenizer } from './tokenizer-component.js';

function article(text: string, blocks: Block[]): Article {
  return { text, meta: emptyMeta(), blocks, offsets: OffsetMap.identity(text.length), sourceKind: 'text' };
}

const TEXT = 'Envoys Meet in Geneva\n\nThe envoys met. "We talked," Ms. Diaz said.\n\nTalks resume today.';
const P2 = TEXT.indexOf('The envoys');
const P3 = TEXT.indexOf('Talks');
const BLOCKS: Block[] = [
  { start: 0, end: TEXT.indexOf('\n'), kind: 'heading' },
  { start: P2, end: P3 - 2, kind: 'paragraph' },
  { start: P3, end: TEXT.length, kind: 'paragraph' },
];

describe('createTokenizer', () => {
  it('declares what it writes', () => {
    const c = createTokenizer();
    expect(c.name).toBe('tokenizer');
    expect(c.reads).toEqual([]);
    expect(c.writes).toEqual(['tokens', 'sentences']);
  });

  it('writes tokens with vocabulary ids and flags, and sentences, into the Doc', () => {
    const doc = new Pipeline([createTokenizer()]).run(article(TEXT, BLOCKS));
    const words = Array.from({ length: doc.length }, (_, i) => doc.tokenText(i));
    expect(words).toEqual([
      'Envoys', 'Meet', 'in', 'Geneva', 'The', 'envoys', 'met', '.', '"', 'We', 'talked', ',', '"', 'Ms.', 'Diaz', 'said', '.',
      'Talks', 'resume', 'today', '.',
    ]);
    for (let i = 0; i < doc.length; i++) expect(doc.vocab.str(doc.tokens.lex[i])).toBe(words[i]);

    const { flags } = doc.tokens;
    const blockStarts = words.map((_, i) => i).filter((i) => flags[i] & TokenFlag.BlockStart);
    expect(blockStarts).toEqual([0, 4, 17]);
    const inHeading = words.map((_, i) => i).filter((i) => flags[i] & TokenFlag.InHeading);
    expect(inHeading).toEqual([0, 1, 2, 3]);
    expect(flags[6] & TokenFlag.SpaceAfter).toBe(0); // "met" is followed by "."
    expect(flags[7] & TokenFlag.SpaceAfter).toBe(TokenFlag.SpaceAfter);
    expect(flags[20] & TokenFlag.SpaceAfter).toBe(0); // end of text

    const sents = Array.from({ length: doc.sentenceCount }, (_, s) => {
      const span = doc.sentenceSpan(s);
      return TEXT.slice(span.start, span.end);
    });
    expect(sents).toEqual(['Envoys Meet in Geneva', 'The envoys met.', '"We talked," Ms. Diaz said.', 'Talks resume today.']);
  });

  it('tokenizes text its blocks leave out, and a Doc without blocks', () => {
    const text = 'First part.\n\nSecond part.';
    const partial = new Doc(text, emptyMeta(), [{ start: 0, end: 11, kind: 'paragraph' }], new Vocab());
    createTokenizer().run(partial);
    expect(partial.sentenceCount).toBe(2);
    const none = new Doc(text, emptyMeta(), [], new Vocab());
    createTokenizer().run(none);
    expect(none.length).toBe(6);
    expect(none.tokens.flags[3] & TokenFlag.BlockStart).toBe(TokenFlag.BlockStart);
  });

  it('handles an empty text', () => {
    const doc = new Doc('', emptyMeta(), [], new Vocab());
    createTokenizer().run(doc);
    expect(doc.length).toBe(0);
    expect(doc.sentenceCount).toBe(0);
  });
});
