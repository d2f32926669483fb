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
import { sameActor, type Draft } from './drafts.js';

/** An event coded earlier in the document that a definite noun may refer back to. */
export interface Antecedent {
  readonly sentence: number;
  readonly code: string;
  readonly sources: readonly Participant[];
  readonly targets: readonly Participant[];
}

/** CAMEO roots of the diplomatic family: intents, meetings, agreements and endorsements, cooperation. */
const FAMILY = new Set(['03', '04', '05', '06']);
const DEFINITE = new Set(['the', 'this', 'these', 'that', 'those']);
/** How many sentences back a definite noun may point. */
const REACH = 2;

/** True when a finished draft may serve as an antecedent: asserted, with a known source. */
export function isAntecedent(d: Draft): boolean {
  return d.code !== null && !d.negated && !d.hypothetical && d.sources.length > 0;
}

/** The antecedent's record for later sentences. */
export function antecedentOf(d: Draft, sentence: number): Antecedent {
  return { sentence, code: d.code ?? '', sources: d.sources, targets: d.targets };
}

/** An antecedent of the diplomatic family with both sides. */
function diplomatic(a: Antecedent): boolean {
  return FAMILY.has(a.code.slice(0, 2)) && (a.targets.length > 0 || a.sources.length >= 2);
}

/**
 * Who did the act a definite event noun at `tok` refers back to ("Russia shelled Kharkiv. Ukraine
 * condemned the attack" → Russia): the sources of the latest asserted event of the same CAMEO root
 * in the same or the two preceding sentences, when the noun has no owner of its own.
 */
export function earlierActors(ctx: CoderContext, tok: number, code: string, earlier: readonly Antecedent[], sentence: number): Participant[] {
  if (!definiteNoun(ctx, tok)) return [];
  const root = code.slice(0, 2);
  const ante = [...earlier].reverse().find((a) => a.code.slice(0, 2) === root && a.sentence <= sentence && a.sentence >= sentence - REACH);
  return ante ? [...ante.sources] : [];
}

/** The draft with the participants of the event its definite noun refers back to, when it lacks them. */
export function withAntecedent(ctx: CoderContext, d: Draft, earlier: readonly Antecedent[], sentence: number): Draft {
  if (d.code === null || !FAMILY.has(d.code.slice(0, 2)) || !definite(ctx, d)) return d;
  const twoSided = d.targets.length > 0 || (d.symmetric && d.sources.length >= 2);
  if (twoSided) return d;
  const ante = [...earlier].reverse().find((a) => diplomatic(a) && a.sentence <= sentence && a.sentence >= sentence - REACH);
  if (!ante) return d;
  const parties = unique([...ante.sources, ...ante.targets]);
  // A mediation's sides are its targets: "China brokered the deal … the talks were held" are theirs.
  if (!d.sources.length && ante.code.startsWith('045') && ante.targets.length >= 2) return { ...d, sources: [...ante.targets], targets: [], symmetric: true, explicitSource: false };
  if (!d.sources.length) return { ...d, sources: [...ante.sources], targets: [...ante.targets], symmetric: d.symmetric || !ante.targets.length, explicitSource: false };
  // "China, which brokered the deal": someone else acting on their event acts towards both sides;
  // one of them acting on it acts towards the other(s).
  const targets = parties.filter((p) => !d.sources.some((s) => sameActor(s, p)));
  return targets.length ? { ...d, targets } : d;
}

/** The trigger noun, or the required object of a verb trigger, has a definite determiner and no owner. */
function definite(ctx: CoderContext, d: Draft): boolean {
  const m = d.match;
  return definiteNoun(ctx, m.trigger.pos === 'noun' ? m.head : m.obj);
}

/** Noun `noun` has a definite determiner and no possessor ("the talks", not "Iran's talks"). */
function definiteNoun(ctx: CoderContext, noun: number): boolean {
  const { v } = ctx;
  if (noun < 0) return false;
  if (v.childrenWith(noun, ['nmod:poss', 'det:poss']).length) return false;
  return v.childrenWith(noun, ['det']).some((k) => DEFINITE.has(v.lemma[k]));
}

function unique(list: Participant[]): Participant[] {
  const out: Participant[] = [];
  for (const p of list) if (!out.some((q) => sameActor(q, p))) out.push(p);
  return out;
}
