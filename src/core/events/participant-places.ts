/**
 * Where a participant of no known country is from, read off its own phrase: a modifier naming an
 * organisation or a placed group ("Hamas militants", "Sudanese paramilitary fighters", "Baghdad
 * University Medical School"), an "in"/"from" phrase ("rebels in the Ivory Coast", "activists from
 * the Fatah party"), a place compound ("Darfur rebels"), or "based in" ("militants based in Pakistan").
 */
import type { ActorIndex, Participant } from './actor-index.js';
import type { SyntaxView } from './syntax-view.js';

/** Participles placing a body ("a newspaper based in Beirut", "a group headquartered in London"). */
export const BASED = new Set(['base', 'headquarter', 'locate', 'station']);

/** A modifier naming who holds or occupies a place ("Russian-held", "Israeli-occupied", "rebel-controlled"). */
export const HELD = /-(held|controlled|occupied|annexed|seized)$/;

/** What {@link locatedIn} needs of the participant finder: the actors of a phrase, prepositional dependents. */
export interface Phrases {
  phrase(tok: number, depth?: number): Participant[];
  prepDeps(t: number, prep: string): number[];
}

/**
 * "Hamas militants", "Taliban fighters", "Hezbollah's guerrillas": a description of no known
 * country whose modifier names an organisation or group stands for that organisation; one whose
 * modifier is a described group of a known country ("Sudanese paramilitary fighters") is of it.
 */
export function namedModifier(v: SyntaxView, actors: ActorIndex, p: Participant, tok: number): Participant | null {
  const type = p.actor?.type;
  // (A name of no known country too: "Medical School" in "Baghdad University Medical School".)
  const ownName = p.via === 'name' && type === 'org';
  if ((p.via !== 'description' && !ownName) || p.country || (type !== 'group' && type !== 'org')) return null;
  const range = actors.mentionRange(tok);
  let placed: Participant | null = null;
  for (const c of v.childrenWith(tok, ['compound', 'amod', 'nmod:poss'])) {
    if (range && c >= range[0] && c < range[1] && v.rel[c] !== 'nmod:poss') continue;
    const named = actors.actorAt(c);
    const kind = named?.actor?.type;
    if (!named || (kind !== 'org' && kind !== 'group')) continue;
    if ((named.via === 'name' || named.via === 'alias') && v.rel[c] !== 'amod' && !ownName) return named;
    // "Sudanese paramilitary fighters": a described group of a known country places the description.
    if (named.country && !HELD.test(v.lower[c])) placed ??= { ...p, country: named.country };
  }
  return placed;
}

/**
 * A group or organisation of no known country that the text places in one ("rebels in the Ivory
 * Coast", "demonstrators in Baghdad", "security forces in Guinea", "Darfur rebels", "dissidents
 * from Myanmar") acts from that country: the
 * participant keeps its name and takes the country of its "in" phrase.
 */
export function locatedIn(finder: Phrases, v: SyntaxView, actors: ActorIndex, p: Participant, tok: number): Participant {
  const type = p.actor?.type;
  if (p.country || (type !== 'group' && type !== 'org')) return p;
  // "Darfur rebels", "Kashmir separatists": a place naming where the group is from.
  for (const c of v.childrenWith(tok, ['compound', 'amod'])) {
    const country = actors.actorAt(c) ? null : (actors.placeAt(c)?.place.country ?? null);
    if (country) return { ...p, country };
  }
  for (const c of v.childrenWith(tok, ['nmod'])) {
    const prep = v.caseOf(c);
    if (prep !== 'in' && prep !== 'from') continue;
    for (const k of v.conjuncts(c)) {
      const a = actors.actorAt(k);
      // "activists from the Fatah party", "doctors from American aid groups": members sent by a
      // body of a known country are of that country (not "in" one, which names where they are).
      const body = prep === 'from' && !a?.actor ? finder.phrase(k, 3).find((b) => b.actor?.type === 'org' || b.actor?.type === 'group') : undefined;
      const member = prep === 'from' && (a?.actor?.type === 'org' || a?.actor?.type === 'group') ? a.country : (body?.country ?? null);
      const country = a?.actor?.type === 'state' ? a.country : (member ?? actors.placeAt(k)?.place.country ?? null);
      if (country) return { ...p, country };
    }
  }
  // "militants based in Pakistan", "a group headquartered in London".
  for (const a of v.childrenWith(tok, ['acl'])) {
    if (v.upos[a] !== 'VERB' || !BASED.has(v.lemma[a])) continue;
    for (const k of finder.prepDeps(a, 'in')) {
      const s = actors.actorAt(k);
      const country = s?.actor?.type === 'state' ? s.country : (actors.placeAt(k)?.place.country ?? null);
      if (country) return { ...p, country };
    }
  }
  return p;
}
