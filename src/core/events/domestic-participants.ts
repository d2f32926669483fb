/**
 * The country of a non-state group the text does not place ("rebels", "demonstrators", "the
 * opposition newspaper"): news names such a group's country only when it differs from the
 * story's. Read from the country where the act takes place ("disperse demonstrators in Cairo"),
 * else from the one country the sentence names when the other side is a civil authority of it
 * ("Egyptian police dispersed demonstrators", "the Mozambique government accepted demands from
 * rebels"). Armed forces often act abroad, so a military counterpart gives no country; a group of
 * officials gives one only when investigating or coercing ("Nigerian authorities jailed members of
 * a banned movement"). Judges, prosecutors and police officers serve at home and are placed the
 * same way ("Judge X opened an investigation against Chilean officials").
 */
import type { Participant } from './actor-index.js';
import type { CoderContext } from './coder-context.js';
import type { Draft } from './drafts.js';
import { STATE_BODY_SECTORS } from '../kb/sector-classes.js';


/** Sectors of a state's civil authorities: a group of them ("Egyptian officials", "the authorities") governs at home. */
const CIVIL_SECTORS = new Set(['GOV', 'COP', 'JUD', 'LEG']);

/** Roots of the powers a state uses over people at home: investigating (09) and coercing (17). */
const HOME_POWERS = ['09', '17'];

/** Sectors of offices held only at home: courts and police. */
const HOME_OFFICES = new Set(['JUD', 'COP']);

/** Sectors of armed or organised opposition to a state ("rebels", "insurgents", "separatists"). */
const ARMED_OPPOSITION = new Set(['REB', 'INS', 'SEP', 'OPP']);

/**
 * A group named as such that is not one of a state's bodies (rebels, militants, protesters, an
 * ethnic group) and not a people named by its demonym.
 */
export function isNonStateGroup(p: Participant): boolean {
  return p.actor?.type === 'group' && p.via !== 'demonym' && !STATE_BODY_SECTORS.has(p.actor.sector ?? '');
}

/**
 * A named organisation of armed or organised opposition ("the Rapid Support Forces", "the Houthis"):
 * it faces its own state as a side of its own, not as one of the state's bodies.
 */
export function isOppositionOrg(p: Participant): boolean {
  return p.actor?.type === 'org' && ARMED_OPPOSITION.has(p.actor.sector ?? '');
}

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
  // "Gulf states", "Western nations": a group of states is nobody's domestic group; nor are people
  // the text calls foreign or of a bloc ("Western diplomats", "foreign journalists", "European allies").
  const ofStates = (p: Participant): boolean => {
    const words = (p.actor?.name ?? p.name).toLowerCase().split(/\s+/);
    const last = words[words.length - 1] ?? '';
    return states.has(last) || (last.endsWith('s') && states.has(last.slice(0, -1))) || words.slice(0, -1).some((w) => ctx.lexicon.grammar.foreignModifiers.has(w));
  };
  // A judge, prosecutor or police officer the text does not place serves where the act happens too:
  // courts and police act at home ("Judge X opened an investigation against Chilean officials").
  // (Not one the clause may tie to an international court: "Prosecutor X of the ICC".)
  let international: boolean | undefined;
  const homeOffice = (p: Participant): boolean => HOME_OFFICES.has(p.actor?.sector ?? '') && !(international ??= igoNamed(ctx, d, sentence));
  const unplaced = (p: Participant): boolean =>
    !p.country && (p.actor?.type === 'group' || p.actor?.type === 'org' || (p.actor?.type === 'person' && homeOffice(p))) && !ofStates(p);
  if (!d.sources.some(unplaced) && !d.targets.some(unplaced)) return d;
  const where = countryInside(ctx, d);
  // The clause's countries, and those outside its purpose clauses: a purpose names what the act is
  // for, which may confirm the country ("to demand the resignation of the Algerian president") but
  // does not name a rival one ("to protest the sending of troops to Iraq").
  const named = where ? [] : countriesNamed(ctx, d, sentence, false);
  const namedOutside = where ? [] : countriesNamed(ctx, d, sentence, true);
  const onlyNamed = (country: string): boolean => [named, namedOutside].some((list) => list.length === 1 && list[0] === country);
  const fill = (side: Participant[], other: Participant[]): Participant[] =>
    side.map((p): Participant => {
      if (!unplaced(p)) return p;
      if (where) return { ...p, country: where, placedBy: 'place' } as PlacedParticipant;
      const country = counterpartCountry(other, d.code);
      if (country && onlyNamed(country)) return { ...p, country, placedBy: 'counterpart' } as PlacedParticipant;
      return p;
    });
  return { ...d, sources: fill(d.sources, d.targets), targets: fill(d.targets, d.sources) };
}

