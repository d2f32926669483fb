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
  const words: string[] = [];
  const owner: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const first: number[] = [];
  const last: number[] = [];
  const tokenFirstWord = new Int32Array(n).fill(-1);
  const tokenWordCount = new Uint8Array(n);
  const { lex, start } = doc.tokens;
  for (let t = 0; t < n; t++) {
    let parts = cache.get(lex[t]);
    if (!parts) {
      parts = splitToken(doc.vocab.str(lex[t]));
      cache.set(lex[t], parts);
    }
    if (parts.length === 0) continue;
    tokenFirstWord[t] = words.length;
    for (const p of parts) {
      p.words.forEach((w, k) => {
        words.push(w);
        owner.push(t);
        starts.push(start[t] + p.from);
        ends.push(start[t] + p.to);
        first.push(k === 0 ? 1 : 0);
        last.push(k === p.words.length - 1 ? 1 : 0);
      });
    }
    tokenWordCount[t] = Math.min(words.length - tokenFirstWord[t], 255);
  }
  return {
    words,
    wordToken: Int32Array.from(owner),
    wordStart: Uint32Array.from(starts),
    wordEnd: Uint32Array.from(ends),
    partFirst: Uint8Array.from(first),
    partLast: Uint8Array.from(last),
    tokenFirstWord,
    tokenWordCount,
  };
}
