/**
 * Everything the tagger and parser need to know about a word form, computed once per distinct
 * form and kept in flat typed arrays (struct of arrays). At run time the table is indexed by the
 * Doc vocabulary id, so each word's hashes, affixes and shape are computed once per process, not
 * once per occurrence; the trainer fills one for the treebank's distinct forms with the same code.
 */
import { hashString } from './hash.js';
import type { SyntaxClusters } from './word-clusters.js';
import { baseForms, morphKey, semanticNoun, semanticVerb, type SyntaxLexicon, type SyntaxSemantics } from './lexicon.js';

/** Bits of {@link WordTable.flags}. */
export const WordFlag = {
  HasUpper: 1,
  AllUpper: 2,
  InitUpper: 4,
  HasDigit: 8,
  AllDigit: 16,
  HasHyphen: 32,
  HasPeriod: 64,
  HasAlpha: 128,
  NoAlnum: 256,
  Long: 512,
} as const;

/** Number of prefix hashes kept per word (lengths 1..PREFIXES). */
export const PREFIXES = 3;
/** Number of suffix hashes kept per word (lengths 1..SUFFIXES). */
export const SUFFIXES = 4;

const SHAPE_RUN = 3;

/** A growable table of per-word feature values. */
export class WordTable {
  /** Hash of the exact form. */
  form: Int32Array;
  /** Hash of the lower-cased form (digits folded to 0, see {@link normaliseWord}). */
  lower: Int32Array;
  /** Hash of the word shape ("Xxxx", "dd.d", "X.X."). */
  shape: Int32Array;
  /** {@link WordFlag} bits. */
  flags: Uint16Array;
  /** `prefix[i * PREFIXES + k]`: hash of the first k+1 characters of the lower-cased form. */
  prefix: Int32Array;
  /** `suffix[i * SUFFIXES + k]`: hash of the last k+1 characters of the lower-cased form. */
  suffix: Int32Array;
  /** Lexicon entry bits of the lower-cased form (0 = not in the lexicon). */
  lex: Int32Array;
  /** De-inflection key (see `morphKey`), 0 when none. */
  morph: Int32Array;
  /** WordNet noun / verb lexicographer-file sets of the word or of its base form (0 = none). */
  semNoun: Int32Array;
  semVerb: Int32Array;
  /** Word-cluster path of the lower-cased form (heap number, see `word-clusters.ts`; 0 = none). */
  cluster: Int32Array;
  /** Whether the model has word clusters (models without them get no cluster features). */
  readonly hasClusters: boolean;
  private n = 0;
  private readonly lexicon: SyntaxLexicon;
  private readonly semantics: SyntaxSemantics;
  private readonly clusters: SyntaxClusters;

  /**
   * @param lexicon    the model's word-class lexicon (empty: no lexicon features)
   * @param semantics  the model's semantic signatures (empty: none)
   * @param clusters   the model's word clusters (empty: none)
   */
  constructor(capacity = 1024, lexicon: SyntaxLexicon = new Map(), semantics: SyntaxSemantics = new Map(), clusters: SyntaxClusters = new Map()) {
    const c = Math.max(16, capacity);
    this.lexicon = lexicon;
    this.semantics = semantics;
    this.clusters = clusters;
    this.hasClusters = clusters.size > 0;
    this.cluster = new Int32Array(c);
    this.semNoun = new Int32Array(c);
    this.semVerb = new Int32Array(c);
    this.lex = new Int32Array(c);
    this.morph = new Int32Array(c);
    this.form = new Int32Array(c);
    this.lower = new Int32Array(c);
    this.shape = new Int32Array(c);
    this.flags = new Uint16Array(c);
    this.prefix = new Int32Array(c * PREFIXES);
    this.suffix = new Int32Array(c * SUFFIXES);
  }

  /** Number of words in the table. */
  get size(): number {
    return this.n;
  }

