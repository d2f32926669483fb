/**
 * Singular definite descriptions that stand for an actor named before: "the country", "the bloc",
 * "the Western alliance", "the militant group". News names an actor once and then refers to it by
 * such a noun; without them, "ECOWAS … The bloc said it would close its borders" loses its speaker.
 * Each becomes a description draft with `standsFor`; coreference resolves it to the actor it
 * stands for, and only when the text makes that plain (see `coref.ts`).
 */
import type { Doc } from '../doc/doc.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { draft, namedCountry, type Draft } from './draft.js';
import { STATE_BODY_SECTORS } from './bodies-in-state.js';
import { spanIsSubject } from './token-context.js';

/** What a description noun can stand for. */
export type StandsFor = 'state' | 'bloc' | 'group';

/** Head nouns and what they stand for. */
const NOUNS: ReadonlyMap<string, StandsFor> = new Map<string, StandsFor>([
  ['country', 'state'],
  // A state's government named without the state: "the government", "the authorities", "the
  // regime", "the junta" — the one state in view, as for "the country" (metonyms such as "Kigali"
  // are the state the same way).
  ['government', 'state'],
  ['authorities', 'state'],
  ['regime', 'state'],
  ['junta', 'state'],
  // "detained by the military": the state's armed forces, the one state in view.
  ['military', 'state'],
  ['bloc', 'bloc'],
  ['alliance', 'bloc'],
  ['organisation', 'bloc'],
  ['organization', 'bloc'],
  ['grouping', 'bloc'],
  ['group', 'group'],
  ['movement', 'group'],
  ['militia', 'group'],
]);

/** Words after the noun that make it a different phrase ("the group of protesters", "the country club"). */
const BLOCKED_AFTER = new Set(['of', 'club', 'music', 'singer', 'side', 'house', 'stage', 'leader', 'leaders', 'chat']);

/** Modifiers between "the" and the noun: lower-case words, numbers, hyphenated words ("the 15-member bloc"). */
const MODIFIER = /^(?:[a-z]+(?:-[a-z]+)*|\d+(?:-[a-z]+)+|[A-Z][a-z]+(?:-[a-z]+)*)$/;
/** Modifier words that make the phrase something other than the actor ("the other country", "a new group"). */
const NOT_MODIFIERS = new Set(['other', 'same', 'first', 'second', 'next', 'new', 'whole', 'entire', 'host', 'home', 'own', 'and', 'or', 'of', 'in', 'to']);
/**
 * Modifiers that make a government some other than the state's own: a region's, a city's, a
 * rebel or exiled one, a former one ("the regional government", "the local authorities").
 */
const NOT_NATIONAL = new Set([
  'local', 'regional', 'provincial', 'state', 'city', 'municipal', 'county', 'district', 'autonomous', 'separatist', 'rebel',
  'shadow', 'exiled', 'former', 'previous', 'last', 'colonial', 'foreign', 'western', 'puppet', 'parallel', 'rival', 'breakaway',
  'de', 'facto', 'military-backed', 'taliban', 'tribal', 'village', 'school', 'port', 'airport', 'health', 'tax', 'election', 'electoral',
]);
/** Nouns standing for the state that only a national modifier may precede (see `NOT_NATIONAL`). */
const GOVERNMENT_NOUNS = new Set(['government', 'authorities', 'regime', 'junta', 'military']);

/** Description drafts for the standing phrases of sentence `[from, to)` that no draft covers yet. */
export function standingDescriptions(doc: Doc, from: number, to: number, taken: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  const text = (t: number) => (t >= from && t < to ? doc.tokenText(t) : '');
  for (let t = from; t < to; t++) {
    if (text(t).toLowerCase() !== 'the') continue;
    // up to two modifiers: "the bloc", "the Western alliance", "the 15-member regional bloc"
    for (let noun = t + 1; noun <= t + 3 && noun < to; noun++) {
      const word = text(noun).toLowerCase();
      const standsFor = NOUNS.get(word);
      if (standsFor) {
        if (BLOCKED_AFTER.has(text(noun + 1).toLowerCase())) break;
        // A capitalised noun is part of a name ("the Country Party"), not a description.
        if (text(noun) !== word) break;
        if (taken.some((d) => d.tokStart <= noun && t < d.tokEnd)) break;
        // "the government troops", "the government's"? Only the head noun stands for the state.
        if (GOVERNMENT_NOUNS.has(word) && (hasNotNational(doc, t + 1, noun) || modifiesNext(doc, noun + 1, to))) break;
        out.push(draft('description', t, noun + 1, 'description', { standsFor }));
        t = noun;
        break;
      }
      if (!MODIFIER.test(text(noun)) || NOT_MODIFIERS.has(word)) break;
    }
  }
  return out;
}

