/**
 * Repairs of parser readings the event coder meets often in news and cannot read around: a bare
 * date after a noun ("agreed to a cease-fire Thursday", "signed a trade deal Friday") parsed as the
 * head of the phrase, with the noun as its compound — the noun is the phrase's head, the date a
 * temporal modifier of the same predicate; and a hyphenated participle before a name ("sent aid
 * to war-torn Sudan", "earthquake-hit Turkey") read as a verb with the name as its object — the
 * name heads the phrase, the participle modifies it; and a preposition made the head of its own
 * phrase ("spoke by phone with NATO Secretary-General Jens Stoltenberg, who said …" with "NATO" the
 * object of "with") — the noun heads the phrase, the preposition is its case.
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

/** The last part of a hyphenated participle used as an adjective ("war-torn", "quake-hit", "cash-strapped", "Russian-held"). */
const HYPHEN_PARTICIPLE = /^[\p{L}\p{N}]+(-[\p{L}\p{N}]+)*-(\p{L}+(ed|en)|hit|torn|held|led|run|struck|shaken|stricken|built|set)$/u;

/**
 * Rewrites `head` and `rel` in place so that a name after a hyphenated participle heads its phrase:
 * "to war-torn Sudan" parsed as "to" marking a clause "war-torn" whose object is "Sudan". Returns
 * true when anything changed.
 */
export function repairHyphenModifiers(head: Int32Array, rel: string[], upos: readonly string[], lower: readonly string[]): boolean {
  const n = head.length;
  let changed = false;
  for (let i = 1; i + 1 < n; i++) {
    if (upos[i] !== 'VERB' || !HYPHEN_PARTICIPLE.test(lower[i])) continue;
    const name = firstDependent(head, i, (k) => rel[k] === 'obj' && upos[k] === 'PROPN');
    const marker = i - 1;
    if (name < 0 || !(upos[marker] === 'ADP' || upos[marker] === 'PART') || head[marker] !== i || (rel[marker] !== 'mark' && rel[marker] !== 'case')) continue;
    // The name starts right after the participle (its own words may come before its head: "South Sudan").
    let first = name;
    for (let k = 0; k < n; k++) if (head[k] === name && k < first) first = k;
    if (first !== i + 1) continue;
    const p = head[i];
    for (let k = 0; k < n; k++) if (head[k] === i && k !== name && k !== marker) head[k] = name;
    head[name] = p;
    rel[name] = p >= 0 && (upos[p] === 'VERB' || upos[p] === 'AUX') ? 'obl' : p >= 0 ? 'nmod' : 'root';
    head[i] = name;
    rel[i] = 'amod';
    head[marker] = name;
    rel[marker] = 'case';
    changed = true;
  }
  return changed;
}

function firstDependent(head: Int32Array, h: number, ok: (k: number) => boolean): number {
  for (let k = 0; k < head.length; k++) if (head[k] === h && ok(k)) return k;
  return -1;
}

/** Relations a preposition wrongly heading its phrase may carry. */
const CLAUSAL = new Set(['acl', 'advcl', 'obl', 'nmod', 'dep', 'xcomp', 'ccomp']);

/**
 * Rewrites `head` and `rel` in place so that a noun the parser hung on its own preposition heads
 * the phrase, with the preposition as its case; a phrase so hung on a verb's oblique ("by phone")
 * is the verb's. Returns true when anything changed.
 */
export function repairPrepositionHeads(head: Int32Array, rel: string[], upos: readonly string[]): boolean {
  const n = head.length;
  let changed = false;
  for (let i = 0; i < n; i++) {
    if (upos[i] !== 'ADP' || !CLAUSAL.has(rel[i])) continue;
    const noun = firstDependent(head, i, (k) => k > i && (rel[k] === 'obj' || rel[k] === 'nmod' || rel[k] === 'obl') && (upos[k] === 'NOUN' || upos[k] === 'PROPN' || upos[k] === 'PRON'));
    if (noun < 0) continue;
    let p = head[i];
    if (p >= 0 && (upos[p] === 'NOUN' || upos[p] === 'PROPN') && rel[p].startsWith('obl') && head[p] >= 0) p = head[p];
    for (let k = 0; k < n; k++) if (head[k] === i && k !== noun) head[k] = noun;
    head[noun] = p;
    rel[noun] = p < 0 ? 'root' : upos[p] === 'VERB' || upos[p] === 'AUX' ? 'obl' : 'nmod';
    head[i] = noun;
    rel[i] = 'case';
    changed = true;
  }
  return changed;
}
