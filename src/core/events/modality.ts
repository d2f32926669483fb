/**
 * Negation, modality and time of a matched trigger, read from its clause: "did not condemn",
 * "no sanctions", "without consulting" (negated); "may attack", "if it is attacked", "the
 * possibility of conflict", questions (hypothetical); "will support", "would provide … next year"
 * under a reporting verb (future). Lexical frames ("refrained from", "is expected to") are handled
 * by the composer, not here. The coder flags rather than drops.
 */
import { hindranceOf } from './hindered-acts.js';
import type { EventGrammar } from './lexicon-types.js';
import type { SyntaxView } from './syntax-view.js';
import type { Match } from './trigger-match.js';

export interface Modality {
  negated: boolean;
  hypothetical: boolean;
  future: boolean;
  /** The reporting verb whose complement holds the trigger ("said" in "X said it would …"), or -1. */
  reportedBy: number;
  /** "must", "should", "has to": reported, a demand by the speaker; otherwise not an act. */
  obligation: boolean;
}

/** Relations through which a clause passes its auxiliaries and negation down to a dependent verb. */
const CHAIN = ['xcomp', 'conj'];

/** Modality of a match. `question` is true when its sentence is a question. */
export function modalityOf(v: SyntaxView, g: EventGrammar, m: Match, question: boolean): Modality {
  const heads = m.support >= 0 ? [m.head, m.support] : [m.head];
  const mod: Modality = { negated: false, hypothetical: question, future: false, reportedBy: reportingVerb(v, g, heads[heads.length - 1]), obligation: false };
  for (const h of heads) {
    const chain = clauseChain(v, h);
    // "would not join the sanctions but would work with France", "did not attack but threatened":
    // a conjunct set against a negated clause by "but" is affirmed, so the negation above it stays there.
    // So is one finite on its own ("did not attend the summit and recalled its ambassador", "never
    // recognised Kosovo and has blocked its membership"): it does not share the clause's "did not".
    const contrast = chain.findIndex((c, i) => i < chain.length - 1 && (contrastConjunct(v, c) || ownFiniteConjunct(v, c)));
    chain.forEach((c, i) => {
      readClause(v, g, c, mod, contrast < 0 || i <= contrast);
      // "neither recognised the vote nor sent observers", "did not protest, nor did it …": "nor" negates its conjunct.
      if (v.rel[c] === 'conj' && v.childrenWith(c, ['cc']).some((k) => v.lemma[k] === 'nor') && (contrast < 0 || i <= contrast)) mod.negated = true;
    });
  }
  // "barred the Pentagon from selling arms", "was prohibited from attacking": an act someone is kept
  // from did not happen — unless the keeping is itself denied ("did not stop Sweden from joining").
  for (const h of heads) {
    for (const c of clauseChain(v, h)) {
      const kept = hindranceOf(v, g, c);
      if (kept && !clauseNegated(v, g, kept.verb, mod.reportedBy)) mod.negated = true;
    }
  }
  if (m.trigger.pos === 'noun' || m.obj >= 0) {
    const noun = m.trigger.pos === 'noun' ? m.head : m.obj;
    for (const c of v.children(noun)) if (v.rel[c] === 'det' && g.negators.has(v.lemma[c])) mod.negated = true;
    // "a possible meeting", "potential sanctions": an act only considered has not happened.
    for (const c of v.childrenWith(noun, ['amod'])) if (g.hypotheticalModifiers.has(v.lower[c])) mod.hypothetical = true;
  }
  if (m.trigger.pos === 'noun' && underHypotheticalNoun(v, g, m.head)) mod.hypothetical = true;
  // "faces pressure to help Iran", "the risk of Russia invading", "its demand that Israel withdraw":
  // an act in the infinitive, participle or content clause of such a noun has not happened either.
  if (m.trigger.pos === 'verb' && (v.rel[m.head] === 'acl' || v.rel[m.head] === 'ccomp') && underHypotheticalNoun(v, g, m.head)) mod.hypothetical = true;
  // "vetoed any move to impose sanctions": so is a noun act whose light verb is such a clause.
  if (m.trigger.pos === 'noun' && m.support >= 0 && (v.rel[m.support] === 'acl' || v.rel[m.support] === 'ccomp') && underHypotheticalNoun(v, g, m.support)) mod.hypothetical = true;
  // A noun with no light verb takes its clause's mood and tense, not its negation: "may include the use
  // of force" is hypothetical, but "did not condemn the invasion" does not negate the invasion.
  if (m.trigger.pos === 'noun' && m.support < 0) {
    const gov = governingVerb(v, m.head);
    if (gov >= 0) {
      const outer: Modality = { negated: false, hypothetical: false, future: false, reportedBy: mod.reportedBy, obligation: false };
      for (const c of clauseChain(v, gov)) readClause(v, g, c, outer);
      if (outer.hypothetical || conditional(v, g, gov)) mod.hypothetical = true;
      if (outer.future) mod.future = true;
    }
  }
  if (conditional(v, g, heads[heads.length - 1])) mod.hypothetical = true;
  // "Egypt has not confirmed that it sent troops", "declined to say it had": a report not made asserts nothing.
  if (mod.reportedBy >= 0 && withheld(v, g, mod.reportedBy)) mod.hypothetical = true;
  // "would discuss the grievances after the agreement was signed", "will meet once the deal is
  // signed": a time clause dating an act still to come or only possible is a condition of it, not
  // an act that happened, nor one its doers announced.
  const clause = clauseChain(v, heads[heads.length - 1]).pop() ?? -1;
  if (clause >= 0 && v.rel[clause] === 'advcl' && v.head[clause] >= 0 && v.childrenWith(clause, ['mark']).some((c) => TIME_MARKS.has(v.lemma[c]))) {
    const outer: Modality = { negated: false, hypothetical: false, future: false, reportedBy: mod.reportedBy, obligation: false };
    const chain = clauseChain(v, v.head[clause]);
    for (const c of chain) readClause(v, g, c, outer);
    // "Israel will respond after Iran launched missiles": a past tense under "will" dates a real act
    // (under "would" it may only be the reported speech's shift of tense).
    const plainFuture = chain.some((c) => v.childrenWith(c, ['aux']).some((a) => PRESENT_FUTURE.has(v.lower[a])));
    if ((outer.hypothetical || outer.future || conditional(v, g, v.head[clause])) && !(plainFuture && pastTense(v, clause))) mod.hypothetical = true;
    // "demanded a truce before allowing aid convoys in": what is to come only once a demand is met
    // is a condition, not an act that happened.
    if (DEMANDING.has(v.lemma[v.head[clause]]) && v.childrenWith(clause, ['mark']).some((c) => v.lemma[c] === 'before' || v.lemma[c] === 'until')) mod.hypothetical = true;
  }
  return mod;
}