function modifiesNext(doc: Doc, t: number, to: number): boolean {
  return t < to && doc.has('pos') && doc.pos(t) === 'NOUN' && /^\p{Ll}/u.test(doc.tokenText(t));
}

function hasNotNational(doc: Doc, from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (NOT_NATIONAL.has(doc.tokenText(t).toLowerCase())) return true;
  return false;
}

/** A state's own body ("the army", "Mali's military government"): what "the group" never stands for. */
const isStateBody = (x: Draft): boolean => (x.kind === 'org' || x.kind === 'group') && STATE_BODY_SECTORS.has(x.sector ?? '');

/** Sentences back (besides the description's own) in which its referent may have been named. */
const WINDOW = 2;

/**
 * The entity a standing description refers to, or none when the text does not make it plain:
 * - "the country": the one state in view — named, or the country of a place or person named — in
 *   its sentence (before it) and the two before; with two states in view ("Russia's war in
 *   Ukraine … the country") the text does not say which, so none;
 * - "the bloc/alliance/organisation": the last intergovernmental or other organisation named;
 * - "the (militant) group/movement": the last named organisation or group.
 */
export function standingReferent(doc: Doc, d: Draft, drafts: readonly Draft[], k: number, isState: (id: string) => boolean): string[] {
  const sentence = doc.sentenceOf(d.tokStart);
  const inView = (x: Draft) => x.refs.length > 0 && !x.plural && sentence - doc.sentenceOf(x.tokStart) <= WINDOW;
  if (d.standsFor === 'state') {
    // Several in view: the state the text is about, when the description opens its sentence's
    // subject after a sentence whose subject named one state or a body of it.
    const one = juntaOf(doc, d, drafts, k) ?? oneStateInView(doc, d, drafts, k, isState) ?? topicStateOrBodyOf(doc, d, drafts, k, isState);
    return one ? [one] : [];
  }
  const kinds = d.standsFor === 'bloc' ? ['igo', 'org'] : ['org', 'group'];
  for (let p = k - 1; p >= 0; p--) {
    const x = drafts[p];
    if (sentence - doc.sentenceOf(x.tokStart) > WINDOW) break;
    // "the militant group" is no ministry, army or police force named in between.
    if (d.standsFor === 'group' && x.sector && STATE_BODY_SECTORS.has(x.sector)) continue;
    if (inView(x) && kinds.includes(x.kind) && (x.kind !== 'group' || x.name)) return [x.refs[0]];
  }
  return [];
}

/**
 * The one state in view before draft `k`: named, or the country of a place or person named, in its
 * sentence (before it) and the two before. Null when none or several are — then the text does not
 * say which state an unqualified "the country" or "government spokesperson" belongs to.
 */
export function oneStateInView(doc: Doc, d: Draft, drafts: readonly Draft[], k: number, isState: (id: string) => boolean, ownQualifiers = true): string | null {
  const states = statesInView(doc, d, drafts, k, isState, ownQualifiers);
  return states.size === 1 ? [...states][0] : null;
}

/** Whether state draft `x` only qualifies a longer mention around it ("German" in "the German government"). */
function qualifiesAnother(x: Draft, drafts: readonly Draft[]): boolean {
  return drafts.some((y) => y !== x && y.kind !== 'state' && y.kind !== 'place' && y.tokStart <= x.tokStart && y.tokEnd >= x.tokEnd && y.tokEnd - y.tokStart > x.tokEnd - x.tokStart);
}

