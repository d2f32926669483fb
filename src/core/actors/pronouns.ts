/**
 * Pronoun resolution for coreference: he/she to the nearest person of that gender; it/its to the
 * body that speaks in a report it opens ("China told Japan it would…"), else the nearest state,
 * IGO or organisation; they/their to the nearest plural group or description, two actors joined by
 * "and", or the body whose members were just named ("ECOWAS leaders … They").
 */
import type { Doc } from '../doc/doc.js';
import type { Draft } from './draft.js';
import { quotationSpeakers } from './quoted-speakers.js';
import { spanIsSubject, wordAt } from './token-context.js';
import { isBody, reportingBody, reportingDraft, reportingPerson, reportingSubject } from './reporting-speakers.js';
import { violatorSpan } from './violated-owners.js';
import { STATE_BODY_SECTORS } from '../kb/sector-classes.js';

/** A person known in the article so far, as coreference tracks them. */
export interface KnownPerson {
  readonly key: string;
  readonly gender: 'm' | 'f' | null;
  readonly start: number;
  readonly end: number;
}

/** The entity keys a pronoun draft (at index `k` of `drafts`) refers to. */
export function resolvePronoun(doc: Doc, d: Draft, persons: readonly KnownPerson[], drafts: Draft[], k: number): string[] {
  const g = d.gender;
  if (g === 'm' || g === 'f') {
    // The nearest person of that gender; a nearer person of unknown gender ("her counterpart, Tran
    // Tuan Anh … she said") only when nobody of that gender was named in this sentence or the last.
    let unknown: KnownPerson | null = null;
    let found: KnownPerson | null = null;
    // Inside a quotation, its speaker says "I": "he" there is someone else.
    const speakers = quotationSpeakers(doc, d.tokStart, persons);
    for (let p = persons.length - 1; p >= 0; p--) {
      const c = persons[p];
      if (c.end > d.tokStart || speakers.has(c.key)) continue;
      if (c.gender === g) {
        if (!unknown || doc.sentenceOf(c.end - 1) >= doc.sentenceOf(d.tokStart) - 1) found = c;
        break;
      }
      if (!c.gender && !unknown) unknown = c;
    }
    found ??= unknown;
    // "Lula, speaking after talks with Iohannis, said he condemned …": the subject of a clause
    // reported by a person is, first of all, that person.
    const speaker = found ? reportingPerson(doc, d, persons) : null;
    if (speaker && !speakers.has(speaker.key)) return [speaker.key];
    const subject = found ? previousSubject(doc, d, found, persons) : null;
    return found ? [(subject && !speakers.has(subject.key) ? subject : found).key] : [];
  }
  // it/its: the speaker of a report it opens ("Beijing told Tokyo it would…"), else the nearest
  // state, IGO or organisation before it.
  if (!d.plural) {
    // "Its foreign minister", "its embassy": only a state (or an international body) has one.
    const fits = ownsStateOffice(doc, d) ? isStateLike : isBody;
    const speaker = reportingSubject(doc, d, drafts, k);
    if (speaker && fits(speaker)) return [speaker.refs[0]];
    const own = ownersSubject(doc, d, drafts, k);
    if (own) return [own.refs[0]];
    // "Ankara accused it of …": an object pronoun is not its own verb's subject (that is "itself").
    const subject = ownVerbSubject(doc, d);
    // "Turkish jets violated its airspace": the owner of what is violated is not the violator.
    const violator = d.tokEnd - d.tokStart === 1 ? violatorSpan(doc, d.tokStart) : null;
    // "Pakistan said Indian troops fired on its posts": a body written as a plural noun is "they", not
    // "it" — nor is the state named inside it ("Indian").
    let plural: Draft | null = null;
    for (let j = k - 1; j >= 0 && j >= k - 12; j--) {
      const c = drafts[j];
      if (subject >= 0 && c.tokStart <= subject && subject < c.tokEnd) continue;
      if (violator && c.tokStart >= violator[0] && c.tokEnd - 1 <= violator[1]) continue;
      if (plural && plural.tokStart <= c.tokStart && c.tokEnd <= plural.tokEnd) continue;
      if (writtenPlural(doc, c)) {
        plural = c;
        continue;
      }
      if (fits(c)) return [c.refs[0]];
    }
    return [];
  }
  // "The Taliban denied that they had …": a group or organisation reporting the clause the pronoun
  // opens speaks of itself, whatever plural was named before it. (Not a state: "Russia said they
  // would …" speaks of others.)
  const reporter = reportingDraft(doc, d, drafts, k) ?? reportingBody(doc, d, drafts, k);
  if (reporter && reporter.refs.length && (reporter.kind === 'group' || reporter.kind === 'org' || (reporter.kind === 'description' && reporter.plural))) {
    return reporter.kind === 'org' ? [reporter.refs[0]] : reporter.refs.slice();
  }
  // they/their: the nearest plural description or group, or two actors joined by "and" ("Iran and
  // Saudi Arabia … They"), whichever comes last before the pronoun.
  for (let j = k - 1; j >= 0 && j >= k - 12; j--) {
    const c = drafts[j];
    if ((c.kind === 'group' || (c.kind === 'description' && c.plural)) && c.refs.length) return c.refs.slice();
    // An organisation named through its members ("Hamas militants", "commanders of the RSF") is "they".
    if (c.kind === 'org' && c.plural && c.refs.length) return [c.refs[0]];
    const prev = drafts[j - 1];
    if (prev && isActorDraft(c) && isActorDraft(prev) && joinedByAnd(doc, prev, c) && !endsList(doc, drafts, j - 1)) return [...new Set([...prev.refs, ...c.refs])];
    if (isBody(c) && namesMembers(doc, c)) return [c.refs[0]];
  }
  return [];
}

