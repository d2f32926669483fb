/**
 * The sentence splitter: decides, over the tokens of one block (paragraph or heading), where
 * sentences start. Rules, in order:
 *
 * 1. A block's first token starts a sentence (headlines, bylines and headings stand alone).
 * 2. After `.` `!` `?` `…`/`...` or a word that kept its period ("U.S.", "Gen."), closing quotes
 *    and brackets written against it stay in the sentence; then the next token decides:
 *    - lower case never starts a sentence (`"…ready?" he asked.`, "the U.S. economy");
 *    - after `?`/`!` and a closing quote, a capitalised name followed by a reporting verb stays
 *      (`"Why now?" Xi asked.`);
 *    - after a title ("Mr.", "Gen.") nothing starts a sentence; after other abbreviations, initials
 *      and acronyms only a usual sentence starter ("The", "He", …) or an opening quote does;
 *    - after a month abbreviation a number continues ("Sept. 15");
 *    - after a plain period or `?`/`!` anything else (capital, digit, opening quote) starts one.
 *    Sentences inside a quotation are sentences too.
 * 3. A single line break inside a block (scraped pages with one paragraph per line, a title line
 *    over the text) is a boundary when the next line starts like a sentence (capital, digit,
 *    quote, bullet) and the line before does not stop mid-sentence (comma, hyphen, "the", "of"…),
 *    unless the block is hard-wrapped prose (many of its lines continue in lower case).
 */
import { createAbbreviations, dottedShape, type Abbreviations } from './abbreviations.js';
import { C, isDigit, isHyphen, isLetter, isLower, isUpper, isWordChar } from './char-class.js';
import { MID_SENTENCE_WORDS, REPORTING_VERBS } from './sentence-cues.js';

/** Splits the tokens of one block into sentences. */
export interface SentenceSplitter {
  /**
   * Appends to `out` the index of the first token of each sentence among tokens `[from, to)`,
   * which must be the tokens of one block (`start`/`end` are their offsets into `text`).
   */
  splitBlock(text: string, start: ArrayLike<number>, end: ArrayLike<number>, from: number, to: number, out: number[]): void;
}

/** What a token ending a sentence candidate is. */
const enum Stop {
  None,
  Period,
  Question,
  Ellipsis,
  Title,
  Date,
  Abbrev,
}

