/**
 * Answers to earlier acts. News answers an act with a definite noun that points back at it: "Iraq
 * called on Turkey to halt its strikes. Ankara rejected the appeal", "… lodged a protest with
 * Turkey. Ankara dismissed the protest", "accepted the offer", "ignored the ultimatum". The noun
 * names nobody, yet whoever made the appeal is whom the rejection is against.
 *
 * grammar.json's `answeredActs` says which nouns name an answered act and the CAMEO codes of the
 * acts each can name ("appeal" → appeals and demands, 02 and 10; "offer" → offers, 031–039). A draft
 * with a source and no target, whose object (or another target slot) is such a noun, definite and
 * naming no party of its own ("the appeal", "this demand"; not "Iran's offer" nor "the appeal by
 * Kyiv", whose slots already name the party), takes for target the doers of the act the noun names:
 * the latest act of a compatible code told before it that was addressed to the answering side
 * within {@link ANSWER_REACH} sentences, or else the latest one by another side in the same or the
 * {@link ANAPHORA_REACH} preceding sentences. An act of the answering side itself is never its
 * target; nor is an earlier answer ("Lithuania accepted the Polish offer" is no offer).
 */
import type { Participant } from './actor-index.js';
import type { CoderContext } from './coder-context.js';
import type { AnsweredAct } from './lexicon-types.js';
import { type Draft } from './drafts.js';
import { sameActor } from './participants.js';
import { ANAPHORA_REACH, isDefiniteActNoun, type Antecedent } from './event-anaphora.js';
import { judgedObject } from './reported-sources.js';

/**
 * How many sentences back an answered act addressed to the answering side may lie: a wire story
 * tells the answer after a few lines of detail ("… called on Ankara to halt its strikes. (two
 * sentences on the strikes) Ankara rejected the appeal").
 */
export const ANSWER_REACH = 4;

/** Determiners of a noun introduced as new ("lodged a protest"), which names the act rather than answers it. */
const INDEFINITE = new Set(['a', 'an', 'another']);
/** Complement slots that hold a clause, not a noun. */
const CLAUSES = new Set(['xcomp', 'ccomp', 'acl', 'advcl', 'subj', 'obj']);
/** Slots of the noun itself (its owner or modifier), which name the answered act's maker, not the answer's target. */
const OWN_SLOTS = new Set(['poss', 'mod', 'by', 'subj']);

/** The kind of act noun `k` can name back, or null when it names none. */
function answeredKind(ctx: CoderContext, k: number): AnsweredAct | null {
  const { v } = ctx;
  if (v.upos[k] !== 'NOUN') return null;
  const acts = ctx.lexicon.grammar.answeredActs;
  return acts.get(v.lemma[k]) ?? acts.get(v.lower[k]) ?? null;
}

/**
 * The tokens where draft `d` names what it answers: its required object ("dismissed the protest"),
 * its object ("rejected the appeal"), its target phrases ("objected to the proposal") and, for an
 * adjective, what it judges ("called the demand unacceptable").
 */
function answerSlots(ctx: CoderContext, d: Draft): number[] {
  const m = d.match;
  // (A frame's prepositional complement too: "agreed to the proposal".)
  const complements = m.trigger.frame ? m.trigger.complement.filter((s) => !CLAUSES.has(s)) : [];
  const slots = [...m.trigger.target.filter((s) => !OWN_SLOTS.has(s)), 'obj', ...complements, ...(m.trigger.pos === 'adj' ? ['subj'] : [])];
  const out = m.obj >= 0 ? [m.obj] : [];
  // "dismissed the claims as propaganda": a judgement's noun judges the verb's object.
  for (const k of judgedObject(ctx, m)) if (!out.includes(k)) out.push(k);
  for (const slot of slots) for (const k of ctx.finder.slotTokens(m, slot)) if (!out.includes(k)) out.push(k);
  return out;
}

/**
 * The noun of an earlier act that draft `d` answers, definite and naming no party ("rejected the
 * appeal"), or -1.
 */
export function answeredNoun(ctx: CoderContext, d: Draft): number {
  return answerSlots(ctx, d).find((k) => isAnsweredActNoun(ctx, k)) ?? -1;
}

/** Noun `k` names an answered act and points back at it: definite, naming no party of its own ("the appeal"). */
export function isAnsweredActNoun(ctx: CoderContext, k: number): boolean {
  return answeredKind(ctx, k) !== null && isDefiniteActNoun(ctx.v, k) && !ctx.actors.actorAt(k);
}

/**
 * Whether draft `d` answers an act rather than makes one: its object is a noun of an answered act
 * that is not introduced as new ("accepted the offer", "rejected Iran's demand"; not "lodged a
 * protest", "made an offer", nor "renewed its appeal", the doer's own).
 */
export function answersAct(ctx: CoderContext, d: Draft): boolean {
  const { v } = ctx;
  return answerSlots(ctx, d).some((k) => {
    if (answeredKind(ctx, k) === null) return false;
    const dets = v.childrenWith(k, ['det']).map((x) => v.lemma[x]);
    if (dets.some((w) => INDEFINITE.has(w))) return false;
    const owners = v.childrenWith(k, ['nmod:poss', 'det:poss']);
    return isDefiniteActNoun(v, k) || owners.some((o) => !ctx.lexicon.grammar.personalPronouns.has(v.lower[o]));
  });
}

/**
 * The draft with, for target, the doers of the earlier act its definite noun answers (see the module
 * comment); the draft itself when it has a target, no source, or no such noun or act.
 */
export function withAnsweredAct(ctx: CoderContext, d: Draft, earlier: readonly Antecedent[], sentence: number): Draft {
  if (d.code === null || d.targets.length || !d.sources.length) return d;
  const noun = answeredNoun(ctx, d);
  if (noun < 0) return d;
  const kind = answeredKind(ctx, noun);
  if (!kind) return d;
  // "A Moscow court rejected the appeal": a court rules on a legal appeal, not on a state's call.
  if (ctx.finder.subjects(d.match.head).some((k) => kind.notBy.has(ctx.v.lemma[k]))) return d;
  const codes = kind.codes;
  // An act of the noun's own kind coded from the noun itself is no answer to it but the act
  // misread ("agreed to the call" read as a call of its own) — save an intent (03), the code CAMEO
  // gives accepting an offer. (A judgement beside it is an answer: "dismissed the claims as lies".)
  if (d.tokens.includes(noun) && !d.code.startsWith('03') && codes.some((c) => (d.code ?? '').startsWith(c))) return d;
  const own = (p: Participant): boolean => d.sources.some((s) => sameActor(s, p) || (s.country !== null && s.country === p.country));
  const before = [...earlier].reverse().filter((a) =>
    !a.answers && codes.some((c) => a.code.startsWith(c)) && a.sentence <= sentence && (a.sentence < sentence || a.token < noun) && !a.sources.every(own));
  // An appeal or an offer made to the answering side is what it answers, even a few sentences back;
  // another side's act is what it answers only if told just before.
  const addressed = before.find((a) => a.sentence >= sentence - ANSWER_REACH && a.targets.some(own));
  const ante = addressed ?? before.find((a) => a.sentence >= sentence - ANAPHORA_REACH);
  if (!ante) return d;
  const targets = ante.sources.filter((p) => !own(p)).map((p) => ({ ...p, recalled: true }));
  return targets.length ? { ...d, targets } : d;
}
