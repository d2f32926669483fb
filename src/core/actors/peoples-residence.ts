/**
 * A people named by a demonym lives somewhere: "ethnic Albanians in south Serbia", "the Albanians
 * of southern Serbia", "ethnic Russians in eastern Ukraine" are groups of the state they live in,
 * not the state their name comes from (the coding convention of CAMEO and PLOVER). "Ethnic" says so
 * on its own ("ethnic Albanian guerrillas", "up to 100 ethnic Albanians demonstrated in Serbia");
 * without it only a phrase of residence ("in/of <place>") does, and only for the people itself,
 * never for an officer or a force ("Russian troops in Ukraine" stay Russia's). A group no state
 * is named for takes the country of where it is ("students throughout Indonesia", "protesters in
 * Paris"). Runs after coreference.
 */
import type { Doc } from '../doc/doc.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { newKey } from './coref.js';
import { namedCountry, type Draft } from './draft.js';
import { countryOfActor } from './reading-choice.js';

/** Words of direction between "in"/"of" and the place ("in south Serbia", "of southern Serbia"). */
const DIRECTION = /^(?:the|former|ousted|jailed|exiled|deposed|late|north|south|east|west|northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western|northeast|northwest|southeast|southwest)$/;

/**
 * The token at or after `k` past the words of direction ("in **south** Serbia") — but not past the
 * first word of a name ("in **South** Africa", "in **East** Timor").
 */
function pastDirections(doc: Doc, k: number, end: number, drafts: readonly Draft[]): number {
  while (k < end && DIRECTION.test(doc.tokenText(k).toLowerCase()) && !drafts.some((x) => x.tokStart === k && (x.kind === 'state' || x.kind === 'place'))) k++;
  return k;
}

/** The country of a place draft (its gazetteer record's) or of a state draft. */
const placeCountry = namedCountry;

/** The country of the place or state a residence phrase right after `d` names ("in south Serbia"), or null. */
function residence(doc: Doc, kb: KnowledgeBase, d: Draft, drafts: readonly Draft[], withOwner = false): string | null {
  const sentenceEnd = doc.sentences.tokEnd[doc.sentenceOf(d.tokStart)];
  let k = d.tokEnd;
  // "from" gives where a group of no state comes from ("dissidents from Myanmar", "refugees from Syria").
  const prep = withOwner ? /^(?:in|of|throughout|across|from)$/ : /^(?:in|of|throughout|across)$/;
  if (withOwner && k < sentenceEnd && doc.tokenText(k).toLowerCase() === 'fleeing') return fledFrom(doc, k + 1, sentenceEnd, drafts);
  // "a group based in Trinidad", "activists based in London": where a group is based it belongs.
  if (k + 1 < sentenceEnd && doc.tokenText(k).toLowerCase() === 'based' && doc.tokenText(k + 1).toLowerCase() === 'in') k++;
  if (k >= sentenceEnd || !prep.test(doc.tokenText(k).toLowerCase())) return null;
  k = pastDirections(doc, k + 1, sentenceEnd, drafts);
  // "supporters of Imran Khan", "followers of the party": whom a group follows gives its country too.
  const owners = withOwner && doc.tokenText(d.tokEnd).toLowerCase() === 'of' ? ['state', 'place', 'person', 'org'] : ['state', 'place'];
  const at = drafts.find((x) => x.tokStart === k && owners.includes(x.kind) && !isAdjective(doc, x));
  if (!at) return null;
  if (at.kind === 'place' || at.kind === 'state') return placeCountry(at);
  return at.country ?? (at.kbId ? countryOfActor(kb, at.kbId) : null);
}

