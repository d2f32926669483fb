/**
 * Composition: turns a sentence's units into mention drafts. It reads the patterns of news prose:
 * a title chain before a name ("Russian President Vladimir Putin", "President of Kyrgyzstan Sadyr
 * Japarov", "U.S. House of Representatives speaker Nancy Pelosi"), descriptions ("the Chinese
 * leader", "Kazakhstan's president", "the two leaders"), groups ("Indian troops", "Central Asian
 * nations", "protesters"), organisations named by their head noun ("the Russian Defense Ministry"),
 * states by name, metonym or demonym, places, pronouns, and appositions.
 */
import type { Doc } from '../doc/doc.js';
import type { KbAgentForm } from '../kb/name-index.js';
import type { KbOrg, KbState } from '../kb/types.js';
import { administrationDrafts, governmentAfterPerson } from './administrations.js';
import { addApposition, stateAfterOf } from './apposition.js';
import { text, type ComposeContext } from './compose-context.js';
import { draft, type Draft } from './draft.js';
import { cutHomeAfterName } from './home-after-name.js';
import { readPartyTag } from './party-tags.js';
import { completeOrgName, extendWithPlace, extendWithStateName, orgAfterState, orgSector } from './org-drafts.js';
import { curatedPlaceDraft } from './place-drafts.js';
import { readChain, type Chain } from './title-chain.js';
import { officeOfBodyBefore } from './body-offices.js';
import { isDescriptionOpener, isModifierWord, isPossessive, verbOfStateName, wordAt } from './token-context.js';
import { isCollectivePlural, isLoneCollective } from './collectives.js';
import { namesNoOffice } from './no-office.js';
import { unitAloneDraft } from './unit-alone.js';
import type { Unit } from './units.js';

/** Title words that never stand before a name as its title ("the Official Security Assistance framework"). */
const NOT_PRE_NAME = new Set(['official', 'officials', 'expert', 'experts']);

/** Sectors whose group nouns name actors even without a country ("rebels", "protesters"). */
const STANDALONE_GROUP_SECTORS = new Set(['REB', 'CVL', 'OPP', 'INS', 'SEP', 'REF', 'CRM', 'COP', 'ETH', 'EDU', 'RAD']);
/**
 * Sectors whose bodies, but not their people, name actors without a country: "a human rights group
 * protested", "rights groups accused the army" (CAMEO codes them as NGOs), while "aid workers" are
 * nobody's side until the text says whose they are.
 */
const STANDALONE_BODY_SECTORS: ReadonlySet<string> = new Set(['NGO']);
/** Singular nouns for many people at once, which stand alone as actors like plurals ("the crowd"). */
const CROWD_NOUNS: ReadonlySet<string> = new Set(['crowd', 'mob', 'throng']);
/** Nouns of those standing in a relation to their possessor, not of its people: "Israel's allies", "Russia's neighbours". */
const RELATIONAL = /^(?:all(?:y|ies)|partners?|neighbou?rs?|prox(?:y|ies)|clients?|enem(?:y|ies)|foes?|rivals?|adversar(?:y|ies)|opponents?)$/;
/** Words before a military noun that make it the state's own forces ("government forces", "regime troops"). */
const GOVERNMENT_FORCE_WORDS = /^(?:government|regime|pro-government|state)$/;
/** Sectors whose singular group nouns are bodies (organisations), not crowds. */
const BODY_SECTORS = new Set(['GOV', 'MIL', 'LEG', 'JUD', 'COP', 'SPY', 'PTY', 'MED', 'EDU', 'BUS', 'NGO', 'IGO']);

function personFromChain(chain: Chain, core: { tokStart: number; tokEnd: number }, start: number, extra: Partial<Draft>): Draft {
  const d = draft('person', start, core.tokEnd, 'name', { nameStart: core.tokStart, nameEnd: core.tokEnd, ...extra });
  d.country = chain.country ?? d.country;
  if (chain.titles.length) {
    d.role = chain.titles[0].role;
    d.title = chain.titleText;
    d.sector = chain.titles[0].sector;
  }
  if (chain.gender) d.gender = chain.gender;
  if (chain.affiliation) d.affiliation = chain.affiliation;
  if (chain.actsFor && !chain.country) d.actsFor = chain.actsFor;
  if (chain.home) d.home = chain.home;
  return d;
}

