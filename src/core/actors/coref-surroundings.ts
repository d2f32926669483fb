/**
 * What the tokens around a description tell coreference: an abbreviated courtesy title, a
 * capitalised qualifier, a possessor right before it, an indefinite article, a posting abroad, a
 * phrase of where the office is held, and a name apposed after a comma.
 */
import type { Doc } from '../doc/doc.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { Gazetteer } from '../places/gazetteer.js';
import type { Draft } from './draft.js';
import type { SurnameIndex } from './surname-index.js';
import { isPossessive } from './token-context.js';
import { STATE_BODY_SECTORS } from '../kb/sector-classes.js';

/** What coreference reads besides the drafts. */
export interface CorefContext {
  readonly doc: Doc;
  readonly kb: KnowledgeBase;
  /** The article's date (`YYYY-MM-DD`), or null. */
  readonly date: string | null;
  readonly surnames: SurnameIndex;
  /** Where the regions of states named in role titles are found ("Senator from Vermont"). */
  readonly gazetteer?: Gazetteer;
  /** Courtesy titles that may stand between a description and the name apposed to it ("H.E. Mr."). */
  readonly honorifics?: ReadonlyMap<string, unknown>;
}

/** The abbreviated courtesy title opening tokens `[from, to)` ("Rt. Hon.", "H.E."), or ''. */
export function courtesyOf(doc: Doc, from: number, to: number): string {
  const abbreviation = (t: number) => t >= 0 && t < doc.length && /^\p{Lu}[\p{L}.]*\.$/u.test(doc.tokenText(t));
  // The mention may start inside the title ("Hon. Prime Minister X" after "Rt."): look back too.
  let start = from;
  while (start > from - 3 && abbreviation(start - 1)) start--;
  const words: string[] = [];
  for (let t = start; t < to && abbreviation(t); t++) words.push(doc.tokenText(t));
  return words.length >= 2 ? words.join(' ') : '';
}

/**
 * Whether a capitalised word qualifies the body ("West African mediators", "UN troops"): then its
 * country is the qualifier's business, not the state in view's. A capital opening the sentence
 * ("Police opened fire") is no qualifier.
 */
export function qualifiedByName(doc: Doc, d: Draft): boolean {
  const first = doc.sentences.tokStart[doc.sentenceOf(d.tokStart)];
  for (let t = d.tokStart; t < d.tokEnd - 1; t++) if (t !== first && /^\p{Lu}/u.test(doc.tokenText(t))) return true;
  return false;
}

/** The entity key of the body owning a description by a possessive right before it ("the group's spokesman"). */
export function possessorOf(ctx: CorefContext, d: Draft, drafts: readonly Draft[], k: number): string | null {
  const prev = drafts[k - 1];
  if (!prev || prev.refs.length !== 1) return null;
  const adjacent = prev.tokEnd === d.tokStart || (prev.tokEnd + 1 === d.tokStart && isPossessive(ctx.doc, prev.tokEnd));
  return adjacent ? prev.refs[0] : null;
}

/** Counts other than two, and quantifiers, of a plural description ("three leaders", "a dozen senators", "many of the lawmakers"). */
const OTHER_COUNTS = /^(?:\d+|three|four|five|six|seven|eight|nine|ten|dozen|dozens|scores|hundreds|thousands|several|many|some|most|few|all|half|other|various|numerous|usual)$/;
/** Possessives of people and speakers: "our politicians", "his representatives" are theirs, not the people named. */
const PERSONAL_POSSESSIVES = /^(?:our|his|her|my|your)$/;

/**
 * Whether a plural description counts other than two or is owned by a person, so that it is not
 * the last two people named: "the three leaders", "roughly a dozen senators", "many of the
 * lawmakers", "the usual politicians", "our politicians", "her top aides".
 */
export function othersThanTwo(ctx: CorefContext, d: Draft): boolean {
  const { doc } = ctx;
  const from = doc.sentences.tokStart[doc.sentenceOf(d.tokStart)];
  const w = (t: number) => (t >= from && t < d.tokEnd ? doc.tokenText(t).toLowerCase() : '');
  for (let t = d.tokStart - 3; t < d.tokEnd - 1; t++) if (OTHER_COUNTS.test(w(t))) return true;
  // The possessive right before the description or its modifiers ("her top aides").
  for (let t = d.tokStart - 1; t >= Math.max(from, d.tokStart - 3); t--) {
    if (PERSONAL_POSSESSIVES.test(w(t))) return true;
    if (!/^\p{Ll}+$/u.test(doc.tokenText(t)) || /^(?:the|a|an|of|and|or|,)$/.test(w(t))) break;
  }
  return PERSONAL_POSSESSIVES.test(w(d.tokStart));
}

/**
 * Words before "leader" that make it a movement's or a faith's, not a state's ("far-right",
 * "opposition", "spiritual"). Names of governing ideologies ("the Conservative leader", "the
 * Communist leader") are left out: such a leader may head the government too.
 */
const MOVEMENT = /^(?:far-right|far-left|right-wing|left-wing|opposition|rebel|insurgent|militant|separatist|jihadist|islamist|political|party|spiritual|religious|union|protest|movement|faction|tribal|community|civil-rights|student)$/;

/**
 * Whether a "leader" description names a movement's leader: a political or religious qualifier in
 * it ("the far-right leader", "the opposition leader", "the political leader") or a party's
 * possessive before it ("the party's leader"), so that it is no head of state or government.
 */
