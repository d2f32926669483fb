/**
 * A noun phrase the parser read as a bare adverbial (`obl:unmarked`) right after a verb that has no
 * object is that verb's object. Bare adverbials are times, amounts and ways ("arrived Monday",
 * "walked two miles", "the same way"), never a named participant or a thing acted on: "will visit
 * Mauritania and Senegal", "have retaken a strategic village".
 */

/** Articles that open a noun phrase a bare adverbial seldom has. */
const OBJECT_DETERMINERS = new Set(['a', 'an', 'the']);

/** Nouns that make bare adverbials with an article ("the same way", "the whole day"). */
const ADVERBIAL_NOUNS = new Set(['way', 'time', 'times', 'day', 'night', 'morning', 'afternoon', 'evening', 'week', 'weekend', 'month', 'year']);

/** Verb dependents that leave no room for an object: an object, a clause, a passive subject. */
const FILLED = new Set(['obj', 'ccomp', 'xcomp', 'nsubj:pass']);

/** Noun dependents of times and amounts: a preposition, a number. */
const ADVERBIAL_MARKS = new Set(['case', 'nummod']);

/**
 * Rewrites `rel` in place for such phrases: a name (PROPN) whose words start right after the verb,
 * or a common noun opened there by an article and not one of the adverbial nouns. Dates (`temporal`)
 * and phrases with a preposition, a number or a date inside stay. Returns true when anything changed.
 */
export function repairUnmarkedObjects(head: Int32Array, rel: string[], upos: readonly string[], lower: readonly string[], temporal: Uint8Array): boolean {
  const n = head.length;
  let changed = false;
  for (let i = 0; i < n; i++) {
    const h = head[i];
    if (rel[i] !== 'obl:unmarked' || temporal[i] || h < 0 || h > i || upos[h] !== 'VERB') continue;
    const name = upos[i] === 'PROPN';
    if (!name && (upos[i] !== 'NOUN' || ADVERBIAL_NOUNS.has(lower[i]))) continue;
    let first = i;
    let blocked = false;
    for (let k = 0; k < n && !blocked; k++) {
      if (head[k] === h && k !== i && FILLED.has(rel[k])) blocked = true;
      if (head[k] !== i) continue;
      if (ADVERBIAL_MARKS.has(rel[k]) || temporal[k] === 1) blocked = true;
      if (k < first) first = k;
    }
    if (blocked || first !== h + 1) continue;
    if (!name && (rel[first] !== 'det' || !OBJECT_DETERMINERS.has(lower[first]))) continue;
    rel[i] = 'obj';
    changed = true;
  }
  return changed;
}
