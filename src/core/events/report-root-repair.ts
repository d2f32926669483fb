/**
 * Repair of a sentence whose main verb was read as a participle modifier of its subject when a
 * closing report follows: "Palestinian youths resorted to throwing stones, officials said." parsed
 * with "said" as the root, "youths" a stray noun under it and "resorted" an `acl` of "youths" (as in
 * "youths arrested last week"). A reporting verb that closes a sentence after a comma ("…, officials
 * said") has its own subject after the comma; a noun before the comma hung on it with any other
 * relation is the subject of the reported clause, whose verb is then the sentence's predicate (UD:
 * the reporting verb is a `parataxis` of it).
 *
 * Only active readings are rewritten: the participle must take an object, a clausal complement, a
 * "to" phrase ("resorted to", "agreed to") or a "with" phrase ("clashed with police"), and must have
 * no auxiliary, subject, marker or "by" agent of its own — "five soldiers killed in the attack, officials said" stays a passive fragment.
 */

import { childrenOf, inSubtree, subtreeStart } from './head-tree.js';
import { SWALLOWED } from './closing-report-repair.js';

/** Relations a stray subject noun may carry under the reporting verb. */
const STRAY = new Set(['obl:unmarked', 'obl:npmod', 'obj', 'dep', 'appos', 'nmod', 'parataxis', 'list', 'vocative', 'dislocated', 'ccomp']);

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
  return eachRoot(head, (r) => repairReportRoot(head, rel, upos, lemma, lower, isSpeech, r));
}

/**
 * Runs `repair` on the root of every sentence (the arrays hold a whole document, one root per
 * sentence); the roots are listed first, as a repair makes a new one. True when any repair changed anything.
 */
function eachRoot(head: Int32Array, repair: (r: number) => boolean): boolean {
  const roots: number[] = [];
  for (let k = 0; k < head.length; k++) if (head[k] === -1) roots.push(k);
  let changed = false;
  for (const r of roots) if (repair(r)) changed = true;
  return changed;
}

/** The last token of the sentence whose root is `top`: the run of tokens after it that hang under it. */
function subtreeEnd(head: Int32Array, top: number): number {
  let end = top;
  while (end + 1 < head.length && inSubtree(head, end + 1, top)) end++;
  return end;
}