export function leadsMovement(ctx: CorefContext, d: Draft, drafts: readonly Draft[], k: number): boolean {
  for (let t = d.tokStart; t < d.tokEnd - 1; t++) if (MOVEMENT.test(ctx.doc.tokenText(t).toLowerCase())) return true;
  const owner = possessorOf(ctx, d, drafts, k);
  const body = owner ? ctx.kb.byId(owner) : undefined;
  return (body?.kind === 'org' && body.sector !== 'GOV') || (!!owner && owner.startsWith('new:org:'));
}

/** Whether the description opens with, or follows, an indefinite article ("a", "an", "another"). */
export function isIndefinite(ctx: CorefContext, d: Draft): boolean {
  const { doc } = ctx;
  const first = doc.tokenText(d.tokStart).toLowerCase();
  const before = d.tokStart > doc.sentences.tokStart[doc.sentenceOf(d.tokStart)] ? doc.tokenText(d.tokStart - 1).toLowerCase() : '';
  return /^(a|an|another)$/.test(first) || /^(a|an|another)$/.test(before);
}

/**
 * Whether a diplomat's office is placed in another country ("Russia's top diplomat in Warsaw" is
 * an ambassador, not the foreign minister): a place or state after in/to/at whose country is not
 * the office's. An unknown place ("the President of
 * India at Rashtrapati Bhavan") does not move the office abroad.
 */
export function placedIn(ctx: CorefContext, d: Draft, drafts: readonly Draft[]): boolean {
  // Only a diplomat's title is ambiguous this way; "the Kazakh president in Beijing" is on a visit.
  if (!/diplomat|envoy|emissary|representative/i.test(d.title ?? '')) return false;
  if (!/^(in|to|at)$/.test(ctx.doc.tokenText(d.tokEnd)?.toLowerCase() ?? '')) return false;
  const at = ctx.doc.tokenText(d.tokEnd + 1)?.toLowerCase() === 'the' ? d.tokEnd + 2 : d.tokEnd + 1;
  const there = drafts.find((x) => x.tokStart === at && (x.kind === 'place' || x.kind === 'state'));
  const country = there?.country ?? there?.place?.country ?? null;
  return country !== null && country !== d.country;
}

/** Whether `x` is a state or place in a phrase right after the description `d` ("… in Iraq", "… to the UN"). */
export function postedIn(ctx: CorefContext, d: Draft, x: Draft | undefined): boolean {
  return !!x && (x.kind === 'state' || x.kind === 'place' || x.kind === 'igo') && /^(?:in|to|at|for)$/.test(ctx.doc.tokenText(d.tokEnd).toLowerCase()) &&
    (x.tokStart === d.tokEnd + 1 || (x.tokStart === d.tokEnd + 2 && ctx.doc.tokenText(d.tokEnd + 1).toLowerCase() === 'the'));
}

/** A state's body a description serves: the token after it, and its country when the text gives one. */
export interface ServedBody {
  end: number;
  country: string | null;
}

/**
 * The state's body the description `drafts[k]` serves, named right after it: "a spokesperson for
 * the Kenyan foreign ministry", "a spokesman for Chile's foreign ministry", "an adviser to the
 * Mexican government" (a body draft; states drafted inside its name, "Kenyan", are passed over), or
 * "a spokesperson for the foreign ministry" (lower-case words ending in a state body's noun, whose
 * state the text gives elsewhere); null when there is none.
 */
export function servedBody(ctx: CorefContext, d: Draft, drafts: readonly Draft[], k: number): ServedBody | null {
  const { doc, kb } = ctx;
  if (d.tokEnd >= doc.length || !/^(?:for|of|at|to)$/.test(doc.tokenText(d.tokEnd).toLowerCase())) return null;
  const at = doc.tokenText(d.tokEnd + 1).toLowerCase() === 'the' ? d.tokEnd + 2 : d.tokEnd + 1;
  for (let j = k + 1; j < drafts.length && drafts[j].tokStart === at; j++) {
    const x = drafts[j];
    if ((x.kind === 'org' || x.kind === 'group') && !x.plural && STATE_BODY_SECTORS.has(x.sector ?? '')) return { end: x.tokEnd, country: x.country };
  }
  if (at !== d.tokEnd + 2 || drafts[k + 1]?.tokStart === at) return null;
  // "the foreign ministry": at most three lower-case words, the last a state body's noun, then a comma.
  let end = at;
  while (end < doc.length && end - at < 3 && /^\p{Ll}+$/u.test(doc.tokenText(end))) end++;
  if (end === at || doc.tokenText(end) !== ',') return null;
  const noun = doc.text.slice(doc.tokens.start[end - (end - at > 1 ? 2 : 1)], doc.tokens.end[end - 1]).toLowerCase();
  const body = [noun, doc.tokenText(end - 1).toLowerCase()].some((w) => kb.agent(w).some((a) => a.group && !a.plural && STATE_BODY_SECTORS.has(a.sector)));
  return body ? { end, country: null } : null;
}

/**
 * Whether a name starting at token `nameStart` is apposed to a description ending at `end` (a comma):
 * "his counterpart, Qasym-Zhomart Toqaev", "the President of India, H.E. Smt. Droupadi Murmu".
 */
export function apposedAfter(ctx: CorefContext, end: number, nameStart: number): boolean {
  if (ctx.doc.tokenText(end) !== ',' || nameStart <= end) return false;
  for (let t = end + 1; t < nameStart; t++) {
    const w = ctx.doc.tokenText(t).toLowerCase();
    if (!ctx.honorifics?.has(w) && !ctx.honorifics?.has(w.replace(/\.$/, ''))) return false;
  }
  return true;
}

/** Entity key of a person, organisation or group the knowledge base does not know. */
export function newKey(kind: string, name: string): string {
  return `new:${kind}:${name.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
}

/** A person known in the article so far: entity key, name words, country, role, gender, sentence. */
export interface Known {
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
