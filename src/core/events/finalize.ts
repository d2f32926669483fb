/**
 * The last conversions on acts no frame took (or only a cessation: "said it would cut ties" is a
 * threat, "would lift the sanctions" an intent), and on assassinations only tried (185): a reported
 * obligation is the speaker's demand ("the minister said Libya must hand over the suspects"), a
 * future cooperative act is an intent (03x), a future conflict act on a condition an ultimatum
 * (13x: "will withdraw unless …"), a future material conflict act its own doers announce a threat
 * of it (13x: "said they would blockade Paris"; foretold by someone else it stays the act, flagged
 * future), a conflict act its doers say they could take on a condition a threat too ("said it could
 * impose sanctions if …"), and a negated future cooperative act a refusal (12x) — "said it would not
 * accept the ambassador".
 */
import type { CoderContext } from './coder-context.js';
import { type Draft } from './drafts.js';
import { sameActor } from './participants.js';
import type { Participant } from './actor-index.js';
import { isCooperative } from './taxonomy.js';
import { reportingVerb } from './modality.js';
import { attemptedAct } from './attempted-acts.js';

/** Conversions that apply to an act no frame took: future → intent/threat, refused future → reject. */
export function finalize(ctx: CoderContext, draft: Draft): Draft | null {
  // "tried to assassinate": the attempt is the event (185).
  const d = attemptedAct(ctx, draft);
  if (d.code === null) return null;
  // "The minister said Libya must hand over the suspects": a demand by the speaker to whoever must act.
  const addressees = d.sources.filter((p) => !d.demandedBy.some((s) => sameActor(s, p)));
  if (d.demandedBy.length && addressees.length && !['demand', 'appeal'].includes(d.match.trigger.frame ?? '')) {
    const asked = d.negated && !isCooperative(d.code) ? (ctx.frames.framed('cease', d.code) ?? d.code) : d.code;
    return {
      ...d,
      code: ctx.frames.framed('demand', asked) ?? ctx.frames.fallback('demand'),
      framed: true,
      sources: d.demandedBy,
      targets: addressees,
      hypothetical: false,
      negated: false,
      future: false,
    };
  }
  // A cessation ("cut ties", "lift the sanctions") is the act it names: what is said of its time
  // applies to it as to any act ("said it would cut ties" is a threat, "would lift" an intent).
  const ceased = d.framed && d.match.trigger.frame === 'cease';
  const coop = isCooperative(d.code);
  // "Brussels could suspend visa-free travel if the law is enforced", said by the EU: a conflict act
  // its own doers hold out on a condition is a threat made now (13x), whatever the modal.
  if (d.hypothetical && !d.framed && !d.negated && d.act !== null && MATERIAL_CONFLICT.test(d.code) && onCondition(ctx, d.match.head) && announcedByDoer(ctx, d)) {
    const code = ctx.frames.framed('threaten', d.code);
    if (code) return { ...d, code, framed: true, hypothetical: false, future: false };
  }
  if ((d.framed && !ceased) || d.hypothetical || d.act === null) return d;
  if (d.future && d.negated && coop && !d.code.startsWith('01') && d.sources.length > 0) {
    // The refusal is made now; what is refused would have come later.
    return { ...d, code: ctx.frames.framed('reject', d.code) ?? ctx.frames.fallback('reject'), negated: false, future: false, framed: true };
  }
  // A conflict act announced for later on a condition is an ultimatum, a threat (CAMEO 13: "will
  // withdraw its force unless the president holds elections", "will boycott the vote if …").
  if (d.future && !d.negated && !coop && onCondition(ctx, d.match.head)) {
    const code = ctx.frames.framed('threaten', d.code) ?? ctx.frames.fallback('threaten');
    if (code) return { ...d, code, framed: true, future: false };
  }
  // "said they will attack Iraq", "announced it would blockade the port": a material conflict act
  // (CAMEO 14-20) its own doers announce for later is a threat of it (13x) — the act has not
  // happened. (Words are not threatened: a future criticism stays what it is.)
  // "said its army would remain on high alert": a posture kept is already held, so it is shown now.
  if (d.future && !d.negated && d.code.startsWith('15') && keptPosture(ctx, d)) return { ...d, future: false };
  if (d.future && !d.negated && MATERIAL_CONFLICT.test(d.code) && announcedByDoer(ctx, d)) {
    const code = ctx.frames.framed('threaten', d.code);
    if (code) return { ...d, code, framed: true, future: false };
  }
  // A cooperative act still to come is an intent.
  if (d.future && !d.negated && coop) {
    const code = ctx.frames.framed('intent', d.code);
    if (code) return { ...d, code, framed: true };
  }
  return d;
}

