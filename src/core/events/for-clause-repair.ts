/**
 * A "for"-phrase read as a clause: "suspended part of a military aid program for Bosnia aimed at
 * uniting its forces", parsed with "for" the marker of "aimed" and "Bosnia" its subject. English
 * has a "for" clause with a subject only with an infinitive ("for Bosnia to unite"); with a
 * participle there is no such clause, so "for Bosnia" is a phrase of the noun before it, and the
 * participle a reduced relative of that noun ("a program … aimed at").
 */

/**
 * Rewrites `head` and `rel` in place for such phrases. `lower` gives the tokens' lower-cased forms.
 * Returns true when anything changed.
 */
export function repairForClauses(head: Int32Array, rel: string[], upos: readonly string[], lower: readonly string[]): boolean {
  const n = head.length;
  let changed = false;
  for (let f = 1; f < n - 2; f++) {
    if (lower[f] !== 'for' || rel[f] !== 'mark') continue;
    const verb = head[f];
    if (verb <= f || upos[verb] !== 'VERB' || lower[verb].endsWith('ing')) continue;
    const noun = f - 1;
    if (upos[noun] !== 'NOUN') continue;
    let subj = -1;
    let infinitive = false;
    for (let k = 0; k < n; k++) {
      if (head[k] !== verb) continue;
      if (rel[k] === 'nsubj' && k > f && k < verb) subj = k;
      if ((rel[k] === 'mark' && lower[k] === 'to') || rel[k].startsWith('aux')) infinitive = true;
    }
    if (subj < 0 || infinitive || (upos[subj] !== 'PROPN' && upos[subj] !== 'NOUN')) continue;
    head[f] = subj;
    rel[f] = 'case';
    head[subj] = noun;
    rel[subj] = 'nmod';
    head[verb] = noun;
    rel[verb] = 'acl';
    changed = true;
  }
  return changed;
}
