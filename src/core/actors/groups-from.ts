/**
 * People and bodies named by what they do and where they come from or sit: "doctors from two
 * American aid groups", "lawyers from Russia", "a newspaper based in east Beirut", "a rights group
 * headquartered in London". A sector noun that names no actor on its own (doctors, lawyers, a
 * newspaper: unlike "rebels" or "protesters" they are nobody's side until the text says whose they
 * are) becomes an actor when a phrase right after it names a state, a place or a body with a
 * country: a plural noun with "from" (a group), any group noun with "based in" / "headquartered in"
 * (a group, or an organisation for a singular body such as a newspaper), any group noun with
 * "affiliated with" / "belonging to" a body ("workers affiliated with the Kenyan teachers' union",
 * "fighters belonging to a Syrian brigade": members of a body of one country), and people of a workplace
 * sector with "at" ("students at Tehran University", "workers at the PNG port authority"), and people
 * who live and work where they are with "in" and a state or place ("traders in Chaman", "farmers in
 * Punjab"; never troops or officials, who serve abroad). It takes
 * that country and the noun's sector; a countryless group already read there takes the country.
 *
 * A group moved out of somewhere is not from there: in "the withdrawal of forces from Panama" or
 * "pulled its troops from the border" the phrase names where they leave, so a group noun that is what
 * a removal word moves (its object, or its "of" complement) takes no country from "from".
 *
 * Only the shape NOUN + phrase + a few determiners, numbers or adjectives + the actor: "workers from
 * the plant in Russia" names a place of work, not a country, and a verb between ends the phrase.
 */
import type { Doc } from '../doc/doc.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { draft, namedCountry, type Draft } from './draft.js';

/** Words that may stand between the phrase's opener and the actor ("from two American aid groups", "in east Beirut"). */
const BETWEEN_POS: ReadonlySet<string> = new Set(['DET', 'NUM', 'ADJ']);
/** At most this many such words. */
const MAX_BETWEEN = 3;
/** Participles that seat a body in a place: "based in", "headquartered in". */
const SEATED = /^(?:based|headquartered)$/i;
/**
 * Lemmas of words that move a group out of a place (verbs and their nouns): "from" after their object
 * names where it leaves. Expelling, deporting and repatriating are left out: "Germany deported
 * refugees from Afghanistan" names where the refugees come from.
 */
const REMOVAL = /^(?:withdraw|withdrawal|pull|pullout|pull-out|pullback|remove|removal|evacuate|evacuation|recall|redeploy|redeployment|extract|extraction|relocate|relocation)$/i;
/** Relations by which a noun is what a removal word moves. */
const MOVED_RELS: ReadonlySet<string> = new Set(['obj', 'nmod']);

/** Whether token `t` is what a removal word moves ("withdrew troops", "the withdrawal of forces"). */
function movedOut(doc: Doc, t: number): boolean {
  if (!doc.has('deps')) return false;
  const h = doc.head(t);
  return h >= 0 && MOVED_RELS.has(doc.deprel(t)) && REMOVAL.test(doc.has('lemmas') ? doc.lemma(h) : doc.tokenText(h));
}

/** "affiliated with", "belonging to": the body a group is part of, whose country it shares (participle → its preposition). */
const AFFILIATED: ReadonlyMap<string, string> = new Map([['affiliated', 'with'], ['belonging', 'to']]);

/** Sectors of people named by where they study or work ("students at", "workers at", "doctors at"). */
const WORKPLACE_SECTORS: ReadonlySet<string> = new Set(['EDU', 'LAB', 'HLH', 'BUS', 'MED']);
/**
 * Sectors of people who live and work where they are, so that "in <place>" says whose they are
 * ("traders in Chaman", "farmers in Punjab", "students in Tehran") — unlike troops, officials or
 * diplomats, who are often abroad ("troops in Iraq" are no Iraqi force).
 */
const RESIDENT_SECTORS: ReadonlySet<string> = new Set(['BUS', 'AGR', 'LAB', 'EDU', 'HLH', 'CVL']);
/** Sectors whose singular nouns are bodies (organisations), not people. */
const BODY_SECTORS: ReadonlySet<string> = new Set(['GOV', 'MIL', 'LEG', 'JUD', 'COP', 'SPY', 'PTY', 'MED', 'EDU', 'BUS', 'NGO']);

