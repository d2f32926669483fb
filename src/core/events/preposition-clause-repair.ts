/**
 * "Youths resorted to/SCONJ throwing stones", "turned to/ADP selling arms": the parser makes the
 * preposition before a gerund the verb's object or oblique and hangs the gerund on it as a clause
 * of its own. In UD a preposition or subordinator never heads a clause: the gerund is the verb's
 * adverbial clause and the preposition its marker.
 */

/** Relations such a preposition was given on the verb. */
const HEADING = new Set(['obj', 'obl', 'nmod', 'advcl', 'xcomp', 'ccomp', 'dep', 'iobj']);

/** Relations the gerund was given under the preposition. */
const UNDER = new Set(['acl', 'advcl', 'xcomp', 'ccomp', 'dep', 'obj', 'nmod', 'obl', 'acl:relcl']);

/**
 * Rewrites `head` and `rel` in place so that a gerund hung on a preposition heads the clause, the
 * preposition its `mark`. `lower` are the tokens' lower-cased forms. Returns true when anything changed.
 */
export function repairPrepositionClauses(head: Int32Array, rel: string[], upos: readonly string[], lower: readonly string[]): boolean {
  const n = head.length;
  let changed = false;
  for (let p = 0; p + 1 < n; p++) {
    if ((upos[p] !== 'ADP' && upos[p] !== 'SCONJ') || !HEADING.has(rel[p])) continue;
    const verb = head[p];
    if (verb < 0 || (upos[verb] !== 'VERB' && upos[verb] !== 'AUX')) continue;
    // The gerund right after the preposition (an adverb may come between: "to openly defying").
    let g = p + 1;
    if (g < n && upos[g] === 'ADV' && head[g] !== p) g++;
    if (g >= n || head[g] !== p || upos[g] !== 'VERB' || !lower[g].endsWith('ing') || !UNDER.has(rel[g])) continue;
    for (let k = 0; k < n; k++) if (head[k] === p && k !== g) head[k] = g;
    head[g] = verb;
    rel[g] = 'advcl';
    head[p] = g;
    rel[p] = 'mark';
    changed = true;
  }
  return changed;
}