/** Mention drafts of sentence `s` from its units. */
export function composeMentions(ctx: ComposeContext, s: number, sentenceUnits: readonly Unit[]): Draft[] {
  const { doc, kb, cues } = ctx;
  const units = sensesNamedBefore(ctx.seen, sentenceUnits);
  const from = doc.sentences.tokStart[s];
  const to = doc.sentences.tokEnd[s];
  const out: Draft[] = [];
  let i = 0;
  while (i < units.length) {
    // Units already taken into a longer mention ("… Court of Moscow") are not read again.
    const last = out[out.length - 1];
    if (last && (units[i].charStart ?? doc.tokens.start[units[i].tokStart]) < (last.charEnd ?? doc.tokens.end[last.tokEnd - 1])) {
      i++;
      continue;
    }
    // "the Obama administration", "Putin's regime": a leader's government, not the leader.
    const government = administrationDrafts(ctx, units, i, to);
    if (government.length) {
      out.push(...government);
      i++;
      continue;
    }
    // "Kenya Airways", "Delhi Forum for Strategic Affairs": a state or capital opening an organisation's name.
    const owned = orgAfterState(ctx, units, i, out);
    if (owned) {
      out.push(owned);
      i += 2;
      continue;
    }
    const chain = readChain(ctx, units, i, from, to, out);
    // "Mexican government spokesman Luis Carrasco": the title after a state's body is an office in that state.
    chain.country ??= officeOfBodyBefore(chain, out);
    const core = chain.next < units.length ? units[chain.next] : null;
    const adjacent = core !== null && (chain.end === chain.start || core.tokStart === chain.end);
    const hasMods = chain.end > chain.start;

    // A person: a known person or an unknown name after a title chain.
    const preNameTitle = chain.titles.some((t) => !NOT_PRE_NAME.has(t.key));
    if (core && adjacent && (isKbPerson(core) || (core.kind === 'name' && (preNameTitle || chain.gender !== undefined) && !orgSector(doc, core, cues)))) {
      out.push(...chain.adjectiveStates);
      const kbForm = isKbPerson(core) ? core.actors![0] : null;
      const d = personFromChain(chain, core, chain.start, { kbId: kbForm?.id ?? null, name: kbForm ? null : text(doc, core.tokStart, core.tokEnd) });
      // "his secretary Jane Doe": an aide, whose title says nothing of a government.
      if (namesNoOffice(doc, chain.titleText, chain.end, from, !!(chain.country || chain.affiliation))) d.role = d.sector = null;
      readPartyTag(doc, d, to);
      const home = kbForm || !preNameTitle ? null : cutHomeAfterName(ctx, d);
      addApposition(ctx, d, to, units);
      // "King Hassan of Morocco", "President Sall of Senegal": the title's country after the name.
      if (!d.country && chain.titles.length && doc.tokenText(d.tokEnd).toLowerCase() === 'of') d.country = stateAfterOf(ctx, d.tokEnd, Math.min(to, d.tokEnd + 6));
      out.push(d);
      if (home) out.push(home);
      // "President Joe Biden's administration": the person's government too.
      const government = governmentAfterPerson(ctx, d, to);
      if (government) out.push(government);
      i = chain.next + 1;
      continue;
    }
    // A group or body: "Indian troops", "Chinese oil companies", "West African mediators", "the Russian defence ministry".
    const group = groupAfter(ctx, chain, units, from, to, out);
    if (group) {
      out.push(...chain.adjectiveStates);
      out.push(group.draft);
      if (group.draft.kind === 'org') extendWithStateName(ctx, group.draft, units, out);
      i = group.next;
      continue;
    }
    // An organisation named by its head noun, with the chain's country ("Russian Defense Ministry").
    if (core && adjacent && core.kind === 'name' && orgSector(doc, core, cues) && !curatedPlaceDraft(ctx, core, true)) {
      const d = draft('org', chain.start, core.tokEnd, 'name', { name: text(doc, chain.start, core.tokEnd), country: chain.country, sector: orgSector(doc, core, cues) });
      completeOrgName(ctx, d, core.tokStart, core.tokEnd, units, to, out);
      out.push(...chain.adjectiveStates);
      out.push(d);
      i = chain.next + 1;
      continue;
    }
    // A capitalised body word opening an organisation's name: "the Armed Forces of the Philippines".
    if (core && adjacent && !chain.country && core.kind === 'agent' && /^\p{Lu}/u.test(doc.tokenText(core.tokStart)) && orgSector(doc, core, cues)) {
      const d = draft('org', core.tokStart, core.tokEnd, 'name', { name: text(doc, core.tokStart, core.tokEnd), sector: orgSector(doc, core, cues) });
      extendWithPlace(ctx, d, units, to, out);
      if (d.country) {
        out.push(...chain.adjectiveStates);
        out.push(d);
        i = chain.next + 1;
        while (i < units.length && units[i].tokStart < d.tokEnd) i++;
        continue;
      }
    }
    // A national body the knowledge base knows for another country ("South Korea's Joint Chiefs of
    // Staff" is not the American one): the body of the chain's country, named as the text names it.
    if (core && adjacent && chain.country && core.kind === 'kb' && core.actors?.[0]?.kind === 'org') {
      const f = core.actors[0];
      const home = (kb.byId(f.id) as KbOrg | undefined)?.country ?? null;
      if (home && home !== chain.country) {
        out.push(...chain.adjectiveStates);
        out.push(draft('org', chain.start, core.tokEnd, 'name', { name: text(doc, chain.start, core.tokEnd), country: chain.country, sector: f.sector }));
        i = chain.next + 1;
        continue;
      }
    }
    // A description: "the Chinese leader", "Kazakhstan's president", "his counterpart", "the two leaders".
    const lastTitle = chain.titles[chain.titles.length - 1];
    if (lastTitle?.plural && (chain.country || chain.region) && !isDescriptionOpener(wordAt(doc, chain.start - 1, from, to))) {
      // "West African mediators", "Chinese diplomats": a group named by a plural title.
      out.push(...chain.adjectiveStates);
      const g = draft('group', chain.start, chain.end, 'description', { name: text(doc, chain.start, chain.end), country: chain.country, sector: lastTitle.sector, plural: true });
      splitByCountry(doc, g, chain, chain.end - 1);
      out.push(g);
      i = chain.next;
      continue;
    }
    // "a former U.S. deputy assistant secretary" describes a past office, not someone in it now.
    const former = /^(former|ex|then|late)$/.test(wordAt(doc, chain.start - 1, from, to));
    if (chain.titles.length && !former && (chain.possessor || isDescriptionOpener(wordAt(doc, chain.start - 1, from, to)) || isDescriptionOpener(wordAt(doc, chain.start - 2, from, to)) || ownedOfficeApposed(doc, chain, from, to))) {
      out.push(...chain.adjectiveStates);
      const plural = chain.titles.some((t) => t.plural);
      // The description takes in the words between its determiner and the chain ("the two authoritarian leaders").
      let start = chain.start;
      for (let k = chain.start - 1; k >= Math.max(from, chain.start - 3) && /^[\p{Ll}\d][\p{Ll}\d-]*$/u.test(doc.tokenText(k)) && !isDescriptionOpener(wordAt(doc, k, from, to)); k--) start = k;
      const d = draft('description', start, chain.end, 'description', { country: chain.country, role: chain.titles[0].role, title: chain.titleText, sector: chain.titles[0].sector, plural, ...(chain.home ? { home: chain.home } : {}) });
      // "his secretary, Jane Doe", "bowed his head": no office, so no description of anyone.
      if (!namesNoOffice(doc, chain.titleText, chain.end, from, !!(chain.country || chain.affiliation))) out.push(d);
      i = chain.next;
      continue;
    }
    if (hasMods) {
      // Demonyms before a noun evoke their states ("a Chinese proposal", "Israeli and US flags").
      if (!chain.titles.length && isModifierWord(doc, chain.end)) {
        for (const a of chain.adjectiveStates) if ((kb.byId(a.kbId ?? '') as KbState | undefined)?.status !== 'former') out.push(a);
      }
      i = chain.next;
      continue;
    }
    const u = units[i];
    const d = unitAloneDraft(ctx, u, from, to, units, out);
    // An ambiguous name the article has not decided yet ("Congress"): coreference context decides later.
    if (d?.kbId && u.kind === 'kb' && !ctx.seen.has(d.kbId) && new Set(u.actors?.map((a) => a.id)).size > 1) d.readings = u.actors?.map((a) => ({ id: a.id, sector: a.sector }));
    if (d) out.push(d);
    i++;
  }
  return out;
}

