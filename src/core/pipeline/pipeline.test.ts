import { describe, expect, it } from 'vitest';
import { emptyMeta, type Article } from '../article/article.js';
import { OffsetMap } from '../article/offset-map.js';
import type { Doc } from '../doc/doc.js';
import { TokenFlag } from '../doc/doc.js';
import { EntenteError } from '../errors/errors.js';
import type { Component } from './component.js';
import { Pipeline } from './pipeline.js';

function article(text: string): Article {
  return { text, meta: emptyMeta(), blocks: [{ start: 0, end: text.length, kind: 'paragraph' }], offsets: OffsetMap.identity(text.length), sourceKind: 'text' };
}

/** A whitespace tokenizer written for this test: one token per run of non-spaces. */
const whitespace: Component = {
  name: 'ws',
  reads: [],
  writes: ['tokens'],
  run(doc: Doc) {
    const starts: number[] = [];
    const ends: number[] = [];
    for (const m of doc.text.matchAll(/\S+/g)) {
      starts.push(m.index);
      ends.push(m.index + m[0].length);
    }
    doc.setTokens({
      start: Uint32Array.from(starts),
      end: Uint32Array.from(ends),
      lex: Uint32Array.from(starts.map((s, i) => doc.vocab.id(doc.text.slice(s, ends[i])))),
      flags: Uint8Array.from(starts.map(() => TokenFlag.SpaceAfter)),
    });
  },
};

describe('Pipeline', () => {
  it('runs components in order over one Doc and shares the vocabulary between docs', () => {
    const p = new Pipeline([whitespace]);
    const a = p.run(article('Putin met Xi'));
    const b = p.run(article('Xi met Putin'));
    expect(a.tokenText(2)).toBe('Xi');
    expect(a.tokens.lex[2]).toBe(b.tokens.lex[0]);
    expect(a.has('tokens')).toBe(true);
    expect(a.has('deps')).toBe(false);
  });

  it('refuses a component that reads a layer nobody wrote, naming both', () => {
    const parser: Component = { name: 'parser', reads: ['tokens', 'pos'], writes: ['deps'], run() {} };
    expect(() => new Pipeline([whitespace, parser])).toThrow(/component 'parser' reads 'pos'/);
  });

  it('wraps an unexpected failure in a coded error that names the component', () => {
    const broken: Component = { name: 'broken', reads: ['tokens'], writes: [], run() { throw new TypeError('boom'); } };
    const p = new Pipeline([whitespace, broken]);
    try {
      p.run(article('x y'));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(EntenteError);
      expect((e as EntenteError).code).toBe('E301');
      expect((e as EntenteError).message).toContain("'broken' failed: boom");
    }
  });

  it('reports a layer read before it was written as E300', () => {
    const p = new Pipeline([whitespace]);
    const doc = p.run(article('a b'));
    expect(() => doc.heads).toThrow(/'deps' layer has not been written/);
  });
});
