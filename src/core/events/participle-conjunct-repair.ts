/**
 * A finite conjunct hung on a participle that modifies a noun: "Chad opened its border to traders
 * expelled from Libya, but was still refusing entry to Nigerians", parsed with "refusing" a conjunct
 * of "expelled" (an `acl` of "traders") — so "refusing" has no subject and its event no source. A
 * conjunct with a finite auxiliary of its own ("was", "has", "would") and no subject is a clause,
 * and a participle modifying a noun has no finite clause to coordinate with: the conjunct belongs
 * to the nearest clause above that noun with a subject, whose subject it shares.
 */

/** Finite auxiliaries and modals (not "be", "been", "being": those follow another auxiliary). */
const FINITE_AUXILIARY = new Set(['is', 'are', 'was', 'were', 'am', "'s", "'re", "'m", 'has', 'have', 'had', "'ve", "'d", 'does', 'do', 'did', 'will', 'would', "'ll", 'can', 'could', 'may', 'might', 'shall', 'should', 'must']);

/**
 * Rewrites `head` in place so that such a conjunct coordinates with the clause above the noun the
 * participle modifies. `lower` holds lower-cased forms. Returns true when anything changed.
 */
export function repairParticipleConjuncts(head: Int32Array, rel: readonly string[], upos: readonly string[], lower: readonly string[]): boolean {
  const n = head.length;
  let changed = false;
  for (let c = 0; c < n; c++) {
    const p = head[c];
    if (rel[c] !== 'conj' || upos[c] !== 'VERB' || p < 0 || p > c || rel[p] !== 'acl' || upos[p] !== 'VERB') continue;
    let finite = false;
    let subject = false;
    for (let k = 0; k < n; k++) {
      if (head[k] === p && (rel[k].startsWith('aux') || rel[k].startsWith('nsubj'))) subject = true; // the participle is a clause of its own
      if (head[k] !== c) continue;
      if (rel[k].startsWith('nsubj') || rel[k].startsWith('csubj') || rel[k] === 'expl') subject = true;
      if (rel[k] === 'aux' && k < c && FINITE_AUXILIARY.has(lower[k])) finite = true;
    }
    if (!finite || subject) continue;
    const clause = clauseAbove(head, rel, upos, head[p]);
    if (clause < 0) continue;
    head[c] = clause;
    changed = true;
  }
  return changed;
}

/** The nearest verb above `noun` that heads a clause with a subject (not itself a modifier), or -1. */
function clauseAbove(head: Int32Array, rel: readonly string[], upos: readonly string[], noun: number): number {
  const n = head.length;
  let x = noun >= 0 ? head[noun] : -1;
  for (let steps = 0; x >= 0 && steps < n; steps++, x = head[x]) {
    if (upos[x] !== 'VERB' || rel[x] === 'acl' || rel[x].startsWith('acl:')) continue;
    for (let k = 0; k < n; k++) if (head[k] === x && rel[k].startsWith('nsubj')) return x;
    return -1;
  }
  return -1;
}
