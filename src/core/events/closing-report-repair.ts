/**
 * Repair of a closing reporting clause read as a modifier of the sentence's last noun: "Rebels agreed
 * to a truce in an offensive that took the north, regional mediators announced, clearing the way for
 * talks." with "mediators" an apposition of "offensive" and "announced" its `acl`. In news such a
 * "…, NOUN said/announced," after a finished clause is the attribution of the sentence (UD: the
 * reporting verb is a `parataxis` of the main predicate and the noun its subject), and the coder
 * must see who reported, not an apposition that lends the reporter to the clause before it.
 */

import { inSubtree, rootOf } from './head-tree.js';

/** Relations the noun of a swallowed reporting clause may carry under the clause before it. */
export const SWALLOWED: ReadonlySet<string> = new Set(['appos', 'conj', 'nmod', 'obj', 'obl', 'dep', 'list', 'parataxis']);

/** Relations a reporting verb's own dependents may carry when it closes a sentence ("…, he said, adding…"). */
const CLOSING_DEPENDENTS = new Set(['punct', 'advcl', 'advmod', 'parataxis']);

/** Relations of a bare time ("protested Wednesday"). */
const TIMES = new Set(['obl:unmarked', 'obl:tmod', 'obl:npmod']);

/** Lemmas of a time named with a preposition ("on Wednesday", "on Monday night"). */
const DAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'night', 'morning', 'evening', 'afternoon', 'weekend']);

/** True when token `j` lies under a dependent `k` of `h` for which `ok(k)` holds. */
function dependentOf(head: Int32Array, j: number, h: number, ok: (k: number) => boolean): boolean {
  let x = j;
  for (let guard = 0; x >= 0 && head[x] !== h && guard < 50; guard++) x = head[x];
  return x >= 0 && head[x] === h && ok(x);
}

/**
 * Rewrites `head` and `rel` in place so that a reporting verb hung as `acl` on the noun right before
 * it, after a comma that closes a clause, becomes a `parataxis` of the sentence's predicate with the
 * noun phrase as its subject. The verb must be a past form ("announced", "said"), have no
 * complement, object or time of its own ("the plan, announced Monday," is a participle modifier) and
 * be followed by punctuation or the end — or by only a time and place that end the sentence. Returns true when anything changed.
 */
export function repairClosingReports(head: Int32Array, rel: string[], upos: readonly string[], lemma: readonly string[], lower: readonly string[], isSpeech: (lemma: string) => boolean): boolean {
  const n = head.length;
  let changed = false;
  for (let h = 2; h < n; h++) {
    const p = head[h];
    if (upos[h] !== 'VERB' || rel[h] !== 'acl' || !isSpeech(lemma[h]) || lower[h].endsWith('ing') || p !== h - 1) continue;
    if (upos[p] !== 'NOUN' && upos[p] !== 'PROPN' && upos[p] !== 'PRON') continue;
    if (!SWALLOWED.has(rel[p]) || head[p] < 0 || head[p] > p) continue;
    // "…, a rights group protested here Wednesday.": a time and place of its own that end the
    // sentence date the report (a participle's time is followed by more: "the plan, announced Monday, …").
    const dated = (k: number): boolean => rel[k] === 'advmod' || TIMES.has(rel[k]) || (rel[k] === 'obl' && DAYS.has(lemma[k]));
    const closes = Array.from({ length: n - h - 1 }, (_, i) => h + 1 + i).every((j) => upos[j] === 'PUNCT' || dependentOf(head, j, h, dated));
    if (h + 1 < n && upos[h + 1] !== 'PUNCT' && !closes) continue;
    let own = true;
    for (let k = 0; k < n && own; k++) if (head[k] === h && (!(CLOSING_DEPENDENTS.has(rel[k]) || (closes && dated(k))) || k < h)) own = false;
    if (!own) continue;
    // The noun phrase runs back to a comma; everything between belongs to the noun.
    let c = p - 1;
    while (c >= 0 && upos[c] !== 'PUNCT' && inSubtree(head, c, p)) c--;
    if (c < 1 || lower[c] !== ',') continue;
    const root = rootOf(head, p);
    if (root < 0 || root >= c || (upos[root] !== 'VERB' && upos[root] !== 'AUX')) continue;
    head[h] = root;
    rel[h] = 'parataxis';
    head[p] = h;
    rel[p] = 'nsubj';
    if (head[c] === p) head[c] = h;
    changed = true;
  }
  return changed;
}

