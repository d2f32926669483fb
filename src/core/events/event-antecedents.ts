/**
 * Definite event nouns that point back at an event already told: after "Iran and Saudi Arabia
 * agreed to restore ties", "the talks were held over four days" and "China, which brokered the
 * deal" name nobody, yet the talks and the deal are those of Iran and Saudi Arabia. A draft of the
 * diplomatic family (intents, meetings, agreements, cooperation) whose trigger noun — or the
 * required object of its verb — is definite ("the", "this", "these") and that lacks participants
 * takes them from the latest such event of the same or the two preceding sentences.
 */
import type { Participant } from './actor-index.js';
import type { CoderContext } from './coder-context.js';
import { type Draft } from './drafts.js';
import { sameActor } from './participants.js';
import { actLemmas, ANAPHORA_REACH, isDefiniteOwnless, type Antecedent } from './event-anaphora.js';
import { answersAct } from './answered-acts.js';

export type { Antecedent } from './event-anaphora.js';

/** CAMEO roots of the diplomatic family: intents, meetings, agreements and endorsements, cooperation. */
const FAMILY = new Set(['03', '04', '05', '06']);

/** True when a finished draft may serve as an antecedent: asserted, with a known source. */
export function isAntecedent(d: Draft): boolean {
  return d.code !== null && !d.negated && !d.hypothetical && d.sources.length > 0;
}

/** The antecedent's record for later sentences. */
export function antecedentOf(ctx: CoderContext, d: Draft, sentence: number): Antecedent {
  // Joint: the parties of a diplomatic act done together ("signed a deal with Azerbaijan"), or
  // several doers with nobody else ("India and Pakistan agreed"); drills "around Taiwan" are not Taiwan's.
  const symmetric = ((d.symmetric || d.bothWays) && FAMILY.has((d.code ?? '').slice(0, 2))) || (d.sources.length >= 2 && !d.targets.length);
  return { sentence, code: d.code ?? '', sources: d.sources, targets: d.targets, lemmas: actLemmas(ctx.v, d.tokens), symmetric, token: d.match.head, answers: answersAct(ctx, d) };
}

/**
 * An antecedent of the diplomatic family with both sides — not an answer to an earlier act
 * ("Ethiopia welcomed the call" by the US for talks is no meeting of the two).
 */
function diplomatic(a: Antecedent): boolean {
  return !a.answers && FAMILY.has(a.code.slice(0, 2)) && (a.targets.length > 0 || a.sources.length >= 2);
}

/** The draft with the participants of the event its definite noun refers back to, when it lacks them. */
export function withAntecedent(ctx: CoderContext, d: Draft, earlier: readonly Antecedent[], sentence: number): Draft {
  // A mediation is always between parties: "Kazakh mediators said …" after "Azerbaijan and Armenia
  // held talks" mediates between those two, whatever its determiner.
  const mediation = (d.code ?? '').startsWith('045') && d.sources.length > 0;
  if (d.code === null || !FAMILY.has(d.code.slice(0, 2)) || !(mediation || definite(ctx, d))) return d;
  const twoSided = d.targets.length > 0 || (d.symmetric && d.sources.length >= 2);
  if (twoSided) return d;
  const ante = [...earlier].reverse().find((a) => diplomatic(a) && a.sentence <= sentence && a.sentence >= sentence - ANAPHORA_REACH);
  if (!ante) return d;
  const parties = unique([...ante.sources, ...ante.targets]);
  // A mediator is a third party: not one of the sides, nor of their country (a summit "hosted by
  // President Biden" after the US vice-president's trip mediates nothing).
  if (mediation && !definite(ctx, d) && (parties.length < 2 || parties.some((p) => d.sources.some((s) => sameActor(s, p) || (s.country !== null && s.country === p.country))))) return d;
  // A mediation's sides are its targets: "China brokered the deal … the talks were held" are theirs.
  if (!d.sources.length && ante.code.startsWith('045') && ante.targets.length >= 2) return { ...d, sources: [...ante.targets], targets: [], symmetric: true, explicitSource: false };
  // "the mediators would discuss …" with no mediator named: the sides are whom they mediate for,
  // never each other's mediators.
  if (!d.sources.length && (d.code ?? '').startsWith('045')) return { ...d, targets: parties, symmetric: false };
  if (!d.sources.length) return { ...d, sources: [...ante.sources], targets: [...ante.targets], symmetric: d.symmetric || !ante.targets.length, explicitSource: false };
  // "China, which brokered the deal": someone else acting on their event acts towards both sides;
  // one of them acting on it acts towards the other(s).
  const targets = parties.filter((p) => !d.sources.some((s) => sameActor(s, p)));
  return targets.length ? { ...d, targets } : d;
}

/** The trigger noun, or the required object of a verb trigger, has a definite determiner and no owner. */
function definite(ctx: CoderContext, d: Draft): boolean {
  const m = d.match;
  return isDefiniteOwnless(ctx.v, m.trigger.pos === 'noun' ? m.head : m.obj);
}

function unique(list: Participant[]): Participant[] {
  const out: Participant[] = [];
  for (const p of list) if (!out.some((q) => sameActor(q, p))) out.push(p);
  return out;
}
