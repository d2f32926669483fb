/**
 * Repair of a "for X to V" clause split by the parser: "rejected calls for Russia to withdraw its
 * troops" parsed with "for Russia" a phrase of "calls" and "to withdraw" hung on "rejected" (an
 * xcomp or advcl), so that the withdrawing reads as the rejecter's own act. After a noun of asking,
 * proposing or deciding, "for X to V" is one clause (UD: V an `acl` of the noun, X its `nsubj`,
 * "for" its `mark`): what is asked of X.
 */

/** Nouns that take a "for X to V" clause saying what is asked, proposed or agreed ("a call for X to …"). */
const ASKING = new Set([
  'call', 'calls', 'demand', 'demands', 'appeal', 'appeals', 'plea', 'pleas', 'request', 'requests', 'pressure',
  'push', 'proposal', 'proposals', 'plan', 'plans', 'order', 'orders', 'deal', 'agreement', 'arrangement',
  'deadline', 'ultimatum', 'support', 'backing', 'campaign', 'clamour', 'clamor', 'motion', 'resolution',
]);

/**
 * Rewrites `head` and `rel` in place so that such an infinitive is the `acl` of the noun, with the
 * noun of the "for" phrase its subject and "for" its `mark`. Returns true when anything changed.
 */
export function repairForInfinitives(head: Int32Array, rel: string[], upos: readonly string[], lower: readonly string[]): boolean {
  const n = head.length;
  let changed = false;
  for (let f = 1; f < n - 3; f++) {
    if (lower[f] !== 'for' || rel[f] !== 'case') continue;
    const x = head[f];
    const noun = x > f ? head[x] : -1;
    if (noun < 0 || noun > f || !ASKING.has(lower[noun]) || upos[noun] !== 'NOUN' || !rel[x].startsWith('nmod')) continue;
    if (upos[x] !== 'PROPN' && upos[x] !== 'NOUN' && upos[x] !== 'PRON') continue;
    // The "for" phrase ends right before "to", and the infinitive after it hangs outside the noun's phrase.
    let end = x;
    for (let k = x + 1; k < n && dominated(head, k, x); k++) end = k;
    const to = end + 1;
    const verb = to + 1 < n && lower[to] === 'to' && rel[to] === 'mark' ? head[to] : -1;
    if (verb < 0 || verb < to || upos[verb] !== 'VERB' || dominated(head, verb, noun)) continue;
    if (rel[verb] !== 'xcomp' && rel[verb] !== 'advcl') continue;
    // An infinitive with a subject of its own is not this one.
    let subject = false;
    for (let k = 0; k < n; k++) if (head[k] === verb && rel[k].startsWith('nsubj')) subject = true;
    if (subject) continue;
    head[verb] = noun;
    rel[verb] = 'acl';
    head[x] = verb;
    rel[x] = 'nsubj';
    head[f] = verb;
    rel[f] = 'mark';
    changed = true;
  }
  return changed;
}

/** True when token `k` is `top` or lies under it. */
function dominated(head: Int32Array, k: number, top: number): boolean {
  for (let guard = 0; k >= 0 && guard < 64; guard++) {
    if (k === top) return true;
    k = head[k];
  }
  return false;
}
