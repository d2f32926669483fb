/**
 * What a description refers to ("the Chinese leader", "the Kazakh president", "the two leaders",
 * "his Tanzanian counterpart", "his counterpart, X"): the name apposed to it, the pair it stands
 * for, the last person named who fits its country and role, or the office-holder of the day.
 * Split from coref.ts, which calls it for each description in turn.
 */
import type { PersonRole } from '../kb/types.js';
import type { Doc } from '../doc/doc.js';
import type { Draft } from './draft.js';
import { oneStateInView, standingReferent, topicStateOf } from './standing-descriptions.js';
import { describedParties } from './described-parties.js';
import { actorsOnDescription } from './presented-pairs.js';
import { officersActForIt, STATE_BODY_SECTORS } from './bodies-in-state.js';
import { text } from './compose-context.js';
import { countryOfActor } from './reading-choice.js';
import { namedGender } from './namesakes.js';
import { apposedAfter, servedBody, courtesyOf, isIndefinite, leadsMovement, othersThanTwo, placedIn, possessorOf, postedIn, newKey, type CorefContext, type Known } from './coref-surroundings.js';

/** Roles a description's role word can stand for. */
const ROLE_FITS: Record<string, readonly string[]> = {
  leader: ['head of state', 'head of government', 'party leader', 'igo head'],
  'head of state': ['head of state'],
  'head of government': ['head of government'],
  'foreign minister': ['foreign minister'],
  'defence minister': ['defence minister'],
  diplomat: ['foreign minister', 'ambassador'],
};

/**
 * Roles a plural description fits beyond those: "the two ministers" after two foreign ministers
 * (a singular "Ghana's finance minister" is no foreign minister, so this is for plurals only).
 */
const PLURAL_ROLE_FITS: Record<string, readonly string[]> = {
  minister: ['minister', 'foreign minister', 'defence minister'],
};

/**
 * True when a plural description counts two: "the two leaders", "both presidents", or the offices
 * "of both sides" / "of the two countries" after it ("The Director Generals for Military
 * Operations (DGsMO) of both sides").
 */
function namesTwo(doc: Doc, d: Draft): boolean {
  for (let t = Math.max(0, d.tokStart - 1); t < d.tokEnd; t++) if (/^(?:two|both)$/i.test(doc.tokenText(t))) return true;
  const end = doc.sentences.tokEnd[doc.sentenceOf(d.tokStart)];
  let depth = 0;
  for (let t = d.tokEnd, seen = 0; t < end - 1 && seen < 12; t++, seen++) {
    const w = doc.tokenText(t).toLowerCase();
    if (w === '(') depth++;
    else if (w === ')') depth--;
    else if (depth === 0 && w === 'of') return /^(?:both|two)$/.test(doc.tokenText(t + 1).toLowerCase()) || (doc.tokenText(t + 1).toLowerCase() === 'the' && doc.tokenText(t + 2).toLowerCase() === 'two');
    else if (depth === 0 && /^[,;:.]$/.test(w)) return false;
  }
  return false;
}

