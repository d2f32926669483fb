/**
 * Coreference within one article: partial names ("Putin", "Mr Le Drian", "Xi") to the full name
 * met before (or to the one office-holder the knowledge base knows by that surname), descriptions
 * ("the Chinese leader", "the Kazakh president", "the two leaders", "his counterpart, X") to a
 * person of that country and role, and pronouns (he/she to the nearest compatible person, it/its
 * to the nearest state or organisation, they to the nearest plural). Sets `refs` on each draft.
 */
import type { PersonRole } from '../kb/types.js';
import type { Doc } from '../doc/doc.js';
import type { Draft } from './draft.js';
import { oneStateInView, oneStateNamedAfter, standingReferent, statesInView, topicStateOf } from './standing-descriptions.js';
import { resolvePronoun } from './pronouns.js';
import { describedParties } from './described-parties.js';
import { actorsOnDescription } from './presented-pairs.js';
import { resolveOrgShortNames } from './org-short-names.js';
import { resolveParentheticalNames } from './parenthetical-names.js';
import { resolveGroupReferences } from './group-references.js';
import { officersActForIt } from './bodies-in-state.js';
import { text } from './compose-context.js';
import { countryOfActor } from './reading-choice.js';
import { namedGender, namesakeSearch, salientNamesake, type NamesakeSearch } from './namesakes.js';
import { heldTitledOffice, titleFits } from './title-fit.js';
import { nameWords } from './name-words.js';
import { findLeader, leadersCountry, withoutInitials } from './name-lookups.js';
import { homesOf } from './person-homes.js';
import { datelineCapitalState, officeCountryFromDateline } from './dateline-offices.js';
import { placeUnnamedStateBody } from './unnamed-state-bodies.js';
import { apposedAfter, courtesyOf, isIndefinite, leadsMovement, othersThanTwo, placedIn, possessorOf, postedIn, type CorefContext } from './coref-surroundings.js';

export type { CorefContext } from './coref-surroundings.js';

