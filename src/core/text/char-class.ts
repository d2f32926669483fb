/**
 * Character classes for the tokenizer and the sentence splitter: one byte of flags per UTF-16 code
 * unit, computed once when the module loads (an immutable table, ~15 ms, 64 KB), so the scanners
 * classify a character with one array read instead of a regular expression.
 */

/** Whitespace, including no-break and zero-width spaces (page scrapes are full of them). */
export const SPACE = 1;
/** A word character: any letter, combining mark or digit, plus `_`. */
export const WORD = 2;
/** ASCII digit 0-9. */
export const DIGIT = 4;
/** Upper- or title-case letter. */
export const UPPER = 8;
/** Lower-case letter. */
export const LOWER = 16;
/** High or low surrogate: half of an astral character (emoji, rare scripts). */
export const SURROGATE = 32;

function buildTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  const word = /[\p{L}\p{M}\p{N}]/u;
  const upper = /[\p{Lu}\p{Lt}]/u;
  const lower = /\p{Ll}/u;
  const space = /[\s\u200B\u2060\uFEFF]/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) {
      table[c] = SURROGATE;
      continue;
    }
    // CJK ideographs and Hangul syllables are letters without case: skip the regex tests.
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7a3)) {
      table[c] = WORD;
      continue;
    }
    const ch = String.fromCharCode(c);
    if (space.test(ch)) table[c] = SPACE;
    else if (word.test(ch)) table[c] = WORD | (upper.test(ch) ? UPPER : lower.test(ch) ? LOWER : 0);
  }
  for (let c = 0x30; c <= 0x39; c++) table[c] = WORD | DIGIT;
  table[0x5f] = WORD; // '_' joins words (user_names, file_names)
  table[0xad] = WORD; // soft hyphen: invisible, inside words
  return table;
}

/** Flags of each UTF-16 code unit. Read-only by convention: never write to it. */
export const CHAR_FLAGS: Uint8Array = buildTable();

/** True for whitespace. */
export function isSpace(c: number): boolean {
  return (CHAR_FLAGS[c] & SPACE) !== 0;
}

/** True for a word character (letter, mark, digit, `_`). */
export function isWordChar(c: number): boolean {
  return (CHAR_FLAGS[c] & WORD) !== 0;
}

/** True for an ASCII digit. */
export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** True for an upper- or title-case letter. */
export function isUpper(c: number): boolean {
  return (CHAR_FLAGS[c] & UPPER) !== 0;
}

/** True for a lower-case letter. */
export function isLower(c: number): boolean {
  return (CHAR_FLAGS[c] & LOWER) !== 0;
}

/** True for a letter (a word character that is not a digit). */
export function isLetter(c: number): boolean {
  return (CHAR_FLAGS[c] & (WORD | DIGIT)) === WORD;
}

/** Character codes the scanners name. */
export const C = {
  TAB: 0x09,
  LF: 0x0a,
  CR: 0x0d,
  QUOTE: 0x22, // "
  HASH: 0x23, // #
  DOLLAR: 0x24,
  PERCENT: 0x25,
  AMP: 0x26,
  APOS: 0x27, // '
  LPAREN: 0x28,
  RPAREN: 0x29,
  STAR: 0x2a,
  PLUS: 0x2b,
  COMMA: 0x2c,
  HYPHEN: 0x2d,
  DOT: 0x2e,
  SLASH: 0x2f,
  COLON: 0x3a,
  SEMI: 0x3b,
  BANG: 0x21,
  QMARK: 0x3f,
  AT: 0x40,
  LBRACKET: 0x5b,
  RBRACKET: 0x5d,
  BACKTICK: 0x60,
  LBRACE: 0x7b,
  RBRACE: 0x7d,
  NBHYPHEN: 0x2011, // non-breaking hyphen
  UHYPHEN: 0x2010, // Unicode hyphen
  FIGDASH: 0x2012,
  ENDASH: 0x2013,
  EMDASH: 0x2014,
  HBAR: 0x2015,
  LSQUO: 0x2018, // ‘
  RSQUO: 0x2019, // ’
  SQUO_LOW: 0x201a, // ‚
  LDQUO: 0x201c, // “
  RDQUO: 0x201d, // ”
  DQUO_LOW: 0x201e, // „
  ELLIPSIS: 0x2026, // …
  PRIME: 0x2032,
  LAQUO: 0xab, // «
  RAQUO: 0xbb, // »
  LSAQUO: 0x2039, // ‹
  RSAQUO: 0x203a, // ›
  MINUS: 0x2212,
  IEXCL: 0xa1, // ¡
  IQUEST: 0xbf, // ¿
  BULLET: 0x2022,
} as const;

/** True for an apostrophe-like character that can start a clitic ('s, n't): ' ’ ` ′. */
export function isApostrophe(c: number): boolean {
  return c === C.APOS || c === C.RSQUO || c === C.BACKTICK || c === C.PRIME;
}

/**
 * True for a character split off the front of a chunk as a token of its own: quotes of every kind
 * (news uses ” and » as openers too), opening brackets, inverted ! and ?.
 */
export function isPrefixPunct(c: number): boolean {
  return (
    c === C.QUOTE || c === C.APOS || c === C.LDQUO || c === C.LSQUO || c === C.DQUO_LOW || c === C.SQUO_LOW ||
    c === C.LPAREN || c === C.LBRACKET || c === C.LBRACE || c === C.LAQUO || c === C.LSAQUO || c === C.BACKTICK ||
    c === C.RDQUO || c === C.RSQUO || c === C.IEXCL || c === C.IQUEST || c === C.RAQUO
  );
}

/** True for a character split off the end of a chunk as a token of its own: quotes and closing brackets. */
export function isSuffixPunct(c: number): boolean {
  return (
    c === C.QUOTE || c === C.APOS || c === C.RDQUO || c === C.RSQUO || c === C.LDQUO ||
    c === C.RPAREN || c === C.RBRACKET || c === C.RBRACE || c === C.RAQUO || c === C.RSAQUO || c === C.LAQUO || c === C.PRIME
  );
}

/** True for a dash that is always a token of its own (en, em, figure dash, horizontal bar, minus). */
export function isLongDash(c: number): boolean {
  return c === C.ENDASH || c === C.EMDASH || c === C.FIGDASH || c === C.HBAR || c === C.MINUS;
}

/** True for a hyphen that joins the parts of a word (ASCII, Unicode and non-breaking hyphens). */
export function isHyphen(c: number): boolean {
  return c === C.HYPHEN || c === C.UHYPHEN || c === C.NBHYPHEN;
}

/** True for a currency sign that UD writes as its own token before the amount. */
export function isCurrency(c: number): boolean {
  return c === C.DOLLAR || c === 0xa3 || c === 0x20ac || c === 0xa5 || c === 0x20b9 || c === 0x20bd || c === 0x20a9 || c === 0x20ba || c === 0xa2;
}
