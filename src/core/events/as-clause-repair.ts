/**
 * ", as authorities in Croatia cracked down on Serbian nationalists": after a comma, "as" followed
 * by a noun phrase and a finite verb opens a clause (as … while …). Taggers sometimes make "as" a
 * preposition here, and the parser then reads "as authorities" as a phrase ("served as advisers")
 * with the verb a modifier of the noun ("authorities cracked down" as "authorities who cracked
 * down"). The noun is the verb's subject, "as" its subordinator, and the verb heads the clause.
 */

/** Adverbs that may stand between the comma and "as" (", even as fighting raged", ", just as talks began"). */
const AS_ADVERBS = new Set(['even', 'just']);

/**
 * Rewrites `head` and `rel` in place for such clauses. `lower` and `lemma` tell a past form
 * ("cracked", "withdrew") from a present participle. Returns true when anything changed.
 */
export function repairAsClauses(head: Int32Array, rel: string[], upos: readonly string[], lower: readonly string[], lemma: readonly string[]): boolean {
  const n = head.length;
  let changed = repairAsGerundSubjects(head, rel, upos, lower, lemma);
  for (let a = 1; a + 2 < n; a++) {
    const adverb = a >= 2 && AS_ADVERBS.has(lower[a - 1]) && lower[a - 2] === ',' ? a - 1 : -1;
    if (lower[a] !== 'as' || (lower[a - 1] !== ',' && adverb < 0) || rel[a] !== 'case') continue;
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
    if (adverb >= 0 && head[adverb] === noun) head[adverb] = verb;
    changed = true;
  }
  return changed;
}

/**
 * ", even as fighting in the east showed no sign of easing": a noun in "-ing" after "as", tagged a
 * verb, read as a gerund clause whose verb is the finite verb after it ("fighting … showed" as
 * "fighting, which showed"). "As" opens a finite clause, not a gerund: the "-ing" word is the
 * subject of that finite verb, which heads the clause. (Without this the gerund takes the subject
 * of the clause it hangs on, and "fighting" becomes a fight between whoever "agreed to hold talks".)
 */
function repairAsGerundSubjects(head: Int32Array, rel: string[], upos: readonly string[], lower: readonly string[], lemma: readonly string[]): boolean {
  const n = head.length;
  let changed = false;
  for (let g = 1; g + 1 < n; g++) {
    if (upos[g] !== 'VERB' || !lower[g].endsWith('ing') || rel[g] !== 'advcl') continue;
    // opened by "as" ("as", "even as", "just as"), and with no subject or auxiliary of its own
    let opened = false;
    let own = false;
    let finite = -1;
    for (let k = 0; k < n; k++) {
      if (head[k] !== g) continue;
      if (rel[k] === 'mark' && k < g && (lower[k] === 'as' || (AS_ADVERBS.has(lower[k]) && lower[k + 1] === 'as'))) opened = true;
      if (rel[k].startsWith('nsubj') || rel[k].startsWith('aux') || rel[k] === 'cop') own = true;
      // the finite verb: a past form after it with no subject of its own
      if (finite < 0 && k > g && upos[k] === 'VERB' && (rel[k] === 'xcomp' || rel[k] === 'ccomp' || rel[k] === 'conj' || rel[k] === 'parataxis') && lower[k] !== lemma[k] && !lower[k].endsWith('ing')) finite = k;
    }
    if (!opened || own || finite < 0) continue;
    // (A "subject" after the finite verb is its object, read so for want of one before it: "showed no sign".)
    let subjectOfFinite = false;
    for (let k = 0; k < n; k++) if (head[k] === finite && ((rel[k].startsWith('nsubj') && k < finite) || rel[k] === 'cc')) subjectOfFinite = true;
    if (subjectOfFinite) continue;
    for (let k = finite + 1; k < n; k++) if (head[k] === finite && rel[k] === 'nsubj') rel[k] = 'obj';
    head[finite] = head[g];
    rel[finite] = 'advcl';
    // the marker and the punctuation open the finite clause; the gerund's own phrase stays with it
    for (let k = 0; k < n; k++) if (head[k] === g && k < g && (rel[k] === 'mark' || rel[k] === 'punct' || rel[k] === 'advmod')) head[k] = finite;
    head[g] = finite;
    rel[g] = 'nsubj';
    changed = true;
  }
  return changed;
}

function hasCase(head: Int32Array, lower: readonly string[], k: number, word: string): boolean {
  for (let c = 0; c < k; c++) if (head[c] === k && lower[c] === word) return true;
  return false;
}
