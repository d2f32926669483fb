/**
 * Light verbs: the verb that governs a noun trigger ("held talks", "took part in war games", "the
 * talks held in Riyadh"), whose subject is the noun's source, found through amounts and
 * collectives ("delivered 700 kg of medicine", "held a new round of talks") and raising verbs.
 */
import type { EventGrammar } from './lexicon-types.js';
import type { SyntaxView } from './syntax-view.js';

/** A number, or a noun of quantity or collection ("dozens", "a round", "a wave"). */
export function isQuantity(v: SyntaxView, quantityNouns: ReadonlySet<string>, k: number): boolean {
  return v.upos[k] === 'NUM' || quantityNouns.has(v.lemma[k]) || quantityNouns.has(v.lower[k]);
}

/** The light verb governing noun `i` ("held talks", "took part in drills", "talks were held"), or -1. */
export function supportVerb(v: SyntaxView, g: EventGrammar, i: number): number {
  let n = v.rel[i] === 'conj' ? v.firstConjunct(i) : i;
  // "gave 5.1 million dollars of aid", "delivered 700 kg of medicine": the light verb governs the amount.
  const q = v.head[n];
  // Also "pledged 500 million dollars in military aid".
  if (q >= 0 && v.relIs(n, ['nmod']) && (v.caseOf(n) === 'of' || v.caseOf(n) === 'in') && (v.upos[q] === 'NOUN' || v.upos[q] === 'NUM') && v.childrenWith(q, ['nummod']).length + (v.upos[q] === 'NUM' ? 1 : 0) > 0) n = q;
  // "held a new round of talks", "launched a wave of arrests": the light verb governs the collective.
  else if (q >= 0 && v.relIs(n, ['nmod']) && v.caseOf(n) === 'of' && v.upos[q] === 'NOUN' && isQuantity(v, g.quantityNouns, q)) n = q;
  const p = v.head[n];
  if (p >= 0 && v.upos[p] === 'VERB') {
    // "called the sanctions illegal", "called the strikes a violation", "described the raid as a
    // crime": a verb that judges its object is no light verb of it — its subject did not act.
    if (judges(v, g, p, n)) return -1;
    const prep = v.relIs(n, ['obl', 'nmod']) ? v.caseOf(n) : null;
    // "declared her persona non grata": a small clause is the light verb's second object. A noun
    // read as an indirect object with no object beside it is the object ("renewed allegations/iobj
    // that Minsk was arming militias", the clause after it taken for the verb's).
    const asObject = v.relIs(n, ['obj', 'nsubj:pass', 'xcomp']) || (v.relIs(n, ['iobj']) && !v.childrenWith(p, ['obj']).length);
    if (isSupport(v, g, p, asObject, prep)) return p;
    // Raising: "the aid is expected to be delivered" — the noun is the subject of "expected".
    if (v.relIs(n, ['nsubj:pass', 'nsubj'])) {
      for (const c of v.childrenWith(p, ['xcomp'])) if (v.upos[c] === 'VERB' && v.isPassive(c) && isSupport(v, g, c, true, null)) return c;
    }
  }
  // "engaged Filipino peacekeepers in a firefight": the "in" phrase hung on the object instead of the verb.
  if (p >= 0 && v.upos[p] === 'NOUN' && v.relIs(p, ['obj']) && v.relIs(n, ['nmod'])) {
    const verb = v.head[p];
    if (verb >= 0 && v.upos[verb] === 'VERB' && isSupport(v, g, verb, false, v.caseOf(n))) return verb;
  }
  // "the talks held in Riyadh": a participle modifying the noun.
  for (const c of v.childrenWith(n, ['acl'])) if (v.upos[c] === 'VERB' && isSupport(v, g, c, true, null)) return c;
  return -1;
}

/** Verb `p` judges its object `n`: an evaluative verb with a judgement beside the object ("called the deal illegal"). */
function judges(v: SyntaxView, g: EventGrammar, p: number, n: number): boolean {
  if (!v.relIs(n, ['obj']) || !g.evaluativeVerbs.has(v.lemma[p])) return false;
  return v.childrenWith(p, ['xcomp', 'obl:unmarked', 'obl']).some((c) => c > n && (v.rel[c] !== 'obl' || v.caseOf(c) === 'as'));
}

/** True when `p` is a light verb of the grammar for a noun it governs as object (`asObject`) or through `prep`. */
function isSupport(v: SyntaxView, g: EventGrammar, p: number, asObject: boolean, prep: string | null): boolean {
  const entries = g.supportVerbs.get(v.lemma[p]);
  if (!entries) return false;
  for (const e of entries) {
    if (e.words.some((w) => !v.children(p).some((c) => v.lemma[c] === w || v.lower[c] === w))) continue;
    if (e.prep === null ? asObject : prep === e.prep) return true;
  }
  return false;
}
