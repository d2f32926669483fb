/**
 * The clause a closing reporting verb reports, split by the parser into several complements of
 * that verb: "Police fired tear gas to scatter the crowd, officials said." with "to scatter" a
 * second `ccomp` of "said" (so the scattering has no one doing it), "The union rejects the new
 * terms, its leader said." with "terms" a `ccomp` of "said" (so the rejecting has nothing
 * rejected). A reporting verb after its clause reports that one clause, headed by its first
 * complement; a later complement with no subject of its own, lying between that clause's verb and
 * the reporting verb, is part of the clause: a "to" infinitive is the verb's purpose (`advcl`; or
 * its `xcomp` when the verb has no object: "moved to seal the border"), a clause opened by "and"
 * is a conjunct of it, a noun phrase right after a verb that has no object is that object, and one
 * opened by a preposition is the verb's oblique. And a reported "that" clause the parser hangs on
 * the date of its reporting verb ("said here Wednesday that …") is the verb's.
 */

import { childrenLists } from './repair-children.js';

/** Relations that give a complement a subject (or make it a copular clause) of its own. */
const OWN_SUBJECT = new Set(['nsubj', 'nsubj:pass', 'csubj', 'expl', 'cop', 'aux', 'aux:pass']);

/** Relations under which the parser hangs a part of the reported clause on the reporting verb. */
const STRAY_COMPLEMENTS = new Set(['ccomp', 'advcl', 'csubj', 'xcomp']);

/** Relations that give a clause a subject of its own. */
const SUBJECT = new Set(['nsubj', 'nsubj:pass', 'csubj', 'csubj:pass', 'expl']);

/**
 * Rewrites `head` and `rel` in place so that the stray complements of a closing reporting verb
 * belong to the clause it reports. `isSpeech` tells a reporting verb's lemma. Returns true when
 * anything changed. `kids` are the children lists of `head` (`repair-children.ts`; built here when
 * not given); the lists of the tokens it moves are updated as it goes.
 */
export function repairReportedClauses(head: Int32Array, rel: string[], upos: readonly string[], lemma: readonly string[], isSpeech: (lemma: string) => boolean, kids: number[][] = childrenLists(head)): boolean {
  const n = head.length;
  let changed = false;
  for (let h = 1; h < n; h++) {
    if (head[h] >= 0 || upos[h] !== 'VERB' || !isSpeech(lemma[h])) continue;
    // The reported clause ends where the reporting clause's own subject begins ("…, officials said").
    const subject = kids[h].find((k) => k < h && (rel[k] === 'nsubj' || rel[k] === 'nsubj:pass' || rel[k] === 'expl'));
    const end = subject ?? h;
    const verb = kids[h].find((k) => k < end && rel[k] === 'ccomp');
    if (verb === undefined || upos[verb] !== 'VERB') continue;
    // The parser may also hang the split-off part as an adverbial, clausal subject or open complement
    // of the reporting verb ("Israel agreed to free prisoners, officials said" with "to free" an
    // `advcl` of "said"): between the reported verb and the reporter it can only be the clause's own.
    const strays = kids[h].filter((k) => k > verb && k < end && STRAY_COMPLEMENTS.has(rel[k]));
    for (const c of strays) {
      // "… have kidnapped advisers and exploded bombs, sources said": a clause opened by a
      // coordinating conjunction (after its own comma: "…, but was still refusing entry to …") is a
      // conjunct of the clause before it, sharing its subject (its auxiliaries are its own).
      if (upos[c] === 'VERB' && !kids[c].some((k) => SUBJECT.has(rel[k])) && kids[c].some((k) => rel[k] === 'cc' && k === firstWord(kids, upos, c))) {
        head[c] = verb;
        rel[c] = 'conj';
        kids[verb].push(c);
        changed = true;
        continue;
      }
      // "Police fired when protesters threw stones, officials said": a subordinate clause opened by a
      // conjunction is an adverbial of the reported verb, subject or not.
      if (rel[c] === 'advcl' && upos[c] === 'VERB' && kids[c].some((k) => k < c && rel[k] === 'mark' && upos[k] === 'SCONJ' && k === firstWord(kids, upos, c))) {
        head[c] = verb;
        kids[verb].push(c);
        changed = true;
        continue;
      }
      if (kids[c].some((k) => OWN_SUBJECT.has(rel[k]))) continue;
      const hasObject = kids[verb].some((k) => rel[k] === 'obj');
      const to = kids[c].find((k) => k < c && rel[k] === 'mark' && lemma[k] === 'to');
      if (upos[c] === 'VERB' && to !== undefined) {
        head[c] = verb;
        rel[c] = hasObject ? 'advcl' : 'xcomp';
        kids[verb].push(c);
        changed = true;
      } else if (rel[c] === 'ccomp' && (upos[c] === 'NOUN' || upos[c] === 'PROPN') && subtreeStart(kids, c) === verb + 1) {
        // A noun phrase with a preposition is no clause either: the verb's oblique ("is opposed to
        // French mediation, an aide said").
        const marked = kids[c].some((k) => rel[k] === 'case');
        if (!marked && hasObject) continue;
        head[c] = verb;
        rel[c] = marked ? 'obl' : 'obj';
        kids[verb].push(c);
        changed = true;
      }
    }
  }
  return changed;
}

