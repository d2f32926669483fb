/**
 * Participants that a trigger's own slots do not name: the owner of the circumstance a nominal
 * event is ("held talks during a visit to Beirut"), a by-phrase the parser hung after the noun's
 * phrase, and places standing for their country — as targets ("visited Samarkand", "a rally in
 * Lagos", "shelled the city of Donetsk") or as the source ("was detained in Moscow").
 */
import type { Participant } from './actor-index.js';
import type { CoderContext } from './coder-context.js';
import type { Match } from './trigger-match.js';

/** Prepositions of a circumstance that belongs to the clause's subject ("during his visit", "on a trip to", "flew to Moscow for talks"). */
const CIRCUMSTANCE = new Set(['during', 'on', 'at', 'after', 'before', 'amid', 'following', 'ahead', 'throughout', 'from', 'for']);

/** Circumstance prepositions of time, which a parser may hang on the verb's object or oblique. */
const TIMED = new Set(['after', 'following', 'during', 'amid', 'before', 'throughout']);

/** Nouns of a span of time or a series that talks fill ("two weeks of talks", "rounds of negotiations"). */
const SPANS = new Set(['day', 'week', 'month', 'year', 'hour', 'round', 'series', 'session']);

/** "a visit to Taiwan by Pelosi" with the by-phrase hung elsewhere: a "by" right after the noun's phrase. */
export function adjacentBy(ctx: CoderContext, n: number): Participant[] {
  const { v, finder } = ctx;
  const [, hi] = v.subtreeRange(n);
  const by = hi + 1;
  if (by >= v.n || v.lemma[by] !== 'by' || v.rel[by] !== 'case' || v.head[by] <= by) return [];
  return finder.group(v.head[by]);
}

/** The verb a nominal event is a circumstance of ("held talks during a visit"), or -1. */
function circumstanceVerb(ctx: CoderContext, m: Match): number {
  const v = ctx.v;
  let n = m.head;
  // "agreed to a truce after two weeks of talks", "following rounds of negotiations": the span
  // stands where the talks would.
  // (Plural spans only: "on the first day of a bus tour" is no span the tour fills.)
  if (v.relIs(n, ['nmod']) && v.caseOf(n) === 'of' && v.head[n] >= 0 && SPANS.has(v.lemma[v.head[n]]) && v.lower[v.head[n]].endsWith('s')) n = v.head[n];
  const p = v.head[n];
  // Any word of the preposition: "ahead of his visit".
  const cases = v.childrenWith(n, ['case']).filter((c) => c < n).map((c) => v.lemma[c]);
  // "agreed to a ceasefire after two weeks of talks" with the time phrase hung on the verb's noun.
  if (p >= 0 && v.relIs(n, ['nmod']) && cases.some((c) => TIMED.has(c)) && v.relIs(p, ['obl', 'obj']) && v.head[p] >= 0 && v.upos[v.head[p]] === 'VERB') {
    return v.head[p];
  }
  const circumstance = cases.some((c) => CIRCUMSTANCE.has(c));
  return p < 0 || v.upos[p] !== 'VERB' || !v.relIs(n, ['obl']) || !circumstance ? -1 : p;
}

/** Verbs of receiving a guest: the visit they are "for" or "on" is the guest's, not the host's. */
const HOSTING = new Set(['host', 'welcome', 'receive', 'greet', 'entertain']);

/**
 * True when the circumstance verb `p` receives a guest on the visit `m` ("hosted Modi for a state
 * visit", "welcomed the emir on an official visit"): the visitor is the verb's object.
 */
function hostedVisit(ctx: CoderContext, m: Match, p: number): boolean {
  const v = ctx.v;
  return m.trigger.code === '042' && HOSTING.has(v.lemma[p]) && !v.isPassive(p) && v.childrenWith(p, ['obj']).length > 0;
}

/** The subject of the verb a nominal event is a circumstance of (the guest, for a visit a host receives). */
export function circumstanceOwner(ctx: CoderContext, m: Match): Participant[] {
  const { v, finder } = ctx;
  const p = circumstanceVerb(ctx, m);
  if (p < 0) return [];
  if (hostedVisit(ctx, m, p)) return v.childrenWith(p, ['obj']).flatMap((k) => finder.group(k));
  const subj = v.isPassive(p) ? finder.agents(p) : finder.subjects(p);
  return subj.flatMap((k) => finder.group(k));
}