/**
 * Rewrites `head` and `rel` in place so that a closing "…, medics said." parsed with the noun as a
 * `parataxis` of the predicate and the reporting verb an `orphan` under it (UD keeps `orphan` for
 * ellipsis, where a verb is missing, not present) has the verb as the parataxis and the noun as its
 * subject. Returns true when anything changed.
 */
export function repairOrphanReports(head: Int32Array, rel: string[], upos: readonly string[], lemma: readonly string[], isSpeech: (lemma: string) => boolean): boolean {
  const n = head.length;
  let changed = false;
  for (let h = 1; h < n; h++) {
    const p = head[h];
    if (rel[h] !== 'orphan' || upos[h] !== 'VERB' || !isSpeech(lemma[h]) || p < 0 || p >= h) continue;
    if (upos[p] !== 'NOUN' && upos[p] !== 'PROPN' && upos[p] !== 'PRON') continue;
    head[h] = head[p];
    rel[h] = rel[p];
    head[p] = h;
    rel[p] = 'nsubj';
    // What followed the noun (the closing stop) and the comma before it are the verb's.
    for (let k = 0; k < n; k++) if (head[k] === p && upos[k] === 'PUNCT') head[k] = h;
    changed = true;
  }
  return changed;
}

/** Relations a closing reporting verb takes when the parser hangs it inside the clause before it. */
const CONTACT_RELATIONS = new Set(['acl:relcl', 'acl', 'xcomp', 'ccomp']);

/** Words that open a real relative clause ("…, which state media reported"). */
const RELATIVE_WORDS = new Set(['which', 'who', 'whom', 'that', 'whose', 'what']);

/**
 * Rewrites `head` and `rel` in place so that a sentence-final "…, killing eight people, state media
 * reported" read as a relative clause without a relative word ("people [that] media reported") or
 * as a complement of the verb before it ("killing … reported", with "media" an apposition of
 * "people") becomes the sentence's attribution: the reporting verb a `parataxis` of the predicate,
 * the noun phrase after the comma its subject. English allows no contact relative after a comma
 * (a non-restrictive relative needs "which"/"who"), so a comma, a noun phrase and a bare past
 * reporting verb that ends the sentence is the reporting clause news closes with. Returns true when
 * anything changed.
 */
export function repairContactReports(head: Int32Array, rel: string[], upos: readonly string[], lemma: readonly string[], lower: readonly string[], isSpeech: (lemma: string) => boolean): boolean {
  const n = head.length;
  let changed = false;
  for (let h = 2; h < n; h++) {
    if (upos[h] !== 'VERB' || !CONTACT_RELATIONS.has(rel[h]) || !isSpeech(lemma[h]) || lower[h] === lemma[h] || lower[h].endsWith('ing')) continue;
    // The verb ends the sentence: only punctuation follows.
    let last = true;
    for (let j = h + 1; j < n && last; j++) if (upos[j] !== 'PUNCT') last = false;
    if (!last) continue;
    // Its subject: its own `nsubj`, else the noun right before it, left in the clause before.
    const subjects: number[] = [];
    let own = true;
    for (let k = 0; k < n && own; k++) {
      if (head[k] !== h) continue;
      if (rel[k] === 'nsubj' && k < h) subjects.push(k);
      else if (rel[k] !== 'punct') own = false;
    }
    if (!own || subjects.length > 1) continue;
    const s = subjects.length ? subjects[0] : h - 1;
    if (upos[s] !== 'NOUN' && upos[s] !== 'PROPN' && upos[s] !== 'PRON') continue;
    if (RELATIVE_WORDS.has(lower[s])) continue;
    if (subjects.length === 0 && !SWALLOWED.has(rel[s])) continue;
    // The noun phrase runs back to a comma, with nothing between it and the verb.
    let c = h - 1;
    while (c >= 0 && c !== s && inSubtree(head, c, s) && upos[c] !== 'PUNCT') c--;
    if (c !== s) continue;
    c = s - 1;
    while (c >= 0 && upos[c] !== 'PUNCT' && inSubtree(head, c, s)) c--;
    if (c < 1 || lower[c] !== ',') continue;
    const root = rootOf(head, s);
    if (root < 0 || root >= c || (upos[root] !== 'VERB' && upos[root] !== 'AUX')) continue;
    head[h] = root;
    rel[h] = 'parataxis';
    head[s] = h;
    rel[s] = 'nsubj';
    head[c] = h;
    changed = true;
  }
  return changed;
}