/** True when the clause of verb `h` (with the verbs above it that share its auxiliaries) is negated. */
function clauseNegated(v: SyntaxView, g: EventGrammar, h: number, reportedBy: number): boolean {
  const outer: Modality = { negated: false, hypothetical: false, future: false, reportedBy, obligation: false };
  for (const c of clauseChain(v, h)) readClause(v, g, c, outer);
  return outer.negated;
}

/** Reporting verbs that assert what they report ("said", "confirmed"), unlike "denied" or "warned". */
const ASSERTING: ReadonlySet<string> = new Set(['say', 'confirm', 'announce', 'disclose', 'reveal', 'acknowledge', 'admit', 'state', 'report', 'specify', 'tell', 'indicate']);
/** Verbs of keeping something back ("declined to confirm", "refused to say"). */
const WITHHOLDING: ReadonlySet<string> = new Set(['decline', 'refuse']);

/** True when reporting verb `r` is one of asserting, negated ("has not confirmed") or withheld ("declined to say"). */
function withheld(v: SyntaxView, g: EventGrammar, r: number): boolean {
  if (!ASSERTING.has(v.lemma[r])) return false;
  if (v.childrenWith(r, ['advmod']).some((c) => g.negators.has(v.lower[c]) || g.negators.has(v.lemma[c]))) return true;
  return v.rel[r] === 'xcomp' && v.head[r] >= 0 && WITHHOLDING.has(v.lemma[v.head[r]]);
}

/** Verbs of asking for something first, after which a "before"/"until" clause is a precondition. */
const DEMANDING: ReadonlySet<string> = new Set(['demand', 'insist', 'require', 'want', 'ask', 'urge', 'seek']);

/** Auxiliaries of a future told in the present ("will", "shall"), not shifted into the past ("would"). */
const PRESENT_FUTURE: ReadonlySet<string> = new Set(['will', "'ll", 'shall', 'wo']);

/** True when verb `h` is in a past tense: a past auxiliary ("was signed", "had left") or a past form of its own ("launched"). */
function pastTense(v: SyntaxView, h: number): boolean {
  const aux = v.childrenWith(h, ['aux', 'aux:pass']);
  if (aux.length) return aux.some((a) => ['was', 'were', 'had', 'did'].includes(v.lower[a]));
  return v.lower[h] !== v.lemma[h] && !v.lower[h].endsWith('ing') && !v.lower[h].endsWith('s');
}