export function resolveDescription(ctx: CorefContext, d: Draft, persons: Known[], drafts: Draft[], k: number): string[] {
  const { kb, date } = ctx;
  // "his counterpart, Qasym-Zhomart Toqaev": the apposed name is the referent — also after a
  // phrase of where the office is held ("the US commander in Iraq, General John Doe").
  // "a spokesperson for the Kenyan foreign ministry, Jane Doe": an officer of a state's body is of its
  // state (the demonym inside the body's name is no place of posting).
  // (An office of a state's sectors only: "a lobbyist for the Kenyan government" need not be Kenyan.)
  const body = STATE_BODY_SECTORS.has(d.sector ?? '') ? servedBody(ctx, d, drafts, k) : null;
  const where = !body && postedIn(ctx, d, drafts[k + 1]) ? drafts[k + 1] : null;
  if (body) d.country ??= body.country ?? bodyStateInView(ctx, d, drafts, k);
  const next = body ? drafts.slice(k + 1).find((x) => x.tokStart >= body.end) : drafts[where ? k + 2 : k + 1];
  if (next && next.kind === 'person' && apposedAfter(ctx, body?.end ?? where?.tokEnd ?? d.tokEnd, next.tokStart)) {
    if (!next.refs.length && next.name) next.refs = [newKey('person', next.name)];
    next.role ??= d.role === 'counterpart' ? null : d.role;
    next.country ??= d.country;
    if (body) next.sector ??= d.sector;
    // "the group's military spokesman, Yahya Saree": the office is held for the possessor — an
    // organisation that is no state body (a movement, an armed group, an IGO) is whom they act for.
    const owner = possessorOf(ctx, d, drafts, k);
    const ownerBody = owner ? kb.byId(owner) : undefined;
    if (!next.country && !next.actsFor && ownerBody && officersActForIt(ownerBody.kind, ownerBody.kind === 'org' ? ownerBody.sector : null)) next.actsFor = ownerBody.id;
    // "the Chinese foreign ministry's spokeswoman, Mao Ning": a state body's officer is of its state.
    else if (!next.country && !next.actsFor && ownerBody && ownerBody.kind === 'org' && ownerBody.country) next.country = ownerBody.country;
    // "Rwanda denied it. Its foreign minister, Jean Doe, …": a state's office is of that state.
    else if (!next.country && !next.actsFor && ownerBody?.kind === 'state' && STATE_BODY_SECTORS.has(d.sector ?? '')) next.country = countryOfActor(kb, ownerBody.id);
    return next.refs.slice(0, 1);
  }
  if (d.standsFor) return standingReferent(ctx.doc, d, drafts, k, (id) => kb.byId(id)?.kind === 'state');
  // a person's side in a pair is their state ("Maduro met Ali … the two countries"); "the two men" are no women
  const stateOf = (x: Draft): string | null => {
    const c = x.country ?? (x.refs.length === 1 ? countryOfActor(kb, x.refs[0]) : null);
    return c && kb.byId(`state:${c}`) ? `state:${c}` : null;
  };
  const about = { stateOf, fits: (x: Draft) => !d.gender || namedGender(ctx, x) !== (d.gender === 'm' ? 'f' : 'm') };
  if (d.pairOf) return describedParties(ctx.doc, drafts, k, d.pairOf, d.partyCount ?? 2, about);
  // "A Russian diplomat", "an Iranian official": an indefinite description brings in someone new,
  // never a person named before nor the office-holder of the day.
  if (!d.plural && isIndefinite(ctx, d)) return [];
  const fitsRole = ROLE_FITS[d.role ?? ''] ?? (d.role ? [d.role] : []);
  if (d.plural) {
    // "a dozen senators", "the three leaders", "our politicians", "his representatives": not the two named.
    if (othersThanTwo(ctx, d)) return [];
    // "the two leaders", "both leaders": the last two people named who fit the role.
    // Whoever acts on them in their own clause is neither ("Lula offered to host a meeting between the two leaders").
    const acting = new Set(actorsOnDescription(ctx.doc, drafts, k).flatMap((p) => drafts[p].refs));
    const keys: string[] = [];
    const fitsPlural = PLURAL_ROLE_FITS[d.role ?? ''] ?? fitsRole;
    for (let p = persons.length - 1; p >= 0 && keys.length < 2; p--) {
      const c = persons[p];
      if (keys.includes(c.key) || acting.has(c.key) || (fitsPlural.length && !c.roles.some((r) => fitsPlural.includes(r)))) continue;
      keys.push(c.key);
    }
    if (keys.length === 2) return keys;
    // "The leaders of Serbia and Kosovo met … urged the two leaders": nobody named, the office-holders
    // of the two states named before.
    return fitsPlural.length && !d.country && namesTwo(ctx.doc, d) ? describedParties(ctx.doc, drafts, k, 'state', 2, about) : [];
  }
  if (d.role === 'counterpart') {
    // "his Tanzanian counterpart": the office the possessor holds, in the described country.
    const owner = persons[persons.length - 1];
    if (!owner || !d.country || !date) return [];
    for (const role of owner.roles) {
      if (!SPECIFIC_OFFICES.has(role) || d.country === owner.country) continue;
      const holder = kb.holderOf(d.country, role as PersonRole, date);
      if (holder) return [holder.id];
    }
    return [];
  }
  // "the far-right leader", "the political leader", "the party's leader": a movement's leader, not a state's.
  const fits = d.role === 'leader' && leadsMovement(ctx, d, drafts, k) ? MOVEMENT_LEADERS : ROLE_FITS[d.role ?? ''] ?? (d.role ? [d.role] : []);
  // "the Rt. Hon. Prime Minister": the person first named with the same courtesy title
  // ("Rt. Hon. Prime Minister Pushpa Kamal Dahal"), not the last prime minister named.
  const courtesy = courtesyOf(ctx.doc, d.tokStart, d.tokEnd);
  if (courtesy) {
    const same = persons.find((c) => c.start < d.tokStart && courtesyOf(ctx.doc, c.start, c.end) === courtesy && (!fits.length || c.roles.some((r) => fits.includes(r))));
    if (same) return [same.key];
  }
  // "the Ohio governor" is nobody the article placed in another region ("Florida Gov. Jane Roe").
  const elsewhere = (key: string) => {
    const homes = d.home ? persons.filter((c) => c.key === key).flatMap((c) => c.homes) : [];
    return homes.length > 0 && !homes.includes(d.home as string);
  };
  // "the Vermont senator": someone the article or the knowledge base places there before someone placed nowhere.
  const placedThere = d.home ? [...persons].reverse().find((c) => c.homes.includes(d.home as string) && (!d.country || c.country === d.country) && (!fits.length || c.roles.some((r) => fits.includes(r)))) : undefined;
  if (placedThere) return [placedThere.key];
  for (let p = persons.length - 1; p >= 0; p--) {
    const c = persons[p];
    if (d.country && c.country !== d.country) continue;
    if (elsewhere(c.key)) continue;
    if (fits.length && !c.roles.some((r) => fits.includes(r))) continue;
    if (!d.country && !fits.length) continue;
    return [c.key];
  }
  // Nobody named yet: the office-holder of that day ("the Kazakh president") — unless the office is
  // placed abroad ("Russia's top diplomat in Warsaw" is an ambassador, not the foreign minister).
  const placedAbroad = placedIn(ctx, d, drafts);
  if (d.country && date && fits.length && !placedAbroad) {
    for (const role of fits) {
      if (!SPECIFIC_OFFICES.has(role)) continue;
      const holder = kb.holderOf(d.country, role as PersonRole, date);
      if (holder) return [holder.id];
    }
  }
  // A capitalised office of a named country ("the Dutch Foreign Minister") is a person the article
  // does not name: keep them, named by the office.
  const office = ctx.doc.text.slice(ctx.doc.tokens.start[d.tokStart], ctx.doc.tokens.end[d.tokEnd - 1]);
  if (d.country && d.title && /^\p{Lu}/u.test(d.title) && d.role && SPECIFIC_OFFICES.has(d.role)) {
    d.name = office.replace(/^(the|a|an)\s+/i, '');
    return [newKey('person', d.name)];
  }
  return [];
}

/**
 * "A spokesperson for the foreign ministry": a body named without its state is the state in view's
 * (the one state named so far, or the one the previous sentence was about), as coref.ts reads a
 * new office-holder's title.
 */
function bodyStateInView(ctx: CorefContext, d: Draft, drafts: readonly Draft[], k: number): string | null {
  const isState = (id: string) => ctx.kb.byId(id)?.kind === 'state';
  const id = oneStateInView(ctx.doc, d, drafts, k, isState, false) ?? topicStateOf(ctx.doc, d, drafts, k, isState);
  return id ? id.slice('state:'.length) : null;
}

/** Roles a movement's leader may hold. */
const MOVEMENT_LEADERS: readonly string[] = ['party leader', 'opposition leader'];

/** Offices held by one person at a time, so that "the Dutch Foreign Minister" names someone. */
const SPECIFIC_OFFICES = new Set(['head of state', 'head of government', 'foreign minister', 'defence minister', 'vice president', 'deputy head of government', 'speaker']);
