/**
 * Name cues: the word lists (in `data/kb/name-cues.json`) that let the actor layer recognise names
 * the knowledge base does not hold — organisation head nouns with their sector, honorifics with
 * the gender they imply, connectors inside names, region adjectives and collective nouns for groups
 * ("Central Asian nations"), fixed group names ("the West"), and the role nouns of appositions
 * ("X, a senior fellow at Y").
 */
import { EntenteError } from '../errors/errors.js';

/** The parsed cue lists, as lower-case lookup sets. */
export interface NameCues {
  /** Organisation head word (lower case, may be multiword) → sector. */
  readonly orgHeads: ReadonlyMap<string, string>;
  /** Honorific (lower case, with and without period) → implied gender (`m`, `f` or null). */
  readonly honorifics: ReadonlyMap<string, 'm' | 'f' | null>;
  /** Given name (lower case) borne by men only or by women only in the news → gender. */
  readonly givenNames?: ReadonlyMap<string, 'm' | 'f'>;
  /** Honorific that is an office (lower case, with and without period) → its title word in the sectors ("sen." → "senator"). */
  readonly officeHonorifics?: ReadonlyMap<string, string>;
  readonly nameConnectors: ReadonlySet<string>;
  readonly nameParticles: ReadonlySet<string>;
  /** Region adjective (as written, e.g. "Central Asian") → country it implies, or null. */
  readonly regionAdjectives: ReadonlyMap<string, string | null>;
  /** First words of the region adjectives, for a quick test before reading further. */
  readonly regionFirstWords: ReadonlySet<string>;
  /** Plural nouns for a set of actors after a region or demonym ("Central Asian nations", "Palestinian factions"). */
  readonly collectiveNouns: ReadonlySet<string>;
  /** Fixed group names, lower case without a leading "the". */
  readonly groupNames: ReadonlySet<string>;
  readonly appositionRoles: ReadonlySet<string>;
  /**
   * People who act where they live ("protesters", "striking workers", "traders"), singular and lower
   * case: a crowd of them the text does not place is of the story's dateline country.
   */
  readonly homeGroups?: ReadonlySet<string>;
}

const lower = (xs: unknown, where: string, file: string): string[] => {
  if (!Array.isArray(xs) || xs.some((x) => typeof x !== 'string')) {
    throw new EntenteError('E201', `"${where}" must be an array of strings`, { input: file });
  }
  return (xs as string[]).map((x) => x.toLowerCase());
};

/** Validates and indexes the parsed JSON of a name-cues file (`file` names it in errors). */
export function parseNameCues(json: unknown, file = 'name-cues.json'): NameCues {
  if (typeof json !== 'object' || json === null) throw new EntenteError('E201', 'the name-cues file must hold a JSON object', { input: file });
  const j = json as Record<string, unknown>;
  const orgHeads = new Map<string, string>();
  for (const [sector, words] of Object.entries((j.orgHeads ?? {}) as Record<string, unknown>)) {
    for (const w of lower(words, `orgHeads.${sector}`, file)) if (!orgHeads.has(w)) orgHeads.set(w, sector);
  }
  const honorifics = new Map<string, 'm' | 'f' | null>();
  for (const [g, words] of Object.entries((j.honorifics ?? {}) as Record<string, unknown>)) {
    for (const w of lower(words, `honorifics.${g}`, file)) {
      const gender = g === 'm' || g === 'f' ? g : null;
      honorifics.set(w, gender);
      honorifics.set(w.replace(/\.$/, ''), gender);
    }
  }
  const offices = new Map<string, string>();
  for (const [w, title] of Object.entries((j.officeHonorifics ?? {}) as Record<string, unknown>)) {
    if (w === 'description') continue;
    if (typeof title !== 'string') throw new EntenteError('E201', `"officeHonorifics.${w}" must be a string`, { input: file });
    offices.set(w.toLowerCase(), title);
    offices.set(w.toLowerCase().replace(/\.$/, ''), title);
  }
  const given = new Map<string, 'm' | 'f'>();
  const givenLists = (j.givenNames ?? {}) as Record<string, unknown>;
  for (const g of ['m', 'f'] as const) for (const w of lower(givenLists[g] ?? [], `givenNames.${g}`, file)) given.set(w, g);
  const regions = new Map<string, string | null>();
  for (const [adj, country] of Object.entries((j.regionAdjectives ?? {}) as Record<string, unknown>)) {
    regions.set(adj, typeof country === 'string' ? country : null);
  }
  return {
    orgHeads,
    honorifics,
    officeHonorifics: offices,
    givenNames: given,
    nameConnectors: new Set(lower(j.nameConnectors ?? [], 'nameConnectors', file)),
    nameParticles: new Set(lower(j.nameParticles ?? [], 'nameParticles', file)),
    regionAdjectives: regions,
    regionFirstWords: new Set([...regions.keys()].map((r) => r.split(' ')[0])),
    collectiveNouns: new Set(lower(j.collectiveNouns ?? [], 'collectiveNouns', file)),
    groupNames: new Set(lower(j.groupNames ?? [], 'groupNames', file).map((g) => g.replace(/^the /, ''))),
    appositionRoles: new Set(lower(j.appositionRoles ?? [], 'appositionRoles', file)),
    homeGroups: new Set(lower(j.homeGroups ?? [], 'homeGroups', file)),
  };
}
