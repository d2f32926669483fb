/**
 * Repair of a sentence whose main verb was read as a participle modifier of its subject when a
 * closing report follows: "Palestinian youths resorted to throwing stones, officials said." parsed
 * with "said" as the root, "youths" a stray noun under it and "resorted" an `acl` of "youths" (as in
 * "youths arrested last week"). A reporting verb that closes a sentence after a comma ("…, officials
 * said") has its own subject after the comma; a noun before the comma hung on it with any other
 * relation is the subject of the reported clause, whose verb is then the sentence's predicate (UD:
 * the reporting verb is a `parataxis` of it).
 *
 * Only active readings are rewritten: the participle must take an object, a clausal complement, or a
 * "to" phrase ("resorted to", "agreed to"), and must have no auxiliary, subject, marker or "by"
 * agent of its own — "five soldiers killed in the attack, officials said" stays a passive fragment.
 */

import { childrenOf, inSubtree, subtreeStart } from './head-tree.js';

/** Relations a stray subject noun may carry under the reporting verb. */
const STRAY = new Set(['obl:unmarked', 'obl:npmod', 'obj', 'dep', 'appos', 'nmod', 'parataxis', 'list', 'vocative', 'dislocated']);

/** Dependents of the participle that make its active reading certain. */
const ACTIVE = new Set(['obj', 'ccomp', 'xcomp', 'advcl']);

/** Dependents the participle must not have: they belong to a clause or a passive of its own. */
const OWN_CLAUSE = new Set(['aux', 'aux:pass', 'nsubj', 'nsubj:pass', 'mark', 'cop']);

/**
 * Rewrites `head` and `rel` in place so that, under a reporting root closing the sentence after a
 * comma with its own subject after that comma, a noun before the comma and its `acl` past-form verb
 * become subject and predicate, the reporting verb a `parataxis` of that predicate. Returns true
 * when anything changed.
 */
export function repairReportRoots(head: Int32Array, rel: string[], upos: readonly string[], lemma: readonly string[], lower: readonly string[], isSpeech: (lemma: string) => boolean): boolean {
  const n = head.length;
  const r = head.indexOf(-1);
  if (r < 2 || upos[r] !== 'VERB' || !isSpeech(lemma[r]) || head.indexOf(-1, r + 1) >= 0) return false;
  const subj = childrenOf(head, r).find((k) => rel[k] === 'nsubj');
  if (subj === undefined || subj > r) return false;
  // the comma that opens the closing report: right before the subject's phrase
  let c = subj - 1;
  while (c >= 0 && upos[c] !== 'PUNCT' && inSubtree(head, c, subj)) c--;
  if (c < 2 || lower[c] !== ',') return false;
  if (childrenOf(head, r).some((k) => k < c && (rel[k] === 'ccomp' || rel[k] === 'parataxis' && upos[k] === 'VERB'))) return false;
  for (const p of childrenOf(head, r)) {
    if (p >= c || !STRAY.has(rel[p]) || (upos[p] !== 'NOUN' && upos[p] !== 'PROPN' && upos[p] !== 'PRON')) continue;
    const v = childrenOf(head, p).find((k) => k > p && k < c && rel[k] === 'acl' && upos[k] === 'VERB' && pastForm(lower[k], lemma[k]));
    if (v === undefined || !activeParticiple(head, rel, lower, v)) continue;
    head[v] = -1;
    rel[v] = 'root';
    head[p] = v;
    rel[p] = 'nsubj';
    head[r] = v;
    rel[r] = 'parataxis';
    // what opened the sentence before the subject ("On Monday, …") and the closing stop go to the new predicate
    for (const k of childrenOf(head, r)) if ((k < p && k !== subj) || (k === n - 1 && upos[k] === 'PUNCT')) head[k] = v;
    if (head[c] === p) head[c] = r;
    return true;
  }
  return false;
}

/** A past form: not the lemma itself, not an "-ing" or third-person "-s" form. */
function pastForm(lower: string, lemma: string): boolean {
  return lower !== lemma && !lower.endsWith('ing') && !lower.endsWith('s');
}

/** The participle has a complement only an active verb takes, and nothing of a clause or passive of its own. */
function activeParticiple(head: Int32Array, rel: readonly string[], lower: readonly string[], v: number): boolean {
  let active = false;
  for (const k of childrenOf(head, v)) {
    if (OWN_CLAUSE.has(rel[k])) return false;
    const first = subtreeStart(head, k);
    if (rel[k] === 'obl' && lower[first] === 'by') return false;
    if (ACTIVE.has(rel[k]) || (rel[k] === 'obl' && lower[first] === 'to')) active = true;
  }
  return active;
}
