/**
 * A verb's object read as hanging from the adjective before it: "attempted to assassinate outgoing
 * Prime Minister Ali Hassan" or "tried to kill former President X", parsed with the adjective
 * ("outgoing", "former") as the verb's `xcomp` or `advmod` and the name as the adjective's object or
 * conjunct — so the verb has no object and the event no target. A bare adjective right after a
 * verb, with a noun after it in its own phrase, is that noun's modifier; the noun is the verb's
 * object.
 *
 * Not after a verb that takes a predicate adjective ("became first president", "fell ill last
 * week", "remained silent Tuesday"), nor when the verb has an object already ("made clear its
 * position" with "position" the verb's), nor for a noun with a preposition ("fell short of
 * expectations") or a date.
 */

/** Relations the parser gives such an adjective under the verb. */
const ADJECTIVE_UNDER_VERB = new Set(['xcomp', 'advmod', 'dep', 'obj', 'ccomp', 'obl', 'obl:npmod']);

/** Relations the parser gives the noun under the adjective. */
const NOUN_UNDER_ADJECTIVE = new Set(['obj', 'conj', 'nmod', 'dep', 'appos', 'compound', 'flat', 'nmod:desc', 'nmod:unmarked', 'nmod:npmod', 'obl:npmod', 'obl:unmarked']);

/** Verbs that take a predicate adjective or noun (copular and resultative uses), by lemma. */
const PREDICATIVE = new Set(['be', 'become', 'remain', 'stay', 'seem', 'appear', 'look', 'sound', 'feel', 'turn', 'go', 'get', 'grow', 'prove', 'fall', 'come', 'keep', 'make', 'render', 'consider', 'deem', 'declare', 'call', 'name', 'elect', 'appoint', 'find', 'leave', 'hold', 'set', 'break', 'run', 'end']);

/** Relations that already give the verb an object or a predicate of its own. */
const OWN_OBJECT = new Set(['obj', 'iobj', 'ccomp']);

/**
 * Rewrites `head` and `rel` in place so that a noun after a bare adjective following a verb is the
 * verb's object and the adjective its modifier. `temporal[i]` is 1 inside a date. Returns true when
 * anything changed.
 */
export function repairAdjectiveObjects(head: Int32Array, rel: string[], upos: readonly string[], lemma: readonly string[], temporal: Uint8Array): boolean {
  const n = head.length;
  let changed = false;
  for (let v = 0; v + 2 < n; v++) {
    const a = v + 1;
    if (upos[v] !== 'VERB' || PREDICATIVE.has(lemma[v]) || upos[a] !== 'ADJ' || head[a] !== v || !ADJECTIVE_UNDER_VERB.has(rel[a])) continue;
    let owned = false;
    for (let k = 0; k < n && !owned; k++) if (k !== a && head[k] === v && OWN_OBJECT.has(rel[k])) owned = true;
    if (owned) continue;
    const noun = nounOf(head, rel, upos, temporal, a);
    if (noun < 0) continue;
    // Whatever hung on the adjective after the noun ("on Sunday", the final stop) is the verb's,
    // save the noun's own modifiers ("of Somalia").
    for (let k = noun + 1; k < n; k++) {
      if (head[k] !== a) continue;
      head[k] = rel[k].startsWith('nmod') || rel[k] === 'acl' || rel[k].startsWith('acl:') || rel[k] === 'appos' ? noun : v;
    }
    head[noun] = v;
    rel[noun] = 'obj';
    head[a] = noun;
    rel[a] = 'amod';
    changed = true;
  }
  return changed;
}

/**
 * The noun hung on adjective `a` that starts a noun phrase right after it (its own modifiers, such
 * as "Prime Minister" before "Ali", may come between), with no preposition and no date; or -1.
 */
function nounOf(head: Int32Array, rel: readonly string[], upos: readonly string[], temporal: Uint8Array, a: number): number {
  const n = head.length;
  let noun = -1;
  for (let k = a + 1; k < n && noun < 0; k++) {
    if (head[k] === a && (upos[k] === 'NOUN' || upos[k] === 'PROPN') && NOUN_UNDER_ADJECTIVE.has(rel[k])) noun = k;
  }
  if (noun < 0 || temporal[noun]) return -1;
  for (let k = 0; k < n; k++) if (head[k] === noun && (rel[k] === 'case' || rel[k] === 'cc' || rel[k] === 'mark')) return -1;
  // Every word between the adjective and the noun belongs to the noun's phrase.
  for (let k = a + 1; k < noun; k++) {
    if (upos[k] === 'PUNCT' || upos[k] === 'ADP' || upos[k] === 'VERB' || upos[k] === 'AUX') return -1;
    let h = head[k];
    for (let steps = 0; h >= 0 && h !== noun && h > a && h < noun && steps < n; steps++) h = head[h];
    if (h !== noun) return -1;
  }
  return noun;
}
