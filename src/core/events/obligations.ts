/**
 * Reported obligations: "the minister said Libya must hand over the suspects", "the Red Cross said
 * US forces must ensure security". A clause with "must", "should", "has to" under a reporting verb
 * is a demand by the speaker on the clause's subject, whatever its verb; when the verb is itself a
 * trigger the coder already codes the demand from it (see `finalize`), so only clauses without one
 * get this synthetic trigger.
 */
import type { EventTrigger } from './lexicon-types.js';
import { modalityOf } from './modality.js';
import type { SyntaxView } from './syntax-view.js';
import type { CoderContext } from './coder-context.js';
import type { Match } from './trigger-match.js';

/** The trigger of an obligation clause: a demand (100) whose source is the clause's subject until the speaker takes over. */
export const OBLIGATION_TRIGGER: EventTrigger = {
  id: 'grammar#obligation',
  pos: 'verb',
  lemma: '',
  words: [],
  objs: null,
  notObjs: null,
  prep: null,
  code: '100',
  frame: null,
  source: ['subj'],
  target: [],
  complement: [],
  symmetric: false,
  mutual: false,
  meeting: false,
  performative: false,
  refine: [],
  subjectRefine: [],
  needs: null,
  standalone: true,
  hostileOnly: false,
  official: null,
  personTarget: null,
  targetSectors: null,
  placeIsSource: false,
  placeIsTarget: false,
  unnamedPeople: false,
  evaluative: false,
  confidence: 0.6,
  specificity: 0,
};

/** Obligation clauses of `[from, to)` whose verb is not already a trigger, as matches of {@link OBLIGATION_TRIGGER}. */
export function obligationMatches(ctx: CoderContext, from: number, to: number): Match[] {
  const v: SyntaxView = ctx.v;
  const out: Match[] = [];
  for (let i = from; i < to; i++) {
    if (v.upos[i] !== 'VERB' || ctx.byHead.has(i)) continue;
    if (!v.childrenWith(i, ['aux']).some((a) => ctx.lexicon.grammar.obligationAux.has(v.lemma[a]))) continue;
    if (heldByNoun(v, i)) continue;
    const m: Match = { trigger: OBLIGATION_TRIGGER, head: i, obj: -1, prep: -1, support: -1, tokens: [i], passive: v.isPassive(i) };
    const mod = modalityOf(v, ctx.lexicon.grammar, m, ctx.question);
    if (mod.reportedBy >= 0 && !mod.negated) out.push(m);
  }
  return out;
}

/**
 * True when verb `i` heads a clause a noun holds ("those arguing that the director should have
 * resigned", "rejected calls that Iran must pay"): an obligation there is the view of whomever the
 * noun names, not the reporter's demand.
 */
export function heldByNoun(v: SyntaxView, i: number): boolean {
  return v.rel[i] === 'acl' && v.head[i] >= 0 && v.isNominalLike(v.head[i]);
}
