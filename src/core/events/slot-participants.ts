/**
 * Reading an act's participants from the slots its lexicon entry names ("with", "obj", "poss"…):
 * the first slot that yields an actor wins, places may stand for their countries, and a
 * relationship named as the object gives its other party ("hailed the partnership with the Emirates").
 */
import type { Participant } from './actor-index.js';
import type { CoderContext } from './coder-context.js';
import { placeWithin } from './implicit-participants.js';
import { sameActor, uniqueParticipants } from './participants.js';
import type { Match } from './trigger-match.js';

/** Whether places stand for their countries in a slot: not at all, named outright, or also inside the phrase. */
export type PlaceReading = 'none' | 'direct' | 'within';

/**
 * Participants from the first slot of `slots` that yields any, leaving out `exclude` (the sources,
 * when targets are read); `places` says whether places stand for their countries there.
 */
export function collect(ctx: CoderContext, m: Match, slots: readonly string[], places: PlaceReading, exclude: readonly Participant[] = []): Participant[] {
  for (const slot of slots) {
    const toks = ctx.finder.slotTokens(m, slot);
    const found: Participant[] = [];
    for (const k of toks) {
      if (k === m.obj && m.trigger.objs && slot !== 'theme') continue;
      // A prepositional phrase that names only the source ("massed troops along its border with
      // China": "its") names nobody else: read it as if it named no actor.
      let raw = ctx.finder.group(k);
      // "the visit by the Indian prime minister to Egypt" read as one mention of the minister: the
      // state named inside it, when the longer mention is the source itself.
      const inner = raw.length && raw.every((p) => exclude.some((s) => sameActor(s, p))) ? ctx.actors.innerActorAt(k) : null;
      if (inner && !exclude.some((s) => sameActor(s, inner))) raw = [inner];
      const ps = slot === 'obj' || slot === 'theme' ? raw : raw.filter((p) => !exclude.some((s) => sameActor(s, p)));
      const other = ps.length || slot !== 'obj' ? [] : counterpart(ctx, k);
      if (ps.length) found.push(...ps);
      else if (other.length) found.push(...other);
      else if (places !== 'none') {
        for (const c of ctx.v.conjuncts(k)) {
          const p = ctx.finder.placeAsCountry(c) ?? (places === 'direct' || ctx.actors.placeAt(c) ? null : placeWithin(ctx, c));
          if (p) found.push(p);
        }
      }
    }
    // A slot that names only the source ("closed its borders with Iran": "its") yields nothing.
    const kept = found.filter((p) => !exclude.some((s) => sameActor(s, p)));
    if (kept.length) return uniqueParticipants(kept);
  }
  // "met with Ghana's President … on Monday" parsed as "with … Monday": the actor named right after
  // the preposition, when the preposition's phrase is a dependent of the trigger itself.
  const hosts = new Set([m.head, m.support, m.obj].filter((x) => x >= 0));
  for (const slot of slots) {
    for (const h of hosts) {
      for (const d of ctx.v.children(h)) {
        for (const k of ctx.v.children(d)) {
          if (ctx.v.rel[k] !== 'case' || ctx.v.lemma[k] !== slot || k + 1 >= ctx.v.n) continue;
          const next = ctx.actors.actorAt(k + 1);
          if (next && !exclude.some((s) => sameActor(s, next))) return [next];
        }
      }
    }
  }
  return [];
}

/**
 * The other party of an object that names a relationship rather than an actor: "hailed the
 * partnership with the Emirates", "closed its border crossing with Serbia", "praised the deal with Kyiv".
 */
function counterpart(ctx: CoderContext, k: number): Participant[] {
  return ctx.finder.prepDeps(k, 'with').flatMap((c) => ctx.finder.group(c));
}
