/**
 * The inner scanner of the tokenizer: splits the core of a whitespace-delimited chunk (what is left
 * once leading quotes/brackets and trailing punctuation are off) into words, clitics and
 * punctuation. Conventions follow UD English (see TOKENIZATION.md), except that hyphenated words
 * stay whole.
 */
import { dottedShape } from './abbreviations.js';
import {
  C, CHAR_FLAGS, DIGIT, WORD, isApostrophe, isDigit, isHyphen, isLetter, isLower, isPrefixPunct, isSuffixPunct, isUpper,
  isWordChar,
} from './char-class.js';
import type { TokenSink } from './token-buffer.js';

/**
 * Units written straight after a number; UD splits them off ("$8.7bn" → $ 8.7 bn, "10m" → 10 m).
 * Ordinals ("21st") and decades ("1990s") are not units and stay whole. Case-sensitive.
 */
const UNITS: ReadonlySet<string> = new Set([
  'bn', 'b', 'm', 'mn', 'mln', 'bln', 'k', 'tn', 'trn', 'tr', 'cr', 'bp', 'bps',
  'km', 'kg', 'g', 'mg', 'mm', 'cm', 'ft', 'mi', 'mph', 'kph', 'kmh', 'sqkm', 'ha', 'lb', 'lbs', 'oz', 't',
  'gw', 'mw', 'kw', 'kwh', 'mwh', 'gwh', 'twh', 'kWh', 'MWh', 'GWh', 'TWh', 'GW', 'MW', 'KW', 'kW',
  'gb', 'mb', 'tb', 'GB', 'MB', 'TB', 'am', 'pm', 'AM', 'PM', 'hrs', 'hr', 'h', 'min', 'mins', 'sec', 'secs',
  'bpd', 'bcm', 'BN', 'M', 'B', 'K', 'Bn', 'bbl', 'yo',
]);

/** True when `text[i]` can begin a word although it is not a word character. */
export function startsWord(text: string, i: number, e: number): boolean {
  const c = text.charCodeAt(i);
  if (i + 1 >= e) return false;
  const next = text.charCodeAt(i + 1);
  if (c === C.AT) return isWordChar(next); // @handle
  if (c === C.HASH) return isLetter(next); // #hashtag ("#1" stays '#' + '1', as in UD)
  if (c === C.PLUS || c === C.HYPHEN || c === C.MINUS) return isDigit(next); // signed number
  // '71, ’90s: an elided century
  if (isApostrophe(c)) return isDigit(next) && i + 2 < e && isDigit(text.charCodeAt(i + 2)) && (i + 3 >= e || !isDigit(text.charCodeAt(i + 3)));
  return false;
}

/**
 * End of the clitic starting at the apostrophe `text[i]` ('s 'm 'd 're 've 'll, any apostrophe; a
 * straight double quote only in the typo `Navy"s`), or -1. The clitic must end the word.
 */
export function cliticEnd(text: string, i: number, e: number): number {
  let k = i + 1;
  while (k < e && isLetter(text.charCodeAt(k))) k++;
  if (k < e && isWordChar(text.charCodeAt(k))) return -1;
  const n = k - i - 1;
  const a = text.charCodeAt(i + 1) | 0x20;
  if (text.charCodeAt(i) === C.QUOTE) return n === 1 && a === 0x73 ? k : -1;
  if (n === 1) return a === 0x73 || a === 0x6d || a === 0x64 ? k : -1; // s m d
  if (n === 2) {
    const b = text.charCodeAt(i + 2) | 0x20;
    if ((a === 0x72 || a === 0x76) && b === 0x65) return k; // re ve
    if (a === 0x6c && b === 0x6c) return k; // ll
  }
  return -1;
}

/** End of the word starting at `i` inside the core `[i, e)`. */
export function scanWord(text: string, i: number, e: number): number {
  let j = i;
  const first = text.charCodeAt(i);
  let numeric = isDigit(first);
  if (!(CHAR_FLAGS[first] & WORD)) {
    numeric = first !== C.AT && first !== C.HASH;
    j = i + 1;
  }
  for (;;) {
    while (j < e) {
      const f = CHAR_FLAGS[text.charCodeAt(j)];
      if (!(f & WORD)) break;
      if (numeric && !(f & DIGIT) && isDigit(text.charCodeAt(j - 1))) {
        // digits then letters: a unit splits off ("8.7|bn"); "21st", "1990s", "3G" stay whole
        let k = j;
        while (k < e && isLetter(text.charCodeAt(k))) k++;
        const wordEnds = k >= e || !(isWordChar(text.charCodeAt(k)) || (isHyphen(text.charCodeAt(k)) && k + 1 < e && isWordChar(text.charCodeAt(k + 1))));
        if (wordEnds && UNITS.has(text.slice(j, k))) return j;
        numeric = false;
      }
      j++;
    }
    if (j >= e) return j;
    const c = text.charCodeAt(j);
    const next = j + 1 < e ? text.charCodeAt(j + 1) : -1;
    const prev = j > i ? text.charCodeAt(j - 1) : -1;
    if (isApostrophe(c)) {
      // n't: "do|n't", "ca|n't", "wo|n't"
      if ((next === 0x74 || next === 0x54) && (j + 2 >= e || !isWordChar(text.charCodeAt(j + 2))) && (prev === 0x6e || prev === 0x4e)) {
        return j - 1 > i ? j - 1 : j + 2;
      }
      if (j > i) {
        const k = cliticEnd(text, j, e);
        if (k > 0) return numeric && (text.charCodeAt(j + 1) | 0x20) === 0x73 ? k : j; // "1990's" stays whole
      }
      if (c !== C.PRIME && next >= 0 && isLetter(next)) {
        j++; // O'Neill, Qa'ida, o'clock, d'Ivoire
        continue;
      }
      return j;
    }
    if (isHyphen(c) && next >= 0 && isWordChar(next)) {
      j++; // Nur-Sultan, COVID-19, 2022-09-15: one token (see TOKENIZATION.md)
      continue;
    }
    if (isHyphen(c) && j + 1 === e && isLetter(prev)) return e; // "pre- and post-war": the hyphen stays, as in UD
    if ((c === C.COMMA || c === C.COLON || c === C.SLASH) && isDigit(prev) && next >= 0 && isDigit(next)) {
      j++; // 1,008 · 08:30 · 15/09/2022
      continue;
    }
    if (c === C.DOT) {
      if (next >= 0 && isWordChar(next)) {
        if (isDigit(prev) && !isDigit(next)) return j; // "2019.The"
        // "said.The", "reserved.THE-CNN" (but not a domain ending "Stanford.EDU")
        if (isUpper(next) && isLower(prev) && j - 2 >= i && isLower(text.charCodeAt(j - 2)) && !isCapsDomainEnd(text, j + 1, e)) return j;
        j++; // 1.5 · U.S · e.g · Amazon.com
        continue;
      }
      if (j + 1 === e) return e; // a final period the suffix rules kept ("Mr.", "U.S.")
      if (dottedShape(text, i, j) !== undefined) {
        j++; // "U.S.-led", "U.S.'s"
        continue;
      }
      return j;
    }
    if (c === C.AT && j > i && next >= 0 && isWordChar(next)) {
      j++; // e-mail: the dot rule joins the domain
      continue;
    }
    if (c === C.AMP && isUpper(prev) && next >= 0 && isUpper(next)) {
      j++; // AT&T, S&P
      continue;
    }
    return j;
  }
}

