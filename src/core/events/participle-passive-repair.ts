/**
 * A reduced relative read as the main verb before a passive predicate: "Soldiers captured during the
 * raid were handed over to the Red Cross", "Two journalists jailed for criticising the government
 * were pardoned", "Migrants rescued off the coast were taken to Malta". The parser takes the
 * participle ("captured") for the root and hangs the real predicate ("were handed over") below it,
 * often as a clause of its own whose subject is the noun of the participle's phrase ("during the
 * raid were handed" read as a subordinate clause). A bare participle with no auxiliary and no
 * object is no finite verb; a later "was/were + participle" without a subject of its own, or with
 * one that sits inside a prepositional phrase or after a gerund, is the sentence's predicate, and
 * the participle modifies the noun before it.
 *
 * Guards keep real clauses: a reporting verb with its content ("Officials confirmed the prisoners
 * were released"), a participle with its own object, a comma, a conjunction, an auxiliary or a
 * subordinating word between the two.
 */

/** Words that open a subordinate clause: the passive after them may well be that clause's own. */
const SUBORDINATORS = new Set([
  'after', 'before', 'when', 'while', 'because', 'since', 'as', 'if', 'although', 'though', 'until', 'once',
  'unless', 'whereas', 'where', 'whether', 'that', 'which', 'who', 'whom', 'whose', 'so',
]);

/** Prepositions that may open the phrase the parser mistook for the predicate's subject. */
const PREPOSITIONS = new Set([
  'during', 'in', 'on', 'at', 'off', 'against', 'from', 'with', 'of', 'for', 'by', 'near', 'over', 'under',
  'into', 'onto', 'across', 'inside', 'outside', 'along', 'around', 'through', 'throughout', 'without',
  'within', 'behind', 'beyond', 'amid', 'among', 'despite', 'toward', 'towards', 'via', 'aboard', 'alongside', 'to',
]);

/** Word classes of a noun's modifiers before it, walked over to the word before its phrase. */
const NOUN_MODIFIERS = new Set(['DET', 'ADJ', 'NUM', 'PROPN']);

/** Finite forms of "be" that make a passive predicate. */
const FINITE_BE = new Set(['was', 'were', 'is', 'are']);

/** Relations by which a verb takes its own core arguments. */
const CORE = new Set(['obj', 'iobj', 'ccomp', 'xcomp', 'expl']);

/** Past tense or participle: a verb form that differs from its lemma and is neither "-s" nor "-ing". */
const pastForm = (lower: string, lemma: string): boolean => lower !== lemma && !lower.endsWith('ing') && !lower.endsWith('s');

/**
 * Rewrites `head` and `rel` in place for such sentences; `kids` are the dependents of each token
 * under `head`. `isSpeech` tells reporting verbs, whose content clause is theirs. Returns true when
 * anything changed.
 */
export function repairParticiplePassives(
  head: Int32Array,
  rel: string[],
  upos: readonly string[],
  lower: readonly string[],
  lemma: readonly string[],
  temporal: Uint8Array,
  kids: readonly (readonly number[])[],
  isSpeech?: (lemma: string) => boolean,
): boolean {
  const n = head.length;
  let changed = false;
  for (let r = 0; r < n; r++) {
    if (head[r] >= 0 || upos[r] !== 'VERB' || !pastForm(lower[r], lemma[r]) || isSpeech?.(lemma[r])) continue;
    const own = kids[r];
    if (own.some((k) => rel[k].startsWith('aux') || rel[k] === 'cop' || (rel[k] === 'obj' && !temporal[k]))) continue;
    const subj = own.find((k) => (rel[k] === 'nsubj' || rel[k] === 'nsubj:pass') && k < r && (upos[k] === 'NOUN' || upos[k] === 'PROPN'));
    if (subj === undefined) continue;
    const found = passiveAfter(r, head, rel, upos, lower, lemma, kids);
    if (found === null) continue;
    const { aux, pred } = found;
    // Any core argument of the participle between it and the auxiliary makes it a clause's verb of its own.
    if (own.some((k) => k > r && k < aux && k !== pred && CORE.has(rel[k]))) continue;
    const falseSubject = kids[pred].find((k) => rel[k].startsWith('nsubj') && k < aux);
    let reattach: { token: number; to: number; rel: string; marker: number } | null = null;
    if (falseSubject !== undefined) {
      reattach = phraseOf(falseSubject, r, pred, head, rel, upos, lower, kids);
      if (reattach === null) continue;
    }
    // The predicate becomes the root, the noun its subject, the participle the noun's modifier.
    head[pred] = -1;
    rel[pred] = 'root';
    head[subj] = pred;
    rel[subj] = rel[aux] === 'aux:pass' ? 'nsubj:pass' : 'nsubj';
    head[r] = subj;
    rel[r] = 'acl';
    if (reattach) {
      head[reattach.token] = reattach.to;
      rel[reattach.token] = reattach.rel;
      if (reattach.marker >= 0) {
        head[reattach.marker] = reattach.token;
        rel[reattach.marker] = 'case';
      }
    }
    // What follows the predicate is the predicate's (its phrases, the final stop).
    for (const k of own) if (k > aux && k !== pred) head[k] = pred;
    changed = true;
  }
  return changed;
}