  /** Appends `word` and returns its index. */
  add(word: string): number {
    if (this.n === this.form.length) this.grow();
    const i = this.n++;
    const norm = normaliseWord(word);
    this.form[i] = hashString(word);
    this.lower[i] = hashString(norm);
    this.shape[i] = hashString(wordShape(word));
    this.flags[i] = wordFlags(word);
    if (this.lexicon.size > 0) {
      this.lex[i] = this.lexicon.get(this.lower[i]) ?? 0;
      this.morph[i] = morphKey(norm, (x) => this.lexicon.get(hashString(x)));
    }
    if (this.semantics.size > 0) {
      let sem = this.semantics.get(this.lower[i]);
      if (sem === undefined) {
        for (const b of baseForms(norm)) {
          sem = this.semantics.get(hashString(b));
          if (sem !== undefined) break;
        }
      }
      if (sem !== undefined) {
        this.semNoun[i] = semanticNoun(sem);
        this.semVerb[i] = semanticVerb(sem);
      }
    }
    if (this.hasClusters) this.cluster[i] = this.clusters.get(this.lower[i]) ?? 0;
    for (let k = 0; k < PREFIXES; k++) {
      this.prefix[i * PREFIXES + k] = hashString(norm.slice(0, k + 1), 0x51ed27);
    }
    for (let k = 0; k < SUFFIXES; k++) {
      this.suffix[i * SUFFIXES + k] = hashString(norm.slice(Math.max(0, norm.length - k - 1)), 0x7f4a7c15);
    }
    return i;
  }

  private grow(): void {
    const c = this.form.length * 2;
    this.form = growI32(this.form, c);
    this.lower = growI32(this.lower, c);
    this.shape = growI32(this.shape, c);
    this.lex = growI32(this.lex, c);
    this.morph = growI32(this.morph, c);
    this.semNoun = growI32(this.semNoun, c);
    this.semVerb = growI32(this.semVerb, c);
    this.cluster = growI32(this.cluster, c);
    const flags = new Uint16Array(c);
    flags.set(this.flags);
    this.flags = flags;
    this.prefix = growI32(this.prefix, c * PREFIXES);
    this.suffix = growI32(this.suffix, c * SUFFIXES);
  }
}

function growI32(a: Int32Array, n: number): Int32Array {
  const b = new Int32Array(n);
  b.set(a);
  return b;
}

/**
 * The form the models key words on: lower case, every digit replaced by 0 (so "1998" and "2022"
 * share statistics), and typographic quotes, apostrophes and dashes folded to their ASCII forms
 * (news sites use curly quotes, the treebanks mostly straight ones).
 */
export function normaliseWord(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 48 && c <= 57) out += '0';
    else if (c === 0x2018 || c === 0x2019 || c === 0x201b || c === 0x2032) out += "'";
    else if (c === 0x201c || c === 0x201d || c === 0x201e || c === 0x201f || c === 0x2033) out += '"';
    else if (c === 0x2013 || c === 0x2014 || c === 0x2012 || c === 0x2015) out += '--';
    else out += word[i];
  }
  return out.toLowerCase();
}

/** Word shape: upper → X, lower → x, digit → d, other characters kept; runs cut at 3. */
export function wordShape(word: string): string {
  let out = '';
  let last = '';
  let run = 0;
  const n = Math.min(word.length, 24);
  for (let i = 0; i < n; i++) {
    const ch = word[i];
    const code = word.charCodeAt(i);
    let s: string;
    if (code >= 48 && code <= 57) s = 'd';
    else if (ch !== ch.toLowerCase()) s = 'X';
    else if (ch !== ch.toUpperCase()) s = 'x';
    else s = ch;
    if (s === last) {
      run++;
      if (run >= SHAPE_RUN) continue;
    } else {
      run = 0;
      last = s;
    }
    out += s;
  }
  return out;
}

/** {@link WordFlag} bits of a form. */
export function wordFlags(word: string): number {
  let upper = 0;
  let lower = 0;
  let digit = 0;
  let alpha = 0;
  let f = 0;
  for (let i = 0; i < word.length; i++) {
    const ch = word[i];
    const code = word.charCodeAt(i);
    if (code >= 48 && code <= 57) digit++;
    else if (ch !== ch.toLowerCase()) {
      upper++;
      alpha++;
    } else if (ch !== ch.toUpperCase()) {
      lower++;
      alpha++;
    } else if (ch === '-') f |= WordFlag.HasHyphen;
    else if (ch === '.') f |= WordFlag.HasPeriod;
  }
  if (upper) f |= WordFlag.HasUpper;
  if (upper && !lower) f |= WordFlag.AllUpper;
  if (word.length && word[0] !== word[0].toLowerCase()) f |= WordFlag.InitUpper;
  if (digit) f |= WordFlag.HasDigit;
  if (digit && digit === word.length) f |= WordFlag.AllDigit;
  if (alpha) f |= WordFlag.HasAlpha;
  if (!alpha && !digit) f |= WordFlag.NoAlnum;
  if (word.length > 12) f |= WordFlag.Long;
  return f;
}
