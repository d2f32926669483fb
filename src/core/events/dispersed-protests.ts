/**
 * A protest broken up: "riot police used water cannon to break up a protest by opposition
 * supporters", "police dispersed a rally organised by the opposition". Two acts are told: the
 * dispersal (CAMEO 175) is the force's, done to the protesters, and the protest (14) is the
 * protesters', made against the authorities whose force broke it up. Each names the other's
 * participants: the dispersal with no target of its own is done to whoever made the protest (its
 * organiser, "a rally organised by …"), and the protest with nobody it is against is against the
 * state of the force that dispersed it.
 */
import type { Participant } from './actor-index.js';
import type { CoderContext } from './coder-context.js';
import type { Draft } from './drafts.js';
import type { Match } from './trigger-match.js';

/** True for a dispersal's match: a verb entry of CAMEO 175 with a required object ("broke up a protest"). */
function isDispersal(m: Match): boolean {
  return m.trigger.pos === 'verb' && m.obj >= 0 && (m.trigger.code ?? '').startsWith('175');
}

/**
 * Draft `d` with the participants the dispersal or the protest it is paired with gives it, when it
 * names none: a dispersal's target from the protest's doers, a protest's target from the state of
 * the force that dispersed it. `draftAt` gives the draft of the act at a token.
 */
export function withDispersalParties(ctx: CoderContext, d: Draft, draftAt: (tok: number) => Draft | null): Draft {
  if (d.targets.length || !d.sources.length) return d;
  const code = d.code ?? '';
  const m = d.match;
  if (code.startsWith('175') && isDispersal(m)) {
    // the protest noun's own act, or the participle's that keeps it ("a rally organised by …")
    const protesting = (x: Match | undefined): x is Match => x !== undefined && x !== m && (x.trigger.code ?? '').startsWith('14');
    const own = ctx.byHead.get(m.obj);
    const protest = protesting(own) ? own : [...ctx.byHead.values()].find((x) => protesting(x) && x.obj === m.obj);
    if (!protest) return d;
    const doers = draftAt(protest.head)?.sources.filter((p) => !d.sources.some((s) => s.actor?.id === p.actor?.id && s.name === p.name)) ?? [];
    return doers.length ? { ...d, targets: doers } : d;
  }
  if (code.startsWith('14')) {
    const noun = m.trigger.pos === 'noun' ? m.head : m.obj;
    const dispersal = noun < 0 ? undefined : [...ctx.byHead.values()].find((x) => isDispersal(x) && x.obj === noun);
    if (!dispersal) return d;
    const states = stateSides(ctx, draftAt(dispersal.head)?.sources ?? []).filter((p) => !d.sources.some((s) => s.actor?.type === 'state' && s.country === p.country));
    return states.length ? { ...d, targets: states } : d;
  }
  return d;
}

/** The states the participants act for, once each ("riot police" of Georgia → Georgia). */
function stateSides(ctx: CoderContext, ps: readonly Participant[]): Participant[] {
  const out: Participant[] = [];
  for (const p of ps) {
    const c = p.country;
    if (!c || out.some((q) => q.country === c)) continue;
    const state = ctx.actors.actor(`state:${c}`);
    out.push(state ? { actor: state, country: c, name: state.name, mention: null } : { actor: null, country: c, name: c, mention: null });
  }
  return out;
}
