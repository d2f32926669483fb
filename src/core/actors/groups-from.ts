/**
 * People and bodies named by what they do and where they come from or sit: "doctors from two
 * American aid groups", "lawyers from Russia", "a newspaper based in east Beirut", "a rights group
 * headquartered in London". A sector noun that names no actor on its own (doctors, lawyers, a
 * newspaper: unlike "rebels" or "protesters" they are nobody's side until the text says whose they
 * are) becomes an actor when a phrase right after it names a state, a place or a body with a
 * country: a plural noun with "from" (a group), any group noun with "based in" / "headquartered in"
 * (a group, or an organisation for a singular body such as a newspaper), and people of a workplace
 * sector with "at" ("students at Tehran University", "workers at the PNG port authority"). It takes
 * that country and the noun's sector; a countryless group already read there takes the country.
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
/** Sectors of people named by where they study or work ("students at", "workers at", "doctors at"). */
const WORKPLACE_SECTORS: ReadonlySet<string> = new Set(['EDU', 'LAB', 'HLH', 'BUS', 'MED']);
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

/** The country a draft stands for: a state's, a place's, a body's of one country. */
function countryOf(d: Draft): string | null {
  if (d.kind === 'state' || d.kind === 'place') return namedCountry(d);
  if ((d.kind === 'group' || d.kind === 'org') && d.country) return d.country;
  return null;
}

/** Drafts of sentence `[from, to)` for "NOUNS from ACTOR" and "NOUN based in ACTOR", overlapping none of `drafts`. */
export function groupsFrom(doc: Doc, nouns: ReadonlyMap<string, SectorNoun>, from: number, to: number, drafts: readonly Draft[]): Draft[] {
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
    if (noun.plural && lower(t + 1) === 'from') k = t + 2;
    else if (at) k = t + 2;
    else if (SEATED.test(doc.tokenText(t + 1)) && t + 3 < to && lower(t + 2) === 'in') k = t + 3;
    else continue;
    const open = k;
    while (k < to && k - open < MAX_BETWEEN && !drafts.some((d) => d.tokStart === k) && hasPos && BETWEEN_POS.has(doc.pos(k))) k++;
    const source = drafts.find((d) => d.tokStart === k);
    // "Students at Tehran University": a place of study or work (only people of such sectors: "protesters
    // at the US embassy" are no Americans).
    const country = source ? countryOf(source) : null;
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
