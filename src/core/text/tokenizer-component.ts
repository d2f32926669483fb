/**
 * The `tokenizer` pipeline component: writes the Doc's `tokens` (offsets, vocabulary ids, flags)
 * and `sentences` layers from its text and blocks.
 */
import type { Doc } from '../doc/doc.js';
import type { Component } from '../pipeline/component.js';
import { createAbbreviations, type Abbreviations } from './abbreviations.js';
import { segmentText } from './segment.js';
import { createSentenceSplitter } from './sentence-splitter.js';
import { createTextTokenizer } from './tokenizer.js';

/** Options of {@link createTokenizer}. */
export interface TokenizerOptions {
  /** Abbreviation table (default: {@link createAbbreviations}()). */
  readonly abbreviations?: Abbreviations;
}

/** The tokenizer and sentence splitter as one pipeline component. */
export function createTokenizer(options: TokenizerOptions = {}): Component {
  const abbreviations = options.abbreviations ?? createAbbreviations();
  const tokenizer = createTextTokenizer(abbreviations);
  const splitter = createSentenceSplitter(abbreviations);
  return {
    name: 'tokenizer',
    reads: [],
    writes: ['tokens', 'sentences'],
    run(doc: Doc): void {
      const seg = segmentText(doc.text, doc.blocks, tokenizer, splitter);
      const n = seg.start.length;
      const lex = new Uint32Array(n);
      for (let k = 0; k < n; k++) lex[k] = doc.vocab.id(doc.text.slice(seg.start[k], seg.end[k]));
      doc.setTokens({ start: seg.start, end: seg.end, lex, flags: seg.flags });
      doc.setSentences({ tokStart: seg.tokStart, tokEnd: seg.tokEnd });
    },
  };
}
