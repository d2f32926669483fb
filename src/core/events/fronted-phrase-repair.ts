/**
 * Repair of a sentence read as its opening prepositional phrase: "At a time of growing tension with
 * the West, China's leader and Russia's president met in person." parsed with the noun "time" as the
 * root, the first subject ("leader") hung inside the phrase, and the verb a conjunct of it that has
 * the second subject ("president") as its own. A complete sentence is not a prepositional phrase:
 * the fronted phrase modifies the verb (UD `obl`), the noun phrase after its comma is the subject,
 * and the one after "and" its conjunct.
 */

/** Sentence-closing punctuation: a headline or caption has none. */
const FULL_STOP = new Set(['.', '!', '?']);

/**
 * Rewrites `head` and `rel` in place so that such a verb is the root, the fronted phrase its `obl`,
 * and the two noun phrases its conjoined subject. Returns true when anything changed.
 */
export function repairFrontedPhrases(head: Int32Array, rel: string[], upos: readonly string[], lower: readonly string[]): boolean {
  let changed = false;
  // The heads are the whole document's: one sentence per root.
  for (let root = 0; root < head.length; root++) if (head[root] < 0 && repairSentence(head, rel, upos, lower, root)) changed = true;
  return changed;
}

function repairSentence(head: Int32Array, rel: string[], upos: readonly string[], lower: readonly string[], root: number): boolean {
  if (upos[root] !== 'NOUN' && upos[root] !== 'PROPN') return false;
  let last = root;
  for (let k = root + 1; k < head.length && dominates(head, root, k); k++) last = k;
  if (!FULL_STOP.has(lower[last]) || !hasChild(head, rel, root, 'case', (k) => k < root)) return false;
  for (let v = root + 1; v < last; v++) {
    if (upos[v] !== 'VERB' || rel[v] !== 'conj') continue;
    const first = head[v];
    if (first <= root || (upos[first] !== 'NOUN' && upos[first] !== 'PROPN') || !dominates(head, root, first)) continue;
    // The second subject: the verb's own, after "and" (hung on the verb or on that subject).
    let second = -1;
    for (let k = first + 1; k < v; k++) if (head[k] === v && rel[k] === 'nsubj') second = k;
    if (second < 0) continue;
    const cc = ccBefore(head, rel, upos, v, second, first);
    if (cc < 0) continue;
    // The first subject opens the clause: right after a comma, with only its own words between.
    let c = first - 1;
    while (c > root && dominates(head, first, c) && upos[c] !== 'PUNCT') c--;
    if (lower[c] !== ',' || c <= root) continue;
    // Words before the comma hung on the subject ("with the West, Chinese leader" read as one
    // phrase) are the fronted phrase's: the word before the comma heads them in the subject's place.
    const tail = c - 1;
    if (head[tail] === first) {
      head[tail] = head[first];
      rel[tail] = rel[first];
    }
    for (let k = root + 1; k < c; k++) if (head[k] === first) head[k] = tail;
    head[v] = -1;
    rel[v] = 'root';
    head[root] = v;
    rel[root] = 'obl';
    head[first] = v;
    rel[first] = 'nsubj';
    head[second] = first;
    rel[second] = 'conj';
    head[cc] = second;
    rel[cc] = 'cc';
    head[c] = root;
    // What hung on the root after the verb (the closing stop, later phrases) is the verb's.
    for (let k = v + 1; k <= last; k++) if (head[k] === root) head[k] = v;
    return true;
  }
  return false;
}

/** The "and"/"or" between the two subjects, hung on the verb or on the second subject. */
function ccBefore(head: Int32Array, rel: readonly string[], upos: readonly string[], v: number, second: number, first: number): number {
  for (let k = first + 1; k < second; k++) if (upos[k] === 'CCONJ' && rel[k] === 'cc' && (head[k] === v || head[k] === second)) return k;
  return -1;
}

function hasChild(head: Int32Array, rel: readonly string[], h: number, r: string, ok: (k: number) => boolean): boolean {
  for (let k = 0; k < head.length; k++) if (head[k] === h && rel[k] === r && ok(k)) return true;
  return false;
}

function dominates(head: Int32Array, anc: number, i: number): boolean {
  for (let k = i, guard = 0; k >= 0 && guard < head.length; k = head[k], guard++) if (k === anc) return true;
  return false;
}
