/**
 * A reported clause after "said" read as the verb's object with a participle: "The Indian army said
 * Pakistani troops fired on its posts", parsed with "troops" the object of "said" and "fired" an
 * `acl` of "troops" (troops that were fired) — so the firing is nobody's act. "Say" takes a noun
 * phrase object only in set phrases ("said a prayer", "said nothing"), never one modified by a
 * participle with nothing after it to be the clause's verb: the noun is the subject of a reported
 * clause and the participle its verb.
 *
 * Only for "say" with no clausal complement of its own, and an inflected participle other than an
 * "-ing" form ("said troops firing on …" is no finite clause) with no subject, marker or auxiliary.
 */
import { childrenOf } from './head-tree.js';

/** Tags of a noun phrase's head. */
const NOMINAL = new Set(['NOUN', 'PROPN']);

/**
 * Rewrites `head` and `rel` in place so that such a participle is the complement clause of "said"
 * with the noun as its subject. `lower` and `lemma` are per token. Returns true when anything changed.
 */
export function repairSaidClauses(head: Int32Array, rel: string[], upos: readonly string[], lower: readonly string[], lemma: readonly string[]): boolean {
  const n = head.length;
  let changed = false;
  for (let r = 0; r < n; r++) {
    if (upos[r] !== 'VERB' || lemma[r] !== 'say') continue;
    const deps = childrenOf(head, r);
    if (deps.some((k) => rel[k] === 'ccomp')) continue;
    const obj = deps.find((k) => k > r && rel[k] === 'obj' && NOMINAL.has(upos[k]));
    if (obj === undefined) continue;
    const verb = childrenOf(head, obj).find((k) => k > obj && rel[k] === 'acl' && upos[k] === 'VERB');
    if (verb === undefined || lower[verb] === lemma[verb] || lower[verb].endsWith('ing')) continue;
    if (childrenOf(head, verb).some((k) => /^(?:nsubj|mark|aux)/.test(rel[k]))) continue;
    head[verb] = r;
    rel[verb] = 'ccomp';
    head[obj] = verb;
    rel[obj] = 'nsubj';
    changed = true;
  }
  return changed;
}
