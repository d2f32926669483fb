/**
 * Organisations the knowledge base does not hold, named by their head noun: "Defense Ministry",
 * "Kenya Airways" (a state opening the name), "Supreme Court of Pakistan" (a state closing it),
 * "Border Guard Bangladesh" (a state's name ending it), "Kurdistan Regional Government" (a place
 * opening it), "the Policy Institute in Islamabad" (where it sits) — each giving its country.
 */
import type { Doc } from '../doc/doc.js';
import { stateIso, text, type ComposeContext } from './compose-context.js';
import { draft, partOf, type Draft } from './draft.js';
import type { NameCues } from './name-cues.js';
import type { Unit } from './units.js';

/** The head word of an unknown name ("Ministry" in "Defense Ministry"), as an organisation sector, if it is one. */
export function orgSector(doc: Doc, u: Unit, cues: NameCues): string | null {
  const words = text(doc, u.tokStart, u.tokEnd).toLowerCase().split(/\s+/);
  const last = words[words.length - 1];
  const lastTwo = words.slice(-2).join(' ');
  const hit = cues.orgHeads.get(lastTwo) ?? cues.orgHeads.get(last);
  if (hit) return hit;
  // "Institute for…", "Ministry of…", "Bank of…": a head before a connector.
  for (let k = 0; k < words.length - 1; k++) {
    if (cues.nameConnectors.has(words[k + 1]) && cues.orgHeads.has(words[k])) return cues.orgHeads.get(words[k]) ?? null;
  }
  return null;
}

/** An organisation named by a state or its capital and an unknown name with an organisation head. */
export function orgAfterState(ctx: ComposeContext, units: readonly Unit[], i: number, out: Draft[]): Draft | null {
  const u = units[i];
  const next = units[i + 1];
  const f = u.kind === 'kb' ? u.actors?.[0] : undefined;
  if (!f || f.kind !== 'state' || (f.via !== 'name' && f.via !== 'alias' && f.via !== 'metonym') || u.charStart !== undefined) return null;
  if (!next || next.kind !== 'name' || next.tokStart !== u.tokEnd) return null;
  const sector = orgSector(ctx.doc, next, ctx.cues);
  if (!sector) return null;
  const iso = stateIso(ctx.kb, f);
  if (f.via !== 'metonym') out.push(draft('state', u.tokStart, u.tokEnd, f.via === 'name' ? 'name' : 'alias', { kbId: f.id, country: iso }));
  return draft('org', u.tokStart, next.tokEnd, 'name', { name: text(ctx.doc, u.tokStart, next.tokEnd), country: iso, sector });
}

/**
 * "Khamovniki District Court of Moscow", "Supreme Court of Pakistan": an organisation's name goes on
 * over "of" and a state or its capital, which also gives its country (and a state mention).
 */
export function extendWithPlace(ctx: ComposeContext, d: Draft, units: readonly Unit[], to: number, out: Draft[]): void {
  const { doc, kb } = ctx;
  if (d.tokEnd + 1 >= to || doc.tokenText(d.tokEnd).toLowerCase() !== 'of') return;
  const at = doc.tokenText(d.tokEnd + 1).toLowerCase() === 'the' ? d.tokEnd + 2 : d.tokEnd + 1;
  const u = units.find((x) => x.tokStart === at);
  const f = u?.kind === 'kb' ? u.actors?.[0] : undefined;
  if (!u || !f || f.kind !== 'state') return;
  d.tokEnd = u.tokEnd;
  d.nameEnd = u.tokEnd;
  d.name = text(doc, d.tokStart, u.tokEnd);
  d.country ??= stateIso(kb, f);
  if (f.via !== 'metonym') out.push(draft('state', u.tokStart, u.tokEnd, f.via === 'name' ? 'name' : 'alias', { ...partOf(u), kbId: f.id, country: stateIso(kb, f) }));
}

/**
 * "Border Guard Bangladesh", "Bank Indonesia", "Radio Pakistan": a state's name closing a body's
 * capitalised name, which the parse makes the head of the body's words (a compound), names the
 * body and its country. A state after a body in any other relation ("told the Commission Russia
 * would …") is no part of its name.
 */
export function extendWithStateName(ctx: ComposeContext, d: Draft, units: readonly Unit[], out: Draft[]): void {
  const { doc, kb } = ctx;
  if (!doc.has('deps') || d.tokEnd - d.tokStart < 2) return;
  for (let t = d.tokStart; t < d.tokEnd; t++) if (!/^\p{Lu}/u.test(doc.tokenText(t))) return;
  const u = units.find((x) => x.tokStart === d.tokEnd);
  const f = u?.kind === 'kb' ? u.actors?.[0] : undefined;
  if (!u || !f || f.kind !== 'state' || (f.via !== 'name' && f.via !== 'alias') || u.charStart !== undefined || u.tokEnd - u.tokStart !== 1) return;
  if (doc.head(d.tokEnd - 1) !== u.tokStart || doc.deprel(d.tokEnd - 1) !== 'compound') return;
  const iso = stateIso(kb, f);
  if (d.country && d.country !== iso) return;
  d.tokEnd = u.tokEnd;
  d.nameEnd = u.tokEnd;
  d.name = text(doc, d.tokStart, u.tokEnd);
  d.country = iso;
  d.via = 'name';
  out.push(draft('state', u.tokStart, u.tokEnd, f.via === 'name' ? 'name' : 'alias', { kbId: f.id, country: iso }));
}