/** A sentence splitter using `abbreviations`. */
export function createSentenceSplitter(abbreviations: Abbreviations = createAbbreviations()): SentenceSplitter {
  const stopKind = (text: string, s: number, e: number): Stop => {
    const last = text.charCodeAt(e - 1);
    const first = text.charCodeAt(s);
    if (isStopChar(first)) {
      let question = false;
      for (let k = s; k < e; k++) {
        const c = text.charCodeAt(k);
        if (!isStopChar(c)) return Stop.None;
        if (c === C.BANG || c === C.QMARK) question = true;
      }
      if (question) return Stop.Question;
      return e - s === 1 && first === C.DOT ? Stop.Period : Stop.Ellipsis;
    }
    if (last !== C.DOT || e - s < 2) return Stop.None;
    // a word that kept its period
    let h = e - 2;
    while (h > s && !isHyphen(text.charCodeAt(h))) h--;
    if (dottedShape(text, h > s ? h + 1 : s, e - 1) !== undefined) return Stop.Abbrev;
    const kind = abbreviations.kind(text.slice(s, e - 1)) ?? (h > s ? abbreviations.kind(text.slice(h + 1, e - 1)) : undefined);
    if (kind === 'title' || kind === 'before-number') return Stop.Title;
    if (kind === 'date') return Stop.Date;
    return Stop.Abbrev;
  };

  return {
    splitBlock(text, start, end, from, to, out) {
      if (from >= to) return;
      out.push(from);
      const firstChar = (t: number): number => text.charCodeAt(start[t]);
      const isOne = (t: number, pred: (c: number) => boolean): boolean => end[t] - start[t] === 1 && pred(text.charCodeAt(start[t]));
      const lineBreakBefore = (t: number): boolean => {
        for (let k = end[t - 1]; k < start[t]; k++) {
          const c = text.charCodeAt(k);
          if (c === C.LF || c === C.CR || c === 0x2028) return true;
        }
        return false;
      };

      // Hard-wrapped prose: many lines go on in lower case, so a line break is just a space.
      let breaks = 0;
      let lowerStarts = 0;
      for (let t = from + 1; t < to; t++) {
        if (lineBreakBefore(t)) {
          breaks++;
          if (isLower(firstChar(t))) lowerStarts++;
        }
      }
      const wrapped = breaks >= 2 && lowerStarts * 3 >= breaks;

      // A quote written against the stop and against the next word too (paragraphs joined without
      // a space): “ and ‘ open the next sentence (`said.“When`), ” and ’ close this one
      // (`assistance.”This`), and a straight quote closes one when an odd number precede it.
      const opensWord = (m: number): boolean => {
        if (!(m + 1 < to && start[m + 1] === end[m] && isWordChar(firstChar(m + 1)))) return false;
        const q = firstChar(m);
        if (q === C.RDQUO || q === C.RSQUO) return false;
        if (q !== C.QUOTE) return true;
        let before = 0;
        for (let k = from; k < m; k++) if (isOne(k, (c) => c === C.QUOTE)) before++;
        return before % 2 === 0;
      };
      const startsLikeSentence = (t: number): boolean => {
        const c = firstChar(t);
        return isUpper(c) || isDigit(c) || isOne(t, isOpeningMark) || isOne(t, isBullet) || (isLetter(c) && !isLower(c));
      };
      const endsMidSentence = (t: number): boolean => {
        if (isOne(t, isOpenEndMark)) return true;
        return isLower(firstChar(t)) && MID_SENTENCE_WORDS.has(text.slice(start[t], end[t]).toLowerCase());
      };
      const reportingVerbFollows = (w: number): boolean => {
        for (let q = w + 1; q < to && q <= w + 3; q++) {
          const c = firstChar(q);
          if (isLower(c)) return REPORTING_VERBS.has(text.slice(start[q], end[q]));
          if (!isUpper(c)) return false;
        }
        return false;
      };
      const splitsBefore = (kind: Stop, t: number, m: number): boolean => {
        if (isOne(m, isContinuationMark)) return false; // "U.S.," "?)" "etc.;"
        let w = m;
        while (w < to && isOne(w, isOpeningMark)) w++;
        if (w >= to) return true;
        const opened = w > m;
        const c = firstChar(w);
        if (isLower(c)) return false;
        switch (kind) {
          case Stop.Title:
            return false;
          case Stop.Period:
            return true;
          case Stop.Question:
            return !(m > t + 1 && !opened && isUpper(c) && reportingVerbFollows(w));
          case Stop.Ellipsis:
            return isUpper(c) || opened;
          case Stop.Date:
            if (isDigit(c)) return false;
            return opened || abbreviations.isStarter(text.slice(start[w], end[w]));
          default:
            return opened || abbreviations.isStarter(text.slice(start[w], end[w]));
        }
      };

      let t = from;
      while (t < to - 1) {
        const kind = stopKind(text, start[t], end[t]);
        if (kind !== Stop.None) {
          let m = t + 1;
          while (m < to && start[m] === end[m - 1] && isOne(m, isClosingMark) && !opensWord(m)) m++;
          // a reference mark after the stop ("… in 1805. [6] He…") stays with its sentence
          if (m + 2 < to && isOne(m, (c) => c === C.LBRACKET) && isDigit(firstChar(m + 1)) && isOne(m + 2, (c) => c === C.RBRACKET)) m += 3;
          if (m >= to) break;
          const lineStart = kind !== Stop.Title && !wrapped && lineBreakBefore(m) && startsLikeSentence(m);
          if (lineStart || splitsBefore(kind, t, m)) out.push(m);
          t = m;
          continue;
        }
        if (!wrapped && lineBreakBefore(t + 1) && startsLikeSentence(t + 1) && !endsMidSentence(t)) out.push(t + 1);
        t++;
      }
    },
  };
}

function isStopChar(c: number): boolean {
  return c === C.DOT || c === C.BANG || c === C.QMARK || c === C.ELLIPSIS;
}

/** Marks that open a quotation or bracket (straight quotes count: spacing tells which they are). */
function isOpeningMark(c: number): boolean {
  return c === C.QUOTE || c === C.APOS || c === C.LDQUO || c === C.LSQUO || c === C.DQUO_LOW || c === C.LPAREN ||
    c === C.LBRACKET || c === C.LAQUO || c === C.BACKTICK || c === C.RDQUO || c === C.RAQUO;
}

/** Marks that close a quotation or bracket. */
function isClosingMark(c: number): boolean {
  return c === C.QUOTE || c === C.APOS || c === C.RDQUO || c === C.RSQUO || c === C.RPAREN || c === C.RBRACKET ||
    c === C.RBRACE || c === C.RAQUO || c === C.LAQUO || c === C.RSAQUO || c === C.PRIME || c === C.LDQUO;
}

/** Marks that, right after a stop, show the sentence goes on ("U.S.," "?)" "etc.;"). */
function isContinuationMark(c: number): boolean {
  return c === C.COMMA || c === C.SEMI || c === C.COLON || c === C.RPAREN || c === C.RBRACKET || c === C.PERCENT;
}

/** Marks that, ending a line, show the sentence goes on to the next line. */
function isOpenEndMark(c: number): boolean {
  return c === C.COMMA || c === C.SEMI || c === C.COLON || c === C.HYPHEN || c === C.LPAREN || c === C.LBRACKET ||
    c === C.AMP || c === C.SLASH || c === C.PLUS;
}

/** Bullets and dashes that start a line of a list. */
function isBullet(c: number): boolean {
  return c === C.HYPHEN || c === C.BULLET || c === C.STAR || c === C.ENDASH || c === C.EMDASH || c === 0x25aa || c === 0x25cf;
}
