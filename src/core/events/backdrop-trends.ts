/**
 * Trends told as a backdrop: "Moscow announced joint exercises, as Russia and China deepen ties",
 * "the envoy met rebel leaders last week as relations warm". An "as"-clause in the simple present
 * (or the present progressive) under a clause told in the past does not narrate something that
 * happened at the report's time: it states a trend that runs on around the event reported — a
 * description of a relationship, not an act with a date. Such clauses code no event. An "as"-clause
 * in the past ("as Russia deepened its ties") is simultaneous narration and stays an event, and so
 * does every clause when the report itself is in the present ("The talks come as Israel pounds Gaza"
 * is left as it is: the tenses do not tell the trend from the act there).
 */
import type { SyntaxView } from './syntax-view.js';
import type { Match } from './trigger-match.js';

/** True when match `m` is the act of an "as"-clause that states a present trend under a past clause. */
export function isBackdropTrend(v: SyntaxView, m: Match): boolean {
  let c = m.trigger.pos === 'verb' ? m.head : m.support;
  if (c < 0) return false;
  // Up through coordination and control to the clause's own verb ("as they deepen ties and expand trade").
  for (let guard = 0; guard < 4 && v.relIs(c, ['conj', 'xcomp']) && v.head[c] >= 0; guard++) c = v.head[c];
  if (!v.relIs(c, ['advcl']) || v.upos[c] !== 'VERB' || !v.childrenWith(c, ['nsubj']).length) return false;
  if (!v.childrenWith(c, ['mark']).some((k) => plainAs(v, k))) return false;
  const main = v.head[c];
  return main >= 0 && presentTense(v, c) && pastTense(v, main);
}

/** A bare "as" marking the clause: not "as if", "as soon as", "as long as", "so as to". */
function plainAs(v: SyntaxView, k: number): boolean {
  if (v.lower[k] !== 'as' || v.children(k).length) return false;
  const before = k > 0 ? v.lower[k - 1] : '';
  return !['as', 'so', 'such', 'just'].includes(before);
}

/** Simple present ("deepen", "warms") or present progressive ("are deepening"). */
function presentTense(v: SyntaxView, c: number): boolean {
  const aux = v.childrenWith(c, ['aux', 'aux:pass']);
  const form = v.lower[c];
  const lemma = v.lemma[c];
  if (!aux.length) return form === lemma || form === `${lemma}s` || form === `${lemma}es` || (lemma.endsWith('y') && form === `${lemma.slice(0, -1)}ies`);
  return aux.length === 1 && /^(is|are|am|'s|'re)$/.test(v.lower[aux[0]]) && form.endsWith('ing');
}

/** Told in the past: a past form ("announced"), a past auxiliary ("were participating", "had said", "did not"). */
function pastTense(v: SyntaxView, p: number): boolean {
  if (v.upos[p] !== 'VERB' && v.upos[p] !== 'AUX') return false;
  const aux = v.childrenWith(p, ['aux', 'aux:pass']);
  if (aux.length) return aux.some((a) => /^(was|were|had|did)$/.test(v.lower[a]));
  const form = v.lower[p];
  const lemma = v.lemma[p];
  return form !== lemma && !form.endsWith('ing') && !form.endsWith('s');
}
