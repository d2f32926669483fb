/**
 * Whom a refusal defies: "declined to resign despite pressure by the anti-corruption commission",
 * "refused to step down in spite of calls from the opposition". A refusal made despite someone's
 * pressing or asking rejects that someone's demand, so it is addressed to them — the refusal of an
 * act done to nobody ("resign") otherwise has no target at all.
 */
import type { Participant } from './actor-index.js';
import type { CoderContext } from './coder-context.js';
import { sameActor } from './participants.js';
import type { Match } from './trigger-match.js';

/** Frames of a noun that presses or asks ("pressure", "demands", "calls", "appeals"). */
const PRESSING = new Set(['demand', 'appeal']);

/**
 * The actors pressing for what frame `f` (a refusal) around act `inner` refuses: those named by the
 * possessor, "by" or "from" phrase of a pressing noun in a "despite" / "in spite of" phrase on the
 * frame's word or on the refused act's; none of the refusers `sources`, nor a refuser's own state
 * (which a body's name may carry: "the Kenya Anti-Corruption Commission").
 */
export function defiedPressers(ctx: CoderContext, f: Match, inner: Match, sources: readonly Participant[]): Participant[] {
  const { v, finder, byHead } = ctx;
  const out: Participant[] = [];
  for (const h of [f.head, inner.head]) {
    for (const phrase of v.childrenWith(h, ['obl', 'advcl', 'nmod'])) {
      const k = pressingNoun(ctx, phrase);
      if (k < 0) continue;
      const m = byHead.get(k);
      if (!m || m.trigger.pos !== 'noun' || !PRESSING.has(m.trigger.frame ?? '')) continue;
      const owners = [...v.childrenWith(k, ['nmod:poss']), ...finder.prepDeps(k, 'by'), ...finder.prepDeps(k, 'from')];
      out.push(...owners.flatMap((o) => finder.group(o)));
    }
  }
  return out.filter((p) => !sources.some((s) => sameActor(s, p) || (p.actor?.type === 'state' && p.country === s.country)));
}

/** The noun of phrase `k` when it is introduced by "despite" or "in spite of" (-1 otherwise). */
function pressingNoun(ctx: CoderContext, k: number): number {
  const v = ctx.v;
  const marks = v.childrenWith(k, ['case', 'mark']);
  if (marks.some((c) => v.lemma[c] === 'despite')) return k;
  // "in spite of demands by Britain", read as the noun "spite" with its "of" phrase
  if (v.lemma[k] === 'spite' && marks.some((c) => v.lemma[c] === 'in')) return v.childrenWith(k, ['nmod']).find((c) => v.caseOf(c) === 'of') ?? -1;
  return -1;
}