/**
 * Whether trigger `h` — or, for a noun act, the light verb it is the object of ("impose sanctions") —
 * governs an "unless"/"if" clause of its own (the condition of an ultimatum).
 */
export function onCondition(ctx: CoderContext, h: number): boolean {
  const { v } = ctx;
  const verb = v.upos[h] === 'VERB' ? h : v.relIs(h, ['obj']) && v.head[h] >= 0 && v.upos[v.head[h]] === 'VERB' ? v.head[h] : -1;
  if (verb < 0) return false;
  return v.childrenWith(verb, ['advcl']).some((c) => v.childrenWith(c, ['mark']).some((m) => v.lemma[m] === 'unless' || v.lemma[m] === 'if'));
}

/** CAMEO roots of material conflict: protest, force posture, reduced relations, coercion, assault, fight, mass violence. */
const MATERIAL_CONFLICT = /^(1[4-9]|20)/;

/** Whether the doers of draft `d` are who report it ("Russia said it will …"). */
function announcedByDoer(ctx: CoderContext, d: Draft): boolean {
  if (!d.sources.length) return false;
  const r = reportingVerb(ctx.v, ctx.lexicon.grammar, d.match.support >= 0 ? d.match.support : d.match.head);
  if (r < 0) return false;
  const speakers = ctx.finder.subjectGroups(r);
  // "EU spokesman Hans Berg said Brussels could …": a speaker whose title names the doer speaks for it.
  const titled = ctx.finder.subjects(r).flatMap((k) => titleActors(ctx, k));
  // "French Foreign Minister Paul Roux said Paris could …": a state's official speaks for the state.
  const official = (p: Participant): boolean => p.actor?.type === 'state' && speakers.some((s) => s.actor?.type === 'person' && s.actor.sector === 'GOV' && s.country === p.country);
  return d.sources.every((p) => speakers.some((s) => sameActor(s, p)) || titled.some((s) => sameActor(s, p)) || official(p));
}

/** Actors named in the words before speaker `k` that hang on it ("EU foreign affairs spokesman Hans Berg"). */
function titleActors(ctx: CoderContext, k: number): Participant[] {
  const { v } = ctx;
  const out: Participant[] = [];
  const walk = (t: number, depth: number): void => {
    if (depth > 3) return;
    for (const c of v.childrenWith(t, ['compound', 'nmod:desc', 'amod', 'nmod:poss', 'flat'])) {
      if (c > k) continue;
      const a = ctx.actors.actorAt(c);
      if (a) out.push(a);
      walk(c, depth + 1);
    }
  };
  walk(k, 0);
  return out;
}

/** Verbs of keeping a state one is already in ("remain on alert", "stay on a war footing"). */
const KEEPING = new Set(['remain', 'stay', 'maintain', 'keep']);

/** Whether the noun act of draft `d` is a state its verb keeps ("would remain on high alert"). */
function keptPosture(ctx: CoderContext, d: Draft): boolean {
  const { v } = ctx;
  const h = d.match.head;
  if (d.match.trigger.pos !== 'noun') return false;
  const verb = d.match.support >= 0 ? d.match.support : v.head[h];
  return verb >= 0 && KEEPING.has(v.lemma[verb]);
}