/**
 * The other side of talks that a visit or a hosting is for: the object of that verb ("hosted his
 * Argentine counterpart for talks", "visited Washington for talks").
 */
export function circumstancePartner(ctx: CoderContext, m: Match): Participant[] {
  const { v, finder } = ctx;
  const p = circumstanceVerb(ctx, m);
  if (p < 0 || v.isPassive(p)) return [];
  if (hostedVisit(ctx, m, p)) return finder.subjectGroups(p);
  return v.childrenWith(p, ['obj']).flatMap((k) => {
    const found = finder.group(k);
    const place = found.length ? null : finder.placeAsCountry(k);
    return place ? [place] : found;
  });
}

/**
 * Codes for which a place stands for its country as a target: visits, shows of force, fighting,
 * occupation; protests (held against the authorities where they take place: "a rally in Lagos");
 * aid and humanitarian access ("sent aid to Gaza", "let aid trucks into Gaza") and cutting supplies
 * off ("cut off electricity to Gaza"); military
 * withdrawals ("withdrew from Kherson") and blockades ("the blockade of Gaza").
 */
export function placesStandIn(code: string | null): boolean {
  if (code === null) return false;
  return placesWithinStandIn(code) || code.startsWith('07') || code.startsWith('086') || code.startsWith('162');
}

/**
 * Codes for which a place named inside a target phrase also stands for its country ("shelled the
 * city of Donetsk", "massed troops on the border with Ukraine") — acts done to places, investigations
 * ("to re-examine the refineries in Iran", "sent inspectors to a facility in central Iran"), and releases
 * of people of a place ("released the mayor of Nablus"), and sympathy for what happened at a place
 * ("expressed condolences over the attack in Istanbul": said to the country struck). (Not arrests and curfews: done at home,
 * they would make a state act on its own place, which codes nothing.) Aid and
 * access take only a place named outright ("sent aid to Gaza"): inside other phrases a place says
 * where, not to whom ("took part in drills with China").
 */
export function placesWithinStandIn(code: string | null): boolean {
  if (code === null) return false;
  const root = code.slice(0, 2);
  return ['04', '09', '14', '15', '18', '19', '20'].includes(root) || code === '192' || code === '191' || code === '018' || code.startsWith('087') || code.startsWith('084');
}

/** Prepositions under which a place inside a target phrase locates it ("the city of Donetsk", "a base in Mali", "the border with Ukraine"). */
const LOCATING = new Set(['of', 'in', 'near', 'with', 'outside', 'along', 'on', 'across', 'throughout']);

