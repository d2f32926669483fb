/**
 * "its" as the owner of what is violated: in "Turkish jets violated its airspace", "Turkey's
 * incursion was a violation of its sovereignty", "accused Ankara of breaching its borders", the
 * state whose sovereignty, airspace or borders are violated is not the one violating them. The
 * pronoun resolver passes over the violator's phrase and takes the next body before it.
 */
import type { Doc } from '../doc/doc.js';

/** Nouns of what a state owns and another violates. */
const OWNED = new Set(['sovereignty', 'territory', 'airspace', 'border', 'borders', 'waters', 'integrity', 'soil', 'frontier', 'frontiers', 'land']);
/** Verbs of violating what another owns. */
const VIOLATING = new Set(['violate', 'breach', 'infringe', 'invade', 'encroach', 'intrude', 'penetrate', 'trespass']);
/** Nouns of such a violation, whose complement names what is violated ("a violation of its airspace"). */
const VIOLATION = new Set(['violation', 'violations', 'breach', 'breaches', 'infringement', 'incursion', 'incursions', 'intrusion', 'intrusions', 'encroachment', 'invasion']);

const word = (doc: Doc, t: number): string => (doc.has('lemmas') ? doc.lemma(t) : doc.tokenText(t).toLowerCase());

/**
 * The token range `[first, last]` of whoever violates what the possessive pronoun at `t` owns
 * ("**Turkish jets** violated its airspace"), or null when `t` owns nothing violated.
 */
export function violatorSpan(doc: Doc, t: number): [number, number] | null {
  if (!doc.has('deps') || doc.deprel(t) !== 'nmod:poss') return null;
  const owned = doc.head(t);
  if (owned < 0 || !OWNED.has(doc.tokenText(owned).toLowerCase())) return null;
  const h = doc.head(owned);
  if (h < 0) return null;
  const rel = doc.deprel(owned);
  let violator = -1;
  if (rel === 'obj' && VIOLATING.has(word(doc, h))) violator = doerOf(doc, h);
  else if (rel.startsWith('nmod') && VIOLATION.has(doc.tokenText(h).toLowerCase())) {
    // "Turkey's violation of its airspace"; else "Turkey's incursion was a violation of …".
    violator = childWith(doc, h, (r) => r === 'nmod:poss' || r === 'amod');
    if (violator < 0 && childWith(doc, h, (r) => r === 'cop') >= 0) violator = childWith(doc, h, (r) => r === 'nsubj');
  }
  return violator < 0 ? null : subtreeRange(doc, violator);
}

/** The doer of verb `v`: its subject, a passive's agent, or the object of the verb it is the "of"-clause of ("accused Ankara of violating"). */
function doerOf(doc: Doc, v: number): number {
  const subject = childWith(doc, v, (r) => r === 'nsubj' || r === 'obl:agent');
  if (subject >= 0) return subject;
  const up = doc.head(v);
  return up >= 0 && doc.deprel(v) === 'advcl' ? childWith(doc, up, (r) => r === 'obj') : -1;
}

/** The first child of `h` whose relation passes `ok`, or -1. */
function childWith(doc: Doc, h: number, ok: (rel: string) => boolean): number {
  const s = doc.sentenceOf(h);
  for (let t = doc.sentences.tokStart[s]; t < doc.sentences.tokEnd[s]; t++) if (doc.head(t) === h && ok(doc.deprel(t))) return t;
  return -1;
}

/** The first and last token of the subtree of `c`, within its sentence. */
function subtreeRange(doc: Doc, c: number): [number, number] {
  const s = doc.sentenceOf(c);
  let lo = c;
  let hi = c;
  for (let t = doc.sentences.tokStart[s]; t < doc.sentences.tokEnd[s]; t++) {
    let x = t;
    for (let guard = 0; guard < 40 && x >= 0 && x !== c; guard++) x = doc.head(x);
    if (x !== c) continue;
    lo = Math.min(lo, t);
    hi = Math.max(hi, t);
  }
  return [lo, hi];
}
