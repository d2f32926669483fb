/**
 * Where a text first writes a name as whole words: its words in order, separated by blanks or
 * hyphens and dashes ("Jean-Yves", "Jean Yves"), with no letter or digit right before or after.
 * Namesake choice asks this for every full name a partial name may stand for; a search by
 * `indexOf` with the boundaries checked by hand does what a regular expression built per name did,
 * without compiling one per name and article.
 */
import { isSpaceCode } from '../article/line-shape.js';

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** True for the characters between a name's words: blanks, hyphens and dashes (U+2010–U+2015). */
function isSeparator(c: number): boolean {
  return c === 0x2d || (c >= 0x2010 && c <= 0x2015) || isSpaceCode(c);
}

/** True when the code point starting at `i` is a letter or digit. */
function letterOrDigitAt(s: string, i: number): boolean {
  if (i >= s.length) return false;
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(s.codePointAt(i)!));
}

/** True when the code point ending right before `i` is a letter or digit. */
function letterOrDigitBefore(s: string, i: number): boolean {
  if (i <= 0) return false;
  const c = s.charCodeAt(i - 1);
  // the low half of a surrogate pair: read the whole pair
  const at = c >= 0xdc00 && c <= 0xdfff && i >= 2 && s.charCodeAt(i - 2) >= 0xd800 && s.charCodeAt(i - 2) <= 0xdbff ? i - 2 : i - 1;
  return letterOrDigitAt(s, at);
}

/** True when `w` can be searched for literally: not empty, no separator, no surrogate. */
function plainWord(w: string): boolean {
  if (!w.length) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (isSeparator(c) || (c >= 0xd800 && c <= 0xdfff)) return false;
  }
  return true;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The same search as a regular expression, for words the literal search does not take. */
function byPattern(text: string, words: readonly string[]): number {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${words.map(escape).join('[\\s\\u2010-\\u2015-]+')}(?![\\p{L}\\p{N}])`, 'u');
  return re.exec(text)?.index ?? -1;
}

/**
 * The offset in `text` where `words` are first written as a whole name, or -1. `words` are matched
 * exactly (the caller folds both sides alike).
 */
export function firstWrittenAt(text: string, words: readonly string[]): number {
  if (!words.length) return -1;
  if (!words.every(plainWord)) return byPattern(text, words);
  const first = words[0];
  for (let p = text.indexOf(first); p >= 0; p = text.indexOf(first, p + 1)) {
    if (letterOrDigitBefore(text, p)) continue;
    let q = p + first.length;
    let whole = true;
    for (let k = 1; k < words.length && whole; k++) {
      // No word opens with a separator, so the separators run up to the next word: no other split fits.
      const from = q;
      while (q < text.length && isSeparator(text.charCodeAt(q))) q++;
      whole = q > from && text.startsWith(words[k], q);
      q += words[k].length;
    }
    if (whole && !letterOrDigitAt(text, q)) return p;
  }
  return -1;
}