/** The states in view before draft `k` (see {@link oneStateInView}), as `state:` keys. */
export function statesInView(doc: Doc, d: Draft, drafts: readonly Draft[], k: number, isState: (id: string) => boolean, ownQualifiers = true): Set<string> {
  const sentence = doc.sentenceOf(d.tokStart);
  const states = new Set<string>();
  for (let p = 0; p < k; p++) {
    const x = drafts[p];
    if (!x.refs.length || x.plural || sentence - doc.sentenceOf(x.tokStart) > WINDOW) continue;
    if (!ownQualifiers && x.kind === 'state' && doc.sentenceOf(x.tokStart) === sentence && qualifiesAnother(x, drafts)) continue;
    if (x.kind === 'state') states.add(x.refs[0]);
    else if ((x.kind === 'place' || x.kind === 'person') && x.country && isState(`state:${x.country}`)) states.add(`state:${x.country}`);
    else if (x.kind === 'place' && x.place?.country && isState(`state:${x.place.country}`)) states.add(`state:${x.place.country}`);
  }
  return states;
}

/** Verbs of travel, whose places are where someone goes, not whose office they hold. */
const TRAVEL = new Set(['arrive', 'visit', 'travel', 'fly', 'head', 'land', 'tour', 'return', 'go', 'come', 'leave', 'depart', 'reach', 'meet', 'welcome', 'host']);

/** Sectors of a state's domestic political actors: opposition, parties, rebels, insurgents, separatists. */
const DOMESTIC_POLITICS: ReadonlySet<string> = new Set(['OPP', 'PTY', 'REB', 'INS', 'SEP']);

/** The country of an organisation of a state's domestic politics (known to `kb` or placed by the text), else null. */
function domesticPoliticsCountry(x: Draft, kb: KnowledgeBase | undefined): string | null {
  const known = x.kbId && kb ? kb.byId(x.kbId) : undefined;
  if (known) return known.kind === 'org' && DOMESTIC_POLITICS.has(known.sector ?? '') ? known.country ?? null : null;
  return x.country && DOMESTIC_POLITICS.has(x.sector ?? '') ? x.country : null;
}

/**
 * The one state named after draft `k` in its own sentence — by its name or a place of it, not by an
 * adjective or a person's country ("President X declared a curfew in Haiti", "Lt. Gen. X resigned to
 * allow Haiti's first elections"). A place someone travels to, meets in or is welcomed in says
 * nothing of their office ("President X arrived in Beijing") and is not counted; nor is anything
 * when the sentence names two states. With `kb`, a state's own rebels, opposition or parties count
 * as naming it ("President X conceded to demands from UNITA").
 */
export function oneStateNamedAfter(doc: Doc, d: Draft, drafts: readonly Draft[], k: number, kb?: KnowledgeBase): string | null {
  const sentence = doc.sentenceOf(d.tokStart);
  const states = new Set<string>();
  for (let p = k + 1; p < drafts.length && doc.sentenceOf(drafts[p].tokStart) === sentence; p++) {
    const x = drafts[p];
    if (x.kind === 'person' || x.kind === 'description' || x.kind === 'pronoun' || x.kind === 'partial') {
      if (x.country) states.add(x.country);
      continue;
    }
    // A state's own rebels, opposition or parties name its politics ("conceded to demands from UNITA").
    const politics = x.kind === 'org' ? domesticPoliticsCountry(x, kb) : null;
    if (politics) {
      states.add(politics);
      continue;
    }
    const country = namedCountry(x);
    if (!country) continue;
    // An adjective qualifying someone else ("the Algerian government") says nothing either way; one
    // standing alone, or a place travelled to, leaves the office open.
    if (x.kind === 'state' && x.via === 'demonym' && qualifiesAnother(x, drafts)) continue;
    if ((x.kind === 'state' && x.via === 'demonym') || travelledTo(doc, x.tokStart, x.tokEnd)) return null;
    states.add(country);
  }
  return states.size === 1 ? [...states][0] : null;
}

/** Whether the phrase `[from, to)` depends on a verb of travel or meeting ("arrived in Beijing"). */
function travelledTo(doc: Doc, from: number, to: number): boolean {
  if (!doc.has('deps')) return false;
  let h = from;
  while (doc.head(h) >= from && doc.head(h) < to) h = doc.head(h);
  for (let up = doc.head(h), n = 0; up >= 0 && n < 3; up = doc.head(up), n++) {
    if (doc.pos(up) === 'VERB') return TRAVEL.has(doc.has('lemmas') ? doc.lemma(up) : doc.tokenText(up).toLowerCase());
  }
  return false;
}

