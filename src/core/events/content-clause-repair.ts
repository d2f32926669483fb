/**
 * Repair of a "that" clause hung on the wrong noun: "The move came despite warnings by the West that
 * the annexation violated international law." with "that … violated" a relative clause of "West" and
 * "that" read as its pronoun. A relative "that" fills a gap in its clause (subject or object); a
 * clause with its own subject and no gap for it is a content clause, and after "NOUN by/from NAME"
 * it says what the noun (a warning, a claim, an assurance) says (UD: an `acl` of that noun, with
 * "that" its `mark`). Read on the name, it leaves the warning without its content.
 */

/** Relations a relative "that" takes in its clause. */
const GAP = new Set(['nsubj', 'nsubj:pass', 'obj', 'iobj', 'csubj']);

/** Prepositions of the party a statement noun is by ("warnings by the West", "claims from Moscow"). */
const BY = new Set(['by', 'from']);

/**
 * Rewrites `head` and `rel` in place so that such a clause is the `acl` of the noun before the
 * "by"/"from" phrase, with "that" its `mark`. Returns true when anything changed.
 */
export function repairContentClauses(head: Int32Array, rel: string[], upos: readonly string[], lower: readonly string[]): boolean {
  const n = head.length;
  let changed = false;
  for (let t = 2; t < n; t++) {
    if (lower[t] !== 'that' || GAP.has(rel[t])) continue;
    const v = head[t];
    if (v <= t || (rel[v] !== 'acl:relcl' && rel[v] !== 'acl') || upos[v] !== 'VERB') continue;
    const np = head[v];
    if (np < 0 || np >= t || (upos[np] !== 'NOUN' && upos[np] !== 'PROPN')) continue;
    // The clause has a subject of its own: no gap for "that" to fill.
    let subject = false;
    for (let k = t + 1; k < v; k++) if (head[k] === v && (rel[k] === 'nsubj' || rel[k] === 'nsubj:pass')) subject = true;
    if (!subject) continue;
    // "by the West": the name's preposition, right after the statement noun.
    let first = np;
    for (let k = np - 1; k >= 0 && head[k] === np; k--) first = k;
    if (!BY.has(lower[first]) || rel[first] !== 'case') continue;
    const noun = first - 1;
    if (noun < 0 || upos[noun] !== 'NOUN' || (head[np] !== noun && head[np] !== head[noun])) continue;
    head[v] = noun;
    rel[v] = 'acl';
    head[t] = v;
    rel[t] = 'mark';
    if (head[np] !== noun) {
      head[np] = noun;
      rel[np] = 'nmod';
    }
    changed = true;
  }
  return changed;
}