/**
 * The state a named non-state group fights or makes a truce with when the text names no other side:
 * its own ("Ivory Coast rebels agreed to a cease-fire", "Kashmir rebels launched an offensive" →
 * against India). Only for acts that always have an opponent — fighting and scaling fighting down —
 * and for people protesting at home, against their own authorities.
 */
export function domesticOpponent(ctx: CoderContext, d: Draft): Draft {
  const code = d.code ?? '';
  if (d.targets.length || !d.sources.length) return d;
  // People protesting at home with nobody named protest against their own authorities ("Young
  // Algerians blocked roads in Algiers", "Egyptian demonstrators rioted").
  const protest = code.startsWith('14');
  if (!protest && !(code === '0356' || OPPOSED.some((r) => code.startsWith(r)))) return d;
  const eligible = (p: Participant): boolean =>
    protest ? p.actor === null || p.via === 'demonym' || isNonStateGroup(p) || (p.actor.type === 'org' && isContextPlaced(p)) : isNonStateGroup(p) && ARMED_OPPOSITION.has(p.actor?.sector ?? '') && !isContextPlaced(p);
  // "pro-Russia rebels" name an allegiance, not where the group is from.
  const allegiance = (p: Participant): boolean => p.mention !== null && /\bpro-/i.test(ctx.v.doc.text.slice(p.mention.start, p.mention.end));
  const countries = new Set(d.sources.map((p) => (eligible(p) && !allegiance(p) ? p.country : null)));
  const [own] = countries;
  if (countries.size !== 1 || !own) return d;
  // Protesters abroad protest against the authorities where they are ("Palestinian prisoners rioted at a jail in northern Israel").
  // "suicide bombers blew themselves up in Tel Aviv": where the act happens first, for fighting too.
  const country = countryInside(ctx, d) ?? own;
  // The state as the actor layer knows it when the article names it, else a stand-in for its country.
  // ("Egyptian demonstrators" name the people by the state's demonym: the target stands in for the state.)
  const known = ctx.actors.actor(`state:${country}`) ?? null;
  const state = known && !d.sources.some((p) => p.actor?.id === known.id) ? known : null;
  return { ...d, targets: [{ actor: state, country, name: known?.name ?? country, mention: null }], symmetric: false };
}

/** Roots of acts that always have an opponent: fighting, assault, mass violence. */
const OPPOSED = ['18', '19', '20'];

/** Prepositions of where the act happens, and those of a place inside that phrase ("a base in Mali", "the city of Donetsk"). */
const WHERE = ['in', 'at', 'near', 'outside', 'inside'];
const WITHIN = ['in', 'of'];

/** How many "in/of" phrases down a place may still say where the act happens. */
const WITHIN_DEPTH = 3;

/**
 * The country inside which the act happens: a state or place in its "in/at/near…" phrases, or a few
 * "in/of" levels down ("at a base in Mali"); not "near the border with India", which names a neighbour.
 */
function countryInside(ctx: CoderContext, d: Draft): string | null {
  const { actors, finder } = ctx;
  const heads = d.match.support >= 0 ? [d.match.head, d.match.support] : [d.match.head];
  // "killed 23 people when they blew themselves up in Tel Aviv": a "when"-clause whose subject
  // refers back to the act's own participants tells the same occasion, and so where it happened.
  heads.push(...heads.flatMap((h) => occasionClauses(ctx, h)));
  const at = (k: number, named = true): string | null => {
    const a = actors.actorAt(k);
    if (a) return a.actor?.type === 'state' ? a.country : null;
    const own = finder.placeAsCountry(k)?.country ?? null;
    // A common noun named by a place before it is in that place ("the Jaffna peninsula", "the Gaza strip").
    if (own || !named || ctx.v.upos[k] !== 'NOUN') return own;
    for (const c of ctx.v.childrenWith(k, ['compound'])) {
      const found = at(c, false);
      if (found) return found;
    }
    return null;
  };
  // Down a chain of "in/of" phrases ("in the battle zones of the southern sector of the Jaffna peninsula").
  const within = (k: number, depth: number): string | null => {
    const own = at(k);
    if (own || depth === 0) return own;
    for (const w of WITHIN) {
      for (const c of finder.prepDeps(k, w)) {
        const found = within(c, depth - 1);
        if (found) return found;
      }
    }
    return null;
  };
  for (const h of heads) {
    for (const prep of WHERE) {
      for (const k of finder.prepDeps(h, prep)) {
        // "fired a mortar bomb at Israel": "at" a state is whom the act is aimed at, not where it happens.
        if (prep === 'at' && actors.actorAt(k)?.actor?.type === 'state') continue;
        const found = within(k, WITHIN_DEPTH);
        if (found) return found;
      }
    }
  }
  return null;
}