/**
 * The country an unknown organisation's own name gives: a state after its last "of" ("Ministry of
 * Foreign Affairs of Malaysia", "Central Bank of the Republic of Kazakhstan"), or a place of one
 * country opening it ("Kurdistan Regional Government", "Sindh Provincial Assembly"). Null when the
 * name says none, or names a place several countries have.
 */
export function countryInName(ctx: ComposeContext, tokStart: number, tokEnd: number, out: Draft[]): string | null {
  const { doc, kb, gazetteer } = ctx;
  for (let t = tokEnd - 2; t > tokStart; t--) {
    if (doc.tokenText(t).toLowerCase() !== 'of') continue;
    const at = doc.tokenText(t + 1).toLowerCase() === 'the' ? t + 2 : t + 1;
    const state = at < tokEnd ? kb.lookup(text(doc, at, tokEnd)).find((f) => f.kind === 'state' && (f.via === 'name' || f.via === 'alias' || f.via === 'official')) : undefined;
    if (!state) break;
    const iso = stateIso(kb, state);
    // The state is named, as in "the Supreme Court of Pakistan".
    out.push(draft('state', at, tokEnd, state.via === 'name' ? 'name' : 'alias', { kbId: state.id, country: iso }));
    return iso;
  }
  const first = doc.tokenText(tokStart);
  if (!/^\p{Lu}\p{Ll}+$/u.test(first)) return null;
  const places = gazetteer.lookup(first).filter((p) => p.kind !== 'water' && p.kind !== 'feature' && (p.kind !== 'city' || p.population >= BIG_CITY));
  const countries = new Set(places.map((p) => p.country));
  return places.length && countries.size === 1 ? [...countries][0] : null;
}

/** Cities smaller than this are too many to read a name's first word as one ("Victoria Institute"). */
const BIG_CITY = 500_000;

/**
 * "the Sustainable Development Policy Institute in Islamabad", "the Ministry of Commerce in Kabul":
 * an unknown organisation's name followed by "in" and a state, its capital or a city of one country
 * is seated there, and takes that country.
 */
export function seatAfterIn(ctx: ComposeContext, d: Draft, units: readonly Unit[]): string | null {
  const { doc, kb, gazetteer } = ctx;
  if (d.tokEnd + 1 >= doc.length || doc.tokenText(d.tokEnd).toLowerCase() !== 'in') return null;
  const u = units.find((x) => x.tokStart === d.tokEnd + 1);
  if (!u || u.charStart !== undefined) return null;
  if (u.kind === 'kb') {
    const f = u.actors?.[0];
    return f?.kind === 'state' && (f.via === 'name' || f.via === 'alias' || f.via === 'metonym') ? stateIso(kb, f) : null;
  }
  if (u.kind !== 'name') return null;
  const places = gazetteer.lookup(text(doc, u.tokStart, u.tokEnd)).filter((p) => p.kind !== 'water' && p.kind !== 'feature');
  const countries = new Set(places.map((p) => p.country));
  return places.length && countries.size === 1 ? [...countries][0] : null;
}

/**
 * Completes an unknown organisation's draft `d` named by the unit `[nameStart, nameEnd)`: its name
 * goes on over "of <state>" or a state closing it, and it takes the country its name or its seat
 * gives (state mentions inside it are pushed to `out`).
 */
export function completeOrgName(ctx: ComposeContext, d: Draft, nameStart: number, nameEnd: number, units: readonly Unit[], to: number, out: Draft[]): void {
  const seat = seatInName(ctx, d);
  if (seat) {
    d.country ??= seat;
    return;
  }
  extendWithPlace(ctx, d, units, to, out);
  extendWithStateName(ctx, d, units, out);
  d.country ??= countryInName(ctx, nameStart, nameEnd, out) ?? seatAfterIn(ctx, d, units);
}

/**
 * "the Department of Foreign Affairs in Manila", "the Ministry of Interior in Rabat": a name read
 * over "in" and a state, its capital or a place of one country (news names a ministry by where it
 * sits) is the body seated there, of that country. The name keeps its seat, which tells two
 * countries' ministries of one name apart. Null when the name has no such tail or its head is no body's.
 */
function seatInName(ctx: ComposeContext, d: Draft): string | null {
  const { doc, kb, gazetteer, cues } = ctx;
  for (let t = d.nameEnd - 2; t > d.nameStart; t--) {
    if (doc.tokenText(t) !== 'in') continue;
    const tail = text(doc, t + 1, d.nameEnd);
    const head = text(doc, d.nameStart, t).toLowerCase().split(/\s+/);
    // The words before "in" must name a body by themselves ("Ministry of Foreign Affairs").
    if (!head.some((w) => cues.orgHeads.has(w))) return null;
    const state = kb.lookup(tail).find((f) => f.kind === 'state' && (f.via === 'name' || f.via === 'alias' || f.via === 'metonym'));
    const places = state ? [] : gazetteer.lookup(tail).filter((p) => p.kind !== 'water' && p.kind !== 'feature');
    const countries = new Set(places.map((p) => p.country));
    const iso = state ? stateIso(kb, state) : places.length && countries.size === 1 ? [...countries][0] : null;
    return iso;
  }
  return null;
}
