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
import { addApposition, stateAfterOf } from './apposition.js';
import { stateIso, text, type ComposeContext } from './compose-context.js';
import { draft, partOf, type Draft } from './draft.js';
import { STATE_OF_SUFFIX } from './kb-matcher.js';
import { extendWithPlace, orgAfterState, orgSector } from './org-drafts.js';
import { curatedPlaceDraft, placeDraft } from './place-drafts.js';
import { readChain, type Chain } from './title-chain.js';
import { afterLocative, isDescriptionOpener, isPossessive, nextToSpeechVerb, wordAt } from './token-context.js';
import type { Unit } from './units.js';

/** Title words that never stand before a name as its title ("the Official Security Assistance framework"). */
const NOT_PRE_NAME = new Set(['official', 'officials', 'expert', 'experts']);

/** Sectors whose group nouns name actors even without a country ("rebels", "protesters"). */
const STANDALONE_GROUP_SECTORS = new Set(['REB', 'CVL', 'OPP', 'INS', 'SEP', 'REF', 'CRM', 'COP', 'ETH']);
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
  return d;
}

/** Mention drafts of sentence `s` from its units. */
export function composeMentions(ctx: ComposeContext, s: number, units: readonly Unit[]): Draft[] {
  const { doc, kb, gazetteer, cues } = ctx;
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
    // "Kenya Airways", "Delhi Forum for Strategic Affairs": a state or capital opening an organisation's name.
    const owned = orgAfterState(ctx, units, i, out);
    if (owned) {
      out.push(owned);
      i += 2;
      continue;
    }
    const chain = readChain(ctx, units, i, from, to, out);
    const core = chain.next < units.length ? units[chain.next] : null;
    const adjacent = core !== null && (chain.end === chain.start || core.tokStart === chain.end);
    const hasMods = chain.end > chain.start;

    // A person: a known person or an unknown name after a title chain.
    const preNameTitle = chain.titles.some((t) => !NOT_PRE_NAME.has(t.key));
    if (core && adjacent && (isKbPerson(core) || (core.kind === 'name' && (preNameTitle || chain.gender !== undefined) && !orgSector(doc, core, cues)))) {
      out.push(...chain.adjectiveStates);
      const kbForm = isKbPerson(core) ? core.actors![0] : null;
      const d = personFromChain(chain, core, chain.start, { kbId: kbForm?.id ?? null, name: kbForm ? null : text(doc, core.tokStart, core.tokEnd) });
      addApposition(ctx, d, to, units);
      // "King Hassan of Morocco", "President Sall of Senegal": the title's country after the name.
      if (!d.country && chain.titles.length && doc.tokenText(d.tokEnd).toLowerCase() === 'of') d.country = stateAfterOf(ctx, d.tokEnd, Math.min(to, d.tokEnd + 6));
      out.push(d);
      i = chain.next + 1;
      continue;
    }
    // A group or body: "Indian troops", "Chinese oil companies", "West African mediators", "the Russian defence ministry".
    const group = groupAfter(ctx, chain, units, from, to);
    if (group) {
      out.push(...chain.adjectiveStates);
      out.push(group.draft);
      i = group.next;
      continue;
    }
    // An organisation named by its head noun, with the chain's country ("Russian Defense Ministry").
    if (core && adjacent && core.kind === 'name' && orgSector(doc, core, cues) && !curatedPlaceDraft(ctx, core, true)) {
      const d = draft('org', chain.start, core.tokEnd, 'name', { name: text(doc, chain.start, core.tokEnd), country: chain.country, sector: orgSector(doc, core, cues) });
      extendWithPlace(ctx, d, units, to, out);
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
    if (chain.titles.length && !former && (chain.possessor || isDescriptionOpener(wordAt(doc, chain.start - 1, from, to)) || isDescriptionOpener(wordAt(doc, chain.start - 2, from, to)))) {
      out.push(...chain.adjectiveStates);
      const plural = chain.titles.some((t) => t.plural);
      // The description takes in the words between its determiner and the chain ("the two authoritarian leaders").
      let start = chain.start;
      for (let k = chain.start - 1; k >= Math.max(from, chain.start - 3) && /^[\p{Ll}\d][\p{Ll}\d-]*$/u.test(doc.tokenText(k)) && !isDescriptionOpener(wordAt(doc, k, from, to)); k--) start = k;
      const d = draft('description', start, chain.end, 'description', { country: chain.country, role: chain.titles[0].role, title: chain.titleText, sector: chain.titles[0].sector, plural });
      out.push(d);
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
    const d = single(ctx, u, from, to, units, out);
    // An ambiguous name the article has not decided yet ("Congress"): coreference context decides later.
    if (d?.kbId && u.kind === 'kb' && !ctx.seen.has(d.kbId) && new Set(u.actors?.map((a) => a.id)).size > 1) d.readings = u.actors?.map((a) => ({ id: a.id, sector: a.sector }));
    if (d) out.push(d);
    i++;
  }
  return out;
}

function isKbPerson(u: Unit): boolean {
  return u.kind === 'kb' && !!u.actors?.length && u.actors[0].kind === 'person';
}

/** A group noun after the chain (allowing two lower-case words between: "Chinese oil companies"). */
function groupAfter(ctx: ComposeContext, chain: Chain, units: readonly Unit[], from: number, to: number): { draft: Draft; next: number } | null {
  const { doc, cues } = ctx;
  let t = chain.end;
  let skipped = 0;
  while (t < to && skipped <= 2) {
    const u = units.find((x) => x.tokStart === t);
    const agents: readonly KbAgentForm[] = u?.agents ?? [];
    const groupForm = agents.find((a) => a.group);
    const word = doc.tokenText(t).toLowerCase();
    const collective = !u && cues.collectiveNouns.has(word);
    if (groupForm || collective) {
      const end = u ? u.tokEnd : t + 1;
      const sector = groupForm?.sector ?? null;
      const hasCountry = chain.country !== null || chain.region;
      // Without a country only plural people nouns make a group ("rebels", "protesters"; not "opposition").
      const pluralNoun = !!groupForm && (groupForm.plural || /[^s]s$/.test(groupForm.form) || sector === 'COP');
      if (!hasCountry && !(sector && STANDALONE_GROUP_SECTORS.has(sector) && pluralNoun)) return null;
      // A singular body ("army", "ministry", "police") is an organisation; "troops", "officials" a group.
      const body = groupForm && !groupForm.plural && !/[^s]s$/.test(groupForm.form) && sector !== null && BODY_SECTORS.has(sector);
      const start = chain.end > chain.start ? chain.start : t;
      const name = text(doc, start, end);
      const d = draft(body ? 'org' : 'group', start, end, 'description', { name, country: chain.country, sector, plural: !body });
      if (!body) splitByCountry(doc, d, chain, chain.end);
      const next = u ? units.indexOf(u) + 1 : units.findIndex((x) => x.tokStart >= end);
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

/** "Hungarian and Romanian officials": one group per country, all referred to by the mention. */
function splitByCountry(doc: Doc, d: Draft, chain: Chain, headStart: number): void {
  if (chain.adjectiveStates.length < 2) return;
  const head = text(doc, headStart, d.tokEnd);
  d.split = chain.adjectiveStates.map((a) => ({ name: `${text(doc, a.tokStart, a.tokEnd)} ${head}`, country: a.country }));
}

/** A lower-case word that can modify a noun: an adjective or noun by its tag, or — untagged — not a verb form. */
function isModifierWord(doc: Doc, t: number): boolean {
  const w = doc.tokenText(t);
  if (!/^\p{Ll}[\p{Ll}-]*$/u.test(w)) return false;
  if (doc.has('pos')) {
    const p = doc.pos(t);
    return p === 'ADJ' || p === 'NOUN' || p === 'PROPN';
  }
  return !/(ed|ing)$/.test(w) && !/^(said|says|told|tells|is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|do|does|did|to|and|or|but|of|in|on|at|by|for|with|from|as|that|which|who)$/.test(w);
}

/** A draft for a unit standing alone. */
function single(ctx: ComposeContext, u: Unit, from: number, to: number, units: readonly Unit[], out: Draft[]): Draft | null {
  const { doc, kb, gazetteer, cues } = ctx;
  if (u.kind === 'pronoun') return draft('pronoun', u.tokStart, u.tokEnd, 'pronoun', { gender: u.gender === 'm' || u.gender === 'f' ? u.gender : null, plural: u.gender === 'pl' });
  if (u.kind === 'kb' && u.actors?.length) {
    // Among readings of an ambiguous name, one the article has already named wins ("Brussels" after the EU).
    const f = u.actors.find((a) => ctx.seen.has(a.id)) ?? u.actors[0];
    const prev = wordAt(doc, u.tokStart - 1, from, to);
    // A capital as a modifier ("the Vienna meeting", "the Beijing Olympics") names a place, not an actor.
    const nextIsNoun = doc.has('pos') ? doc.pos(u.tokEnd) === 'NOUN' : /^\p{Ll}/u.test(wordAt(doc, u.tokEnd, from, to));
    if (f.via === 'metonym' && /^(the|a|an)$/.test(prev) && !/^the\s/i.test(f.form) && nextIsNoun && !isPossessive(doc, u.tokEnd)) {
      return placeDraft(ctx, u, true, f.kind === 'state' ? stateIso(kb, f) : null);
    }
    if (f.via === 'metonym' && f.kind !== 'state' && afterLocative(doc, u.tokStart, from)) return placeDraft(ctx, u, true) ?? null;
    // A lower-case description ("the bloc", "the alliance", "the world body") refers back to an
    // organisation already named; it never introduces one.
    if (f.needsContext && !/^\p{Lu}/u.test(doc.tokenText(u.tokStart)) && !ctx.seen.has(f.id)) return null;
    if (f.kind === 'state') {
      const iso = stateIso(kb, f);
      // Entities no state recognises ("the breakaway region of Transnistria") are places, not state actors.
      if ((kb.byId(f.id) as KbState | undefined)?.status === 'unrecognised') return f.via === 'name' || f.via === 'alias' ? placeDraft(ctx, u, true) : null;
      const former = (kb.byId(f.id) as KbState | undefined)?.status === 'former';
      // A demonym before a noun evokes its state ("Israeli air raids", "an Indian proposal", "Chinese
      // foreign policy"); a former state's ("Soviet") does not make it an actor today.
      if (f.via === 'adjective' && u.charStart !== undefined) {
        // "a Greek-flagged tanker", "Russian-controlled towns": the flag or the holder is the state.
        return !former && STATE_OF_SUFFIX.test(doc.text.slice(u.charEnd, doc.tokens.end[u.tokEnd - 1]).toLowerCase()) ? draft('state', u.tokStart, u.tokEnd, 'demonym', { ...partOf(u), kbId: f.id, country: iso }) : null;
      }
      if (f.via === 'adjective') return !former && isModifierWord(doc, u.tokEnd) ? draft('state', u.tokStart, u.tokEnd, 'demonym', { kbId: f.id, country: iso }) : null;
      if (f.via === 'demonym') {
        if (prev === 'the' && !isModifierWord(doc, u.tokEnd)) return draft('state', u.tokStart, u.tokEnd, 'demonym', { ...partOf(u), kbId: f.id, country: iso });
        // "Palestinians", "Libyans": the people of a state, as a group.
        if (/s$/.test(doc.tokenText(u.tokEnd - 1))) return draft('group', u.tokStart, u.tokEnd, 'demonym', { name: text(doc, u.tokStart, u.tokEnd), country: iso, plural: true });
        return null;
      }
      if (f.via === 'metonym') {
        if (afterLocative(doc, u.tokStart, from)) return placeDraft(ctx, u, true, stateIso(kb, f)) ?? null;
        return draft('state', u.tokStart, u.tokEnd, 'metonym', { ...partOf(u), kbId: f.id, country: iso, sector: f.sector ?? 'GOV' });
      }
      return draft('state', u.tokStart, u.tokEnd, f.via === 'name' ? 'name' : 'alias', { ...partOf(u), kbId: f.id, country: iso });
    }
    if (f.kind === 'igo') {
      // "NATO-member Norway", "EU-member states": the membership describes the state, the
      // organisation does not act.
      if (u.charEnd !== undefined && /^-(?:member|members|state|states|country|countries|nation|nations)\b/i.test(doc.text.slice(u.charEnd, doc.tokens.end[u.tokEnd - 1]))) return null;
      return draft('igo', u.tokStart, u.tokEnd, f.via === 'metonym' ? 'metonym' : 'name', { ...partOf(u), kbId: f.id });
    }
    if (f.kind === 'org') {
      // "French army", "Indian troops": a state named inside an organisation's name is mentioned too.
      if (u.tokEnd - u.tokStart > 1) {
        const head = kb.lookup(doc.tokenText(u.tokStart)).find((x) => x.kind === 'state' && (x.via === 'adjective' || x.via === 'name' || x.via === 'alias'));
        if (head) out.push(draft('state', u.tokStart, u.tokStart + 1, head.via === 'adjective' ? 'demonym' : 'name', { kbId: head.id, country: stateIso(kb, head) }));
      }
      return draft('org', u.tokStart, u.tokEnd, f.via === 'metonym' ? 'metonym' : 'name', { ...partOf(u), kbId: f.id, sector: f.sector });
    }
    if (f.kind === 'person') {
      const d = draft('person', u.tokStart, u.tokEnd, 'name', { ...partOf(u), kbId: f.id });
      addApposition(ctx, d, to, units);
      return d;
    }
    return null;
  }
  if (u.kind === 'name') {
    const name = text(doc, u.tokStart, u.tokEnd);
    const key = name.toLowerCase();
    if (cues.groupNames.has(key) && wordAt(doc, u.tokStart - 1, from, to) === 'the') return draft('group', u.tokStart - 1, u.tokEnd, 'name', { name: `the ${name}` });
    // A curated place whose last word heads organisations ("West Bank", "Gold Coast") is the place.
    const curated = curatedPlaceDraft(ctx, u, afterLocative(doc, u.tokStart, from));
    if (curated) return curated;
    const sector = u.tokEnd - u.tokStart > 1 ? orgSector(doc, u, cues) : null;
    if (sector) {
      const d = draft('org', u.tokStart, u.tokEnd, 'name', { name, sector });
      extendWithPlace(ctx, d, units, to, out);
      return d;
    }
    // A known place is a place before anything else ("Line of Control", "Samarkand").
    const place = placeDraft(ctx, u, afterLocative(doc, u.tokStart, from));
    if (place && (u.tokEnd - u.tokStart > 1 || place.place?.id.startsWith('place:'))) return place;
    const d = draft('partial', u.tokStart, u.tokEnd, 'name', { name });
    // An apposition, a speech verb, or the shape of an appositive ("…, Nasser Kanaani, dismissed",
    // "Ritu Malhotra, who studies…") says it is a person.
    if (addApposition(ctx, d, to, units) || nextToSpeechVerb(doc, u.tokStart, u.tokEnd, from, to) || personShaped(doc, u, from, to)) {
      d.kind = 'person';
      return d;
    }
    // After "Name, the/a <description>," reversed: "The elected president of Niger, Mohamed Bazoum, …".
    const prev = out[out.length - 1];
    if (prev && prev.kind === 'description' && prev.tokEnd === u.tokStart - 1 && doc.tokenText(prev.tokEnd) === ',') {
      d.kind = 'person';
      d.role = prev.role;
      d.country = prev.country;
      d.title = prev.title;
      prev.refs = [];
      return d;
    }
    if (place) return place;
    return d;
  }
  if (u.kind === 'region' && u.country) return null;
  return null;
}

/**
 * A two-to-four-word name that sits like a person in an appositive: between commas, or before
 * ", who"/", whose". Only full names (two words or more) qualify.
 */
function personShaped(doc: Doc, u: Unit, from: number, to: number): boolean {
  const n = u.tokEnd - u.tokStart;
  if (n < 2 || n > 4) return false;
  for (let t = u.tokStart; t < u.tokEnd; t++) if (!/^\p{Lu}[\p{Ll}\p{M}'’-]+\.?$|^\p{Lu}\.$/u.test(doc.tokenText(t))) return false;
  const before = wordAt(doc, u.tokStart - 1, from, to);
  const after = wordAt(doc, u.tokEnd, from, to);
  const afterNext = wordAt(doc, u.tokEnd + 1, from, to);
  if (after === ',' && (afterNext === 'who' || afterNext === 'whose')) return true;
  return before === ',' && after === ',';
}

export { isPossessive };
export type { ComposeContext } from './compose-context.js';
