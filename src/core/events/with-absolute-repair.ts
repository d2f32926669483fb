/**
 * Repair of an absolute "with" clause hung on the noun before it: "China has complied with sanctions
 * against Russia, with some Chinese companies even cutting ties with Moscow." with "companies" an
 * `nmod` of "sanctions" and "cutting" its `acl`. After a comma, "with NOUN VERB-ing …" is a clause
 * of its own that says what else happened (UD: the verb is an `advcl` of the main predicate, "with"
 * its `mark`, the noun its subject); hung on a noun it lends that noun's participants a partner
 * ("complied with … companies") the sentence never names.
 */

/** Tags of the absolute's subject and of the noun it was hung on. */
const NOUN_LIKE = new Set(['NOUN', 'PROPN', 'PRON']);

/**
 * Rewrites `head` and `rel` in place so that an absolute "with" clause after a comma, parsed as a
 * noun under an earlier noun with an "-ing" verb as its `acl`, becomes an `advcl` of the predicate
 * that governs that earlier noun. Returns true when anything changed.
 */
export function repairWithAbsolutes(head: Int32Array, rel: string[], upos: readonly string[], lower: readonly string[]): boolean {
  const n = head.length;
  let changed = false;
  for (let w = 1; w < n; w++) {
    if (lower[w] !== 'with' || upos[w] !== 'ADP' || rel[w] !== 'case' || upos[w - 1] !== 'PUNCT' || lower[w - 1] !== ',') continue;
    const noun = head[w];
    if (noun <= w || !NOUN_LIKE.has(upos[noun])) continue;
    const up = head[noun];
    if (up < 0 || up >= w || !NOUN_LIKE.has(upos[up])) continue;
    let verb = -1;
    for (let k = noun + 1; k < n && verb < 0; k++) if (head[k] === noun && rel[k] === 'acl' && upos[k] === 'VERB' && lower[k].endsWith('ing')) verb = k;
    if (verb < 0) continue;
    const pred = predicateAbove(head, upos, up);
    if (pred < 0) continue;
    head[verb] = pred;
    rel[verb] = 'advcl';
    head[noun] = verb;
    rel[noun] = 'nsubj';
    head[w] = verb;
    rel[w] = 'mark';
    if (head[w - 1] === noun) head[w - 1] = verb;
    changed = true;
  }
  return changed;
}

/** The nearest verb above `k` (-1 when none, or on a cycle). */
function predicateAbove(head: Int32Array, upos: readonly string[], k: number): number {
  let i = head[k];
  for (let steps = 0; i >= 0 && steps <= head.length; steps++, i = head[i]) if (upos[i] === 'VERB' || upos[i] === 'AUX') return i;
  return -1;
}