/**
 * An office held for the owner of a possessive, with its holder's name apposed: "the group's
 * military spokesman, Yahya Saree", "Hamas's political chief, …". The owner ("the group", an
 * organisation) is read by coreference; the description only has to exist. Without the apposed
 * name the phrase is left alone, since "the president's spokesman said" names nobody.
 */
function ownedOfficeApposed(doc: Doc, chain: Chain, from: number, to: number): boolean {
  // Back over lower-case modifiers of the office ("the group's military spokesman").
  let mark = chain.start - 1;
  while (mark > from && chain.start - mark <= 2 && /^\p{Ll}+$/u.test(doc.tokenText(mark))) mark--;
  if (mark - 1 < from || chain.end + 1 >= to) return false;
  const w = doc.tokenText(mark);
  if (w !== "'s" && w !== '’s') return false;
  return doc.tokenText(chain.end) === ',' && /^\p{Lu}/u.test(doc.tokenText(chain.end + 1));
}

/**
 * One sense per article: an ambiguous name whose readings include an actor the article has already
 * named reads as that actor first, wherever the name stands — alone, in a title ("RSF commander
 * Dagalo" after "the Rapid Support Forces (RSF)"), or before a group noun — not as the knowledge
 * base's first reading (Reporters Without Borders).
 */
