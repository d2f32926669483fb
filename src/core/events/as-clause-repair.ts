/**
 * ", as authorities in Croatia cracked down on Serbian nationalists": after a comma, "as" followed
 * by a noun phrase and a finite verb opens a clause (as … while …). Taggers sometimes make "as" a
 * preposition here, and the parser then reads "as authorities" as a phrase ("served as advisers")
 * with the verb a modifier of the noun ("authorities cracked down" as "authorities who cracked
 * down"). The noun is the verb's subject, "as" its subordinator, and the verb heads the clause.
 */

/**
 * Rewrites `head` and `rel` in place for such clauses. `lower` and `lemma` tell a past form
 * ("cracked", "withdrew") from a present participle. Returns true when anything changed.
 */
export function repairAsClauses(head: Int32Array, rel: string[], upos: readonly string[], lower: readonly string[], lemma: readonly string[]): boolean {
  const n = head.length;
  let changed = false;
  for (let a = 1; a + 2 < n; a++) {
    if (lower[a] !== 'as' || lower[a - 1] !== ',' || rel[a] !== 'case') continue;
    const noun = head[a];
    if (noun <= a || (upos[noun] !== 'NOUN' && upos[noun] !== 'PROPN')) continue;
    // The verb: the noun's modifier after it, in a past form with no subject of its own. A
    // participle with its agent ("as officials appointed by the king") stays a modifier.
    let verb = -1;
    for (let k = noun + 1; k < n && verb < 0; k++) if (head[k] === noun && rel[k] === 'acl' && upos[k] === 'VERB') verb = k;
    if (verb < 0 || lower[verb] === lemma[verb] || lower[verb].endsWith('ing')) continue;
    let own = false;
    for (let k = 0; k < n; k++) if (head[k] === verb && (rel[k].startsWith('nsubj') || rel[k].startsWith('aux') || rel[k] === 'obl:agent' || (rel[k] === 'obl' && hasCase(head, lower, k, 'by')))) own = true;
    if (own) continue;
    head[verb] = head[noun];
    rel[verb] = head[noun] < 0 ? 'root' : 'advcl';
    head[noun] = verb;
    rel[noun] = 'nsubj';
    head[a] = verb;
    rel[a] = 'mark';
    changed = true;
  }
  return changed;
}

function hasCase(head: Int32Array, lower: readonly string[], k: number, word: string): boolean {
  for (let c = 0; c < k; c++) if (head[c] === k && lower[c] === word) return true;
  return false;
}
