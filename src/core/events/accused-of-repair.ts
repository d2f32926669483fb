/**
 * "accused the United States of hypocrisy", "charged the Croatian government with obstruction": the
 * parser often hangs the act the accused is charged with on the accused ("States … of hypocrisy")
 * instead of on the verb, most of all when the accused is a phrase of several words. The act is the
 * verb's oblique: it is what the accusation says the object did. A name after "of" stays on the
 * noun ("accused the president of Russia of lying": "of Russia" is whose president), and so does
 * an "of" phrase when a second one follows it.
 */
import { ACCUSED_OF } from './alleged-means.js';
import { firstDependent } from './repair-children.js';

/**
 * Rewrites `head` and `rel` in place so that the charge hangs on the verb of accusing. `lower` are
 * the tokens' lower-cased forms. Returns true when anything changed.
 */
export function repairAccusedOf(head: Int32Array, rel: string[], upos: readonly string[], lemma: readonly string[], lower: readonly string[]): boolean {
  const n = head.length;
  let changed = false;
  for (let o = 0; o < n; o++) {
    const verb = head[o];
    if (rel[o] !== 'obj' || verb < 0 || upos[verb] !== 'VERB') continue;
    const prep = ACCUSED_OF.get(lemma[verb]);
    if (!prep) continue;
    // The last phrase hanging on the object with the verb's preposition, after the object.
    let charge = -1;
    for (let c = o + 1; c < n; c++) if (head[c] === o && rel[c].startsWith('nmod') && caseWord(head, rel, lower, c) === prep) charge = c;
    if (charge < 0 || upos[charge] === 'PROPN' || upos[charge] === 'PRON') continue;
    head[charge] = verb;
    rel[charge] = upos[charge] === 'VERB' ? 'advcl' : 'obl';
    changed = true;
  }
  return changed;
}

/** The lower-cased preposition marking token `c`, or null. */
function caseWord(head: Int32Array, rel: readonly string[], lower: readonly string[], c: number): string | null {
  const k = firstDependent(head, c, (d) => d < c && rel[d] === 'case');
  return k < 0 ? null : lower[k];
}