/** Words of what people flee, between "fleeing" and its place ("fleeing the civil war in Liberia"). */
const FLED = /^(?:the|a|civil|war|wars|fighting|violence|conflict|unrest|persecution|famine|drought|crisis|in|from|of|'s|’s)$/;

/**
 * "refugees fleeing Syria", "civilians fleeing the fighting in Sudan": people fleeing a country are
 * its people — the first state or place after "fleeing", past words of what they flee.
 */
function fledFrom(doc: Doc, k: number, end: number, drafts: readonly Draft[]): string | null {
  for (let j = k; j < end && j < k + 6; j++) {
    const at = drafts.find((x) => x.tokStart === j && (x.kind === 'state' || x.kind === 'place') && !isAdjective(doc, x));
    if (at) return placeCountry(at);
    if (!FLED.test(doc.tokenText(j).toLowerCase())) return null;
  }
  return null;
}

/** Group nouns of people on someone's side, whose leader's country is theirs ("Trump supporters", "his voters"). */
const FOLLOWERS = /^(?:supporters|followers|loyalists|backers|sympathi[sz]ers|voters|fans|devotees|partisans)$/i;

/**
 * The country of whom a group of followers follows, named right before it: a possessive ("his
 * supporters", "the president's loyalists") or a name used as a modifier ("Trump supporters",
 * "Sadr loyalists"). Null for other groups ("Israel's enemies" are not Israel's).
 */
function followersOf(doc: Doc, kb: KnowledgeBase, d: Draft, drafts: readonly Draft[]): string | null {
  if (!FOLLOWERS.test(doc.tokenText(d.tokEnd - 1))) return null;
  const before = d.tokStart > 0 && /^['’]s$/.test(doc.tokenText(d.tokStart - 1)) ? d.tokStart - 1 : d.tokStart;
  const owner = drafts.find((x) => x !== d && x.tokEnd === before && x.kind !== 'place' && x.kind !== 'state');
  if (!owner) return null;
  if (owner.country) return owner.country;
  for (const key of owner.refs) {
    const kbc = kb.byId(key) ? countryOfActor(kb, key) : null;
    if (kbc) return kbc;
    const named = drafts.find((x) => x !== owner && x.kind !== 'pronoun' && x.refs.includes(key) && x.country);
    if (named?.country) return named.country;
  }
  return owner.kbId ? countryOfActor(kb, owner.kbId) : null;
}

/** Nouns of a place that a state's adjective can name ("in the Egyptian capital", "on Syrian soil"). */
export const PLACE_NOUNS = /^(?:capital|city|cities|town|towns|village|villages|square|border|borders|province|provinces|region|regions|coast|port|territory|soil|side|camp|camps|countryside|streets?)$/;

/**
 * A state named by its adjective ("in Russian shelling") names no place anyone is in — unless a
 * noun of place follows it ("in the Egyptian capital").
 */
const isAdjective = (doc: Doc, x: Draft) => x.kind === 'state' && x.via === 'demonym' && !PLACE_NOUNS.test(doc.tokenText(x.tokEnd).toLowerCase());

/** Sectors of people who act where they are (crowds, students, activists, workers), unlike forces or officials. */
const PEOPLE_SECTORS: ReadonlySet<string> = new Set(['CVL', 'EDU', 'OPP', 'RAD', 'LAB']);

/** Words that end the clause a group acts in. */
const CLAUSE_END = /^(?:[,;:()]|and|but|while|after|before|because|said|says)$/;

/**
 * The country of the place a group of people acts in: "Students protested **in Paris**" — the
 * first "in <place or state>" after the group in its clause, with no person, body or other group
 * named between ("protesters outside the US embassy in Cairo" stays unplaced: whose the embassy
 * is says nothing of theirs, and the phrase may be the embassy's).
 */
function whereTheyAct(doc: Doc, d: Draft, drafts: readonly Draft[]): string | null {
  const sentenceEnd = doc.sentences.tokEnd[doc.sentenceOf(d.tokStart)];
  for (let k = d.tokEnd; k < sentenceEnd && k < d.tokEnd + 10; k++) {
    const w = doc.tokenText(k).toLowerCase();
    if (CLAUSE_END.test(w)) return null;
    if (drafts.some((x) => x.tokStart === k && x !== d && x.kind !== 'place' && x.kind !== 'state')) return null;
    if (w !== 'in') continue;
    const j = pastDirections(doc, k + 1, sentenceEnd, drafts);
    const at = drafts.find((x) => x.tokStart === j && (x.kind === 'state' || x.kind === 'place') && !isAdjective(doc, x));
    return at ? placeCountry(at) : null;
  }
  return null;
}

/** Nouns of a border, after which "with <state>" names the neighbour. */
const BORDER = /^(?:border|borders|frontier|frontiers|boundary)$/i;

/** Countries of the states and places named in `d`'s sentence, other than `own`. */
function otherStatesInSentence(doc: Doc, d: Draft, drafts: readonly Draft[], own: string): Set<string> {
  const s = doc.sentenceOf(d.tokStart);
  const out = new Set<string>();
  for (const x of drafts) {
    if (x === d || doc.sentenceOf(x.tokStart) !== s || (x.kind !== 'state' && x.kind !== 'place')) continue;
    // "near Macedonia's border with Bulgaria": the neighbour over the border is where nobody is.
    if (x.tokStart >= 2 && doc.tokenText(x.tokStart - 1).toLowerCase() === 'with' && BORDER.test(doc.tokenText(x.tokStart - 2))) continue;
    const c = placeCountry(x);
    if (c && c !== own) out.add(c);
  }
  return out;
}

/**
 * The state named right before a people's demonym ("**Bosnian** Serbs", "**Kosovo** Albanians"):
 * where they live — unless the people is a nation of immigrants' ("Chinese Americans" are
 * Americans). Null when no other state's adjective or name stands there.
 */
function stackedDemonym(doc: Doc, kb: KnowledgeBase, d: Draft): string | null {
  const t = d.tokStart - 1;
  if (t < 0 || doc.sentenceOf(t) !== doc.sentenceOf(d.tokStart) || !d.country || kb.state(d.country)?.immigrantNation) return null;
  const form = kb.lookup(doc.tokenText(t)).find((f) => f.kind === 'state' && (f.via === 'adjective' || f.via === 'name' || f.via === 'alias'));
  const state = form ? kb.state(form.id) : undefined;
  return state && state.iso3 !== d.country ? state.iso3 : null;
}

/**
 * Gives peoples named by a demonym the country they live in, as above, and drops the mention of
 * the state an "ethnic" demonym would otherwise make ("ethnic Albanian guerrillas" names no act of
 * Albania). Returns the drafts to keep.
 */
export function placePeoples(doc: Doc, kb: KnowledgeBase, drafts: Draft[]): Draft[] {
  const dropped = new Set<Draft>();
  const moved = new Map<string, Set<string>>();
  for (const d of drafts) {
    // A group of no state's, where it is: "students throughout Indonesia", "protesters in Paris".
    if (d.kind === 'group' && !d.country && d.via === 'description') {
      d.country = residence(doc, kb, d, drafts, true) ?? followersOf(doc, kb, d, drafts) ?? (PEOPLE_SECTORS.has(d.sector ?? '') ? whereTheyAct(doc, d, drafts) : null);
      continue;
    }
    if (!d.country || (d.kind !== 'group' && !(d.kind === 'state' && d.via === 'demonym'))) continue;
    // A demonym inside a longer group ("Albanian" in "ethnic Albanian guerrillas") is the group's business.
    if (d.kind === 'state' && drafts.some((x) => x.kind === 'group' && x.tokStart <= d.tokStart && x.tokEnd >= d.tokEnd && x.tokEnd - x.tokStart > d.tokEnd - d.tokStart)) continue;
    const ethnic = d.tokStart > 0 && doc.tokenText(d.tokStart - 1).toLowerCase() === 'ethnic';
    const people = d.via === 'demonym';
    if (!ethnic && !people) continue;
    const own = d.country;
    const stacked = people ? stackedDemonym(doc, kb, d) : null;
    let home = residence(doc, kb, d, drafts) ?? stacked;
    // The state before a people ("Kosovo" in "Kosovo Albanians") says where they live, and is no actor itself.
    if (stacked && home === stacked) for (const x of drafts) if (x.kind === 'state' && x.tokEnd === d.tokStart) dropped.add(x);
    if (home === own) continue;
    if (!home && !ethnic) continue;
    if (!home) {
      const others = otherStatesInSentence(doc, d, drafts, own);
      home = others.size === 1 ? [...others][0] : null;
    }
    if (ethnic) {
      // The demonym inside the group's own span ("ethnic Albanian guerrillas") is no mention of the state.
      for (const x of drafts) if (x !== d && x.kind === 'state' && x.via === 'demonym' && x.tokStart >= d.tokStart && x.tokEnd <= d.tokEnd) dropped.add(x);
    }
    const name = d.name ?? doc.text.slice(doc.tokens.start[d.tokStart], doc.tokens.end[d.tokEnd - 1]);
    d.kind = 'group';
    d.kbId = null;
    d.name = name;
    d.country = home;
    d.plural = true;
    const key = newKey('group', home ? `${name} ${home}` : `ethnic ${name}`);
    for (const old of d.refs) moved.set(old, (moved.get(old) ?? new Set<string>()).add(key));
    d.refs = [key];
  }
  followMovedKeys(drafts, moved);
  splitPlacedGroups(drafts);
  return dropped.size ? drafts.filter((d) => !dropped.has(d)) : drafts;
}

/**
 * Pronouns that coreference linked to a people before it was placed ("Bosnian Serbs said … their
 * forces") follow it to its new key, when no other mention still names the old one.
 */
function followMovedKeys(drafts: Draft[], moved: ReadonlyMap<string, ReadonlySet<string>>): void {
  // A key some other mention still names ("Serbia" for `state:SRB`) stays where it is.
  const held = new Set(drafts.filter((d) => d.kind !== 'pronoun').flatMap((d) => d.refs));
  const target = (r: string) => (moved.get(r)?.size === 1 && !held.has(r) ? [...(moved.get(r) as ReadonlySet<string>)][0] : null);
  for (const d of drafts) {
    if (d.kind === 'pronoun' && d.refs.some((r) => target(r))) d.refs = d.refs.map((r) => target(r) ?? r);
  }
}

/**
 * Groups of no state share one key per name across the article ("refugees"), so one actor took the
 * first country found for all of them. When the text places mentions of the same name in different
 * countries ("refugees in Greece" … "refugees in Turkey"), each placed mention becomes the group of
 * its country; unplaced mentions (and pronouns resolved to the name) keep the shared key.
 */
function splitPlacedGroups(drafts: Draft[]): void {
  const countries = new Map<string, Set<string>>();
  for (const d of drafts) {
    if (d.kind !== 'group' || d.refs.length !== 1 || !d.refs[0].startsWith('new:group:') || !d.country) continue;
    const set = countries.get(d.refs[0]) ?? new Set<string>();
    set.add(d.country);
    countries.set(d.refs[0], set);
  }
  for (const d of drafts) {
    if (d.kind !== 'group' || d.refs.length !== 1 || !d.country || (countries.get(d.refs[0])?.size ?? 0) < 2) continue;
    d.refs = [newKey('group', `${d.name ?? d.refs[0].slice('new:group:'.length)} ${d.country}`)];
  }
}
