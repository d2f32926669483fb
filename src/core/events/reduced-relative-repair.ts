/**
 * A reduced relative clause read as the main verb: "A report released Tuesday in the Rwandan capital
 * alleged that …", "Troops stationed near the border shelled the town", parsed with the participle
 * ("released") as the root and the real predicate ("alleged") as its conjunct or parataxis, with no
 * "and" and no subject of its own. The participle modifies the noun; the conjunct is the sentence's predicate.
 */

/**
 * Rewrites `head` and `rel` in place for such sentences. `lower` and `lemma` tell a participle
 * ("released") from a base form; `temporal[i]` is 1 inside a date ("released Tuesday", with the
 * date read as an object). Returns true when anything changed.
 */
export function repairReducedRelatives(head: Int32Array, rel: string[], upos: readonly string[], lower: readonly string[], lemma: readonly string[], temporal: Uint8Array): boolean {
  const n = head.length;
  let changed = false;
  for (let r = 0; r < n; r++) {
    if (head[r] >= 0 || upos[r] !== 'VERB' || lower[r] === lemma[r] || !/(ed|en|wn|n|t)$/.test(lower[r])) continue;
    const deps = (k: number): number[] => {
      const out: number[] = [];
      for (let i = 0; i < n; i++) if (head[i] === k) out.push(i);
      return out;
    };
    const own = deps(r);
    // A finite main verb has its auxiliaries ("has released"); a participle has none, nor an object
    // ("officials suspended aid deliveries …, were hit" is a main verb).
    if (own.some((k) => rel[k].startsWith('aux') || rel[k] === 'cop' || (rel[k] === 'obj' && !temporal[k]))) continue;
    const subj = own.find((k) => rel[k] === 'nsubj' && k < r && upos[k] === 'NOUN');
    if (subj === undefined) continue;
    // The predicate: a later verb conjunct with no "and", no comma before it and no subject of its own.
    const pred = own.find((k) => {
      // (The beam parser reads it as a parataxis as often as a conjunct.)
      if ((rel[k] !== 'conj' && rel[k] !== 'parataxis') || k < r || upos[k] !== 'VERB') return false;
      const its = deps(k);
      if (its.some((c) => rel[c] === 'cc' || rel[c].startsWith('nsubj') || rel[c] === 'aux:pass')) return false;
      return upos[k - 1] !== 'PUNCT' && upos[k - 1] !== 'CCONJ';
    });
    if (pred === undefined) continue;
    head[r] = subj;
    rel[r] = 'acl';
    head[pred] = -1;
    rel[pred] = 'root';
    head[subj] = pred;
    // What follows the predicate is the predicate's ("alleged that …", the final stop).
    for (const k of own) if (k > pred) head[k] = pred;
    changed = true;
  }
  return changed;
}
