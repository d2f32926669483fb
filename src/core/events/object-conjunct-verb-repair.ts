/**
 * A second predicate read as a participle modifying a conjoined object: "Police arrested four
 * suspects and seized rifles and explosives", parsed with "seized" an `amod` of "rifles" and
 * "rifles" a conjunct of "suspects" — so the police arrest "suspects and rifles", the arrest has an
 * object that is not only people, and the seizure has no event at all. A conjunction followed at
 * once by an inflected verb (not an "-ing" form, which does modify nouns: "and fleeing gunmen") that
 * the tagger read as a verb opens a second predicate sharing the subject of the clause: the verb is
 * a conjunct of the clause's verb, the noun its object, and the conjuncts after that noun its own.
 *
 * Only when the clause's verb has a subject and the object comes right after it, so that the
 * sentence has the "subject verb object and verb object" shape; an adjective ("and wounded/ADJ
 * civilians") is left alone, as the tagger read it.
 */
import { childrenOf } from './head-tree.js';

/** Coordinating conjunctions that can open a second predicate. */
const CONJUNCTIONS = new Set(['and', 'but', 'then']);

/**
 * Rewrites `head` and `rel` in place so that such a verb coordinates with the clause's verb and takes
 * the noun it was read as modifying as its object. `lower` and `lemma` are per token. Returns true
 * when anything changed.
 */
export function repairObjectConjunctVerbs(head: Int32Array, rel: string[], upos: readonly string[], lower: readonly string[], lemma: readonly string[]): boolean {
  const n = head.length;
  let changed = false;
  for (let v = 1; v + 1 < n; v++) {
    const noun = head[v];
    if (upos[v] !== 'VERB' || rel[v] !== 'amod' || noun <= v || !CONJUNCTIONS.has(lower[v - 1])) continue;
    if (lower[v] === lemma[v] || lower[v].endsWith('ing')) continue;
    if (rel[noun] !== 'conj' || (upos[noun] !== 'NOUN' && upos[noun] !== 'PROPN')) continue;
    // Only determiners, numbers and adjectives between the verb and its noun: "seized two rifles".
    let plain = true;
    for (let k = v + 1; k < noun && plain; k++) if (head[k] !== noun || !['DET', 'NUM', 'ADJ'].includes(upos[k])) plain = false;
    if (!plain) continue;
    const obj = head[noun];
    const verb = obj >= 0 ? head[obj] : -1;
    if (verb < 0 || verb > obj || rel[obj] !== 'obj' || upos[verb] !== 'VERB') continue;
    if (!childrenOf(head, verb).some((k) => rel[k] === 'nsubj' || rel[k] === 'nsubj:pass')) continue;
    head[v] = verb;
    rel[v] = 'conj';
    head[noun] = v;
    rel[noun] = 'obj';
    if (head[v - 1] === noun || head[v - 1] === obj) head[v - 1] = v;
    // "seized rifles and explosives": the conjuncts after the noun are the new object's.
    for (let k = noun + 1; k < n; k++) if (head[k] === obj && rel[k] === 'conj') head[k] = noun;
    changed = true;
  }
  return changed;
}
