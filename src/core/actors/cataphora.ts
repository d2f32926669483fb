/**
 * Cataphora: a pronoun inside a phrase or clause that opens its sentence, before the main clause's
 * subject, looks ahead to that subject ("While **he** refused to release the prisoners, **Mr.
 * Obama** deemed the talks useful", "Despite **her** promises, **the chancellor** did not visit"),
 * not back to the previous sentence's man or woman. English puts the name after the pronoun only
 * when the main clause supplies it, so when that subject is a person of a gender that fits, it wins.
 */
import type { Doc } from '../doc/doc.js';
import type { Draft } from './draft.js';

/** Relations by which a fronted adverbial hangs on the main verb. */
const FRONTED = new Set(['advcl', 'obl']);
/** Words that may stand before the fronted adverbial at the sentence's start ("But while he …"). */
const OPENERS = new Set(['but', 'and', 'yet', 'so', 'still', 'even', '``', '"', '“', "'"]);

/**
 * The index of the draft the pronoun draft `d` (at `k`) looks ahead to: the subject of its
 * sentence's main verb, when `d` is a gendered pronoun inside an adverbial clause or phrase that
 * opens the sentence and ends before that subject, and the subject's draft is a person (or a
 * description) after `d`. -1 otherwise. The caller checks the subject's gender once it is resolved.
 */
export function cataphoricSubject(doc: Doc, d: Draft, drafts: readonly Draft[], k: number): number {
  if (d.kind !== 'pronoun' || (d.gender !== 'm' && d.gender !== 'f') || d.plural || !doc.has('deps')) return -1;
  const s = doc.sentenceOf(d.tokStart);
  const from = doc.sentences.tokStart[s];
  const to = doc.sentences.tokEnd[s];
  // "When Mr. Trump tried to defend his remarks, Mr. Kasich differed": a person named before the
  // pronoun in its own sentence is the nearer antecedent.
  for (let j = k - 1; j >= 0 && drafts[j].tokStart >= from; j--) if (drafts[j].kind === 'person' || drafts[j].kind === 'partial') return -1;
  // Up from the pronoun to the adverbial that hangs on the sentence's root.
  let c = d.tokStart;
  for (let guard = 0; guard < 12 && c >= 0; guard++) {
    const h = doc.head(c);
    if (h < 0) return -1;
    if (doc.deprel(h) === 'root' && FRONTED.has(doc.deprel(c))) break;
    c = h;
  }
  if (c < 0 || doc.head(c) < 0 || doc.deprel(doc.head(c)) !== 'root' || !FRONTED.has(doc.deprel(c))) return -1;
  const root = doc.head(c);
  const [lo, hi] = span(doc, c, from, to);
  // The adverbial opens the sentence (after at most a conjunction or an opening quote).
  for (let t = from; t < lo; t++) if (!OPENERS.has(doc.tokenText(t).toLowerCase())) return -1;
  let subject = -1;
  for (let t = hi + 1; t < root; t++) if (doc.head(t) === root && doc.deprel(t) === 'nsubj') subject = t;
  if (subject < 0) return -1;
  for (let j = k + 1; j < drafts.length && drafts[j].tokStart <= subject; j++) {
    const x = drafts[j];
    if (x.tokStart <= subject && subject < x.tokEnd) return x.kind === 'person' || x.kind === 'partial' || x.kind === 'description' ? j : -1;
  }
  return -1;
}

/** The first and last token of the subtree of `c` within the sentence `[from, to)`. */
function span(doc: Doc, c: number, from: number, to: number): [number, number] {
  let lo = c;
  let hi = c;
  for (let t = from; t < to; t++) {
    let x = t;
    for (let guard = 0; guard < 40 && x >= 0 && x !== c; guard++) x = doc.head(x);
    if (x !== c) continue;
    if (t < lo) lo = t;
    if (t > hi) hi = t;
  }
  return [lo, hi];
}