/** "when"-clauses of verb `h` whose subject is a personal pronoun (or which have none: "when firing on …"). */
function occasionClauses(ctx: CoderContext, h: number): number[] {
  const { v } = ctx;
  return v.childrenWith(h, ['advcl']).filter((c) => {
    if (!v.childrenWith(c, ['mark', 'advmod']).some((m) => v.lemma[m] === 'when' && m < c)) return false;
    return v.childrenWith(c, ['nsubj', 'nsubj:pass']).every((k) => v.upos[k] === 'PRON' && v.lemma[k] !== 'it');
  });
}

/** The one country of the other side, when all of it is a civil authority of that country. */
function counterpartCountry(other: Participant[], code: string | null): string | null {
  if (!other.length) return null;
  const countries = new Set(other.map((p) => p.country));
  if (countries.size !== 1) return null;
  const [country] = countries;
  if (!country) return null;
  // Its government, police, courts or leaders; not its armed forces, nor its people, nor the state
  // named as such ("rebels threatened Russia" may come from anywhere). A group of its officials only
  // when it uses the powers a state uses at home, investigating or coercing ("Nigerian authorities
  // jailed members of a banned movement"): officials and diplomats meet foreigners all the time.
  const domesticPower = HOME_POWERS.some((r) => (code ?? '').startsWith(r));
  const isCivil = (p: Participant): boolean => p.actor !== null && p.via !== 'demonym' && p.actor.sector !== 'MIL' && (p.actor.type === 'person' || p.actor.type === 'org' || (p.actor.type === 'group' && domesticPower && CIVIL_SECTORS.has(p.actor.sector ?? '')));
  // The state may stand beside its own body ("Nicaragua's government" read as both).
  const civil = other.some(isCivil) && other.every((p) => isCivil(p) || p.actor?.type === 'state');
  return civil ? country : null;
}

/**
 * The countries that the actors and places of the act's clause belong to (not those of a reporting
 * clause around it: "…, a member of the Chadian team said"); with `skipPurposes`, not those of its
 * infinitives of purpose either.
 */
function countriesNamed(ctx: CoderContext, d: Draft, sentence: number, skipPurposes: boolean): string[] {
  const [lo, hi] = clauseRange(ctx, d, sentence);
  const out = new Set<string>();
  for (let k = lo; k <= hi; k++) {
    if (skipPurposes && inPurposeClause(ctx.v, k, d.match.head)) continue;
    for (const a of ctx.actors.actorsAt(k)) if (a.country) out.add(a.country);
    const pl = ctx.actors.placeAt(k);
    if (pl?.place.country) out.add(pl.place.country);
  }
  return [...out];
}

/**
 * True when token `k` lies in an infinitive of purpose, other than one holding the act `act` ("… to protest the sending of troops to
 * Iraq"): what a purpose is about says nothing of where the people acting or acted on are from.
 */
function inPurposeClause(v: CoderContext['v'], k: number, act: number): boolean {
  const dominates = (i: number): boolean => {
    for (let j = act, guard = 0; j >= 0 && guard < 24; j = v.head[j], guard++) if (j === i) return true;
    return false;
  };
  for (let i = k, guard = 0; i >= 0 && guard < 12; i = v.head[i], guard++) {
    // Not the purpose clause the act itself is in ("fired tear gas to disperse students in Lahore").
    if (v.relIs(i, ['advcl']) && v.children(i).some((m) => v.rel[m] === 'mark' && v.lower[m] === 'to' && m < i)) return !dominates(i);
  }
  return false;
}

/** True when the act's clause names an international organisation ("Prosecutor X of the International Criminal Court"). */
function igoNamed(ctx: CoderContext, d: Draft, sentence: number): boolean {
  const [lo, hi] = clauseRange(ctx, d, sentence);
  for (let k = lo; k <= hi; k++) if (ctx.actors.actorsAt(k).some((a) => a.actor?.type === 'igo')) return true;
  return false;
}

/** The token range of the clause the act belongs to, within its sentence. */
function clauseRange(ctx: CoderContext, d: Draft, sentence: number): [number, number] {
  const v = ctx.v;
  let clause = d.match.support >= 0 ? d.match.support : d.match.head;
  // Up to the clause the act belongs to ("opened fire to disperse demonstrators", "the arrest of
  // activists by Turkish police"), stopping at a reported clause.
  for (let guard = 0; v.head[clause] >= 0 && !v.relIs(clause, ['ccomp', 'parataxis']) && guard < 6; guard++) clause = v.head[clause];
  const [lo, hi] = v.subtreeRange(clause);
  const { tokStart, tokEnd } = v.doc.sentences;
  return [Math.max(lo, tokStart[sentence]), Math.min(hi, tokEnd[sentence] - 1)];
}
