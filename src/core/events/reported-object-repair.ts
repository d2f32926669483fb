/**
 * The object of a reported clause read as the subject of the reporting verb that closes the
 * sentence: "Portugal will support Turkey's efforts …, President Mario Soares said" with "efforts"
 * a second `nsubj` of "said"; "Border agents abused migrants with impunity, a rights group charged"
 * with "migrants" the subject of "charged" and the group its apposition. The phrase right after the
 * reported clause's verb, when that verb has no object, is its object: a reporting verb has one
 * subject, the phrase between the last comma and itself, and a noun phrase does not take the
 * reporter as its apposition across the reported clause's end.
 */

import { childrenLists } from './repair-children.js';

/** Dependents that give the reported verb an object or complement already, or make it passive or copular. */
const HAS_OBJECT = new Set(['obj', 'ccomp', 'xcomp', 'aux:pass', 'nsubj:pass', 'cop', 'expl']);

/** Tags of a noun phrase's head. */
const NOMINAL = new Set(['NOUN', 'PROPN']);

/**
 * Rewrites `head` and `rel` in place so that such a phrase is the reported verb's object and the
 * reporter the reporting verb's subject. `forms` are the surface texts, `temporal[i]` is 1 inside a
 * date expression, `isSpeech` tells a reporting verb's lemma. Returns true when anything changed.
 * `kids` are the children lists of `head` (`repair-children.ts`; built here when not given).
 */
export function repairReportedObjects(head: Int32Array, rel: string[], upos: readonly string[], lemma: readonly string[], forms: readonly string[], temporal: Uint8Array, isSpeech: (lemma: string) => boolean, kids: readonly number[][] = childrenLists(head)): boolean {
  const n = head.length;
  let changed = false;
  for (let r = 2; r < n; r++) {
    if (upos[r] !== 'VERB' || !isSpeech(lemma[r])) continue;
    // The reported clause's verb: a complement before the reporting verb, or the clause the
    // reporting verb was hung on ("…, a rights group charged" as a complement of "abused").
    const up = head[r] >= 0 && head[r] < r && (rel[r] === 'ccomp' || rel[r] === 'parataxis') ? head[r] : -1;
    const verb = up >= 0 ? up : (kids[r].find((k) => k < r && rel[k] === 'ccomp') ?? -1);
    if (verb < 0 || upos[verb] !== 'VERB' || kids[verb].some((k) => k !== r && HAS_OBJECT.has(rel[k]))) continue;
    const phrase = kids[r].find((k) => rel[k] === 'nsubj' && k > verb && NOMINAL.has(upos[k]) && subtreeStart(kids, k) === verb + 1);
    // A date after the verb is when it happened ("a poll released Sunday, 8 percent said"), no object.
    if (phrase === undefined || temporal[phrase] || kids[phrase].some((k) => rel[k] === 'case')) continue;
    // The phrase runs from the verb to the next comma: "believe Donald can," is a clause of its own.
    const comma = forms.indexOf(',', phrase);
    if (comma < 0 || comma >= r) continue;
    let whole = true;
    for (let k = verb + 1; k < comma && whole; k++) if (!dominates(head, phrase, k)) whole = false;
    if (!whole) continue;
    // The reporter: another subject of the reporting verb after the phrase, or the words between the
    // last comma and the reporting verb, which the phrase swallowed ("migrants with impunity, a
    // rights group said").
    const other = kids[r].some((k) => rel[k] === 'nsubj' && k > phrase && k < r);
    const reporter = other ? -1 : swallowedReporter(head, upos, forms, phrase, r);
    if (!other && reporter < 0) continue;
    head[phrase] = verb;
    rel[phrase] = 'obj';
    if (reporter >= 0) {
      // The reporter's own words are its own; the comma before it now closes the reported clause.
      const c = forms.lastIndexOf(',', r);
      for (let k = c + 1; k < r; k++) if (k !== reporter && (head[k] <= c || head[k] >= r)) head[k] = reporter;
      if (dominates(head, reporter, c)) head[c] = r;
      head[reporter] = r;
      rel[reporter] = 'nsubj';
    }
    // A reporting verb after its clause, hung on that clause's verb, is parenthetical to it.
    if (up >= 0) rel[r] = 'parataxis';
    changed = true;
  }
  return changed;
}

/**
 * The head of the words between the last comma before the reporting verb `r` and `r`, when they are
 * a noun phrase the parser hung inside `phrase`; else -1.
 */
function swallowedReporter(head: Int32Array, upos: readonly string[], forms: readonly string[], phrase: number, r: number): number {
  const c = forms.lastIndexOf(',', r);
  if (c <= phrase || r - c > 10) return -1;
  const inSpan = (k: number): boolean => k > c && k < r;
  let reporter = -1;
  for (let k = c + 1; k < r; k++) {
    if (upos[k] === 'VERB' || upos[k] === 'AUX') return -1;
    if (reporter < 0 && !inSpan(head[k]) && NOMINAL.has(upos[k])) reporter = k;
  }
  return reporter >= 0 && dominates(head, phrase, reporter) ? reporter : -1;
}

/** True when `anc` is `i` or one of its heads. */
function dominates(head: Int32Array, anc: number, i: number): boolean {
  for (let k = i, guard = 0; k >= 0 && guard < head.length; k = head[k], guard++) if (k === anc) return true;
  return false;
}

/** The first token of `i`'s subtree. */
function subtreeStart(kids: readonly number[][], i: number): number {
  let first = i;
  for (const k of kids[i]) first = Math.min(first, subtreeStart(kids, k));
  return first;
}

/** The last token of `i`'s subtree. */
function subtreeEnd(kids: readonly number[][], i: number): number {
  let last = i;
  for (const k of kids[i]) last = Math.max(last, subtreeEnd(kids, k));
  return last;
}