/**
 * Offices and bodies only a state (or an international organisation) has, as the words after a
 * possessive pronoun: "its foreign minister", "its ambassador", "its government", "its president".
 */
const STATE_OFFICE = /^(?:(?:top|new|former|acting|deputy|vice|foreign|defen[cs]e|interior|finance|prime)\s+)*(?:minister|ministry|ambassadors?|embassy|consulate|government|president|parliament|army|navy|air\s+force|armed\s+forces|envoys?|diplomats?|head\s+of\s+state)$/;

/** Whether the possessive pronoun `d` ("its") owns a state's office or body. */
function ownsStateOffice(doc: Doc, d: Draft): boolean {
  if (!/^its$/i.test(doc.tokenText(d.tokStart))) return false;
  const words: string[] = [];
  for (let t = d.tokEnd; t < Math.min(doc.length, d.tokEnd + 4) && /^[a-z]+$/.test(doc.tokenText(t)); t++) {
    words.push(doc.tokenText(t));
    // The office must end the noun phrase ("its army" but not "its army bases").
    if (STATE_OFFICE.test(words.join(' ')) && !isNounAfter(doc, t + 1)) return true;
  }
  return false;
}

/** Whether the token at `t` is a noun continuing a compound ("its army bases"); untagged text tells nothing. */
function isNounAfter(doc: Doc, t: number): boolean {
  return t < doc.length && doc.has('pos') && /^[a-z]+$/.test(doc.tokenText(t)) && doc.pos(t) === 'NOUN';
}

/** A state, an international organisation, a state's own body, or a description standing for a state or bloc. */
function isStateLike(c: Draft): boolean {
  if (!isBody(c)) return false;
  if (c.kind === 'state' || c.kind === 'igo') return true;
  if (c.kind === 'description') return c.standsFor === 'state' || c.standsFor === 'bloc';
  return !!c.country && STATE_BODY_SECTORS.has(c.sector ?? '');
}

/**
 * A subject pronoun opening its clause continues the previous sentence's subject ("Japarov invited
 * Putin to visit. He stated it…" is Japarov): the person, of a gender that fits, who was the
 * subject of that sentence's main verb — when the nearest candidate `found` is in that sentence
 * but is not its subject, and nobody was named earlier in the pronoun's own sentence.
 */
function previousSubject(doc: Doc, d: Draft, found: KnownPerson, persons: readonly KnownPerson[]): KnownPerson | null {
  if (!doc.has('deps') || !/^nsubj/.test(doc.deprel(d.tokStart))) return null;
  const s = doc.sentenceOf(d.tokStart);
  if (s === 0 || doc.sentenceOf(found.end - 1) !== s - 1 || isMainSubject(doc, found)) return null;
  // A candidate of the pronoun's known gender is not given up for someone of unknown gender.
  const fits = (c: KnownPerson) => c.gender === d.gender || (!c.gender && !found.gender);
  const subject = persons.find((c) => doc.sentenceOf(c.end - 1) === s - 1 && fits(c) && isMainSubject(doc, c));
  return subject && subject.key !== found.key ? subject : null;
}

/** Whether a token of the mention is the subject of its sentence's root. */
function isMainSubject(doc: Doc, c: KnownPerson): boolean {
  return spanIsSubject(doc, c.start, c.end, true);
}

