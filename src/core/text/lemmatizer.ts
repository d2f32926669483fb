/**
 * The `lemmatizer` pipeline component: a lower-case lemma per token from its form and UPOS.
 * Closed-class words and clitics come from `lemma-table.ts`; nouns, verbs and adjectives from a
 * {@link Morphology} (wink-lemmatizer by default, see `loadWinkMorphology`); proper nouns, numbers
 * and punctuation keep their (lower-cased) form. Results are cached per (vocabulary id, UPOS)
 * inside the component, separately for each vocabulary it meets.
 */
import type { Doc } from '../doc/doc.js';
import { UPOS, type Upos } from '../doc/ud.js';
import type { Vocab } from '../doc/vocab.js';
import type { Component } from '../pipeline/component.js';
import { ADV_LEMMAS, AUX_LEMMAS, DET_LEMMAS, NOUN_KEEP, PART_LEMMAS, PRON_LEMMAS } from './lemma-table.js';
import type { Morphology } from './morphology.js';
import { normalizeForm } from './normalize-form.js';

/** The lemma of `form` tagged `upos`, lower case. */
export function lemmatize(form: string, upos: Upos, morphology: Morphology): string {
  const w = normalizeForm(form).toLowerCase();
  switch (upos) {
    case 'AUX':
      return AUX_LEMMAS.get(w) ?? w;
    case 'VERB':
      return AUX_LEMMAS.get(w) ?? (isWord(w) ? morphology.verb(w) : w);
    case 'NOUN':
      return NOUN_KEEP.has(w) || !isWord(w) ? w : morphology.noun(w);
    case 'ADJ':
      return isWord(w) ? morphology.adjective(w) : w;
    case 'PRON':
      return PRON_LEMMAS.get(w) ?? w;
    case 'DET':
      return DET_LEMMAS.get(w) ?? w;
    case 'PART':
      return PART_LEMMAS.get(w) ?? w;
    case 'ADV':
      return ADV_LEMMAS.get(w) ?? w;
    default:
      return w;
  }
}

/** Only plain alphabetic words go to the morphology ("F-16s" and "3rd" are left alone). */
function isWord(w: string): boolean {
  return /^[a-z]+$/.test(w);
}

/** The lemmatizer component over `morphology`. */
export function createLemmatizer(morphology: Morphology): Component {
  const caches = new WeakMap<Vocab, Map<number, number>>();
  return {
    name: 'lemmatizer',
    reads: ['tokens', 'pos'],
    writes: ['lemmas'],
    run(doc: Doc): void {
      let cache = caches.get(doc.vocab);
      if (!cache) {
        cache = new Map();
        caches.set(doc.vocab, cache);
      }
      const { lex } = doc.tokens;
      const upos = doc.upos;
      const lemmas = new Uint32Array(doc.length);
      for (let i = 0; i < lemmas.length; i++) {
        const key = lex[i] * UPOS.length + upos[i];
        let id = cache.get(key);
        if (id === undefined) {
          id = doc.vocab.id(lemmatize(doc.vocab.str(lex[i]), UPOS[upos[i]], morphology));
          cache.set(key, id);
        }
        lemmas[i] = id;
      }
      doc.setLemmas(lemmas);
    },
  };
}