function repairReportRoot(head: Int32Array, rel: string[], upos: readonly string[], lemma: readonly string[], lower: readonly string[], isSpeech: (lemma: string) => boolean, r: number): boolean {
  if (r < 2 || upos[r] !== 'VERB' || !isSpeech(lemma[r])) return false;
  const last = subtreeEnd(head, r);
  const subj = childrenOf(head, r).find((k) => rel[k] === 'nsubj');
  if (subj === undefined || subj > r) return false;
  // the comma that opens the closing report: right before the subject's phrase
  let c = subj - 1;
  while (c >= 0 && upos[c] !== 'PUNCT' && inSubtree(head, c, subj)) c--;
  if (c < 2 || lower[c] !== ',') return false;
  // (A noun read as a clause, "Protesters/ccomp clashed with police", is the stray subject itself.)
  if (childrenOf(head, r).some((k) => k < c && ((rel[k] === 'ccomp' && upos[k] !== 'NOUN' && upos[k] !== 'PROPN') || (rel[k] === 'parataxis' && upos[k] === 'VERB')))) return false;
  for (const p of childrenOf(head, r)) {
    if (p >= c || !STRAY.has(rel[p]) || (upos[p] !== 'NOUN' && upos[p] !== 'PROPN' && upos[p] !== 'PRON')) continue;
    const v = childrenOf(head, p).find((k) => k > p && k < c && rel[k] === 'acl' && upos[k] === 'VERB' && pastForm(lower[k], lemma[k]));
    if (v === undefined || !(activeParticiple(head, rel, lower, v) || withPhrase(head, rel, lower, v))) continue;
    head[v] = -1;
    rel[v] = 'root';
    head[p] = v;
    rel[p] = 'nsubj';
    head[r] = v;
    rel[r] = 'parataxis';
    // what opened the sentence before the subject ("On Monday, …") and the closing stop go to the new predicate
    for (const k of childrenOf(head, r)) if ((k < p && k !== subj) || (k === last && upos[k] === 'PUNCT')) head[k] = v;
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

/** Relations of a word inside a noun phrase's name or modifiers. */
const NAME_PARTS = new Set(['amod', 'compound', 'flat']);

/** Relations the reporter's noun may carry when the participle's clause swallowed it: those of a closing report's, or a name part. */
const SWALLOWED_REPORTER: ReadonlySet<string> = new Set([...SWALLOWED, 'compound', 'flat']);

/**
 * Repair of the same sentence when the reporter after the comma was swallowed too: "Sudanese
 * soldiers clashed with RSF fighters near El Fasher, the United Nations said." parsed with
 * "soldiers" the subject of "said", "clashed" its `acl`, and "the United Nations" an apposition of
 * "El Fasher". A reporting root that closes the sentence after a comma takes the noun phrase between
 * that comma and itself as its subject; the noun before the comma and its past-form `acl` verb are
 * then subject and predicate of the reported clause. As above, only an active reading: the
 * participle takes an object, a complement, a "to" phrase or a "with" phrase ("clashed with",
 * "fought with"), and nothing of a clause or passive of its own.
 *
 * Rewrites `head` and `rel` in place; returns true when anything changed.
 */
export function repairSwallowedReporters(head: Int32Array, rel: string[], upos: readonly string[], lemma: readonly string[], lower: readonly string[], isSpeech: (lemma: string) => boolean): boolean {
  return eachRoot(head, (r) => repairSwallowedReporter(head, rel, upos, lemma, lower, isSpeech, r));
}

function repairSwallowedReporter(head: Int32Array, rel: string[], upos: readonly string[], lemma: readonly string[], lower: readonly string[], isSpeech: (lemma: string) => boolean, r: number): boolean {
  if (r < 3 || upos[r] !== 'VERB' || !isSpeech(lemma[r])) return false;
  const last = subtreeEnd(head, r);
  const subjects = childrenOf(head, r).filter((k) => rel[k] === 'nsubj');
  if (subjects.length !== 1 || subjects[0] > r) return false;
  const subj = subjects[0];
  if (upos[subj] !== 'NOUN' && upos[subj] !== 'PROPN') return false;
  // The phrase between the last comma and the reporting verb: nominal words only, none of them the verb's.
  const c = lower.lastIndexOf(',', r);
  if (c <= subj + 1 || r - c < 2 || r - c > 8) return false;
  let reporter = -1;
  for (let k = c + 1; k < r; k++) {
    // (A participle inside a name is no verb: "the United/VERB Nations".)
    if ((upos[k] === 'VERB' && !NAME_PARTS.has(rel[k])) || upos[k] === 'AUX' || upos[k] === 'PUNCT' || upos[k] === 'SCONJ' || upos[k] === 'ADP') return false;
    if (!inSubtree(head, k, subj)) return false;
    if (reporter < 0 && head[k] >= 0 && (head[k] <= c || head[k] >= r) && (upos[k] === 'NOUN' || upos[k] === 'PROPN')) reporter = k;
  }
  if (reporter < 0 || !SWALLOWED_REPORTER.has(rel[reporter])) return false;
  const v = childrenOf(head, subj).find((k) => k > subj && k < c && rel[k] === 'acl' && upos[k] === 'VERB' && pastForm(lower[k], lemma[k]));
  if (v === undefined || !(activeParticiple(head, rel, lower, v) || withPhrase(head, rel, lower, v))) return false;
  if (childrenOf(head, v).some((k) => OWN_CLAUSE.has(rel[k]) || (rel[k] === 'obl' && lower[subtreeStart(head, k)] === 'by'))) return false;
  // The reporter's own words are its own; the comma now closes the reported clause.
  for (let k = c + 1; k < r; k++) if (k !== reporter && (head[k] <= c || head[k] >= r)) head[k] = reporter;
  head[reporter] = r;
  rel[reporter] = 'nsubj';
  head[c] = r;
  head[v] = -1;
  rel[v] = 'root';
  head[subj] = v;
  rel[subj] = 'nsubj';
  head[r] = v;
  rel[r] = 'parataxis';
  // what opened the sentence before the subject and the closing stop go to the new predicate
  for (const k of childrenOf(head, r)) if ((k < subj && k !== c) || (k === last && upos[k] === 'PUNCT')) head[k] = v;
  return true;
}

/** The participle has a "with" phrase ("clashed with rebels"). */
function withPhrase(head: Int32Array, rel: readonly string[], lower: readonly string[], v: number): boolean {
  return childrenOf(head, v).some((k) => rel[k] === 'obl' && lower[subtreeStart(head, k)] === 'with');
}
