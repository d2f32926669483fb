/**
 * Morphology for the lemmatizer: base forms of open-class words by word class. The default comes
 * from wink-lemmatizer (WordNet's morphy with its exception lists; MIT; pure JavaScript, no `node:`
 * imports, so it runs in a browser). Its word lists weigh ~13 MB and take ~0.25 s to load, so they
 * are loaded on demand, once per process, by {@link loadWinkMorphology} — not when the core loads.
 */

/** Base forms of nouns, verbs and adjectives (lower-case input and output). */
export interface Morphology {
  noun(word: string): string;
  verb(word: string): string;
  adjective(word: string): string;
}

/** Loads wink-lemmatizer's morphology (dynamic import: the module system caches it per process). */
export async function loadWinkMorphology(): Promise<Morphology> {
  const mod = await import('wink-lemmatizer');
  const wink = mod.default;
  return { noun: (w) => wink.noun(w), verb: (w) => wink.verb(w), adjective: (w) => wink.adjective(w) };
}