/**
 * The first "was/were + participle" after `r` in its sentence, when nothing between them ends the
 * participle's phrase (punctuation, a conjunction, another auxiliary, a subordinating word).
 */
function passiveAfter(
  r: number,
  head: Int32Array,
  rel: readonly string[],
  upos: readonly string[],
  lower: readonly string[],
  lemma: readonly string[],
  kids: readonly (readonly number[])[],
): { aux: number; pred: number } | null {
  for (let k = r + 1; k < head.length && rootOf(head, k) === r; k++) {
    if (upos[k] === 'PUNCT' || upos[k] === 'CCONJ' || SUBORDINATORS.has(lower[k])) return null;
    if (upos[k] !== 'AUX') {
      // A finite verb between them has a clause of its own ("… captured said they were …").
      if (upos[k] === 'VERB' && lower[k] === lemma[k] && lower[k - 1] !== 'to') return null;
      continue;
    }
    if (!FINITE_BE.has(lower[k])) return null;
    const pred = head[k];
    if (pred <= k || upos[pred] !== 'VERB' || !pastForm(lower[pred], lemma[pred]) || rel[k] !== 'aux:pass') return null;
    for (let j = k + 1; j < pred; j++) if (upos[j] !== 'ADV') return null;
    // The predicate hangs somewhere below the participle, not beside it in another sentence.
    if (kids[pred].some((c) => rel[c].startsWith('nsubj') && c > pred)) return null;
    return { aux: k, pred };
  }
  return null;
}

/**
 * Where the noun the parser made the predicate's subject belongs: inside a prepositional phrase
 * ("during the raid": an oblique of the nearest verb before the preposition) or after a gerund with
 * no object ("criticising the government": its object). Null when it is neither: then it may well
 * be the predicate's real subject.
 */
function phraseOf(
  noun: number,
  r: number,
  pred: number,
  head: Int32Array,
  rel: readonly string[],
  upos: readonly string[],
  lower: readonly string[],
  kids: readonly (readonly number[])[],
): { token: number; to: number; rel: string; marker: number } | null {
  const nearestVerb = (before: number): number => {
    for (let j = before - 1; j > r; j--) if (upos[j] === 'VERB') return j;
    return r;
  };
  // A gerund clause taken for the subject ("imprisoned for acting against the state were …"): an
  // adverbial clause of the verb before it.
  if (upos[noun] === 'VERB') {
    const marked = kids[noun].some((c) => rel[c] === 'mark' && PREPOSITIONS.has(lower[c]));
    return marked && lower[noun].endsWith('ing') ? { token: noun, to: nearestVerb(noun), rel: 'advcl', marker: -1 } : null;
  }
  // Walk left over the noun's own modifiers to the word before its phrase.
  let k = noun - 1;
  while (k > r && (head[k] === noun || (NOUN_MODIFIERS.has(upos[k]) && head[k] !== pred))) k--;
  if (k <= r) return null;
  if ((upos[k] === 'ADP' || upos[k] === 'SCONJ') && PREPOSITIONS.has(lower[k])) {
    return { token: noun, to: nearestVerb(k), rel: 'obl', marker: head[k] === pred || head[k] === noun ? k : -1 };
  }
  if (upos[k] === 'VERB' && lower[k].endsWith('ing') && !kids[k].some((c) => rel[c] === 'obj')) {
    return { token: noun, to: k, rel: 'obj', marker: -1 };
  }
  return null;
}

/** The root of `k`'s tree (its sentence's root). */
function rootOf(head: Int32Array, k: number): number {
  let h = k;
  for (let steps = 0; head[h] >= 0 && steps < head.length; steps++) h = head[h];
  return h;
}
