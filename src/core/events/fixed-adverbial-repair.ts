/**
 * "conceded at last to demands from UNITA", "agreed at first to talks": the parser reads the
 * fixed adverbial "at last" / "at first" / "at once" as an oblique headed by "last" and hangs the
 * verb's next phrase on it. The adverbial modifies the verb and has no dependents of its own
 * beyond its preposition: what hangs on it is the verb's.
 */

/** Words that close a fixed "at …" adverbial. */
const FIXED_AT = new Set(['last', 'first', 'once']);

/**
 * Rewrites `head` in place so that phrases hung on such an adverbial hang on its verb. `lower`
 * are the tokens' lower-cased forms. Returns true when anything changed.
 */
export function repairFixedAdverbials(head: Int32Array, rel: readonly string[], upos: readonly string[], lower: readonly string[]): boolean {
  const n = head.length;
  let changed = false;
  for (let k = 1; k < n; k++) {
    if (!FIXED_AT.has(lower[k]) || lower[k - 1] !== 'at' || head[k - 1] !== k) continue;
    const verb = head[k];
    if (verb < 0 || (upos[verb] !== 'VERB' && upos[verb] !== 'AUX')) continue;
    for (let c = k + 1; c < n; c++) {
      if (head[c] !== k || rel[c] === 'case' || rel[c] === 'punct') continue;
      head[c] = verb;
      changed = true;
    }
  }
  return changed;
}
