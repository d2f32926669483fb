/**
 * Builds the tagger's word-class lexicon (`core/syntax/lexicon.ts`) from the wink-lexicon package
 * (installed as a dependency of wink-lemmatizer): WordNet 3.0's words with their lexicographer
 * files (→ noun / verb / adjective / adverb) and irregular-inflection lists, and the fnTBL Penn-tag
 * lexicon. The result is stored in the model file; the licences (MIT, WordNet 3.0) allow it and are
 * named in data/models/README.md.
 */
import { createRequire } from 'node:module';
import { hashString } from '../core/syntax/hash.js';
import { LexBit, packSemantics, PENN_LEXICON_TAGS } from '../core/syntax/lexicon.js';
import { normaliseWord } from '../core/syntax/word-table.js';

const require = createRequire(import.meta.url);

function load<T>(file: string): T {
  return require(`wink-lexicon/src/${file}`) as T;
}

/** WordNet lexicographer file number → part-of-speech bit. */
function lexnameBit(id: number): number {
  if (id === 0 || id === 1 || id === 44) return LexBit.WnAdj;
  if (id === 2) return LexBit.WnAdv;
  if (id >= 3 && id <= 28) return LexBit.WnNoun;
  if (id >= 29 && id <= 43) return LexBit.WnVerb;
  return 0;
}

/**
 * Lower-cased word hash → packed WordNet semantic signature (see `SyntaxSemantics`): the noun and
 * verb lexicographer files of each single word, and of the base of each irregular form
 * ("said" → say, "men" → man) when the form has none of its own.
 */
export function buildSemantics(): Map<number, number> {
  const words = load<Record<string, number>>('wn-words.js');
  const senses = load<Record<string, number[]>>('wn-word-senses.js');
  const sig = new Map<string, [number, number]>();
  for (const [word, idx] of Object.entries(words)) {
    if (word.includes('_')) continue;
    let noun = 0;
    let verb = 0;
    for (const s of senses[String(idx)] ?? []) {
      if (s >= 3 && s <= 28) noun |= 1 << (s - 3);
      else if (s >= 29 && s <= 43) verb |= 1 << (s - 29);
    }
    if (noun || verb) sig.set(normaliseWord(word), [noun, verb]);
  }
  const inherit = (file: string, part: 0 | 1): void => {
    for (const [form, base] of Object.entries(load<Record<string, string>>(file))) {
      const b = sig.get(normaliseWord(base));
      if (!b || !b[part]) continue;
      const f = normaliseWord(form);
      const own = sig.get(f) ?? [0, 0];
      if (own[part]) continue;
      own[part] = b[part];
      sig.set(f, own);
    }
  };
  inherit('wn-noun-exceptions.js', 0);
  inherit('wn-verb-exceptions.js', 1);
  const out = new Map<number, number>();
  for (const [w, [noun, verb]] of sig) out.set(hashString(w), packSemantics(noun, verb));
  return out;
}

/** Lower-cased word hash → entry bits, for every single-word entry of the sources. */
export function buildLexicon(): Map<number, number> {
  const entries = new Map<string, number>();
  const add = (word: string, bits: number): void => {
    if (!word || word.includes('_') || word.includes(' ')) return;
    const w = normaliseWord(word);
    entries.set(w, (entries.get(w) ?? 0) | bits);
  };
  const words = load<Record<string, number>>('wn-words.js');
  const senses = load<Record<string, number[]>>('wn-word-senses.js');
  for (const [word, idx] of Object.entries(words)) {
    let bits = 0;
    for (const s of senses[String(idx)] ?? []) bits |= lexnameBit(s);
    add(word, bits);
  }
  const exceptions: Array<[string, number]> = [
    ['wn-noun-exceptions.js', LexBit.IrrNoun],
    ['wn-verb-exceptions.js', LexBit.IrrVerb],
    ['wn-adjective-exceptions.js', LexBit.IrrAdj],
  ];
  for (const [file, bit] of exceptions) {
    for (const form of Object.keys(load<Record<string, string>>(file))) add(form, bit);
  }
  const penn = load<Record<string, string[]>>('lexicon.js');
  for (const [word, tags] of Object.entries(penn)) {
    let bits = 0;
    for (const t of tags) {
      const i = (PENN_LEXICON_TAGS as readonly string[]).indexOf(t);
      if (i >= 0) bits |= 2 ** (LexBit.PennBase + i);
    }
    add(word, bits);
  }
  const out = new Map<number, number>();
  for (const [w, bits] of entries) if (bits) out.set(hashString(w), bits >>> 0);
  return out;
}
