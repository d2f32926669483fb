/**
 * The act a frame word governs: its complement's trigger, looked for through light verbs, one verb
 * hop, and the infinitives a parser hangs beside a frame noun ("its threat to strike"); with the
 * small syntactic tests the coder shares (a to-infinitive, a question sentence).
 */
import type { CoderContext } from './coder-context.js';
import type { SyntaxView } from './syntax-view.js';
import { hindranceOf } from './hindered-acts.js';
import { strandedInfinitive, strandedThatClause } from './stranded-complements.js';
import { objectsOf, type Match } from './trigger-match.js';

/** The act a frame governs: its complement's trigger, looking through light verbs and one verb hop. */
export function innerOf(ctx: CoderContext, f: Match): Match | null {
  const { v, finder } = ctx;
  const h = f.head;
  const candidates: number[] = [];
  if (f.prep >= 0) candidates.push(f.prep);
  for (const slot of f.trigger.complement) {
    // "the attack will not go unanswered": a predicate frame whose act is its subject.
    if (slot === 'subj') {
      candidates.push(...finder.subjects(h));
      continue;
    }
    // An indirect question ("asked whether Iran would attack") is about an act, not a call for it.
    if (slot === 'xcomp' || slot === 'ccomp' || slot === 'acl' || slot === 'advcl') candidates.push(...v.childrenWith(h, [slot]).filter((c) => !v.isQuestionClause(c)));
    // "backed away from its threat to strike Guam" with "to strike" hung on the verb: an infinitive
    // right after a frame noun of a promise, threat or request, with no subject of its own, is the
    // noun's complement. (One after "the decision" is left as read: "welcomed the decision by Beijing
    // to drop its tariffs" reports the dropping.)
    if (slot === 'acl' && f.trigger.pos === 'noun' && f.trigger.frame !== 'decide') candidates.push(...strandedInfinitive(v, h));
    // Likewise a that-clause right after the noun ("insisted on its demands that the government
    // grant more rights"): what is demanded or promised, hung on the verb.
    if (slot === 'acl' && f.trigger.pos === 'noun' && f.trigger.frame !== 'decide') candidates.push(...strandedThatClause(v, h));
    // Parsers often label a controlled infinitive as a purpose clause ("promised to continue aid",
    // "wants Putin to attack" with "to attack" an advcl): read a to-infinitive advcl as the xcomp.
    // A verb with its own object takes a purpose clause there ("shunned work to protest"), unless
    // the object is the one who is to act ("wants Putin to attack").
    if (slot === 'xcomp' && !f.trigger.complement.includes('advcl') && (!v.childrenWith(h, ['obj']).length || ctx.lexicon.grammar.objectControl.has(v.lemma[h]))) {
      candidates.push(...v.childrenWith(h, ['advcl']).filter((c) => isToInfinitive(v, c)));
    }
    // "wanted supporters to back Clinton", "urged voters to reject him" with "to back" hung on the
    // object as its modifier: after a verb of making or asking someone act, a to-infinitive right
    // behind the object is what that someone is to do.
    if (slot === 'xcomp' && f.trigger.pos === 'verb' && ctx.lexicon.grammar.objectControl.has(v.lemma[h]) && !v.childrenWith(h, ['xcomp']).length) {
      for (const o of v.childrenWith(h, ['obj'])) candidates.push(...v.childrenWith(o, ['acl']).filter((c) => c > o && isToInfinitive(v, c) && !v.childrenWith(c, ['nsubj']).length));
    }
    else if (slot === 'obj') candidates.push(...(f.trigger.pos === 'verb' ? objectsOf(v, h, f.passive, ctx.lexicon.grammar.quantityNouns) : []));
    else {
      candidates.push(...finder.prepDeps(h, slot));
      // A multi-word frame's complement may hang on any of its words: "stopped short of recalling"
      // with "of recalling" on "short", "backed away from".
      for (const w of f.tokens) if (w !== h && w !== f.obj) candidates.push(...finder.prepDeps(w, slot));
      // "accused Moscow of sending mercenaries" with "of sending" hung on the object — but not
      // through "reduced the possibility of an attack": such a noun makes the act hypothetical.
      if (f.trigger.pos === 'verb') {
        for (const o of v.childrenWith(h, ['obj'])) if (!ctx.lexicon.grammar.hypotheticalNouns.has(v.lemma[o])) candidates.push(...finder.prepDeps(o, slot));
      }
    }
  }
  // "promised to rebuild the bridge and help Ukraine", "asked voters to strengthen her hand and
  // repudiate Trump": when the complement itself is no act, a later verb sharing its subject is.
  // (Not for a hedge, "is scheduled to give a speech and meet …", which coders take as the act
  // itself, nor for a participle describing a thing's purpose, "a show meant to signal … and
  // reaffirm …", which declares no one's intent.)
  const extend = f.trigger.frame !== 'hedge' && !v.relIs(h, ['acl']);
  const clauses = extend ? candidates.filter((c) => v.head[c] === h && v.relIs(c, ['xcomp', 'ccomp'])) : [];
  for (const c of clauses) candidates.push(...sharedConjuncts(v, c));
  for (const c of candidates) {
    const found = triggerAt(ctx, c, f);
    // "stopped Sweden from joining NATO", "prevented Kyiv from selling arms": the act someone else is
    // kept from is that one's, negated (hindered-acts.ts), not an act the frame's subject ceases or avoids.
    if (found && ![found.head, found.support].some((k) => hindranceOf(v, ctx.lexicon.grammar, k)?.verb === h)) return found;
  }
  return null;
}