/** The first token of `i`'s subtree that is no punctuation. */
function firstWord(kids: readonly number[][], upos: readonly string[], i: number): number {
  let first = i;
  for (const k of kids[i]) if (upos[k] !== 'PUNCT') first = Math.min(first, firstWord(kids, upos, k));
  return first;
}

/** The first token of `i`'s subtree. */
function subtreeStart(kids: readonly number[][], i: number): number {
  let first = i;
  for (const k of kids[i]) first = Math.min(first, subtreeStart(kids, k));
  return first;
}

/** Relations a "that" clause may be given when the parser hangs it on a date. */
const ON_DATE = new Set(['acl', 'acl:relcl', 'ccomp', 'advcl', 'dep', 'appos']);

/**
 * "said here Wednesday that the US must mediate", with the parser reading "Wednesday" as a subject
 * and the "that" clause as a modifier of it: a date right after a reporting verb is when it was
 * said, and a "that" clause with a subject of its own right after that date is what was said — a
 * date takes no complement clause. Rewrites `head` and `rel` in place; `temporal[i]` is 1 for
 * tokens inside a date expression. Returns true when anything changed.
 */
export function repairDatedReportedClauses(head: Int32Array, rel: string[], upos: readonly string[], lemma: readonly string[], lower: readonly string[], temporal: Uint8Array, isSpeech: (lemma: string) => boolean): boolean {
  const n = head.length;
  let changed = false;
  for (let d = 1; d + 1 < n; d++) {
    if (!temporal[d] || temporal[d + 1] || lower[d + 1] !== 'that' || (upos[d] !== 'PROPN' && upos[d] !== 'NOUN')) continue;
    // The reporting verb before the date, with only adverbs and the date's own words between ("said here late Wednesday").
    let h = d - 1;
    while (h >= 0 && (temporal[h] || upos[h] === 'ADV')) h--;
    if (h < 0 || upos[h] !== 'VERB' || !isSpeech(lemma[h])) continue;
    let clause = -1;
    for (let c = d + 2; c < n && clause < 0; c++) {
      if (head[c] !== d || !ON_DATE.has(rel[c])) continue;
      let marked = false;
      let subject = false;
      for (let k = 0; k < n; k++) {
        if (head[k] !== c) continue;
        if (k === d + 1 && rel[k] === 'mark') marked = true;
        if (rel[k] === 'nsubj' || rel[k] === 'nsubj:pass') subject = true;
      }
      if (marked && subject) clause = c;
    }
    if (clause < 0) continue;
    head[clause] = h;
    rel[clause] = 'ccomp';
    if (head[d] !== h || !rel[d].startsWith('obl')) {
      let cased = false;
      for (let k = 0; k < d; k++) if (head[k] === d && rel[k] === 'case') cased = true;
      head[d] = h;
      rel[d] = cased ? 'obl' : 'obl:tmod';
    }
    changed = true;
  }
  return changed;
}
