/**
 * A unit standing alone becomes a mention draft: a known state read by name, metonym, demonym or
 * adjective; an IGO, organisation or person the knowledge base knows; a place; or an unknown name —
 * an organisation by its head noun, a place the gazetteer knows, else a partial name that the
 * context (an apposition, a speech verb, the shape of an appositive) may show to be a person.
 */
import type { Doc } from '../doc/doc.js';
import type { KbAgentForm } from '../kb/name-index.js';
import type { KbState } from '../kb/types.js';
import { addApposition } from './apposition.js';
import { isGenericBody, stateIso, text, type ComposeContext } from './compose-context.js';
import { draft, partOf, type Draft } from './draft.js';
import { describedPerson } from './descriptor-names.js';
import { STATE_OF_SUFFIX } from './kb-matcher.js';
import { holderSpan } from './held-territory.js';
import { completeOrgName, orgSector } from './org-drafts.js';
import { placeDraft } from './place-drafts.js';
import { readPartyTag } from './party-tags.js';
import { afterLocative, isModifierWord, isPossessive, nextToSpeechVerb, wordAt } from './token-context.js';
import type { Unit } from './units.js';

/** Words after which a capital names a document or a negotiating format, not its state ("the Ankara Declaration"). */
const DOCUMENT_WORDS: ReadonlySet<string> = new Set(['declaration', 'accord', 'accords', 'agreement', 'agreements', 'protocol', 'treaty', 'convention', 'conventions', 'communique', 'communiqué', 'charter', 'format', 'process', 'memorandum', 'pact']);

/** Sectors of bodies whose common noun may stand beside their name ("the newspaper …", "the … party", "the charity …"). */
const NAMED_BODY_SECTORS: ReadonlySet<string> = new Set(['MED', 'PTY', 'NGO', 'BUS', 'EDU', 'OPP', 'REB']);

/** Head nouns of a body, not of a person ("newspaper", not "reporter"; "party", not "activist"). */
const BODY_HEADS = /^(?:party|newspaper|paper|broadcaster|agency|charity|ngo|company|firm|corporation|bank|university|group|movement|coalition|alliance|watchdog)$/;

/** A singular noun of a body of a sector that names its bodies ("the opposition newspaper", "the party"). */
function isBodyNoun(a: KbAgentForm): boolean {
  return a.group && !a.plural && !a.role && NAMED_BODY_SECTORS.has(a.sector ?? '') && BODY_HEADS.test(a.key.split(' ').pop() ?? '');
}

/** Lower-case nouns of a body of any kind, which follow its name ("the Kifaya movement"). */
const BARE_BODY_NOUN = /^(?:group|movement)$/;

/** Names of days and months, which date a body's noun rather than name it ("the Sunday newspaper"). */
const TEMPORAL = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/i;

