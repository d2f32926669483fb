/**
 * "condemned what it called the violent dispersal of protesters", "rejected what they termed
 * baseless accusations": the parser makes "what" the verb's object and hangs the named thing on
 * the relative clause's "called". What the verb acts on is the thing named; "what it called" only
 * says whose words the naming is. The named phrase becomes the verb's object, "what … called" a
 * relative clause on it, and the phrases after the name that hung on "called" ("by Croatian police",
 * "in its internal affairs") hang on the name, as they would without the framing.
 */
import { firstDependent } from './repair-children.js';

/** Verbs of naming whose object is the name given ("called", "termed", "labelled"). */
const NAMING = new Set(['call', 'term', 'label', 'brand', 'dub']);

/**
 * Rewrites `head` and `rel` in place for each "what (subject) called X" object of a verb. `lower`
 * are the tokens' lower-cased forms. Returns true when anything changed.
 */
export function repairCalledObjects(head: Int32Array, rel: string[], upos: readonly string[], lemma: readonly string[], lower: readonly string[]): boolean {
  const n = head.length;
  let changed = false;
  for (let w = 0; w < n; w++) {
    if (lower[w] !== 'what' || rel[w] !== 'obj') continue;
    const verb = head[w];
    if (verb < 0 || upos[verb] !== 'VERB') continue;
    const naming = firstDependent(head, w, (c) => rel[c] === 'acl:relcl' && upos[c] === 'VERB' && NAMING.has(lemma[c]));
    if (naming < 0) continue;
    const named = firstDependent(head, naming, (c) => rel[c] === 'obj' && c > naming && (upos[c] === 'NOUN' || upos[c] === 'PROPN'));
    if (named < 0) continue;
    head[named] = verb;
    rel[named] = 'obj';
    head[naming] = named;
    rel[naming] = 'acl:relcl';
    head[w] = naming;
    rel[w] = 'obj';
    for (let c = named + 1; c < n; c++) {
      if (head[c] === naming && rel[c] === 'obl') {
        head[c] = named;
        rel[c] = 'nmod';
      }
    }
    changed = true;
  }
  return changed;
}
