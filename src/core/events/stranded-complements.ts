/**
 * Complements the parser strands on the verb above a noun trigger instead of the noun: a
 * to-infinitive ("rejected calls to impose sanctions") and a "that" clause ("insisted on its
 * demands that the government grant more rights") starting right after the noun's phrase.
 */
import type { SyntaxView } from './syntax-view.js';

/** Prepositions of whom a noun of pressing or asking weighs on ("pressure on", "calls upon"). */
const ON = new Set(['on', 'upon']);

/**
 * A to-infinitive of the verb above noun `h` that starts right after the noun's phrase and has no
 * subject of its own ("rejected calls to impose sanctions", "supported Ukraine's bid to join the EU"
 * with the infinitive hung on the verb as a purpose clause or a controlled complement); the one
 * pressed may stand between, on the verb ("put pressure on Germany to help Greece").
 */
export function strandedInfinitive(v: SyntaxView, h: number): number[] {
  const p = v.head[h];
  if (p < 0 || !v.relIs(h, ['obl', 'obj', 'nmod'])) return [];
  // (Not after a phrase of its own other than whose it is: "arranging calls with Sanders to discuss
  // the race" are telephone calls, the infinitive the arranger's purpose.)
  if (v.childrenWith(h, ['nmod']).some((c) => v.rel[c] === 'nmod' && !['of', 'from', 'by'].includes(v.caseOf(c) ?? ''))) return [];
  let [, hi] = v.subtreeRange(h);
  // "put pressure on Germany to help Greece", "stepped up pressure on Iran to halt …": the one
  // pressed, hung on the verb, may stand between the noun and what it presses for.
  // (Not a date: "rejected calls on Monday to impose …" is read as it was hung.)
  const pressed = v.childrenWith(p, ['obl']).find((c) => v.subtreeRange(c)[0] === hi + 1 && ON.has(v.caseOf(c) ?? '') && !v.isTemporal(c));
  if (pressed !== undefined) hi = v.subtreeRange(pressed)[1];
  return v.childrenWith(p, ['advcl', 'xcomp']).filter((c) => v.upos[c] === 'VERB' && v.childrenWith(c, ['mark']).some((m) => v.lemma[m] === 'to' && m < c) && v.subtreeRange(c)[0] === hi + 1 && !v.childrenWith(c, ['nsubj', 'nsubj:pass']).length);
}

/**
 * A "that" clause with a subject of its own, hung on the verb above noun `h` and starting right
 * after the noun's phrase: "insisted on its demands that the government grant more rights", where
 * the parser attaches the demanded clause to "insisted" rather than to "demands".
 */
export function strandedThatClause(v: SyntaxView, h: number): number[] {
  const p = v.head[h];
  // (The parser may read the noun as an indirect object when a clause follows: "renewed
  // allegations/iobj that Minsk was arming militias".)
  if (p < 0 || !v.relIs(h, ['obl', 'obj', 'iobj'])) return [];
  // (A date may stand between: "reiterated its demand today that Israel ease …".)
  let next = v.subtreeRange(h)[1] + 1;
  while (next < v.n && v.isTemporal(next)) next++;
  return v.childrenWith(p, ['ccomp', 'advcl']).filter((c) => {
    const mark = v.childrenWith(c, ['mark']).find((m) => v.lower[m] === 'that' && m < c);
    return mark !== undefined && mark === next && v.childrenWith(c, ['nsubj', 'nsubj:pass']).length > 0;
  });
}