/**
 * Where UD cuts a fused form in two ("cannot" → can|not, "gonna" → gon|na, "wanna", "gotta"), or 0.
 * Compares character codes so that ordinary words allocate nothing.
 */
export function fusedCut(text: string, i: number, j: number): number {
  const n = j - i;
  if (n !== 5 && n !== 6) return 0;
  const lc = (k: number): number => text.charCodeAt(i + k) | 0x20;
  if (n === 6) {
    return lc(0) === 0x63 && lc(1) === 0x61 && lc(2) === 0x6e && lc(3) === 0x6e && lc(4) === 0x6f && lc(5) === 0x74 ? 3 : 0;
  }
  const a = lc(0);
  const b = lc(1);
  if (lc(4) !== 0x61 || lc(2) !== lc(3)) return 0;
  if (lc(2) === 0x6e) return (a === 0x67 && b === 0x6f) || (a === 0x77 && b === 0x61) ? 3 : 0; // gonna, wanna
  if (lc(2) === 0x74) return a === 0x67 && b === 0x6f ? 3 : 0; // gotta
  return 0;
}

/** True when `text[k, e)` starts with a top-level domain in capitals that ends the word ("EDU", "COM"). */
function isCapsDomainEnd(text: string, k: number, e: number): boolean {
  let m = k;
  while (m < e && isUpper(text.charCodeAt(m))) m++;
  return m - k >= 2 && m - k <= 4 && (m >= e || !(isWordChar(text.charCodeAt(m)) || isHyphen(text.charCodeAt(m))));
}

/** Pushes the word `[i, j)`, splitting the fused forms UD writes as two words. */
export function pushWord(text: string, i: number, j: number, sink: TokenSink): void {
  const cut = fusedCut(text, i, j);
  if (cut) {
    sink.push(i, i + cut);
    sink.push(i + cut, j);
  } else {
    sink.push(i, j);
  }
}

/** Splits the core `[s, e)` of a chunk into tokens. */
export function splitCore(text: string, s: number, e: number, sink: TokenSink): void {
  let i = s;
  while (i < e) {
    const c = text.charCodeAt(i);
    if (CHAR_FLAGS[c] & WORD || startsWord(text, i, e)) {
      let j = scanWord(text, i, e);
      if (j <= i) j = i + 1;
      pushWord(text, i, j, sink);
      i = j;
      continue;
    }
    if (isApostrophe(c) || c === C.QUOTE) {
      // a clitic after a word ("Xi|'s", the typo "Navy|"s"), or standing alone ("'s")
      // (after anything in the core: "U.S.|'s")
      if (i > s || c !== C.QUOTE) {
        const k = cliticEnd(text, i, e);
        if (k > 0 && (c !== C.QUOTE || isLetter(text.charCodeAt(i - 1)))) {
          sink.push(i, k);
          i = k;
          continue;
        }
      }
    }
    if (c === C.DOT || c === C.HYPHEN) {
      let k = i + 1;
      while (k < e && text.charCodeAt(k) === c) k++; // "...", "--"
      sink.push(i, k);
      i = k;
      continue;
    }
    if (c === C.BANG || c === C.QMARK) {
      let k = i + 1;
      while (k < e && (text.charCodeAt(k) === C.BANG || text.charCodeAt(k) === C.QMARK)) k++;
      sink.push(i, k);
      i = k;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < e) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        sink.push(i, i + 2); // an astral character (emoji) as one token
        i += 2;
        continue;
      }
    }
    // any other symbol: a run of the same character is one token ("$$$", "====", ">>")
    let k = i + 1;
    if (!isPrefixPunct(c) && !isSuffixPunct(c)) while (k < e && text.charCodeAt(k) === c) k++;
    sink.push(i, k);
    i = k;
  }
}