export function sensesNamedBefore(seen: ReadonlySet<string>, units: readonly Unit[]): readonly Unit[] {
  const named = (id: string) => seen.has(id);
  return units.map((u) =>
    u.kind === 'kb' && u.actors && u.actors.length > 1 && !named(u.actors[0].id) && u.actors.some((a) => named(a.id))
      ? { ...u, actors: [...u.actors].sort((a, b) => Number(named(b.id)) - Number(named(a.id))) }
      : u,
  );
}

function isKbPerson(u: Unit): boolean {
  return u.kind === 'kb' && !!u.actors?.length && u.actors[0].kind === 'person';
}

/** A group noun after the chain (allowing two lower-case words between: "Chinese oil companies"). */
function groupAfter(ctx: ComposeContext, chain: Chain, units: readonly Unit[], from: number, to: number, out: readonly Draft[]): { draft: Draft; next: number } | null {
  const { doc, cues } = ctx;
  let t = chain.end;
  let skipped = 0;
  while (t < to && skipped <= 2) {
    const u = units.find((x) => x.tokStart === t);
    const agents: readonly KbAgentForm[] = u?.agents ?? [];
    let groupForm = agents.find((a) => a.group);
    const word = doc.tokenText(t).toLowerCase();
    const collective = !u && cues.collectiveNouns.has(word);
    // "Israel's allies", "Israel's militia ally": a state's possessive before a relation names someone else.
    if (chain.possessor && (RELATIONAL.test(word) || ((groupForm || collective) && RELATIONAL.test(wordAt(doc, u ? u.tokEnd : t + 1, from, to))))) return null;
    // "as Ankara presses Baghdad": the verb of a state named by its name or capital, not its group.
    if ((groupForm || collective) && t === chain.end && verbOfStateName(doc, t, units.find((x) => x.tokEnd === t && x.actors?.[0]?.kind === 'state')?.actors?.[0]?.via)) return null;
    if (groupForm || collective) {
      let end = u ? u.tokEnd : t + 1;
      let headUnit = u;
      // A people of one state before a group noun ("Ibo traditional elders", "Rohingya refugees"):
      // the noun heads the group, the people gives its state.
      const head = groupForm?.country ? groupNounAfter(doc, units, end, to) : null;
      const peopleOf = head ? groupForm?.country ?? null : null;
      if (head) {
        groupForm = head.form;
        headUnit = head.unit;
        end = head.unit.tokEnd;
      }
      const sector = groupForm?.sector ?? null;
      // A people of one state ("Uyghurs") is that state's unless the chain names another.
      const country = chain.country ?? peopleOf ?? groupForm?.country ?? null;
      const hasCountry = country !== null || chain.region;
      // Without a country only plural people nouns make a group ("rebels", "protesters"; not "opposition").
      // (A singular collective counts too, "a rebel group attacked a village": see collectives.ts.)
      const namedCollective = !!groupForm && isLoneCollective(ctx, groupForm, sector, chain.end > chain.start ? chain.start : t, end, from, to, out);
      const pluralNoun = !!groupForm && (groupForm.plural || /[^s]s$/.test(groupForm.form) || sector === 'COP' || CROWD_NOUNS.has(groupForm.key) || namedCollective);
      const standaloneBody = !!sector && STANDALONE_BODY_SECTORS.has(sector) && (namedCollective || (!!groupForm && isCollectivePlural(groupForm)));
      // "Government forces", "regime troops": the armed forces of the state in view, as police are.
      const governmentForce = sector === 'MIL' && !!groupForm && GOVERNMENT_FORCE_WORDS.test(wordAt(doc, (headUnit?.tokStart ?? t) - 1, from, to));
      if (!hasCountry && !(sector && STANDALONE_GROUP_SECTORS.has(sector) && pluralNoun) && !standaloneBody && !governmentForce) return null;
      // A singular body ("army", "ministry", "police") is an organisation; "troops", "officials" a group.
      const body = groupForm && !groupForm.plural && !/[^s]s$/.test(groupForm.form) && sector !== null && BODY_SECTORS.has(sector);
      const start = chain.end > chain.start ? chain.start : t;
      const name = text(doc, start, end);
      const d = draft(body ? 'org' : 'group', start, end, 'description', { name, country, sector, plural: !body });
      if (!body) splitByCountry(doc, d, chain, chain.end);
      const next = headUnit ? units.indexOf(headUnit) + 1 : units.findIndex((x) => x.tokStart >= end);
      return { draft: d, next: next < 0 ? units.length : next };
    }
    // Only modifiers may stand between the chain and its group noun ("Chinese oil companies"); after a
    // title, or at a verb, the chain has ended ("the Kenyan foreign minister told reporters").
    if (u || chain.end === chain.start || chain.titles.length || !isModifierWord(doc, t)) return null;
    t++;
    skipped++;
  }
  return null;
}

/** A group noun (not another people's) at token `k`, after at most two lower-case modifiers. */
function groupNounAfter(doc: Doc, units: readonly Unit[], k: number, to: number): { form: KbAgentForm; unit: Unit } | null {
  for (let skipped = 0; k < to && skipped <= 2; k++, skipped++) {
    const unit = units.find((x) => x.tokStart === k);
    const form = unit?.agents?.find((a) => a.group && a.sector !== 'ETH');
    if (unit && form) return { form, unit };
    if (unit || !/^\p{Ll}/u.test(doc.tokenText(k)) || !isModifierWord(doc, k)) return null;
  }
  return null;
}

/** "Hungarian and Romanian officials": one group per country, all referred to by the mention. */
function splitByCountry(doc: Doc, d: Draft, chain: Chain, headStart: number): void {
  if (chain.adjectiveStates.length < 2) return;
  const head = text(doc, headStart, d.tokEnd);
  d.split = chain.adjectiveStates.map((a) => ({ name: `${text(doc, a.tokStart, a.tokEnd)} ${head}`, country: a.country }));
}

export { isPossessive };
export type { ComposeContext } from './compose-context.js';
