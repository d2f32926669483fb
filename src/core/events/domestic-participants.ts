/**
 * The country of a non-state group the text does not place ("rebels", "demonstrators", "the
 * opposition newspaper"): news names such a group's country only when it differs from the
 * story's. Read from the country where the act takes place ("disperse demonstrators in Cairo"),
 * else from the one country the sentence names when the other side is a civil authority of it
 * ("Egyptian police dispersed demonstrators", "the Mozambique government accepted demands from
 * rebels"). Armed forces often act abroad, so a military counterpart gives no country.
 */
import type { Participant } from './actor-index.js';
import type { CoderContext } from './coder-context.js';
import type { Draft } from './drafts.js';


/** A participant whose country was read from the context rather than named. */
export interface PlacedParticipant extends Participant {
  readonly placedBy: 'place' | 'counterpart';
}

/** True for a participant given its country by {@link placeGroups}. */
export function isContextPlaced(p: Participant): boolean {
  return (p as Partial<PlacedParticipant>).placedBy !== undefined;
}

/** The draft with its unplaced groups given a country from the context, when one is clear. */
export function placeGroups(ctx: CoderContext, d: Draft, sentence: number): Draft {
  const states = ctx.lexicon.grammar.stateDescriptions;
  // "Gulf states", "Western nations": a group of states is nobody's domestic group.
  const ofStates = (p: Participant): boolean => {
    const last = (p.actor?.name ?? p.name).toLowerCase().split(/\s+/).pop() ?? '';
    return states.has(last) || (last.endsWith('s') && states.has(last.slice(0, -1)));
  };
  const unplaced = (p: Participant): boolean => !p.country && (p.actor?.type === 'group' || p.actor?.type === 'org') && !ofStates(p);
  if (!d.sources.some(unplaced) && !d.targets.some(unplaced)) return d;
  const where = countryInside(ctx, d);
  const named = where ? [] : countriesNamed(ctx, d, sentence);
  const fill = (side: Participant[], other: Participant[]): Participant[] =>
    side.map((p): Participant => {
      if (!unplaced(p)) return p;
      if (where) return { ...p, country: where, placedBy: 'place' } as PlacedParticipant;
      const country = counterpartCountry(other);
      if (country && named.length === 1 && named[0] === country) return { ...p, country, placedBy: 'counterpart' } as PlacedParticipant;
      return p;
    });
  return { ...d, sources: fill(d.sources, d.targets), targets: fill(d.targets, d.sources) };
}

/** Prepositions of where the act happens, and those of a place inside that phrase ("a base in Mali", "the city of Donetsk"). */
const WHERE = ['in', 'at', 'near', 'outside', 'inside'];
const WITHIN = ['in', 'of'];

/**
 * The country inside which the act happens: a state or place in its "in/at/near…" phrases, or one
 * level down ("at a base in Mali"); not "near the border with India", which names a neighbour.
 */
function countryInside(ctx: CoderContext, d: Draft): string | null {
  const { actors, finder } = ctx;
  const heads = d.match.support >= 0 ? [d.match.head, d.match.support] : [d.match.head];
  const at = (k: number): string | null => {
    const a = actors.actorAt(k);
    if (a) return a.actor?.type === 'state' ? a.country : null;
    return finder.placeAsCountry(k)?.country ?? null;
  };
  for (const h of heads) {
    for (const prep of WHERE) {
      for (const k of finder.prepDeps(h, prep)) {
        const own = at(k);
        if (own) return own;
        for (const w of WITHIN) for (const c of finder.prepDeps(k, w)) if (at(c)) return at(c);
      }
    }
  }
  return null;
}

/** The one country of the other side, when all of it is a civil authority of that country. */
function counterpartCountry(other: Participant[]): string | null {
  if (!other.length) return null;
  const countries = new Set(other.map((p) => p.country));
  if (countries.size !== 1) return null;
  const [country] = countries;
  if (!country) return null;
  // Its government, police, courts or leaders; not its armed forces, nor its people, nor the state
  // named as such ("rebels threatened Russia" may come from anywhere).
  const civil = other.every((p) => p.actor !== null && p.via !== 'demonym' && p.actor.sector !== 'MIL' && (p.actor.type === 'person' || p.actor.type === 'org'));
  return civil ? country : null;
}

/**
 * The countries that the actors and places of the act's clause belong to (not those of a reporting
 * clause around it: "…, a member of the Chadian team said").
 */
function countriesNamed(ctx: CoderContext, d: Draft, sentence: number): string[] {
  const v = ctx.v;
  let clause = d.match.support >= 0 ? d.match.support : d.match.head;
  // Up to the clause the act belongs to ("opened fire to disperse demonstrators", "the arrest of
  // activists by Turkish police"), stopping at a reported clause.
  for (let guard = 0; v.head[clause] >= 0 && !v.relIs(clause, ['ccomp', 'parataxis']) && guard < 6; guard++) clause = v.head[clause];
  const [lo, hi] = v.subtreeRange(clause);
  const { tokStart, tokEnd } = v.doc.sentences;
  const out = new Set<string>();
  for (let k = Math.max(lo, tokStart[sentence]); k <= hi && k < tokEnd[sentence]; k++) {
    for (const a of ctx.actors.actorsAt(k)) if (a.country) out.add(a.country);
    const pl = ctx.actors.placeAt(k);
    if (pl?.place.country) out.add(pl.place.country);
  }
  return [...out];
}