/** Entity key of a person, organisation or group the knowledge base does not know. */
export function newKey(kind: string, name: string): string {
  return `new:${kind}:${name.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
}


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

/** A person known in the article so far: entity key, name words, country, role, gender, sentence. */
interface Known {
  key: string;
  words: string[];
  country: string | null;
  roles: string[];
  gender: 'm' | 'f' | null;
  start: number;
  end: number;
  /** The regions of their state the mention or their known offices place them in ("Ohio Gov. Jane Roe"). */
  homes: string[];
}

/** Resolves every draft's `refs` in place. */
export function resolveCoreference(ctx: CorefContext, drafts: Draft[]): void {
  const { kb, date } = ctx;
  const persons: Known[] = [];
  const isState = (id: string) => kb.byId(id)?.kind === 'state';
  const home = datelineCapitalState(ctx.doc, ctx.gazetteer);
  const personOf = (d: Draft): Known => {
    const found = kb.byId(d.refs[0]);
    const kbp = found?.kind === 'person' ? found : undefined;
    const roles = kbp && date ? kb.rolesAt(kbp.id, date).map((r) => r.role as string) : [];
    if (d.role) roles.push(d.role);
    const country = d.country ?? (kbp && date ? kb.roleAt(kbp.id, date)?.country ?? null : null) ?? (kbp?.roles.find((r) => r.country)?.country ?? null);
    // A person the knowledge base does not know may still have a given name only men or only women in it have.
    const given = !kbp && d.name && d.name.trim().split(/\s+/).length > 1 ? ctx.surnames.genderOfGivenName(d.name) : null;
    return { key: d.refs[0], words: nameWords(kbp?.name ?? d.name ?? ''), country, roles, gender: kbp?.gender ?? d.gender ?? given, start: d.tokStart, end: d.tokEnd, homes: d.home ? [d.home] : kbp && ctx.gazetteer ? homesOf(kbp, ctx.gazetteer, date) : [] };
  };

  // Pass 1: names the knowledge base or the text identifies outright.
  for (const d of drafts) {
    // "John R. Kasich", "Paul D. Ryan": a middle initial the knowledge base's name leaves out.
    if (!d.kbId && d.kind === 'person' && !d.split && d.name) d.kbId = withoutInitials(ctx, d.name);
    if (d.kbId) d.refs = [d.kbId];
    else if (d.split) d.refs = d.split.map((p) => newKey(d.kind, p.name));
    else if ((d.kind === 'person' || d.kind === 'org' || d.kind === 'group') && d.name) d.refs = [newKey(d.kind, d.name)];
    else if (d.kind === 'place' && d.place) d.refs = [d.place.id];
  }
  resolveOrgShortNames(ctx.doc, drafts);
  resolveParentheticalNames(ctx.doc, drafts);
  resolveGroupReferences(ctx.doc, drafts, (id) => ctx.kb.sectorOf(id, ctx.date ?? undefined));
  // Full names first, so that an early surname-only mention ("Japarov invites Putin") can find them.
  const fullNames = drafts.filter((d) => d.kind === 'person' && d.refs.length && (d.kbId || (d.name && d.name.split(/\s+/).length > 1)));
  const names = namesakeSearch(ctx, fullNames);

  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k];
    if ((d.kind === 'person' && !d.kbId) || d.kind === 'partial') {
      let found = matchPartial(ctx, d, persons, names, drafts);
      // "Mr. Khan … Ms. Khan": a surname the knowledge base does not know, met before with a courtesy
      // title of the other gender, is someone else of that name (a spouse, a sibling).
      if (found?.startsWith('new:person:') && d.gender && persons.some((c) => c.key === found && c.gender && c.gender !== d.gender)) {
        found = newKey('person', `${text(ctx.doc, d.tokStart, d.nameStart)} ${d.name ?? ''}`);
      }
      if (found) {
        d.refs = [found];
        if (d.kind === 'partial') d.kind = 'person';
      } else if (d.kind === 'partial') d.refs = [];
    } else if (d.kind === 'description') {
      d.refs = resolveDescription(ctx, d, persons, drafts, k);
    } else if (d.kind === 'pronoun') {
      d.refs = resolvePronoun(ctx.doc, d, persons, drafts, k);
    }
    // "Government spokesperson Jane Doe", "Defence Minister John Roe": a new person whose office
    // names no country holds it in the one state in view, if the text has just one. (Not someone the
    // knowledge base knows: "President Bush" before "leaving for Beijing" is still American.)
    const isNew = d.kind === 'person' && d.refs.length === 1 && d.refs[0].startsWith('new:person:') && !persons.some((p) => p.key === d.refs[0]);
    // Envoys, negotiators and mediators serve abroad or between sides: their office says nothing of the state in view.
    const servesAbroad = d.role === 'ambassador' || d.role === 'diplomat';
    // An opposition leader's opposition is to the state in view too ("Zimbabwe arrested opposition leader X").
    if (isNew && !servesAbroad && !d.country && !d.affiliation && d.title && (d.sector === 'GOV' || d.sector === 'MIL' || d.sector === 'OPP')) {
      // A state that only qualifies someone else in the same sentence ("The German government welcomed
      // President X's statement") says nothing of the new person's office.
      const topic = topicStateOf(ctx.doc, d, drafts, k, isState)?.slice('state:'.length) ?? null;
      d.country = oneStateInView(ctx.doc, d, drafts, k, isState, false)?.slice('state:'.length) ?? topic;
      // Nothing before: the one state its own sentence names after it ("President X declared a curfew in Haiti").
      if (!d.country && !statesInView(ctx.doc, d, drafts, k, isState).size) d.country = oneStateNamedAfter(ctx.doc, d, drafts, k, kb);
      // Filed from a capital: that state's office, unless another state is the topic there.
      d.country = officeCountryFromDateline(ctx.doc, home, d, drafts, k, d.country, topic);
    }
    // "the Obama administration": the government of the leader's state.
    const leader = d.leader && !d.country ? findLeader(ctx, d.leader, drafts) : null;
    if (leader) d.country = countryOfActor(kb, leader.id);
    // "President Suharto's government" with Suharto unknown: the country the person was given above.
    else if (d.leader && !d.country) d.country = drafts.slice(0, k).reverse().find((p) => p.kind === 'person' && p.country && text(ctx.doc, p.nameStart, p.nameEnd) === d.leader)?.country ?? null;
    // "The Bush administration", undated: whichever Bush is meant, every leader of that name led one country.
    if (d.leader && !d.country) d.country = leadersCountry(ctx, d.leader);
    // "Police opened fire", "The Department of Foreign Affairs said": a body of the state in view.
    placeUnnamedStateBody(ctx.doc, kb, d, drafts, k, isState);
    // People named, and descriptions that resolved to one person, are candidates for what follows.
    const onePerson = d.kind === 'description' && d.refs.length === 1 && (kb.byId(d.refs[0])?.kind === 'person' || d.refs[0].startsWith('new:person:'));
    if ((d.kind === 'person' && d.refs.length) || onePerson) persons.push(personOf(d));
  }
}

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

function matchPartial(ctx: CorefContext, d: Draft, persons: Known[], names: NamesakeSearch, drafts: Draft[]): string | null {
  const words = nameWords(d.name ?? '');
  if (!words.length) return null;
  const fits = (full: string[]) =>
    full.length > words.length &&
    (words.every((w, i) => full[full.length - words.length + i] === w) || words.every((w, i) => full[i] === w));
  // Everyone the name fits, named before or after (namesakes: "Hillary Clinton", "Bill Clinton"):
  // a courtesy title's gender decides, then whom the article names first, not merely last.
  const namesake = (key: string, full: string[], gender: 'm' | 'f' | null, tok: number) => ({ key, gender, names: [full, ...names.knownNames(key).filter(fits)], at: ctx.doc.tokens.start[tok] });
  const fitting = persons.filter((c) => fits(c.words)).map((c) => namesake(c.key, c.words, c.gender, c.start));
  for (const { draft: f, words: full } of names.fullNames) {
    if (f !== d && fits(full)) fitting.push(namesake(f.refs[0], full, namedGender(ctx, f), f.tokStart));
  }
  // A title picks the namesake who held the office it names, then or before (news keeps former
  // titles): one the article names ("Defence Minister Kemel" after "President Kemel"), else the
  // knowledge base's ("President Carter" while a defence secretary Carter is in office) — unless the
  // article names someone of that name the knowledge base does not know ("Jane Doe … Senator Doe").
  const titled = d.role || d.title ? fitting.filter((c) => heldTitledOffice(ctx.kb, c.key, d.role, d.title)) : [];
  const lone = words.length === 1 && (d.kind === 'partial' || (d.kind === 'person' && !d.kbId));
  // (Only someone named before: "President Obama … the first lady, Michelle Obama" is still the president.)
  const unknown = fitting.some((c) => ctx.kb.byId(c.key)?.kind !== 'person' && c.at < ctx.doc.tokens.start[d.tokStart]);
  const holder = lone && !titled.length && !unknown && (d.role || d.title) ? ctx.surnames.titled(words[0], (r) => titleFits(r, d.role, d.title), ctx.date, drafts) : null;
  const found = holder ? null : salientNamesake(titled.length ? titled : fitting, d.gender, names.folded);
  if (found) return found;
  // A surname alone that names exactly one office-holder of the article's time ("Erdogan said"),
  // whether or not the sentence already showed it is a person's ("Obama and Putin said").
  if (lone) {
    const p = holder ?? ctx.surnames.unique(words[0], ctx.date, drafts, d.gender);
    // What the text says of the person must fit: their country, their gender ("King Hassan").
    const fitsText = p && (!d.country || p.roles.some((r) => r.country === d.country)) && (!d.gender || !p.gender || p.gender === d.gender);
    if (p && fitsText) return p.id;
    // "President Bush": which one is unclear, whose president is not.
    if (d.kind === 'person' && d.role && !d.country) d.country = ctx.surnames.sharedCountry(words[0], d.role, ctx.date);
  }
  return d.kind === 'person' ? d.refs[0] ?? null : null;
}

function resolveDescription(ctx: CorefContext, d: Draft, persons: Known[], drafts: Draft[], k: number): string[] {
  const { kb, date } = ctx;
  // "his counterpart, Qasym-Zhomart Toqaev": the apposed name is the referent — also after a
  // phrase of where the office is held ("the US commander in Iraq, General John Doe").
  const where = postedIn(ctx, d, drafts[k + 1]) ? drafts[k + 1] : null;
  const next = drafts[where ? k + 2 : k + 1];
  if (next && next.kind === 'person' && apposedAfter(ctx, where ? where.tokEnd : d.tokEnd, next.tokStart)) {
    if (!next.refs.length && next.name) next.refs = [newKey('person', next.name)];
    next.role ??= d.role === 'counterpart' ? null : d.role;
    next.country ??= d.country;
    // "the group's military spokesman, Yahya Saree": the office is held for the possessor — an
    // organisation that is no state body (a movement, an armed group, an IGO) is whom they act for.
    const owner = possessorOf(ctx, d, drafts, k);
    const body = owner ? kb.byId(owner) : undefined;
    if (!next.country && !next.actsFor && body && officersActForIt(body.kind, body.kind === 'org' ? body.sector : null)) next.actsFor = body.id;
    // "the Chinese foreign ministry's spokeswoman, Mao Ning": a state body's officer is of its state.
    else if (!next.country && !next.actsFor && body && body.kind === 'org' && body.country) next.country = body.country;
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

/** Roles a movement's leader may hold. */
const MOVEMENT_LEADERS: readonly string[] = ['party leader', 'opposition leader'];

/** Offices held by one person at a time, so that "the Dutch Foreign Minister" names someone. */
const SPECIFIC_OFFICES = new Set(['head of state', 'head of government', 'foreign minister', 'defence minister', 'vice president', 'deputy head of government', 'speaker']);