/** A one-word group noun of a sector. */
export interface SectorNoun {
  readonly sector: string;
  readonly plural: boolean;
}

/** The one-word group nouns of the knowledge base's sectors, by lower-case form. */
export function sectorNouns(kb: KnowledgeBase): ReadonlyMap<string, SectorNoun> {
  const out = new Map<string, SectorNoun>();
  for (const f of kb.agentForms()) {
    if (!f.group || f.tokens.length !== 1) continue;
    const w = f.form.toLowerCase();
    if (!out.has(w)) out.set(w, { sector: f.sector, plural: /[^s]s$/.test(w) });
  }
  return out;
}

/** The country a draft stands for: a state's, a place's, a body's of one country (a known body's from the knowledge base). */
function countryOf(d: Draft, kb: KnowledgeBase | undefined): string | null {
  if (d.kind === 'state' || d.kind === 'place') return namedCountry(d);
  if ((d.kind === 'group' || d.kind === 'org') && d.country) return d.country;
  const known = d.kind === 'org' && d.kbId ? kb?.byId(d.kbId) : undefined;
  return known?.kind === 'org' ? known.country : null;
}

/**
 * Drafts of sentence `[from, to)` for "NOUNS from ACTOR", "NOUN based in ACTOR" and "NOUNS affiliated
 * with ACTOR", overlapping none of `drafts`; `kb` gives the countries of known bodies.
 */
export function groupsFrom(doc: Doc, nouns: ReadonlyMap<string, SectorNoun>, from: number, to: number, drafts: readonly Draft[], kb?: KnowledgeBase): Draft[] {
  const out: Draft[] = [];
  const hasPos = doc.has('pos');
  const taken = (t: number) => drafts.some((d) => d.tokStart <= t && t < d.tokEnd);
  const lower = (t: number) => doc.tokenText(t).toLowerCase();
  for (let t = from; t + 2 < to; t++) {
    const noun = nouns.get(lower(t));
    if (!noun) continue;
    // A countryless group already read there ("Students" standing alone) takes the country too.
    const existing = drafts.find((d) => d.tokStart === t && d.tokEnd === t + 1 && d.kind === 'group' && !d.country);
    if (taken(t) && !existing) continue;
    const at = noun.plural && lower(t + 1) === 'at' && WORKPLACE_SECTORS.has(noun.sector);
    let k: number;
    if (noun.plural && lower(t + 1) === 'from' && !movedOut(doc, t)) k = t + 2;
    else if (at) k = t + 2;
    else if (noun.plural && lower(t + 1) === 'in' && RESIDENT_SECTORS.has(noun.sector)) k = t + 2;
    else if (SEATED.test(doc.tokenText(t + 1)) && t + 3 < to && lower(t + 2) === 'in') k = t + 3;
    else if (t + 3 < to && AFFILIATED.get(lower(t + 1)) === lower(t + 2)) k = t + 3;
    else continue;
    const open = k;
    while (k < to && k - open < MAX_BETWEEN && !drafts.some((d) => d.tokStart === k) && hasPos && BETWEEN_POS.has(doc.pos(k))) k++;
    const source = drafts.find((d) => d.tokStart === k);
    // "in" names where people are, so only a state or a place gives them a country ("workers in the ministry" do not).
    if (lower(t + 1) === 'in' && source && source.kind !== 'state' && source.kind !== 'place') continue;
    // "Students at Tehran University": a place of study or work (only people of such sectors: "protesters
    // at the US embassy" are no Americans).
    const country = source ? countryOf(source, kb) : null;
    if (!country) continue;
    if (existing) {
      existing.country = country;
      continue;
    }
    const body = !noun.plural && BODY_SECTORS.has(noun.sector);
    out.push(draft(body ? 'org' : 'group', t, t + 1, 'description', { name: doc.tokenText(t), country, sector: noun.sector, plural: !body }));
  }
  return out;
}
