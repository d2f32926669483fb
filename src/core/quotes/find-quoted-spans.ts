/**
 * Finds quoted stretches of text: straight, curly and angle double quotes, single quotes (nested
 * inside double quotes, or used on their own as the British press and headlines do), quotes that
 * run over several paragraphs, and apostrophes that are not quotes (`Navy's`, `’90s`, `Harris’`,
 * a stray `Navy"s`). Purely character-level: attribution is done later, on the parsed text.
 */
import type { Span } from '../span.js';

/** A quoted stretch: the marks, and the content between them (trimmed). */
export interface QuotedSpan {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset just after the closing mark (or the end of the text it ran to, when unterminated). */
  readonly close: number;
  /** The content, without the marks. A multi-paragraph quote has one part per paragraph. */
  readonly parts: readonly Span[];
  /** True when the quote was closed by a mark, false when it ran to a paragraph end. */
  readonly closed: boolean;
  /** Single-quoted outside any double quote ('senior officials'). */
  readonly single: boolean;
}

type MarkRole = 'open' | 'close' | 'either' | 'none';

const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpaceOrStart = (c: string | undefined) => c === undefined || /[\s([{\u2014\u2013/-]/.test(c);

/** Role of a double-quote character at `i`. */
function doubleRole(text: string, i: number): MarkRole {
  const c = text[i];
  const prev = text[i - 1];
  const next = text[i + 1];
  if (c === '\u201c' || c === '\u201e' || c === '\u00ab') return 'open';
  if (c === '\u00bb') return 'close';
  if (c === '\u201d') {
    // A right quote used as an opener ("”Text”") appears after a space and before a letter.
    return isSpaceOrStart(prev) && isLetter(next) ? 'either' : 'close';
  }
  // Straight quote.
  if (isLetter(prev) && next === 's' && !isLetter(text[i + 2])) return 'none'; // Navy"s: a mistyped apostrophe
  if (isSpaceOrStart(prev) && next !== undefined && !/\s/.test(next)) return 'open';
  if (!isSpaceOrStart(prev) && (next === undefined || /[\s.,;:!?)\]\u2014\u2013-]/.test(next))) return 'close';
  return 'either';
}

/** Role of a single-quote character at `i` (apostrophes are `none`). */
function singleRole(text: string, i: number): MarkRole {
  const c = text[i];
  const prev = text[i - 1];
  const next = text[i + 1];
  if (c === '\u2039') return 'open';
  if (c === '\u203a') return 'close';
  if (isLetter(prev) && isLetter(next)) return 'none'; // don't, Niger’s, O’Brien
  if (/\d/.test(next ?? '') && !isLetter(prev)) return 'none'; // ’90s
  if (c === '\u2018' || (c === "'" && isSpaceOrStart(prev) && isLetter(next))) return 'open';
  if (isSpaceOrStart(prev)) return next && !/\s/.test(next) ? 'open' : 'none';
  // After a letter and before a space or punctuation: a closing quote, or a plural possessive (Harris’).
  return 'close';
}

const DOUBLE = /["\u201c\u201d\u201e\u00ab\u00bb]/;
const SINGLE = /['\u2018\u2019\u2039\u203a]/;

interface Mark {
  at: number;
  role: MarkRole;
  single: boolean;
}

/** The quote marks of one paragraph, classified. */
function marksOf(text: string, from: number, to: number): Mark[] {
  const out: Mark[] = [];
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (DOUBLE.test(c)) {
      const role = doubleRole(text, i);
      if (role !== 'none') out.push({ at: i, role, single: false });
    } else if (SINGLE.test(c)) {
      const role = singleRole(text, i);
      if (role !== 'none') out.push({ at: i, role, single: true });
    }
  }
  return out;
}

function trimmed(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** A double quote being read: where it opened and the content parts so far. */
interface OpenQuote {
  open: number;
  parts: Span[];
  fromBlock: number;
}

/** Marks that can only open a quote: a new one of these while a quote is open means the old one was never closed. */
const STRONG_OPENERS = /[\u201c\u201e\u00ab]/;

/**
 * Every quoted span in `text`, whose paragraphs are `blocks` (in order). A double quote left open at
 * the end of a paragraph continues into the next when that paragraph opens with a quote mark (the
 * press convention) or when a closing mark comes later without a new opening one.
 */
export function findQuotedSpans(text: string, blocks: readonly Span[]): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  let quote: OpenQuote | null = null;

  const end = (q: OpenQuote, close: number, closed: boolean) => out.push(finish(text, q.open, close, q.parts, closed, false));

  const allMarks = blocks.map((b) => marksOf(text, b.start, b.end));
  /** True when the next double mark from block `b` on (within 8 blocks) can close a quote. */
  const closesLater = (b: number) => {
    for (let j = b; j < Math.min(blocks.length, b + 8); j++) {
      const m = allMarks[j].find((x) => !x.single);
      if (m) return m.role !== 'open';
    }
    return false;
  };

  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b];
    const marks = allMarks[b];
    let k = 0;
    if (quote) {
      const first = marks[0];
      const opensParagraph = first && !first.single && first.role !== 'close' && text.slice(block.start, first.at).trim() === '';
      if (opensParagraph) {
        // The paragraph re-opens the running quote (press convention): continue it.
        quote.parts.push({ start: first.at + 1, end: block.end });
        k = 1;
      } else if (closesLater(b)) {
        // A closing mark further on, with no new opening before it: the quote ran over these paragraphs.
        quote.parts.push({ start: block.start, end: block.end });
        k = 0;
      } else {
        end(quote, blocks[b - 1].end, false);
        quote = null;
      }
    }
    let single: number | null = null;
    for (; k < marks.length; k++) {
      const m = marks[k];
      if (m.single) {
        // Single quotes count on their own only outside a double quote.
        if (quote) continue;
        if (single === null) {
          if (m.role !== 'close') single = m.at;
        } else if (m.role !== 'open') {
          out.push(finish(text, single, m.at + 1, [{ start: single + 1, end: m.at }], true, true));
          single = null;
        }
        continue;
      }
      if (!quote) {
        if (m.role !== 'close') {
          quote = { open: m.at, parts: [{ start: m.at + 1, end: block.end }], fromBlock: b };
          single = null;
        } else {
          const lost = lostOpening(text, block, m.at, out);
          if (lost !== null) out.push(finish(text, lost, m.at + 1, [{ start: lost, end: m.at }], true, false));
        }
        continue;
      }
      if (m.role === 'open' && STRONG_OPENERS.test(text[m.at])) {
        end(quote, m.at, false);
        quote = { open: m.at, parts: [{ start: m.at + 1, end: block.end }], fromBlock: b };
        continue;
      }
      const last = quote.parts[quote.parts.length - 1];
      quote.parts[quote.parts.length - 1] = { start: last.start, end: m.at };
      end(quote, m.at + 1, true);
      quote = null;
    }
  }
  if (quote) end(quote, blocks[blocks.length - 1].end, false);
  return out.sort((a, b) => a.open - b.open);
}

/**
 * Where a quotation whose opening mark was lost starts: a closing mark right after a sentence's final
 * punctuation that ends its paragraph ('… said.  This clearly showed their unwillingness.”') closes
 * the sentence it ends, which then starts after the previous sentence's end. Null otherwise.
 */
function lostOpening(text: string, block: Span, at: number, found: readonly QuotedSpan[]): number | null {
  if (!/[.!?]/.test(text[at - 1] ?? '') || text.slice(at + 1, block.end).trim() !== '') return null;
  let start = block.start;
  for (const m of text.slice(block.start, at - 1).matchAll(/[.!?]["”’»)]?\s+(?=\p{Lu})/gu)) start = block.start + m.index + m[0].length;
  if (found.some((q) => q.close > start)) return null;
  return start < at - 1 ? start : null;
}

function finish(text: string, open: number, close: number, parts: Span[], closed: boolean, single: boolean): QuotedSpan {
  return { open, close, parts: parts.map((p) => trimmed(text, p.start, p.end)).filter((p) => p.end > p.start), closed, single };
}
