/**
 * A sentence's predicate buried inside its subject: "British aircraft using guided missiles killed
 * four soldiers.", "Doctors from two aid groups donated and delivered medicine to the hospital."
 * The parser reads the whole sentence as one noun phrase, with the real verb ("killed", "donated")
 * a reduced relative on a noun deep inside the subject ("missiles", "groups"), and no predicate at
 * all. A complete sentence (closed by a full stop) has a predicate; a past-tense verb on a noun
 * below the root that takes an object of its own (or whose conjunct does) is that predicate, since
 * a true reduced relative is a passive participle and takes none ("the troops stationed in Syria").
 * The verb hung directly on the root noun is `repairNounRootPredicates`' case.
 */

/** Dependents that make a verb a true participle or infinitive modifier, not a predicate. */
const MODIFIER_MARKS = new Set(['nsubj', 'nsubj:pass', 'aux', 'aux:pass', 'obl:agent', 'mark', 'cop', 'csubj', 'expl']);

/** Forms that are only past participles, never a simple past ("drawn", "taken", "done", "gone"). */
const PARTICIPLE_ONLY = /(en|wn|rn|ne)$/;

/** Sentence-closing punctuation: a headline or caption has none. */
const FULL_STOP = new Set(['.', '!']);

/**
 * Rewrites `head` and `rel` in place so that such a buried verb is the root and the root noun its
 * subject. `forms` are the tokens' surface texts. Returns true when anything changed.
 */
export function repairBuriedPredicates(head: Int32Array, rel: string[], upos: readonly string[], forms: readonly string[], lemma: readonly string[]): boolean {
  const n = head.length;
  const deps = (k: number): number[] => {
    const out: number[] = [];
    for (let i = 0; i < n; i++) if (head[i] === k) out.push(i);
    return out;
  };
  let changed = false;
  for (let r = 0; r < n; r++) {
    if (head[r] >= 0 || (upos[r] !== 'NOUN' && upos[r] !== 'PROPN')) continue;
    // A fragment or a copular sentence ("Of all the things …", "This is …") has no missing predicate.
    if (deps(r).some((k) => rel[k] === 'cop' || rel[k] === 'case' || rel[k].startsWith('nsubj'))) continue;
    // The sentence: the root's span, closed by a full stop and with no verb of its own above.
    let last = r;
    for (let k = r + 1; k < n && below(head, r, k); k++) last = k;
    if (!FULL_STOP.has(forms[last])) continue;
    const h = buriedVerb(head, rel, upos, forms, lemma, r, deps);
    if (h < 0) continue;
    head[h] = -1;
    rel[h] = 'root';
    // What follows the verb and hung on the root (the final stop, a closing clause) is the verb's.
    for (let k = h + 1; k < n; k++) if (head[k] === r) head[k] = h;
    head[r] = h;
    rel[r] = 'nsubj';
    changed = true;
  }
  return changed;
}

/** The first past-tense verb with an object hung as `acl` on a noun below root `r` (not on `r` itself), or -1. */
function buriedVerb(head: Int32Array, rel: readonly string[], upos: readonly string[], forms: readonly string[], lemma: readonly string[], r: number, deps: (k: number) => number[]): number {
  for (let h = r + 1; h < head.length; h++) {
    if (rel[h] !== 'acl' || upos[h] !== 'VERB' || head[h] === r || !below(head, r, h)) continue;
    const p = head[h];
    if (p >= h || (upos[p] !== 'NOUN' && upos[p] !== 'PROPN')) continue;
    const form = forms[h].toLowerCase();
    if (form.endsWith('ing') || form === lemma[h] || (PARTICIPLE_ONLY.test(form) && lemma[h] !== form) || /^\p{Lu}/u.test(forms[h])) continue;
    const own = deps(h);
    if (own.some((k) => MODIFIER_MARKS.has(rel[k]))) continue;
    const objected = (k: number): boolean => deps(k).some((c) => rel[c] === 'obj' && c > k);
    if (!objected(h) && !own.some((k) => rel[k] === 'conj' && upos[k] === 'VERB' && objected(k))) continue;
    // Nothing but the subject's own words between the root and the verb: no comma (an aside) and no
    // other finite verb.
    let clean = true;
    for (let k = r + 1; k < h && clean; k++) if (upos[k] === 'PUNCT' || upos[k] === 'AUX' || (upos[k] === 'VERB' && rel[k] !== 'acl' && rel[k] !== 'amod')) clean = false;
    if (clean) return h;
  }
  return -1;
}

/** True when `i` lies in the subtree of `anc`. */
function below(head: Int32Array, anc: number, i: number): boolean {
  for (let k = i, guard = 0; k >= 0 && guard < head.length; k = head[k], guard++) if (k === anc) return true;
  return false;
}
