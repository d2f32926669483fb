/**
 * Non-state groups take part in events under their own name, not as the state they live in.
 *
 * The contract's event participant is a state (ISO3 in `country`) for a state and for the people
 * and bodies acting for it, and the organisation itself for an international organisation or a
 * non-state group. An armed group, an insurgency, a separatist movement, an opposition, a non-
 * governmental or human-rights organisation does not act for the state it fights or criticises:
 * the Rapid Support Forces are no act of Sudan, the PKK none of Turkey. Such an actor and every
 * event reference to it (and a quotation it speaks) carry `country: null` and keep where they are based in `basedIn`; the CAMEO
 * code keeps the country prefix (`SDNREB`), as CAMEO and the coders that follow it expect.
 *
 * Civilians, companies, citizens, the media and parties are left with their state: the press and
 * the corpus contract count "a US citizen" or "Chinese companies" with their country.
 *
 * The pipeline itself keeps the home country on the actor (its rules reason about domestic acts);
 * this is the last step, applied when the analysis document is written.
 */
import type { AnalysisActor, AnalysisEvent, AnalysisQuote, EventActorRef } from './contract.js';
import { NON_STATE_SECTORS } from '../kb/sector-classes.js';

/** Whether an actor of this type and sector is a non-state group (a person, state or IGO never is). */
export function actsForNoState(type: string | null | undefined, sector: string | null | undefined): boolean {
  return (type === 'org' || type === 'group') && !!sector && NON_STATE_SECTORS.has(sector);
}

/** The actor as the contract writes it: a non-state group's country moves to `basedIn`. */
export function contractActor(a: AnalysisActor): AnalysisActor {
  if (!a.country || !actsForNoState(a.type, a.sector)) return a;
  return { ...a, country: null, basedIn: a.country };
}

/** An event participant as the contract writes it, read against the article's actors (by id). */
export function contractParticipant(r: EventActorRef | null, actors: ReadonlyMap<string, AnalysisActor>): EventActorRef | null {
  if (!r || !r.country) return r;
  const a = r.id ? actors.get(r.id) : undefined;
  const nonState = a ? actsForNoState(a.type, a.sector) : actsForNoState(r.type, r.sector);
  return nonState ? { ...r, country: null, basedIn: r.country } : r;
}

/** A quotation whose speaker is a non-state group speaks for no state either (its speaker's country is null). */
export function contractQuote(q: AnalysisQuote, actors: ReadonlyMap<string, AnalysisActor>): AnalysisQuote {
  const a = q.speaker?.id ? actors.get(q.speaker.id) : undefined;
  if (!q.speaker?.country || !a || !actsForNoState(a.type, a.sector)) return q;
  return { ...q, speaker: { ...q.speaker, country: null } };
}

/** The actors, quotes and events of an analysis with non-state groups as participants by name. */
export function nonStateAsNamed(
  actors: readonly AnalysisActor[],
  events: readonly AnalysisEvent[],
  quotes: readonly AnalysisQuote[] = [],
): { actors: AnalysisActor[]; events: AnalysisEvent[]; quotes: AnalysisQuote[] } {
  const byId = new Map(actors.map((a) => [a.id, a] as const));
  return {
    actors: actors.map(contractActor),
    quotes: quotes.map((q) => contractQuote(q, byId)),
    events: events.map((e) => {
      const source = contractParticipant(e.source, byId);
      const target = contractParticipant(e.target, byId);
      return source === e.source && target === e.target ? e : { ...e, source, target };
    }),
  };
}