/** Plural nouns for the people or units who act for a body ("ECOWAS leaders", "ministers of the EU"). */
const MEMBERS = new Set([
  'leaders', 'ministers', 'officials', 'diplomats', 'envoys', 'negotiators', 'lawmakers', 'legislators', 'members', 'delegates',
  'delegations', 'representatives', 'heads', 'chiefs', 'commanders', 'troops', 'forces', 'soldiers', 'authorities', 'governments',
]);

/**
 * Whether the text names a body through its members, so that a later "they" is the body: the body
 * before a plural member noun ("ECOWAS leaders", "EU foreign ministers") or after one with "of"
 * ("leaders of the Group of Seven").
 */
function namesMembers(doc: Doc, c: Draft): boolean {
  const w = (t: number) => wordAt(doc, t);
  // "<body> [one lower-case modifier] <members>"
  const modifier = c.tokEnd < doc.length ? doc.tokenText(c.tokEnd) : '';
  if (MEMBERS.has(w(c.tokEnd)) || (/^[a-z-]+$/.test(modifier) && MEMBERS.has(w(c.tokEnd + 1)))) return true;
  // "<members> of [the] <body>"
  const of = w(c.tokStart - 1) === 'the' ? c.tokStart - 2 : c.tokStart - 1;
  return w(of) === 'of' && MEMBERS.has(w(of - 1));
}

/**
 * A mention whose last word is a plural common noun ("Indian troops", "security forces"), whatever
 * single body it stands for: English refers to it as "they". (Not a name: "the Israel Defense Forces".)
 */
function writtenPlural(doc: Doc, c: Draft): boolean {
  const last = c.tokEnd - 1;
  const word = doc.tokenText(last);
  return doc.has('pos') && doc.pos(last) === 'NOUN' && /^[a-z-]+s$/.test(word) && !/(?:ss|us|is)$/.test(word);
}

/**
 * "its own": the subject of the sentence's main clause, however many bodies stand between ("Estonia
 * expelled the Russian ambassador over the expulsion of its own envoy from Moscow" is Estonia's
 * envoy). Null when "own" does not follow or the subject is no body.
 */
function ownersSubject(doc: Doc, d: Draft, drafts: Draft[], k: number): Draft | null {
  if (wordAt(doc, d.tokEnd) !== 'own' || !doc.has('deps')) return null;
  const s = doc.sentenceOf(d.tokStart);
  for (let j = 0; j < k; j++) {
    const c = drafts[j];
    if (doc.sentenceOf(c.tokStart) === s && isBody(c) && spanIsSubject(doc, c.tokStart, c.tokEnd, true)) return c;
  }
  return null;
}

/**
 * The subject token of the verb whose object the pronoun `d` is ("Ankara accused **it**" → Ankara),
 * or -1 (a possessive, a subject, or no parse).
 */
function ownVerbSubject(doc: Doc, d: Draft): number {
  if (!doc.has('deps') || d.tokEnd - d.tokStart !== 1 || !/^(?:obj|iobj)$/.test(doc.deprel(d.tokStart))) return -1;
  const verb = doc.head(d.tokStart);
  if (verb < 0) return -1;
  for (let t = doc.sentences.tokStart[doc.sentenceOf(verb)]; t < doc.sentences.tokEnd[doc.sentenceOf(verb)]; t++) {
    if (doc.head(t) === verb && doc.deprel(t) === 'nsubj') return t;
  }
  return -1;
}

const ACTOR_KINDS = new Set(['person', 'state', 'igo', 'org', 'group']);
const isActorDraft = (d: Draft) => ACTOR_KINDS.has(d.kind) && d.refs.length > 0;

/** Whether draft `p` follows another actor and a comma: the last two of a longer list ("Brazil, Colombia and Chile"). */
export function endsList(doc: Doc, drafts: readonly Draft[], p: number): boolean {
  const before = drafts[p - 1];
  return !!before && isActorDraft(before) && before.tokEnd + 1 === drafts[p].tokStart && doc.tokenText(before.tokEnd) === ',';
}

/** True when only "and" (possibly after a comma) stands between two drafts. */
export function joinedByAnd(doc: Doc, a: Draft, b: Draft): boolean {
  const words = wordsBetween(doc, a, b, 2);
  return words === 'and' || words === ', and' || words === '&';
}

/**
 * The lower-cased tokens between two drafts joined by spaces (", and the"), when one to `max` of
 * them stand there; else null.
 */
export function wordsBetween(doc: Doc, a: Draft, b: Draft, max: number): string | null {
  const gap = b.tokStart - a.tokEnd;
  if (gap < 1 || gap > max) return null;
  return Array.from({ length: gap }, (_, i) => doc.tokenText(a.tokEnd + i).toLowerCase()).join(' ');
}
