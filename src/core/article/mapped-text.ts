/**
 * Text that remembers where each of its characters came from. The readers cut, join and trim
 * lines of a source document; carrying a source offset per character through those edits makes the
 * {@link OffsetMap} of the final article exact without bookkeeping at each step.
 */
import type { Block } from './article.js';
import { OffsetMap, type OffsetRun } from './offset-map.js';

/** A string with the source offset of each character (-1: inserted by the reader). */
export class MappedText {
  readonly text: string;
  readonly src: Int32Array;

  constructor(text: string, src: Int32Array) {
    if (text.length !== src.length) throw new RangeError('MappedText needs one source offset per character');
    this.text = text;
    this.src = src;
  }

  /** `source.slice(start, end)`, each character mapped to its own offset. */
  static fromSource(source: string, start = 0, end = source.length): MappedText {
    const src = new Int32Array(end - start);
    for (let i = 0; i < src.length; i++) src[i] = start + i;
    return new MappedText(source.slice(start, end), src);
  }

  /** Text the reader adds (a joining space, a paragraph break): no source. */
  static inserted(text: string): MappedText {
    return new MappedText(text, new Int32Array(text.length).fill(-1));
  }

  /** Concatenation of `parts`. */
  static concat(parts: readonly MappedText[]): MappedText {
    const src = new Int32Array(parts.reduce((n, p) => n + p.text.length, 0));
    let at = 0;
    for (const p of parts) {
      src.set(p.src, at);
      at += p.src.length;
    }
    return new MappedText(parts.map((p) => p.text).join(''), src);
  }

  get length(): number {
    return this.text.length;
  }

  slice(start: number, end = this.text.length): MappedText {
    return new MappedText(this.text.slice(start, end), this.src.slice(start, end));
  }

  /** Without leading and trailing white space. */
  trim(): MappedText {
    const start = this.text.length - this.text.trimStart().length;
    const end = this.text.trimEnd().length;
    return start === 0 && end === this.text.length ? this : this.slice(start, Math.max(start, end));
  }

  /** Inserts `s` (unmapped) before each offset in `at` (ascending). */
  insertAt(at: readonly number[], s: string): MappedText {
    if (!at.length) return this;
    const parts: MappedText[] = [];
    let prev = 0;
    for (const i of at) {
      parts.push(this.slice(prev, i), MappedText.inserted(s));
      prev = i;
    }
    parts.push(this.slice(prev));
    return MappedText.concat(parts);
  }

  /** Runs of white space squeezed to one space (the first character of each run keeps its source). */
  squeezeSpaces(): MappedText {
    if (!/\s\s|[^\S ]/.test(this.text)) return this;
    const keep: number[] = [];
    let out = '';
    for (let i = 0; i < this.text.length; i++) {
      const ws = /\s/.test(this.text[i]);
      if (ws && out.endsWith(' ')) continue;
      out += ws ? ' ' : this.text[i];
      keep.push(this.src[i]);
    }
    return new MappedText(out, Int32Array.from(keep));
  }
}

/** A block draft: what a reader kept, before the article text is assembled. */
export interface BlockDraft {
  readonly kind: Block['kind'];
  readonly body: MappedText;
}

/**
 * Assembles the clean text (blocks joined by a blank line), the block spans and the offset map to
 * the source from the kept blocks.
 */
export function assembleBlocks(drafts: readonly BlockDraft[]): { text: string; blocks: Block[]; offsets: OffsetMap } {
  const parts: MappedText[] = [];
  const blocks: Block[] = [];
  let at = 0;
  for (const d of drafts) {
    if (!d.body.length) continue;
    if (parts.length) {
      parts.push(MappedText.inserted('\n\n'));
      at += 2;
    }
    parts.push(d.body);
    blocks.push({ start: at, end: at + d.body.length, kind: d.kind });
    at += d.body.length;
  }
  const all = MappedText.concat(parts);
  return { text: all.text, blocks, offsets: new OffsetMap(runsOf(all.src)) };
}

/** Copied runs of a per-character source map. */
export function runsOf(src: Int32Array): OffsetRun[] {
  const runs: OffsetRun[] = [];
  let i = 0;
  while (i < src.length) {
    if (src[i] < 0) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < src.length && src[j] === src[j - 1] + 1) j++;
    runs.push({ start: i, sourceStart: src[i], length: j - i });
    i = j;
  }
  return runs;
}
