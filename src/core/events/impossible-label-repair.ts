/**
 * Relations the parser sometimes gives a word that the word cannot bear, which hide an argument
 * from the coder: a noun with its own preposition labelled `punct` ("agreed to US mediation" with
 * "mediation" punctuation); a second verb labelled `goeswith` ("help defend Saudi Arabia": in UD
 * `goeswith` joins the pieces of one word split by a typo, never two words written apart, and a
 * bare infinitive after "help", "make", "let" is the verb's `xcomp`); and a name right after a verb
 * with no object labelled `obl:unmarked` ("will visit Mauritania and Senegal": an unmarked oblique
 * is a bare time or measure — "arrived Monday", "walked two miles" — never a named participant).
 */

/** Nominal tags. */
const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON']);

/**
 * Rewrites `rel` in place for such words. `upos` are the tags, `forms` the surface texts,
 * `temporal[i]` is 1 inside a date expression. Returns true when anything changed.
 */
export function repairImpossibleLabels(head: Int32Array, rel: string[], upos: readonly string[], forms: readonly string[], temporal: Uint8Array): boolean {
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
    } else if (rel[i] === 'obl:unmarked' && upos[i] === 'PROPN' && !temporal[i] && verbal && upos[h] === 'VERB' && h < i) {
      // The name must follow the verb directly (its own words first: "visit South Korea").
      let first = i;
      for (let k = h + 1; k < i; k++) if (head[k] === i) first = Math.min(first, k);
      if (first !== h + 1 || hasDependent(h, (k) => k !== i && (rel[k] === 'obj' || rel[k] === 'ccomp' || rel[k] === 'nsubj:pass'))) continue;
      if (hasDependent(i, (k) => rel[k] === 'case' || temporal[k] === 1)) continue;
      rel[i] = 'obj';
      changed = true;
    }
  }
  return changed;
}