/**
 * The state the text is about when several are in view: the subject of the previous sentence's
 * main verb, when draft `k` opens its own sentence's subject ("Kigali rejected the U.S. call.
 * Government spokesperson Jane Doe said…" is Rwanda's spokesperson). News continues its topic
 * this way, as a subject pronoun continues the previous subject. Null when the draft is not the
 * first mention of its sentence, is not (in) its subject, or the previous subject is no state.
 */
export function topicStateOf(doc: Doc, d: Draft, drafts: readonly Draft[], k: number, isState: (id: string) => boolean): string | null {
  if (!opensSubject(doc, d, drafts, k)) return null;
  const sentence = doc.sentenceOf(d.tokStart);
  for (let p = k - 1; p >= 0 && doc.sentenceOf(drafts[p].tokStart) >= sentence - 1; p--) {
    const x = drafts[p];
    if (x.kind !== 'state' || x.refs.length !== 1 || !isState(x.refs[0])) continue;
    if (spanIsSubject(doc, x.tokStart, x.tokEnd, true)) return x.refs[0];
  }
  return null;
}

/**
 * The same for a state's body named without its state, when several states are in view: "Mali's
 * military government expelled the French ambassador. The junta also asked Denmark to withdraw" —
 * the previous sentence's subject (its main verb's) names one state, by name or as a body of it,
 * so the junta is Mali's.
 */
export function topicStateOrBodyOf(doc: Doc, d: Draft, drafts: readonly Draft[], k: number, isState: (id: string) => boolean): string | null {
  if (!opensSubject(doc, d, drafts, k)) return null;
  const sentence = doc.sentenceOf(d.tokStart);
  const found = new Set<string>();
  for (let p = k - 1; p >= 0 && doc.sentenceOf(drafts[p].tokStart) === sentence - 1; p--) {
    const x = drafts[p];
    const state = x.kind === 'state' ? (x.refs.length === 1 && isState(x.refs[0]) ? x.refs[0] : null) : x.country && isStateBody(x) ? `state:${x.country}` : null;
    if (state && inMainSubject(doc, x.tokStart, x.tokEnd)) found.add(state);
  }
  return found.size === 1 ? [...found][0] : null;
}

/**
 * "The junta" after a state's junta or military government was named ("Mali's military government
 * … The junta"): that state, however many others are in view. Null otherwise.
 */
function juntaOf(doc: Doc, d: Draft, drafts: readonly Draft[], k: number): string | null {
  if (doc.tokenText(d.tokEnd - 1).toLowerCase() !== 'junta') return null;
  for (let p = k - 1; p >= 0; p--) {
    const x = drafts[p];
    if (x.kind !== 'org' && x.kind !== 'group') continue;
    const words = doc.text.slice(doc.tokens.start[x.tokStart], doc.tokens.end[x.tokEnd - 1]).toLowerCase();
    const after = x.tokEnd < doc.length ? doc.tokenText(x.tokEnd).toLowerCase() : '';
    if (x.country && (/\bjunta\b/.test(words) || (/\bmilitary$/.test(words) && (after === 'government' || after === 'junta' || after === 'regime')))) return `state:${x.country}`;
  }
  return null;
}

/** Draft `k` is its sentence's first and in its subject (not the first sentence's). */
function opensSubject(doc: Doc, d: Draft, drafts: readonly Draft[], k: number): boolean {
  if (!doc.has('deps')) return false;
  const sentence = doc.sentenceOf(d.tokStart);
  if (sentence === 0 || (k > 0 && doc.sentenceOf(drafts[k - 1].tokStart) === sentence)) return false;
  return spanIsSubject(doc, d.tokStart, d.tokEnd, false);
}

/** Some token of `[from, to)` lies inside the subject of its sentence's main verb. */
function inMainSubject(doc: Doc, from: number, to: number): boolean {
  for (let t = from; t < to; t++) {
    for (let u = t, guard = 0; u >= 0 && guard < 64; u = doc.head(u), guard++) {
      const h = doc.head(u);
      if (h < 0) break;
      if (/^nsubj/.test(doc.deprel(u)) && doc.head(h) < 0) return true;
    }
  }
  return false;
}
