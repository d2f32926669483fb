/**
 * Repairs of parser readings the event coder meets often in news and cannot read around: a bare
 * date after a noun ("agreed to a cease-fire Thursday", "signed a trade deal Friday") parsed as the
 * head of the phrase, with the noun as its compound. The noun is the phrase's head; the date is a
 * temporal modifier of the same predicate.
 */

/** Relations of a date the parser left without a preposition ("Thursday" as an adverbial noun phrase). */
const BARE = new Set(['obl:unmarked', 'obl:tmod', 'obl:npmod', 'nmod:tmod', 'nmod:unmarked', 'nmod:npmod']);

/**
 * Rewrites `head` and `rel` in place so that a noun compound of a bare date heads the phrase. Returns
 * true when anything changed. `temporal[i]` is 1 for tokens inside a date expression.
 */
export function repairDateCompounds(head: Int32Array, rel: string[], upos: readonly string[], temporal: Uint8Array): boolean {
  const n = head.length;
  let changed = false;
  for (let d = 1; d < n; d++) {
    const c = d - 1;
    if (!temporal[d] || temporal[c] || head[c] !== d || rel[c] !== 'compound' || upos[c] !== 'NOUN') continue;
    if (upos[d] !== 'PROPN' && upos[d] !== 'NOUN') continue;
    const p = head[d];
    // The phrase's words before the noun (article, preposition, other modifiers) and any phrase after
    // the date ("a deal Thursday with China") belong to the noun.
    let marked = false;
    for (let k = 0; k < n; k++) {
      if (head[k] !== d || k === c) continue;
      if (rel[k] === 'case' && k < c) marked = true;
      head[k] = c;
    }
    head[c] = p;
    const verbal = p >= 0 && (upos[p] === 'VERB' || upos[p] === 'AUX');
    rel[c] = BARE.has(rel[d]) ? (marked ? (verbal ? 'obl' : 'nmod') : verbal && !hasObject(head, rel, p, c) ? 'obj' : rel[d]) : rel[d];
    head[d] = p;
    rel[d] = p < 0 ? 'dep' : verbal ? 'obl:tmod' : 'nmod:tmod';
    if (p < 0) head[d] = c;
    changed = true;
  }
  return changed;
}

function hasObject(head: Int32Array, rel: readonly string[], p: number, except: number): boolean {
  for (let k = 0; k < head.length; k++) if (k !== except && head[k] === p && rel[k] === 'obj') return true;
  return false;
}