/** Subordinators of time clauses, whose act is set when the main clause's is. */
const TIME_MARKS: ReadonlySet<string> = new Set(['after', 'before', 'until', 'till', 'once', 'when', 'whenever']);

/** `h` and the verbs above it that share its auxiliaries: "will continue to support" → support, continue. */
function clauseChain(v: SyntaxView, h: number): number[] {
  const out = [h];
  let k = h;
  for (let guard = 0; guard < 8 && (v.relIs(k, CHAIN) || purpose(v, k)) && v.head[k] >= 0; guard++) {
    // A later conjunct with its own subject is its own clause.
    if (v.rel[k] === 'conj' && v.childrenWith(k, ['nsubj', 'nsubj:pass']).length) break;
    k = v.head[k];
    out.push(k);
  }
  return out;
}

/** A purpose clause ("will meet to discuss"): an infinitive adverbial clause shares its verb's tense. */
function purpose(v: SyntaxView, k: number): boolean {
  return v.rel[k] === 'advcl' && v.childrenWith(k, ['mark']).some((c) => v.lemma[c] === 'to');
}

/** Conjunctions that set a conjunct against the clause before it ("not X but Y"). */
const CONTRAST: ReadonlySet<string> = new Set(['but', 'yet']);

/** True when `k` is a conjunct joined by "but"/"yet": it does not share the negation of its head's clause. */
function contrastConjunct(v: SyntaxView, k: number): boolean {
  return v.rel[k] === 'conj' && v.childrenWith(k, ['cc']).some((c) => CONTRAST.has(v.lemma[c]));
}

/**
 * True when `k` is a conjunct finite on its own, so that the negation of its head's clause cannot
 * reach it: it has an auxiliary of its own ("… and has blocked"), or it is an inflected form ("…
 * and recalled") after a head negated through "do" ("did not attend"), which takes a bare verb — a
 * conjunct sharing "did not" would be bare too ("did not attend and recall"). An uninflected form
 * ("did not attend and cut ties") may share it, and stays negated.
 */
function ownFiniteConjunct(v: SyntaxView, k: number): boolean {
  if (v.rel[k] !== 'conj' || v.head[k] < 0) return false;
  if (v.childrenWith(k, ['aux']).some((a) => a < k)) return true;
  const inflected = v.lower[k] !== v.lemma[k] && !v.lower[k].endsWith('ing');
  return inflected && v.childrenWith(v.head[k], ['aux']).some((a) => v.lemma[a] === 'do');
}

/** Focus adverbs after which a negator only widens the claim: "not only", "not just", "not merely". */
const FOCUS: ReadonlySet<string> = new Set(['only', 'just', 'merely', 'simply', 'solely']);

/**
 * True when dependent `d` of a clause negates it: a negator ("not", "never", "no"), or "no longer"
 * ("would no longer defend": the act stops). "Not only / not just X" is no negation: it affirms X
 * and adds more ("isn't just attacking X but also Y").
 */
function negates(v: SyntaxView, g: EventGrammar, d: number): boolean {
  const rel = v.rel[d];
  if (!(rel === 'advmod' || rel === 'neg' || rel === 'aux' || rel === 'cc:preconj' || rel === 'det')) return false;
  if (v.lemma[d] === 'longer' && v.children(d).some((c) => v.lower[c] === 'no')) return true;
  if (!(g.negators.has(v.lemma[d]) || g.negators.has(v.lower[d])) || v.lemma[d] === 'without') return false;
  return !(d + 1 < v.n && FOCUS.has(v.lower[d + 1]));
}

