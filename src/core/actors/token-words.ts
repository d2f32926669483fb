/**
 * The words of a Doc's tokens in the knowledge base's normal form ({@link kbNameKey}: lower case, no
 * accents, periods and apostrophes dropped, hyphens split), with the token and characters each word
 * comes from. A token may give several words ("Nur-Sultan" → nur, sultan) or none (punctuation).
 * The split of each distinct token form is cached per vocabulary id in a map the caller owns.
 */
import type { Doc } from '../doc/doc.js';
import { nameKey } from '../kb/normalize.js';

export interface TokenWords {
  /** The normalised words, in text order. */
  readonly words: string[];
  /** `wordToken[w]`: the token word `w` came from. */
  readonly wordToken: Int32Array;
  /** Character range of the hyphen-separated part of the token that word `w` belongs to. */
  readonly wordStart: Uint32Array;
  readonly wordEnd: Uint32Array;
  /** `partFirst[w]`/`partLast[w]`: word `w` is the first/last word of its part. */
  readonly partFirst: Uint8Array;
  readonly partLast: Uint8Array;
  /** `tokenFirstWord[t]`: index of token t's first word, or -1 when it has none. */
  readonly tokenFirstWord: Int32Array;
  /** `tokenWordCount[t]`: number of words of token t. */
  readonly tokenWordCount: Uint8Array;
}

/** A token's hyphen-separated parts: offsets within the token and their words. */
interface Part {
  readonly from: number;
  readonly to: number;
  readonly words: readonly string[];
}

function splitToken(text: string): readonly Part[] {
  // Possessive and contraction pieces carry no name words.
  if (/^['’](s|d|ll|re|ve|m)?$/i.test(text) || /^n['’]t$/i.test(text)) return [];
  const out: Part[] = [];
  const re = /[^\u2010\u2011-]+/g;
  for (const m of text.matchAll(re)) {
    const key = nameKey(m[0]);
    if (key) out.push({ from: m.index, to: m.index + m[0].length, words: key.split(' ') });
  }
  return out;
}

/** Splits every token of `doc` into normalised words; `cache` maps vocabulary ids to token parts. */
export function tokenWords(doc: Doc, cache: Map<number, readonly Part[]>): TokenWords {
  const n = doc.length;
  const { lex, start } = doc.tokens;
  // The token's parts, once per distinct form, and the number of words they give, to size the arrays.
  const partsOf: (readonly Part[])[] = new Array(n);
  let total = 0;
  for (let t = 0; t < n; t++) {
    let parts = cache.get(lex[t]);
    if (!parts) {
      parts = splitToken(doc.vocab.str(lex[t]));
      cache.set(lex[t], parts);
    }
    partsOf[t] = parts;
    for (const p of parts) total += p.words.length;
  }
  const words: string[] = new Array(total);
  const wordToken = new Int32Array(total);
  const wordStart = new Uint32Array(total);
  const wordEnd = new Uint32Array(total);
  const partFirst = new Uint8Array(total);
  const partLast = new Uint8Array(total);
  const tokenFirstWord = new Int32Array(n).fill(-1);
  const tokenWordCount = new Uint8Array(n);
  let w = 0;
  for (let t = 0; t < n; t++) {
    const parts = partsOf[t];
    if (parts.length === 0) continue;
    tokenFirstWord[t] = w;
    for (const p of parts) {
      const last = p.words.length - 1;
      for (let k = 0; k <= last; k++, w++) {
        words[w] = p.words[k];
        wordToken[w] = t;
        wordStart[w] = start[t] + p.from;
        wordEnd[w] = start[t] + p.to;
        partFirst[w] = k === 0 ? 1 : 0;
        partLast[w] = k === last ? 1 : 0;
      }
    }
    tokenWordCount[t] = Math.min(w - tokenFirstWord[t], 255);
  }
  return { words, wordToken, wordStart, wordEnd, partFirst, partLast, tokenFirstWord, tokenWordCount };
}
