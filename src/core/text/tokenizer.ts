/**
 * The tokenizer for news text: a hand-written scanner over character codes that writes
 * `[start, end)` offsets into the text, one pair per token, and allocates nothing per token.
 *
 * Conventions are UD English's (EWT and GUM, measured on their CoNLL-U sources), so the tokens are
 * the words the trained tagger and parser expect; the one deliberate difference is hyphens
 * (see TOKENIZATION.md for the table and how training merges them):
 *
 * | text                          | tokens                          | UD English does            |
 * |-------------------------------|---------------------------------|----------------------------|
 * | don't · can't · won't         | do n't · ca n't · wo n't        | same (multiword tokens)    |
 * | it's · I'm · we'll · they've  | it 's · I 'm · we 'll · they 've| same                       |
 * | cannot · gonna                | can not · gon na                | same                       |
 * | Russia's · Harris'            | Russia 's · Harris '            | same                       |
 * | Mr. · Sept. · Inc. · e.g.     | one token, period included      | same                       |
 * | U.S. · a.m. · Ph.D. · W.      | one token, period included      | same, also sentence-final  |
 * | $8.7bn · £6.7bn · 50%         | $ 8.7 bn · £ 6.7 bn · 50 %      | same ($ 10 · 10 m · 50 %)  |
 * | 1,008 · 1,000.5 · 08:30       | one token each                  | same                       |
 * | 15/09/2022 · 9/11             | one token                       | same                       |
 * | and/or                        | and / or                        | same                       |
 * | 21st · 1990s · 1990's · '71   | one token each                  | same                       |
 * | Nur-Sultan · cease-fire       | ONE token                       | split: Nur - Sultan        |
 * | 2022-09-15 · COVID-19 · F-16  | ONE token                       | dates kept, others split   |
 * | — · – · -- (dashes)           | own tokens                      | same                       |
 * | " “ ” ' ‘ ’ ( ) [ ]           | own tokens                      | same                       |
 * | ... · … · ?! · !!!            | one token per run               | same                       |
 * | URLs · e-mails · @handle · #tag | one token                     | same                       |
 * | Navy"s (typo)                 | Navy "s                         | —                          |
 */
import { createAbbreviations, dottedShape, type Abbreviations } from './abbreviations.js';
import {
  C, CHAR_FLAGS, DIGIT, SPACE, WORD, isApostrophe, isCurrency, isDigit, isHyphen, isLongDash, isPrefixPunct,
  isSuffixPunct,
} from './char-class.js';
import type { Span } from '../span.js';
import { TokenBuffer, type TokenSink } from './token-buffer.js';
import { cliticEnd, pushWord, splitCore } from './word-scanner.js';

/** Splits text into tokens. */
export interface TextTokenizer {
  /** Tokens of `text[from, to)` as character spans into `text`. */
  tokenize(text: string, from?: number, to?: number): Span[];
  /** Writes the tokens of `text[from, to)` into `sink` (the allocation-free path). */
  tokenizeInto(text: string, from: number, to: number, sink: TokenSink): void;
}

/** Most suffix tokens one chunk can have before the rest is left to the inner scanner. */
const MAX_SUFFIXES = 64;

/** A tokenizer using `abbreviations` to decide which periods belong to their word. */
export function createTextTokenizer(abbreviations: Abbreviations = createAbbreviations()): TextTokenizer {
  const tokenizeInto = (text: string, from: number, to: number, sink: TokenSink): void => {
    const stack = new Uint32Array(MAX_SUFFIXES);
    let i = Math.max(0, from);
    const stop = Math.min(to, text.length);
    while (i < stop) {
      if (CHAR_FLAGS[text.charCodeAt(i)] & SPACE) {
        i++;
        continue;
      }
      // a chunk: the run of non-space characters; note whether it is plain letters (the fast path)
      let e = i;
      let all = 0xff;
      let any = 0;
      while (e < stop) {
        const f = CHAR_FLAGS[text.charCodeAt(e)];
        if (f & SPACE) break;
        all &= f;
        any |= f;
        e++;
      }
      if (all & WORD && !(any & DIGIT)) pushWord(text, i, e, sink);
      else splitChunk(text, i, e, sink, abbreviations, stack);
      i = e;
    }
  };
  return {
    tokenizeInto,
    tokenize(text, from = 0, to = text.length) {
      const buf = new TokenBuffer(Math.ceil((to - from) / 5));
      tokenizeInto(text, from, to, buf);
      const out: Span[] = new Array(buf.length);
      for (let k = 0; k < buf.length; k++) out[k] = { start: buf.start[k], end: buf.end[k] };
      return out;
    },
  };
}

const DEFAULT_TOKENIZER = createTextTokenizer();

/** Tokens of `text` (or of `text[from, to)`) with the default abbreviations. */
export function tokenize(text: string, from = 0, to = text.length): Span[] {
  return DEFAULT_TOKENIZER.tokenize(text, from, to);
}