function readClause(v: SyntaxView, g: EventGrammar, c: number, mod: Modality, negatable = true): void {
  for (const d of v.children(c)) {
    const lemma = v.lemma[d];
    const lower = v.lower[d];
    const rel = v.rel[d];
    if (negates(v, g, d)) {
      if (negatable) mod.negated = true;
    } else if ((rel === 'advmod' || rel === 'neg' || rel === 'aux' || rel === 'cc:preconj' || rel === 'det') && (g.negators.has(lemma) || g.negators.has(lower)) && lemma !== 'without') {
      // a negator that only focuses ("not only"): nothing to flag
    } else if ((rel === 'mark' || rel === 'case') && lemma === 'without') {
      if (negatable) mod.negated = true;
    } else if (rel === 'aux' || rel === 'aux:pass') {
      if (g.futureAux.has(lemma) || g.futureAux.has(lower)) mod.future = true;
      else if (g.conditionalAux.has(lemma) || g.conditionalAux.has(lower)) {
        if (mod.reportedBy >= 0) mod.future = true;
        else mod.hypothetical = true;
      } else if (g.obligationAux.has(lemma) || g.obligationAux.has(lower)) {
        mod.obligation = true;
        mod.hypothetical = true;
      } else if (g.hypotheticalAux.has(lemma) || g.hypotheticalAux.has(lower)) mod.hypothetical = true;
    } else if (v.relIs(d, ['obl', 'advmod', 'nmod:tmod', 'obl:tmod', 'obl:npmod']) && mentionsFuture(v, g, d) && !pastTense(v, c)) {
      // ("later apologized", "the next day withdrew": after a past verb the time word dates a past act.)
      mod.future = true;
    }
  }
  // "is going to attack": a progressive "go" with an infinitive.
  if (v.lemma[c] === 'go' && v.lower[c] === 'going' && v.childrenWith(c, ['xcomp']).length) mod.future = true;
  // "has to withdraw", "needs to release": obligation.
  if ((v.lemma[c] === 'have' || v.lemma[c] === 'need') && v.upos[c] === 'VERB' && v.childrenWith(c, ['xcomp']).some((x) => v.childrenWith(x, ['mark']).some((m) => v.lemma[m] === 'to'))) {
    mod.obligation = true;
    mod.hypothetical = true;
  }
}

/** True when the phrase at `d` names a future time ("next year", "tomorrow", "in the coming weeks"). */
function mentionsFuture(v: SyntaxView, g: EventGrammar, d: number): boolean {
  if (g.futureTimeWords.has(v.lemma[d]) || g.futureTimeWords.has(v.lower[d])) return true;
  for (const c of v.children(d)) if ((v.relIs(c, ['amod', 'det'])) && (g.futureTimeWords.has(v.lemma[c]) || g.futureTimeWords.has(v.lower[c]))) return true;
  return false;
}

/** The verb whose clause holds noun `n` (through prepositions and noun modifiers), or -1. */
function governingVerb(v: SyntaxView, n: number): number {
  let k = n;
  for (let guard = 0; guard < 5; guard++) {
    const p = v.head[k];
    if (p < 0) return -1;
    if (v.upos[p] === 'VERB' || v.upos[p] === 'AUX') return p;
    if (!v.relIs(k, ['nmod', 'obl', 'obj', 'conj', 'compound', 'appos'])) return -1;
    k = p;
  }
  return -1;
}

/** True when noun `n` hangs on "possibility", "risk", "danger"… ("the possibility of armed conflict"). */
function underHypotheticalNoun(v: SyntaxView, g: EventGrammar, n: number): boolean {
  let k = n;
  for (let guard = 0; guard < 4; guard++) {
    const p = v.head[k];
    if (p < 0) return false;
    // (A bare noun phrase beside it is no complement: "called India's move a provocation".)
    if (((v.relIs(k, ['nmod', 'compound']) && v.rel[k] !== 'nmod:unmarked') || v.rel[k] === 'acl' || v.rel[k] === 'ccomp') && g.hypotheticalNouns.has(v.lemma[p]) && !v.isVerbal(p)) return true;
    if (!v.relIs(k, ['nmod', 'conj', 'compound', 'amod'])) return false;
    k = p;
  }
  return false;
}

/** True when `h` or a clause above it is introduced by "if", "unless", "whether"… */
function conditional(v: SyntaxView, g: EventGrammar, h: number): boolean {
  for (let k = h, guard = 0; k >= 0 && guard < 12; k = v.head[k], guard++) {
    for (const c of v.childrenWith(k, ['mark'])) if (g.conditionalMarks.has(v.lemma[c])) return true;
    if (v.rel[k] === 'root' || v.rel[k] === 'parataxis') return false;
  }
  return false;
}

/** The reporting verb ("said", "announced") whose complement contains `h`, or -1. */
export function reportingVerb(v: SyntaxView, g: EventGrammar, h: number): number {
  for (let k = h, guard = 0; k >= 0 && guard < 12; guard++) {
    const p = v.head[k];
    if (p < 0) return -1;
    if (v.relIs(k, ['ccomp', 'parataxis']) && g.speechVerbs.has(v.lemma[p])) return p;
    if (!v.relIs(k, ['conj', 'xcomp', 'ccomp', 'advcl', 'acl', 'obj'])) return -1;
    k = p;
  }
  return -1;
}
