/**
 * A "from" phrase of a removal read as part of what is removed: "the withdrawal of forces from
 * Panama", "the evacuation of civilians from Aleppo", "the pullout of troops from Iraq" with "from
 * Panama" hung on "forces" (as in "forces from Panama", Panamanian forces). After a noun of taking
 * something out of somewhere and its "of" phrase, a "from" phrase is where the removal takes them
 * from (UD: an `nmod` of the removal noun); read as the object's, it lends the place's country to
 * those removed, who then withdraw from their own country.
 */

/** Lemmas of nouns of taking people or things out of a place. */
const REMOVALS: ReadonlySet<string> = new Set(['withdrawal', 'pullout', 'pull-out', 'drawdown', 'evacuation', 'removal', 'redeployment', 'extraction', 'repatriation', 'relocation', 'exit']);

/**
 * Rewrites `head` in place so that a "from" phrase on the "of" object of a removal noun hangs on
 * the removal noun ("withdrawal of [forces] from Panama"). Returns true when anything changed.
 */
export function repairRemovalSources(head: Int32Array, rel: string[], upos: readonly string[], lemma: readonly string[]): boolean {
  const n = head.length;
  let changed = false;
  for (let x = 2; x < n; x++) {
    if (rel[x] !== 'nmod' || (upos[x] !== 'PROPN' && upos[x] !== 'NOUN')) continue;
    const k = head[x];
    if (k < 0 || k >= x || rel[k] !== 'nmod' || upos[k] !== 'NOUN') continue;
    const r = head[k];
    if (r < 0 || r >= k || !REMOVALS.has(lemma[r])) continue;
    // x's preposition is "from", k's is "of".
    const caseOf = (t: number): string | null => {
      for (let c = 0; c < t; c++) if (head[c] === t && rel[c] === 'case') return lemma[c];
      return null;
    };
    if (caseOf(x) !== 'from' || caseOf(k) !== 'of') continue;
    head[x] = r;
    changed = true;
  }
  return changed;
}
