/**
 * Coreference within one article: partial names ("Putin", "Mr Le Drian", "Xi") to the full name
 * met before (or to the one office-holder the knowledge base knows by that surname), descriptions
 * ("the Chinese leader", "the Kazakh president", "the two leaders", "his counterpart, X") to a
 * person of that country and role, and pronouns (he/she to the nearest compatible person, it/its
 * to the nearest state or organisation, they to the nearest plural). Sets `refs` on each draft.
 */
import type { Draft } from './draft.js';
import { oneStateInView, oneStateNamedAfter, statesInView, topicStateOf } from './standing-descriptions.js';
import { resolvePronoun } from './pronouns.js';
import { cataphoricSubject } from './cataphora.js';
import { resolveOrgShortNames } from './org-short-names.js';
import { resolveParentheticalNames } from './parenthetical-names.js';
import { resolveGroupReferences } from './group-references.js';
import { text } from './compose-context.js';
import { countryOfActor } from './reading-choice.js';
import { namedGender, namesakeSearch, salientNamesake, type NamesakeSearch } from './namesakes.js';
import { heldTitledOffice, titleFits } from './title-fit.js';
import { nameWords } from './name-words.js';
import { findLeader, leadersCountry, withoutInitials } from './name-lookups.js';
import { homesOf } from './person-homes.js';
import { datelineCapitalState, officeCountryFromDateline } from './dateline-offices.js';
import { placeUnnamedStateBody } from './unnamed-state-bodies.js';
import { newKey, type CorefContext, type Known } from './coref-surroundings.js';
import { resolveDescription } from './description-referents.js';

export type { CorefContext } from './coref-surroundings.js';
export { newKey } from './coref-surroundings.js';




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

  // Pronouns that look ahead to their sentence's subject, settled once that subject is resolved.
  const cataphors: [Draft, Draft][] = [];
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
      const ahead = cataphoricSubject(ctx.doc, d, drafts, k);
      if (ahead >= 0) cataphors.push([d, drafts[ahead]]);
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
  // "While he refused …, Mr. Obama deemed …": the subject, when it is a person of a gender that fits.
  for (const [d, subject] of cataphors) {
    const p = persons.find((c) => c.start === subject.tokStart && c.end === subject.tokEnd);
    if (p && (!p.gender || p.gender === d.gender)) d.refs = [p.key];
  }
}


function matchPartial(ctx: CorefContext, d: Draft, persons: Known[], names: NamesakeSearch, drafts: Draft[]): string | null {
  const words = nameWords(d.name ?? '');
  if (!words.length) return null;
  const fits = (full: string[]) =>
    full.length > words.length &&
    (words.every((w, i) => full[full.length - words.length + i] === w) || words.every((w, i) => full[i] === w));
  // Everyone the name fits, named before or after (namesakes: "Hillary Clinton", "Bill Clinton"):
  // a courtesy title's gender decides, then whom the article names first, not merely last.
  // (the known names that fit, once per person: a person named often is many candidates)
  const knownFitting = new Map<string, string[][]>();
  const knownOf = (key: string) => {
    let fitting = knownFitting.get(key);
    if (!fitting) knownFitting.set(key, (fitting = names.knownNames(key).filter(fits)));
    return fitting;
  };
  const namesake = (key: string, full: string[], gender: 'm' | 'f' | null, tok: number) => ({ key, gender, names: [full, ...knownOf(key)], at: ctx.doc.tokens.start[tok] });
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