/** Splits one whitespace-delimited chunk `[s, e)`: prefixes, then suffixes, then the core. */
function splitChunk(text: string, s: number, e: number, sink: TokenSink, abbr: Abbreviations, stack: Uint32Array): void {
  // ---- prefixes: opening quotes and brackets, currency signs, dashes, bullets, leading dots
  while (s < e) {
    const c = text.charCodeAt(s);
    if (isPrefixPunct(c)) {
      // '71 and a stand-alone clitic ('s) are words, not quotes
      if (isApostrophe(c) && s + 1 < e && (isDigit(text.charCodeAt(s + 1)) || cliticEnd(text, s, e) > 0)) break;
      sink.push(s, s + 1);
      s++;
      continue;
    }
    if (isCurrency(c) || isLongDash(c) || c === C.ELLIPSIS) {
      sink.push(s, s + 1);
      s++;
      continue;
    }
    if (c === C.BULLET || c === C.STAR) {
      let k = s + 1;
      while (k < e && text.charCodeAt(k) === c) k++; // "*", "***"
      sink.push(s, k);
      s = k;
      continue;
    }
    if (c === C.HYPHEN || c === C.DOT) {
      let k = s + 1;
      while (k < e && text.charCodeAt(k) === c) k++;
      if (k - s === 1 && c === C.HYPHEN && k < e && isDigit(text.charCodeAt(k))) break; // -5
      sink.push(s, k); // "-" bullet, "--", "...", "."
      s = k;
      continue;
    }
    break;
  }
  if (s >= e) return;

  // ---- URLs run to the chunk's end, less trailing punctuation
  if (isUrlStart(text, s, e)) {
    const u = urlEnd(text, s, e);
    sink.push(s, u);
    if (u < e) splitCore(text, u, e, sink);
    return;
  }

  // ---- suffixes, collected right to left: closing quotes and brackets, , ; : . ! ? … % dashes
  const chunkEnd = e;
  let n = 0;
  while (e > s && n < MAX_SUFFIXES) {
    const c = text.charCodeAt(e - 1);
    let k = e - 1;
    if (isSuffixPunct(c) || c === C.COMMA || c === C.SEMI || c === C.COLON || c === C.ELLIPSIS || isLongDash(c)) {
      // k = e - 1
    } else if (c === C.BANG || c === C.QMARK) {
      while (k > s && (text.charCodeAt(k - 1) === C.BANG || text.charCodeAt(k - 1) === C.QMARK)) k--;
    } else if (c === C.DOT) {
      while (k > s && text.charCodeAt(k - 1) === C.DOT) k--;
      if (e - k === 1 && k > s && keepsPeriod(text, s, k, chunkEnd, abbr)) break;
    } else if ((c === C.PERCENT || c === 0x2030) && k > s && isDigit(text.charCodeAt(k - 1))) {
      // 50% → 50 %
    } else if (isHyphen(c) && k > s && isHyphen(text.charCodeAt(k - 1))) {
      while (k > s && isHyphen(text.charCodeAt(k - 1))) k--; // "word--"
    } else {
      break;
    }
    stack[n++] = k;
    e = k;
  }

  if (e > s) splitCore(text, s, e, sink);
  for (let m = n - 1; m >= 0; m--) sink.push(stack[m], m === 0 ? chunkEnd : stack[m - 1]);
}

/**
 * True when the period after `text[s, k)` belongs to the word: an initial, a dotted acronym
 * (also after a hyphen: "Russia-U.S."), or an abbreviation from the table ("No." only before a number).
 */
function keepsPeriod(text: string, s: number, k: number, chunkEnd: number, abbr: Abbreviations): boolean {
  let h = k - 1;
  while (h > s && !isHyphen(text.charCodeAt(h))) h--;
  const last = h > s ? h + 1 : s;
  if (dottedShape(text, last, k) !== undefined) return true;
  // the whole word, or its last part after a hyphen ("D-Nev.", "ex-Gov.")
  const kind = abbr.kind(text.slice(s, k)) ?? (last > s ? abbr.kind(text.slice(last, k)) : undefined);
  if (kind === undefined) return false;
  if (kind !== 'before-number') return true;
  let j = chunkEnd;
  while (j < text.length && CHAR_FLAGS[text.charCodeAt(j)] & SPACE) j++;
  return j < text.length && isDigit(text.charCodeAt(j));
}

/** True when `text[s..]` starts with http://, https://, ftp:// or www. (any case). */
function isUrlStart(text: string, s: number, e: number): boolean {
  if (e - s < 5) return false;
  const a = text.charCodeAt(s) | 0x20;
  if (a === 0x77) return (text.charCodeAt(s + 1) | 0x20) === 0x77 && (text.charCodeAt(s + 2) | 0x20) === 0x77 && text.charCodeAt(s + 3) === C.DOT;
  let sep = -1;
  if (a === 0x66) sep = (text.charCodeAt(s + 1) | 0x20) === 0x74 && (text.charCodeAt(s + 2) | 0x20) === 0x70 ? s + 3 : -1; // ftp
  else if (a === 0x68 && (text.charCodeAt(s + 1) | 0x20) === 0x74 && (text.charCodeAt(s + 2) | 0x20) === 0x74 && (text.charCodeAt(s + 3) | 0x20) === 0x70) {
    sep = (text.charCodeAt(s + 4) | 0x20) === 0x73 ? s + 5 : s + 4; // http, https
  }
  return sep > 0 && sep + 3 < e && text.charCodeAt(sep) === C.COLON && text.charCodeAt(sep + 1) === C.SLASH && text.charCodeAt(sep + 2) === C.SLASH;
}

/** End of the URL at `s`: the chunk less trailing punctuation (a `)` stays when the URL opened one). */
function urlEnd(text: string, s: number, e: number): number {
  let u = e;
  while (u > s + 1) {
    const c = text.charCodeAt(u - 1);
    if (c === C.RPAREN) {
      const body = text.slice(s, u);
      if (body.split('(').length > body.split(')').length - 1) break;
    } else if (!(c === C.DOT || c === C.COMMA || c === C.SEMI || c === C.COLON || c === C.BANG || c === C.QMARK || isSuffixPunct(c))) {
      break;
    }
    u--;
  }
  return u;
}
