/**
 * Morphology for the lemmatizer: base forms of open-class words by word class. The word lists are
 * WordNet's, as the wink-lexicon package ships them (MIT; pure JavaScript, no `node:` imports, so
 * they run in a browser); the rules are {@link verbBase} and {@link nounBase}, and adjectives go
 * through wink-lemmatizer. The lists weigh ~13 MB and take ~0.25 s to load, so they are loaded on
 * demand, once per process, by {@link loadWinkMorphology} — not when the core loads.
 */
import { nounBase, verbBase, type WordLists } from './english-morphology.js';

/** Base forms of nouns, verbs and adjectives (lower-case input and output). */
export interface Morphology {
  noun(word: string): string;
  verb(word: string): string;
  adjective(word: string): string;
}

/** WordNet lexicographer files 3–28 hold nouns, 29–43 verbs (the numbers wink-lexicon stores). */
const hasSense = (senses: readonly number[] | undefined, lo: number, hi: number) => !!senses && senses.some((s) => s >= lo && s <= hi);

/** Loads WordNet's lists from wink-lexicon and builds the morphology (dynamic imports: cached per process). */
export async function loadWinkMorphology(): Promise<Morphology> {
  const [lemmatizer, words, senses, verbExc, nounExc] = await Promise.all([
    import('wink-lemmatizer'),
    import('wink-lexicon/src/wn-words.js'),
    import('wink-lexicon/src/wn-word-senses.js'),
    import('wink-lexicon/src/wn-verb-exceptions.js'),
    import('wink-lexicon/src/wn-noun-exceptions.js'),
  ]);
  const index = words.default as Record<string, number>;
  const senseOf = senses.default as number[][];
  const lists: WordLists = {
    verbExceptions: verbExc.default as Record<string, string>,
    nounExceptions: nounExc.default as Record<string, string>,
    isVerb: (w) => hasSense(senseOf[index[w]], 29, 43),
    isNoun: (w) => hasSense(senseOf[index[w]], 3, 28),
  };
  const wink = lemmatizer.default;
  return { noun: (w) => nounBase(w, lists), verb: (w) => verbBase(w, lists), adjective: (w) => wink.adjective(w) };
}