function triggerAt(ctx: CoderContext, c: number, f: Match): Match | null {
  const { v, byHead } = ctx;
  const direct = byHead.get(c);
  // "agreed on measures to intensify contacts", "agreed on steps to expand trade": a noun that is an
  // event only inside a light verb ("measures") names the means; the infinitive it governs is the act.
  if (direct && direct !== f && direct.trigger.pos === 'noun' && !direct.trigger.standalone) {
    for (const k of v.childrenWith(c, ['acl'])) {
      const m = byHead.get(k);
      if (m && m !== f && isToInfinitive(v, k)) return m;
    }
  }
  if (direct && direct !== f) return direct;
  // "pledged to hold talks": the complement is a light verb whose object is the act.
  for (const m of byHead.values()) if (m !== f && m.support === c) return m;
  // "vowed to help rebuild", "ruled out the use of force": one more step down, but not through
  // "the possibility of", "the risk of", which make the act hypothetical rather than framed.
  if (ctx.lexicon.grammar.hypotheticalNouns.has(v.lemma[c])) return null;
  // "refused to respond to a demand from the US", "declined to comply with calls for talks": not
  // answering a proposal or a request refuses it.
  if (f.trigger.frame === 'reject' && ANSWERING.has(v.lemma[c])) {
    for (const k of v.childrenWith(c, ['obl', 'obj'])) {
      const m = byHead.get(k);
      if (m && m !== f && m.trigger.pos === 'noun' && PROPOSALS.has(m.trigger.frame ?? '')) return m;
    }
  }
  // "urged the Council to act swiftly to stop the war", "called on them to work to end the fighting":
  // a verb of merely acting is done for its purpose, which is the act.
  if (ACTING.has(v.lemma[c])) {
    for (const k of v.childrenWith(c, ['advcl'])) {
      const m = byHead.get(k);
      if (m && m !== f && isToInfinitive(v, k)) return m;
    }
  }
  // "ordered the army to remain on high alert", "told troops to stay on standby": a verb of
  // staying put holds the state its "on" phrase names, and that state is the act.
  if (STAYING.has(v.lemma[c])) {
    for (const k of v.childrenWith(c, ['obl'])) {
      const m = byHead.get(k);
      if (m && m !== f && v.caseOf(k) === 'on') return m;
    }
  }
  for (const k of v.childrenWith(c, ['xcomp', 'nmod', 'acl'])) {
    // "the use of force"; "500 million dollars in military aid": an amount "in" its kind.
    if (v.rel[k] === 'nmod' && v.caseOf(k) !== 'of' && !(v.caseOf(k) === 'in' && isAmount(v, c))) continue;
    // A relative clause says what its noun's referent did ("expanded its campaign against the group
    // that has seized parts of Iraq"): an act with a subject of its own, never the frame's.
    if (v.rel[k] === 'acl:relcl') continue;
    const m = byHead.get(k);
    if (m && m !== f) return m;
  }
  return null;
}

/** Verbs of answering a request or a proposal ("respond to", "comply with", "heed"). */
const ANSWERING = new Set(['respond', 'reply', 'answer', 'comply', 'heed', 'obey', 'accede', 'bow', 'yield', 'meet', 'satisfy', 'fulfil', 'fulfill', 'honour', 'honor']);

/** Frames of a noun that asks or offers something ("a demand", "calls", "an offer", "an invitation"). */
/** Verbs of merely acting or trying, whose purpose infinitive names what is done ("act to stop the war"). */
const ACTING = new Set(['act', 'move', 'work', 'intervene', 'step', 'strive', 'endeavour', 'endeavor', 'mobilise', 'mobilize']);
/** Verbs of staying in a state, whose "on" phrase names it ("remain on alert"). */
const STAYING = new Set(['remain', 'stay', 'be', 'keep', 'stand']);
const PROPOSALS = new Set(['intent', 'appeal', 'demand', 'invite']);

/** A quantity noun ("500 million dollars", "tons"): it has a number, or is one. */
function isAmount(v: SyntaxView, k: number): boolean {
  return v.upos[k] === 'NUM' || v.childrenWith(k, ['nummod']).length > 0;
}

/** A verb introduced by infinitival "to" ("to attack"), not by a subordinator. */
export function isToInfinitive(v: SyntaxView, c: number): boolean {
  return v.upos[c] === 'VERB' && v.childrenWith(c, ['mark']).some((m) => v.lemma[m] === 'to' && m < c);
}

export function isQuestion(v: SyntaxView, from: number, to: number): boolean {
  for (let k = to - 1; k >= from; k--) {
    if (v.upos[k] !== 'PUNCT') return false;
    if (v.lower[k].includes('?')) return true;
  }
  return false;
}

/** Auxiliaries of a finite clause, which an infinitive's conjunct cannot have. */
const FINITE_AUX = new Set(['has', 'have', 'had', 'will', 'would', 'did', 'does', 'do', 'is', 'are', 'was', 'were', 'can', 'could', 'may', 'might', 'must', 'should', 'shall']);

/**
 * The verbs conjoined to `k` that share its subject and mood: "to strengthen her hand and
 * repudiate Trump". Not one with its own subject, nor a finite one the parser hung there ("wants to
 * establish a zone and has expressed support": "has expressed" is the main clause's).
 */
export function sharedConjuncts(v: SyntaxView, k: number): number[] {
  return v.childrenWith(k, ['conj']).filter((x) => v.upos[x] === 'VERB' && !v.childrenWith(x, ['nsubj', 'nsubj:pass']).length && !v.childrenWith(x, ['aux', 'aux:pass']).some((a) => FINITE_AUX.has(v.lower[a])));
}
