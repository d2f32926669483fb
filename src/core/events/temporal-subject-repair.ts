/**
 * A day word between a subject and its verb read as the subject: "The Security Council today agreed
 * to …", "The government yesterday ordered …", parsed with "today" as the `nsubj` and the real
 * subject ("Council", "government") as its compound or flat modifier. A day word is a time, never
 * a noun that names can modify: the noun right before it heads the subject phrase, and the day word
 * is a temporal modifier of the verb.
 */

/** Relations a day word read as the head of a subject may carry. */
const SUBJECT = new Set(['nsubj', 'nsubj:pass']);

/** Nominal tags that can head a subject phrase. */
const NOMINAL = new Set(['NOUN', 'PROPN']);

/**
 * Rewrites `head` and `rel` in place so that the noun before a day word read as a subject heads
 * that subject. `temporal[i]` is 1 for tokens inside a date expression ("today", "on Monday").
 * Returns true when anything changed.
 */
export function repairTemporalSubjects(head: Int32Array, rel: string[], upos: readonly string[], temporal: Uint8Array): boolean {
  const n = head.length;
  let changed = false;
  for (let d = 1; d < n; d++) {
    const noun = d - 1;
    if (!temporal[d] || temporal[noun] || !SUBJECT.has(rel[d]) || !NOMINAL.has(upos[noun])) continue;
    const verb = head[d];
    if (verb <= d) continue;
    // Only the day word's own phrase, wholly before it: the noun must be inside it, and nothing may
    // hang on the day word from its right ("today's vote" and "Monday night" are other readings).
    let inside = false;
    let right = false;
    for (let k = 0; k < n; k++) {
      if (head[k] !== d) continue;
      if (k > d) right = true;
    }
    for (let k = noun, guard = 0; k >= 0 && guard < n; k = head[k], guard++) {
      if (k === d) {
        inside = true;
        break;
      }
      if (k > d) break;
    }
    if (!inside || right) continue;
    for (let k = 0; k < n; k++) if (head[k] === d && k !== noun) head[k] = noun;
    head[noun] = verb;
    rel[noun] = rel[d];
    head[d] = verb;
    rel[d] = 'obl:tmod';
    changed = true;
  }
  return changed;
}