/** Feasts and seasons, which make a "party" a gathering rather than name one ("the office Christmas party"). */
const OCCASION = /\b(?:christmas|xmas|easter|halloween|thanksgiving|new year'?s?|ramadan|iftar|eid|diwali|hanukkah|passover|holiday|summer|winter|spring|autumn)\b/i;

/** A draft for a unit standing alone (no title chain or group noun around it), or null. */
export function unitAloneDraft(ctx: ComposeContext, u: Unit, from: number, to: number, units: readonly Unit[], out: Draft[]): Draft | null {
  const { doc, kb, cues } = ctx;
  if (u.kind === 'pronoun') return draft('pronoun', u.tokStart, u.tokEnd, 'pronoun', { gender: u.gender === 'm' || u.gender === 'f' ? u.gender : null, plural: u.gender === 'pl' });
  if (u.kind === 'kb' && u.actors?.length) {
    // Among readings of an ambiguous name, one the article has already named wins ("Brussels" after the EU).
    const f = u.actors.find((a) => ctx.seen.has(a.id)) ?? u.actors[0];
    const prev = wordAt(doc, u.tokStart - 1, from, to);
    // A capital as a modifier ("the Vienna meeting", "the Beijing Olympics") names a place, not an actor.
    // "the Ankara Declaration", "the Oslo Accords": a capital naming a document is part of its name.
    const nextIsNoun = (doc.has('pos') ? doc.pos(u.tokEnd) === 'NOUN' : /^\p{Ll}/u.test(wordAt(doc, u.tokEnd, from, to))) || DOCUMENT_WORDS.has(wordAt(doc, u.tokEnd, from, to));
    if (f.via === 'metonym' && /^(the|a|an)$/.test(prev) && !/^the\s/i.test(f.form) && nextIsNoun && !isPossessive(doc, u.tokEnd)) {
      return placeDraft(ctx, u, true, f.kind === 'state' ? stateIso(kb, f) : null);
    }
    if (f.via === 'metonym' && f.kind !== 'state' && afterLocative(doc, u.tokStart, from)) return placeDraft(ctx, u, true) ?? null;
    // A lower-case description ("the bloc", "the alliance", "the world body") refers back to an
    // organisation already named; it never introduces one.
    if (f.needsContext && !/^\p{Lu}/u.test(doc.tokenText(u.tokStart)) && !ctx.seen.has(f.id)) return null;
    // After a plural possessive ("the Serbian Workers' Union", "the Veterans' Party") a short name is
    // the head of a longer one, not the body the knowledge base knows by it ("the Union" = the EU).
    if (f.needsContext && u.tokStart > from && /^['\u2019]$/.test(doc.tokenText(u.tokStart - 1))) return null;
    if (f.kind === 'state') {
      const iso = stateIso(kb, f);
      // Entities no state recognises ("the breakaway region of Transnistria") are places, not state actors.
      if ((kb.byId(f.id) as KbState | undefined)?.status === 'unrecognised') return f.via === 'name' || f.via === 'alias' ? placeDraft(ctx, u, true) : null;
      const former = (kb.byId(f.id) as KbState | undefined)?.status === 'former';
      // A demonym before a noun evokes its state ("Israeli air raids", "an Indian proposal", "Chinese
      // foreign policy"); a former state's ("Soviet") does not make it an actor today.
      if (f.via === 'adjective' && u.charStart !== undefined) {
        // "a Greek-flagged tanker", "Russian-controlled towns": the flag or the holder is the state.
        if (former || !STATE_OF_SUFFIX.test(doc.text.slice(u.charEnd, doc.tokens.end[u.tokEnd - 1]).toLowerCase())) return null;
        const held = holderSpan(doc, u);
        return draft('state', u.tokStart, held.tokEnd, 'demonym', { ...held.extra, kbId: f.id, country: iso });
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
      const held = holderSpan(doc, u);
      return draft('state', u.tokStart, held.tokEnd, f.via === 'name' ? 'name' : 'alias', { ...held.extra, kbId: f.id, country: iso });
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
      // "Parliament", "the Assembly": a name that is only the head noun of the body's kind may be
      // another country's body (decided once the article's countries are known).
      const generic = isGenericBody(ctx, f, u.tokStart, u.tokEnd);
      const held = holderSpan(doc, u);
      return draft('org', u.tokStart, held.tokEnd, f.via === 'metonym' ? 'metonym' : 'name', { ...held.extra, kbId: f.id, sector: f.sector, ...(generic ? { generic } : {}) });
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
    const multiWord = u.tokEnd - u.tokStart > 1;
    const place = placeDraft(ctx, u, afterLocative(doc, u.tokStart, from));
    const curated = !!place?.place?.id.startsWith('place:');
    // A curated place whose last word heads organisations ("West Bank", "Gold Coast") is the place.
    if (place && multiWord && curated) return place;
    const sector = multiWord ? orgSector(doc, u, cues) : null;
    if (sector) {
      const d = draft('org', u.tokStart, u.tokEnd, 'name', { name, sector });
      completeOrgName(ctx, d, u.tokStart, u.tokEnd, units, to, out);
      return d;
    }
    // A known place is a place before anything else ("Line of Control", "Samarkand"), and so is
    // one introduced as such ("the West Bank city of Hebron, a member of …" names no person).
    if (place && (multiWord || curated || namedAsPlace(doc, u.tokStart, from))) return place;
    // "the opposition newspaper La Prensa", "the news agency Ansa": a name right after a singular
    // noun of a body names that body.
    const body = units.find((x) => x.tokEnd === u.tokStart && x.kind === 'agent')?.agents?.find((a) => isBodyNoun(a));
    if (body) return draft('org', u.tokStart, u.tokEnd, 'name', { name, sector: body.sector, country: describedBodyCountry(u.tokStart, out) });
    // "the opposition coalition Georgian Future": the name may open with a demonym, its state's.
    const demonym = units.find((x) => x.tokEnd === u.tokStart && x.kind === 'kb' && x.actors?.[0]?.kind === 'state' && x.actors[0].via === 'adjective');
    const demonymBody = demonym && units.find((x) => x.tokEnd === demonym.tokStart && x.kind === 'agent')?.agents?.find((a) => isBodyNoun(a));
    if (demonym && demonymBody) {
      const country = stateIso(kb, demonym.actors![0]);
      return draft('org', demonym.tokStart, u.tokEnd, 'name', { name: text(doc, demonym.tokStart, u.tokEnd), sector: demonymBody.sector, country: describedBodyCountry(demonym.tokStart, out) ?? country });
    }
    // "the Umma party", "the Azadliq movement": a name before the lower-case noun of its body, with
    // perhaps its translation between ("the Umma (Nation) party").
    const at = afterGloss(doc, u.tokEnd, to);
    const noun = units.find((x) => x.tokStart === at && x.kind === 'agent' && /^\p{Ll}/u.test(doc.tokenText(x.tokStart)));
    const kind = noun?.agents?.find((a) => isBodyNoun(a));
    if (noun && kind && !TEMPORAL.test(name) && !OCCASION.test(name)) return draft('org', u.tokStart, noun.tokEnd, 'name', { name: `${name} ${text(doc, noun.tokStart, noun.tokEnd)}`, sector: kind.sector });
    // "the Kifaya movement", "the Abu Sayyaf group": a bare "group" or "movement" after a name the
    // article introduces with "the" is that body's noun (its sector unknown: any kind of group).
    const bare = !noun && at < to ? doc.tokenText(at) : '';
    if (BARE_BODY_NOUN.test(bare) && wordAt(doc, u.tokStart - 1, from, to) === 'the' && !TEMPORAL.test(name) && !OCCASION.test(name) && !cues.orgHeads.has(name.toLowerCase())) {
      return draft('org', u.tokStart, at + 1, 'name', { name: `${name} ${bare}`, sector: null });
    }
    const d = draft('partial', u.tokStart, u.tokEnd, 'name', { name });
    // An apposition, a speech verb, or the shape of an appositive ("…, Nasser Kanaani, dismissed",
    // "Ritu Malhotra, who studies…") says it is a person.
    // A name after a locative preposition is where someone speaks, not who ("farmers in Kedah said").
    const speaks = nextToSpeechVerb(doc, u.tokStart, u.tokEnd, from, to) && !afterLocative(doc, u.tokStart, from);
    if (addApposition(ctx, d, to, units) || speaks || personShaped(doc, u, from, to) || (isFullName(doc, u) && readPartyTag(doc, d, to))) {
      d.kind = 'person';
      return d;
    }
    // "Adelle Nazarian of Breitbart News", "John Smith from the Brookings Institution": a full name
    // and the organisation the person works for.
    // "teacher Marc Delorme", "French engineer Anne Roux": a role noun before a full name.
    const described = describedPerson(ctx, u, from, out);
    if (described) {
      d.kind = 'person';
      d.country = described.country;
      addApposition(ctx, d, to, units);
      return d;
    }
    const employer = employerAfter(ctx, u, units, from, to);
    if (employer) {
      d.kind = 'person';
      d.affiliation = employer;
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
 * The body's noun before its name was read as a group or a description of its own ("Nicaraguan
 * opposition movement", "the opposition movement" before "Voz Libre"): it is the same body, so
 * that draft goes, and the country it had is the body's.
 */
function describedBodyCountry(nameStart: number, out: Draft[]): string | null {
  const last = out[out.length - 1];
  if (!last || last.tokEnd !== nameStart || last.kbId || last.split || (last.kind !== 'group' && last.kind !== 'description' && last.kind !== 'org')) return null;
  out.pop();
  return last.country;
}

/** Words a translation in parentheses may have ("(Nation)", "(Party of Renewal)"). */
const GLOSS_WORDS = 4;

/**
 * The token after a parenthesised translation of capitalised words starting at `t` ("Umma (Nation)
 * party" → "party"), else `t`.
 */
function afterGloss(doc: Doc, t: number, to: number): number {
  if (t >= to || doc.tokenText(t) !== '(') return t;
  // The translation may be quoted ("the Kifaya (``Enough'') movement"): quote marks do not count as words.
  let first = t + 1;
  while (first < to && QUOTE.test(doc.tokenText(first))) first++;
  for (let k = first; k < to && k <= first + GLOSS_WORDS; k++) {
    const w = doc.tokenText(k);
    if (w === ')') return k > first && /^\p{Lu}/u.test(doc.tokenText(first)) ? k + 1 : t;
    if (!/^[\p{L}'-]+$/u.test(w) && !QUOTE.test(w)) return t;
  }
  return t;
}

/** Quote marks, plain or typographic, alone as a token. */
const QUOTE = /^(?:[`'"\u2018\u2019\u201c\u201d]|``|'')$/;

/**
 * The organisation named right after a full name by "of", "from" or "at" ("… of the Brookings
 * Institution"): a known organisation, or a name holding an organisation's head word. Null when
 * the name itself is an organisation's or the words after it are none.
 */
function employerAfter(ctx: ComposeContext, u: Unit, units: readonly Unit[], from: number, to: number): string | null {
  const { doc, cues } = ctx;
  if (!isFullName(doc, u)) return null;
  if (!/^(of|from|at)$/.test(wordAt(doc, u.tokEnd, from, to))) return null;
  const at = wordAt(doc, u.tokEnd + 1, from, to) === 'the' ? u.tokEnd + 2 : u.tokEnd + 1;
  const org = units.find((x) => x.tokStart === at);
  if (!org) return null;
  const known = org.kind === 'kb' && org.actors?.[0]?.kind === 'org';
  if (!known && !(org.kind === 'name' && orgSector(doc, org, cues))) return null;
  return text(doc, org.tokStart, org.tokEnd);
}

/** Two to four capitalised words, each shaped like a part of a person's name. */
function isFullName(doc: Doc, u: Unit): boolean {
  const n = u.tokEnd - u.tokStart;
  if (n < 2 || n > 4) return false;
  for (let t = u.tokStart; t < u.tokEnd; t++) if (!/^\p{Lu}[\p{Ll}\p{M}'’-]+\.?$|^\p{Lu}\.$/u.test(doc.tokenText(t))) return false;
  return true;
}

/**
 * A two-to-four-word name that sits like a person in an appositive: between commas, or before
 * ", who"/", whose". Only full names (two words or more) qualify.
 */
function personShaped(doc: Doc, u: Unit, from: number, to: number): boolean {
  if (!isFullName(doc, u)) return false;
  const before = wordAt(doc, u.tokStart - 1, from, to);
  const after = wordAt(doc, u.tokEnd, from, to);
  const afterNext = wordAt(doc, u.tokEnd + 1, from, to);
  if (after === ',' && (afterNext === 'who' || afterNext === 'whose')) return true;
  return before === ',' && after === ',';
}

/** Whether "city of", "town of", "village of"… stands right before token `t` ("the city of Hebron"). */
function namedAsPlace(doc: Doc, t: number, from: number): boolean {
  return t - 2 >= from && doc.tokenText(t - 1).toLowerCase() === 'of' && /^(?:city|town|village|province|district|region|port|capital)$/i.test(doc.tokenText(t - 2));
}
