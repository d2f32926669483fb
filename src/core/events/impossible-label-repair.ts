/**
 * Relations the parser sometimes gives a word that the word cannot bear, which hide an argument
 * from the coder: a noun with its own preposition labelled `punct` ("agreed to US mediation" with
 * "mediation" punctuation); a second verb labelled `goeswith` ("help defend Saudi Arabia": in UD
 * `goeswith` joins the pieces of one word split by a typo, never two words written apart, and a
 * bare infinitive after "help", "make", "let" is the verb's `xcomp`). A name labelled
 * `obl:unmarked` after an objectless verb is `unmarked-object-repair.ts`'s.
 */

/** Nominal tags. */
const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON']);

/**
 * Rewrites `rel` in place for such words. `upos` are the tags, `forms` the surface texts,
 * Returns true when anything changed.
 */
export function repairImpossibleLabels(head: Int32Array, rel: string[], upos: readonly string[], forms: readonly string[]): boolean {
  const n = head.length;
  let changed = false;
  const hasDependent = (h: number, ok: (k: number) => boolean): boolean => {
    for (let k = 0; k < n; k++) if (head[k] === h && ok(k)) return true;
    return false;
  };
  for (let i = 0; i < n; i++) {
    const h = head[i];
    if (h < 0) continue;
    const verbal = upos[h] === 'VERB' || upos[h] === 'AUX';
    if (rel[i] === 'punct' && NOMINAL.has(upos[i]) && /\p{L}/u.test(forms[i])) {
      // A word (not a symbol) read as punctuation: its preposition makes it an oblique or a modifier.
      if (!hasDependent(i, (k) => rel[k] === 'case' && k < i)) continue;
      rel[i] = verbal ? 'obl' : 'nmod';
      changed = true;
    } else if (rel[i] === 'goeswith' && upos[i] === 'VERB' && upos[h] === 'VERB' && h === i - 1 && /\p{L}{2}$/u.test(forms[h]) && /^\p{L}{2}/u.test(forms[i])) {
      // Two whole words written apart: the second verb completes the first.
      rel[i] = 'xcomp';
      changed = true;
    }
  }
  return changed;
}
