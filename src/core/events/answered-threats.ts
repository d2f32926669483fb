/**
 * Whom a threat of response answers when it names nobody: "Poland expelled three Russian
 * diplomats. Moscow promised a tough and proportionate response" — the response is to Poland, the
 * side whose act against the threatener is being answered. A threat (CAMEO 13) made in a word of
 * answering (grammar.json's `responseWords`: "response", "retaliation", "countermeasures",
 * "retaliate") with a source and no target takes for target the doers of the latest hostile act
 * (roots 11–20) done to the threatener's side in the same or the {@link ANAPHORA_REACH} preceding
 * sentences. The "after/when" clause of its own sentence is read first (posture-targets.ts); this
 * is for a threat that answers an act told before it.
 */
import type { Participant } from './actor-index.js';
import type { CoderContext } from './coder-context.js';
import type { Draft } from './drafts.js';
import { sameActor } from './participants.js';
import { ANAPHORA_REACH, type Antecedent } from './event-anaphora.js';

/** True when CAMEO `code` is of a hostile act, one a threat of response may answer (11–20). */
function hostile(code: string): boolean {
  const root = Number(code.slice(0, 2));
  return root >= 11 && root <= 20;
}

/** True when draft `d` is a threat made in a word of answering ("vowed retaliation", "threatened a response"). */
export function isThreatOfResponse(ctx: CoderContext, d: Draft): boolean {
  const words = ctx.lexicon.grammar.responseWords;
  return (d.code ?? '').startsWith('13') && d.tokens.some((k) => words.has(ctx.v.lemma[k]) || words.has(ctx.v.lower[k]));
}

/**
 * The doers of the act a targetless threat of response answers: those of the latest hostile act
 * told in `earlier` against the threatener's side, in the same or the preceding sentences; else none.
 */
export function answeredThreatTargets(ctx: CoderContext, d: Draft, earlier: readonly Antecedent[], sentence: number): Participant[] {
  if (d.targets.length || !d.sources.length || !isThreatOfResponse(ctx, d)) return [];
  const own = (p: Participant): boolean => d.sources.some((s) => sameActor(s, p) || (s.country !== null && s.country === p.country));
  for (let i = earlier.length - 1; i >= 0; i--) {
    const a = earlier[i];
    if (a.sentence > sentence || a.sentence < sentence - ANAPHORA_REACH || !hostile(a.code)) continue;
    // the act was done to the threatener's side by another side
    if (!a.targets.some(own)) continue;
    const doers = a.sources.filter((p) => !own(p));
    if (doers.length) return doers.map((p) => ({ ...p, recalled: true }));
  }
  return [];
}

/** Draft `d` addressed to whose act it answers, when it is a threat of response naming nobody ({@link answeredThreatTargets}). */
export function withAnsweredThreat(ctx: CoderContext, d: Draft, earlier: readonly Antecedent[], sentence: number): Draft {
  const targets = answeredThreatTargets(ctx, d, earlier, sentence);
  return targets.length ? { ...d, targets } : d;
}
