/**
 * Segmentation of a whole article: tokens and sentences over its blocks, as typed arrays ready for
 * the Doc. Blocks (paragraphs and headings) come from the article reader; text the blocks do not
 * cover, or a text given without blocks, is cut into paragraphs at blank lines.
 */
import type { Block } from '../article/article.js';
import { TokenFlag } from '../doc/doc.js';
import { CHAR_FLAGS, SPACE } from './char-class.js';
import type { SentenceSplitter } from './sentence-splitter.js';
import { TokenBuffer } from './token-buffer.js';
import type { TextTokenizer } from './tokenizer.js';

/** Tokens and sentences of a text. */
export interface Segmentation {
  readonly start: Uint32Array;
  readonly end: Uint32Array;
  /** {@link TokenFlag} bits per token. */
  readonly flags: Uint8Array;
  /** Sentences as token ranges `[tokStart, tokEnd)`. */
  readonly tokStart: Uint32Array;
  readonly tokEnd: Uint32Array;
}

/** Paragraph blocks of `text[from, to)`: runs of text separated by blank lines, trimmed. */
export function paragraphBlocks(text: string, from = 0, to = text.length): Block[] {
  const out: Block[] = [];
  let i = from;
  while (i < to) {
    while (i < to && CHAR_FLAGS[text.charCodeAt(i)] & SPACE) i++;
    if (i >= to) break;
    // the block runs until a line that holds only whitespace
    let j = i;
    let lastNonSpace = i;
    let newlines = 0;
    while (j < to) {
      const c = text.charCodeAt(j);
      if (c === 0x0a) {
        if (++newlines >= 2) break;
      } else if (!(CHAR_FLAGS[c] & SPACE)) {
        newlines = 0;
        lastNonSpace = j;
      }
      j++;
    }
    out.push({ start: i, end: lastNonSpace + 1, kind: 'paragraph' });
    i = j;
  }
  return out;
}

/** The blocks to segment: the given ones in order, plus paragraphs for any text they leave out. */
export function coveringBlocks(text: string, blocks: readonly Block[]): Block[] {
  if (blocks.length === 0) return paragraphBlocks(text);
  const sorted = [...blocks].sort((a, b) => a.start - b.start);
  const out: Block[] = [];
  let pos = 0;
  for (const b of sorted) {
    if (b.start > pos) out.push(...paragraphBlocks(text, pos, b.start));
    const start = Math.max(b.start, pos);
    if (b.end > start) out.push(start === b.start ? b : { start, end: b.end, kind: b.kind });
    pos = Math.max(pos, b.end);
  }
  if (pos < text.length) out.push(...paragraphBlocks(text, pos, text.length));
  return out;
}

/** Tokenises and sentence-splits `text` block by block. */
export function segmentText(text: string, blocks: readonly Block[], tokenizer: TextTokenizer, splitter: SentenceSplitter): Segmentation {
  const buf = new TokenBuffer(Math.ceil(text.length / 5));
  const sentenceStarts: number[] = [];
  const blockStarts: number[] = [];
  const headingRanges: number[] = [];
  for (const b of coveringBlocks(text, blocks)) {
    const from = buf.length;
    tokenizer.tokenizeInto(text, b.start, b.end, buf);
    const to = buf.length;
    if (to === from) continue;
    blockStarts.push(from);
    if (b.kind === 'heading') headingRanges.push(from, to);
    splitter.splitBlock(text, buf.start, buf.end, from, to, sentenceStarts);
  }
  const { start, end } = buf.finish();
  const n = start.length;
  const flags = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    const e = end[k];
    if (e < text.length && CHAR_FLAGS[text.charCodeAt(e)] & SPACE) flags[k] = TokenFlag.SpaceAfter;
  }
  for (const k of blockStarts) flags[k] |= TokenFlag.BlockStart;
  for (let h = 0; h < headingRanges.length; h += 2) {
    for (let k = headingRanges[h]; k < headingRanges[h + 1]; k++) flags[k] |= TokenFlag.InHeading;
  }
  const m = sentenceStarts.length;
  const tokStart = new Uint32Array(m);
  const tokEnd = new Uint32Array(m);
  for (let s = 0; s < m; s++) {
    tokStart[s] = sentenceStarts[s];
    tokEnd[s] = s + 1 < m ? sentenceStarts[s + 1] : n;
  }
  return { start, end, flags, tokStart, tokEnd };
}
