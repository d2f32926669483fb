/**
 * Repairs of parser readings the event coder meets often in news and cannot read around: a bare
 * date after a noun ("agreed to a cease-fire Thursday", "signed a trade deal Friday") parsed as the
 * head of the phrase, with the noun as its compound — the noun is the phrase's head, the date a
 * temporal modifier of the same predicate; and a hyphenated participle before a name ("sent aid
 * to war-torn Sudan", "earthquake-hit Turkey") read as a verb with the name as its object — the
 * name heads the phrase, the participle modifies it; and a preposition made the head of its own
 * phrase ("spoke by phone with NATO Secretary-General Jens Stoltenberg, who said …" with "NATO" the
 * object of "with") — the noun heads the phrase, the preposition is its case; and a sentence read as
 * one noun phrase with its verb as a modifier ("Students protested in Paris." with "protested" an
 * `acl` of the root "Students") — the verb is the predicate, the noun its subject; and the last of
 * a list of objects hung on the verb as a conjunct of it ("launched artillery, mortar and rocket
 * fire") — it is a conjunct of the objects; and the subject of a closing reporting verb swallowed by
 * the clause before it ("…, killing 20 people, relief officials in Nairobi said").
 */
import { firstDependent } from './repair-children.js';

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
    if (!temporal[d]) continue;
    // The word before the date's first word ("a deal Thursday", "visit Moscow next week").
    let c = d - 1;
    while (c >= 0 && temporal[c]) c--;
    if (c < 0 || head[c] !== d || rel[c] !== 'compound' || (upos[c] !== 'NOUN' && upos[c] !== 'PROPN')) continue;
    if (upos[d] !== 'PROPN' && upos[d] !== 'NOUN') continue;
    const p = head[d];
    // The phrase's words before the noun (article, preposition, other modifiers) and any phrase after
    // the date ("a deal Thursday with China") belong to the noun; the date's own words stay its own.
    let marked = false;
    for (let k = 0; k < n; k++) {
      if (head[k] !== d || k === c || (k > c && k < d)) continue;
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

/** Participles used as adjectives of place before a name ("from neighbouring Lebanon"). */
const PLACE_PARTICIPLE = /^(neighbou?ring|bordering|adjoining)$/;

/** Relations a name after such a participle was given when the parser read the participle as its head. */
const NAME_UNDER = new Set(['obj', 'nmod', 'nmod:unmarked', 'nmod:npmod', 'obl', 'obl:unmarked', 'compound', 'flat', 'dep']);

/**
 * Rewrites `head` and `rel` in place so that a name after a hyphenated participle (or "neighbouring")
 * heads its phrase: "to war-torn Sudan" parsed as "to" marking a clause "war-torn" whose object is
 * "Sudan", or with "war-torn" tagged a number and "Sudan" hung on it. Returns true when anything changed.
 */
export function repairHyphenModifiers(head: Int32Array, rel: string[], upos: readonly string[], lower: readonly string[]): boolean {
  const n = head.length;
  let changed = false;
  for (let i = 1; i + 1 < n; i++) {
    // "to war-torn Mozambique" with "war-torn" tagged a number, "from neighboring Lebanon" a verb.
    // (a word without a hyphen is never tested against the hyphenated pattern: most words have none)
    if (!['VERB', 'NUM', 'ADJ', 'NOUN'].includes(upos[i]) || !((lower[i].includes('-') && HYPHEN_PARTICIPLE.test(lower[i])) || PLACE_PARTICIPLE.test(lower[i]))) continue;
    const name = firstDependent(head, i, (k) => k > i && NAME_UNDER.has(rel[k]) && upos[k] === 'PROPN');
    const marker = i - 1;
    if (name < 0 || !(upos[marker] === 'ADP' || upos[marker] === 'PART' || upos[marker] === 'SCONJ') || head[marker] !== i || (rel[marker] !== 'mark' && rel[marker] !== 'case')) continue;
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

/** Dependents that make a verb on a noun a true participle or infinitive modifier, not a predicate. */
const MODIFIER_MARKS = new Set(['nsubj', 'nsubj:pass', 'aux:pass', 'obl:agent', 'mark', 'cop', 'csubj', 'expl']);

/** Sentence-closing punctuation: a headline or caption ("Key suspect arrested") has none. */
const FULL_STOP = new Set(['.', '!']);

/** Forms that are only past participles, never a simple past ("drawn", "taken", "done", "gone"). */
const PARTICIPLE_ONLY = /(en|wn|rn|ne)$/;

/**
 * Rewrites `head` and `rel` in place so that a verb hung as `acl` on a sentence's root noun, right
 * after it, is the predicate and the noun its subject: "Students protested in Paris.", "The crowd
 * demonstrated outside the embassy.", "Businesses invested in new plants." The parser reads such
 * sentences as one noun phrase with a reduced relative ("the troops stationed in Syria") and no
 * predicate; a full sentence has one, so a complete sentence (closed by a full stop) that is only a
 * noun and its participle is that misreading. A true reduced relative has a predicate elsewhere
 * ("The troops stationed in Syria were withdrawn"), a copula ("One is a wonk burdened with …"), a
 * participle-only form ("Daggers drawn as …") or no full stop and title case (a headline: "Key
 * suspect arrested", "Golf Courses Forced to …"). `forms` are the tokens' surface texts. Returns
 * true when anything changed.
 */
export function repairNounRootPredicates(
  head: Int32Array,
  rel: string[],
  upos: readonly string[],
  forms: readonly string[],
  lemma: readonly string[],
): boolean {
  const n = head.length;
  let changed = false;
  for (let h = 1; h < n; h++) {
    if (rel[h] !== 'acl' || upos[h] !== 'VERB') continue;
    const form = forms[h].toLowerCase();
    if (form.endsWith('ing') || (PARTICIPLE_ONLY.test(form) && lemma[h] !== form) || /^\p{Lu}/u.test(forms[h])) continue;
    const p = head[h];
    if (p < 0 || p >= h || head[p] >= 0 || (upos[p] !== 'NOUN' && upos[p] !== 'PROPN')) continue;
    if (firstDependent(head, h, (k) => MODIFIER_MARKS.has(rel[k])) >= 0) continue;
    // "Of all the things connected to …", "This is government gone wild": a fragment or a copular sentence.
    if (firstDependent(head, p, (k) => rel[k] === 'cop' || rel[k] === 'case' || rel[k] === 'nsubj' || (rel[k] === 'acl' && k < h)) >= 0) continue;
    // The verb follows the noun phrase directly: "A One-Person Job, Now Divided Among …" is a title.
    let clean = true;
    for (let k = p + 1; k < h && clean; k++) if (upos[k] === 'PUNCT' || upos[k] === 'VERB' || (upos[k] === 'AUX' && head[k] !== h)) clean = false;
    let last = h;
    for (let k = h + 1; k < n && dominates(head, p, k); k++) {
      last = k;
      // An auxiliary the parser could not place is the predicate it missed ("… lawyer involved in it was Kate Duval").
      if (upos[k] === 'AUX' && rel[k] !== 'aux' && rel[k] !== 'aux:pass' && rel[k] !== 'cop') clean = false;
    }
    if (!clean || upos[last] !== 'PUNCT' || !FULL_STOP.has(forms[last])) continue;
    head[h] = head[p];
    rel[h] = 'root';
    for (let k = h + 1; k < n; k++) if (head[k] === p) head[k] = h;
    head[p] = h;
    rel[p] = 'nsubj';
    changed = true;
  }
  return changed;
}

function dominates(head: Int32Array, anc: number, i: number): boolean {
  for (let k = i, guard = 0; k >= 0 && guard < head.length; k = head[k], guard++) if (k === anc) return true;
  return false;
}

/**
 * Rewrites `head` in place so that a noun the parser made a conjunct of a verb, after that verb's
 * object and with no clause of its own, is a conjunct of the object: "launched artillery, mortar,
 * and rocket fire against the camps" with "fire" a conjunct of "launched". Returns true when
 * anything changed.
 */
export function repairVerbNounConjuncts(head: Int32Array, rel: readonly string[], upos: readonly string[]): boolean {
  const n = head.length;
  let changed = false;
  for (let i = 1; i < n; i++) {
    const h = head[i];
    if (rel[i] !== 'conj' || (upos[i] !== 'NOUN' && upos[i] !== 'PROPN') || h < 0 || upos[h] !== 'VERB') continue;
    if (firstDependent(head, i, (k) => rel[k] === 'nsubj' || rel[k] === 'nsubj:pass' || rel[k] === 'cop' || rel[k] === 'aux') >= 0) continue;
    let obj = -1;
    for (let k = h + 1; k < i; k++) if (head[k] === h && rel[k] === 'obj' && (upos[k] === 'NOUN' || upos[k] === 'PROPN')) obj = k;
    if (obj < 0) continue;
    // Nothing but the object's own words, commas and the conjunction between them.
    let clean = true;
    for (let k = obj + 1; k < i && clean; k++) if (upos[k] === 'VERB' || upos[k] === 'AUX') clean = false;
    if (!clean) continue;
    head[i] = obj;
    changed = true;
  }
  return changed;
}

/**
 * Rewrites `head` and `rel` in place so that a closing reporting verb left without a subject ("…,
 * killing about 20 people, relief officials in Nairobi said.", with "officials" a conjunct of
 * "people") takes the noun phrase between the last comma and itself as its subject. `isSpeech` says
 * whether a lemma is a reporting verb. Returns true when anything changed.
 */
export function repairReportingSubjects(head: Int32Array, rel: string[], upos: readonly string[], lemma: readonly string[], isSpeech: (lemma: string) => boolean): boolean {
  const n = head.length;
  let changed = false;
  for (let h = 1; h < n; h++) {
    if (head[h] >= 0 || upos[h] !== 'VERB' || !isSpeech(lemma[h])) continue;
    if (firstDependent(head, h, (k) => rel[k] === 'nsubj' || rel[k] === 'nsubj:pass' || rel[k] === 'expl') >= 0) continue;
    // The phrase right before the verb, back to a comma: nouns and their modifiers only.
    let c = h - 1;
    while (c >= 0 && h - c <= 9 && upos[c] !== 'PUNCT' && upos[c] !== 'VERB' && upos[c] !== 'AUX' && upos[c] !== 'SCONJ') c--;
    if (c < 0 || upos[c] !== 'PUNCT' || c === h - 1) continue;
    const inSpan = (k: number): boolean => k > c && k < h;
    let subj = -1;
    for (let k = c + 1; k < h && subj < 0; k++) if (!inSpan(head[k]) && (upos[k] === 'NOUN' || upos[k] === 'PROPN' || upos[k] === 'PRON')) subj = k;
    if (subj < 0) continue;
    for (let k = c + 1; k < h; k++) {
      if (k === subj || inSpan(head[k])) continue;
      head[k] = subj;
      if (rel[k].startsWith('obl')) rel[k] = 'nmod';
      else if (rel[k] === 'conj' || rel[k] === 'obj' || rel[k] === 'nsubj') rel[k] = 'nmod';
    }
    head[subj] = h;
    rel[subj] = 'nsubj';
    changed = true;
  }
  return changed;
}

/**
 * Rewrites `rel` in place so that an indirect object with no object, clause or infinitive beside it
 * is the verb's object, as UD has it ("to allow the delivery of grain", with "delivery" an `iobj`):
 * a verb with one object has no indirect object. `temporal` marks tokens inside a date expression.
 * Returns true when anything changed.
 */
export function repairLoneIndirectObjects(head: Int32Array, rel: string[], upos: readonly string[], temporal: Uint8Array): boolean {
  let changed = false;
  for (let i = 0; i < head.length; i++) {
    const h = head[i];
    if (rel[i] !== 'iobj' || h < 0 || upos[h] !== 'VERB') continue;
    // A date read as an indirect object ("a poll released Monday") is no object either.
    if (temporal[i]) continue;
    if (firstDependent(head, h, (k) => rel[k] === 'obj' || rel[k] === 'ccomp' || rel[k] === 'xcomp') >= 0) continue;
    rel[i] = 'obj';
    changed = true;
  }
  return changed;
}