/** Nouns naming part of a state's territory ("Kenya's capital", "Syria's north"). */
const PARTS = new Set(['capital', 'city', 'town', 'village', 'province', 'region', 'territory', 'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'countryside', 'coast', 'interior', 'heartland']);

/** The country of a place (or state) inside a non-actor phrase: "shelled the city of Donetsk", "the Gaza apartment block". */
export function placeWithin(ctx: CoderContext, k: number, depth = 0): Participant | null {
  const v = ctx.v;
  // "the Zaporizhzhia nuclear plant", "a Gaza apartment block": a place named as the noun's modifier.
  for (const c of v.childrenWith(k, ['compound'])) {
    if (ctx.actors.actorAt(c)) continue;
    const pl = ctx.finder.placeAsCountry(c);
    if (pl) return pl;
  }
  // (A possessor is no place phrase: "its border with China".)
  const own = v.childrenWith(k, ['nmod']).filter((c) => v.rel[c] !== 'nmod:poss');
  // "massed troops on the border with Ukraine" with "with Ukraine" hung on the verb: the phrase
  // right after the noun's own is read as the noun's.
  const [, hi] = v.subtreeRange(k);
  const next = hi + 1 < v.n && v.head[k] >= 0 && v.rel[hi + 1] === 'case' && v.head[v.head[hi + 1]] === v.head[k] ? v.head[hi + 1] : -1;
  for (const c of next >= 0 && !own.length ? [next] : own) {
    if (!LOCATING.has(v.caseOf(c) ?? '')) continue;
    const state = ctx.actors.actorAt(c);
    if (state?.actor?.type === 'state') return state;
    const pl = ctx.finder.placeAsCountry(c);
    if (pl) return pl;
    // "a mall in Kenya's capital", "villages in Syria's north": a state's own part.
    if (PARTS.has(v.lemma[c])) {
      const owner = v.childrenWith(c, ['nmod:poss']).map((k) => ctx.actors.actorAt(k)).find((a) => a?.actor?.type === 'state');
      if (owner) return owner;
    }
    if (depth < 1) {
      const deeper = placeWithin(ctx, c, depth + 1);
      if (deeper) return deeper;
    }
  }
  return null;
}

/** The country where an act took place, standing in as its source ("was detained in Moscow"). */
export function placeAsSource(ctx: CoderContext, m: Match): Participant[] {
  // The place may hang on any word of a multi-word trigger ("was put under investigation in Italy",
  // "was taken into custody in Cairo": the parser attaches it to the last noun).
  const heads = [...new Set([m.head, ...(m.support >= 0 ? [m.support] : []), ...m.tokens])];
  for (const h of heads) {
    for (const k of [...ctx.finder.prepDeps(h, 'in'), ...ctx.finder.prepDeps(h, 'at')]) {
      const state = ctx.actors.actorAt(k);
      if (state?.actor?.type === 'state') return [state];
      const pl = ctx.finder.placeAsCountry(k);
      if (pl) return [pl];
    }
  }
  return [];
}

/** Prepositions that say where an act takes place. */
const WHERE = ['in', 'at', 'outside', 'near'];

/**
 * The country where an act takes place, from a place or state named in its "in/at/outside/near"
 * phrases or inside them ("outside the Chinese embassy in London" → GBR), or null.
 */
export function countryWhere(ctx: CoderContext, m: Match): string | null {
  const heads = m.support >= 0 ? [m.head, m.support] : [m.head];
  for (const h of heads) {
    for (const prep of WHERE) {
      for (const k of ctx.finder.prepDeps(h, prep)) {
        const state = ctx.actors.actorAt(k);
        if (state?.actor?.type === 'state') return state.country;
        const found = ctx.finder.placeAsCountry(k) ?? (state ? null : placeWithin(ctx, k));
        if (found?.country) return found.country;
      }
    }
  }
  return null;
}

/**
 * Who holds the people an act frees: the agent or the country of a participle on them ("the release
 * of a journalist held in Turkey", "hostages taken by Hamas"). Whoever holds them is who would free them.
 */
export function holderOf(ctx: CoderContext, m: Match): Participant[] {
  const { v, finder, actors } = ctx;
  for (const slot of m.trigger.target) {
    for (const k of finder.slotTokens(m, slot)) {
      for (const a of v.childrenWith(k, ['acl'])) {
        if (v.upos[a] !== 'VERB' || v.lower[a].endsWith('ing')) continue;
        const by = finder.agents(a).flatMap((x) => finder.group(x));
        if (by.length) return by;
        for (const x of finder.prepDeps(a, 'in')) {
          const state = actors.actorAt(x);
          if (state?.actor?.type === 'state') return [state];
          const pl = finder.placeAsCountry(x);
          if (pl) return [pl];
        }
      }
    }
  }
  return [];
}

/** Nouns of a promise, whose "to" phrase names whom it was made to ("its commitment to Kyiv"). */
const PROMISES = new Set(['commitment', 'promise', 'pledge', 'obligation', 'undertaking', 'guarantee', 'assurance']);

/**
 * Whom a promise filling one of the trigger's target `slots` was made to: "reneged on his
 * commitment to the Zambian people", "broke its pledge to Ukraine" (the promise's possessor is the
 * source itself).
 */
export function promisedTo(ctx: CoderContext, m: Match, slots: readonly string[]): Participant[] {
  const { v, finder } = ctx;
  for (const slot of slots) {
    for (const k of finder.slotTokens(m, slot)) {
      if (!PROMISES.has(v.lemma[k])) continue;
      // (The parser may hang the "to" phrase right after the noun's on the verb.)
      const [, hi] = v.subtreeRange(k);
      const after = v.head[k] >= 0 ? finder.prepDeps(v.head[k], 'to').filter((c) => v.subtreeRange(c)[0] === hi + 1) : [];
      const found = [...finder.prepDeps(k, 'to'), ...after].flatMap((c) => finder.group(c));
      if (found.length) return found;
    }
  }
  return [];
}
