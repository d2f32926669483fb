/**
 * The actor knowledge base: validated entries from the shipped files and users' files, indexed once
 * for O(1) lookups by id, code and name, with time-aware roles and IGO membership. Build it with
 * {@link createKnowledgeBase}; Node code loads the files with `src/engine/load-kb.ts`.
 */
import { EntenteError } from '../errors/errors.js';
import { combineEntries } from './combine-entries.js';
import { dayKey, inSpan, isKbDate } from './kb-dates.js';
import { isMemberOn, membersOn } from './membership.js';
import { actorSurfaceForms, agentForms, indexByKey, surfaceRank } from './name-index.js';
import type { KbAgentForm, KbSurfaceForm } from './name-index.js';
import { nameKey } from './normalize.js';
import { parseEntry } from './parse-entry.js';
import type { ParsedEntry } from './parse-entry.js';
import { RoleIndex, rolesOn } from './role-index.js';
import type { KbHolder } from './role-index.js';
import type { KbActor, KbIgo, KbOrg, KbPerson, KbRole, KbSectorWords, KbSource, KbState, PersonRole } from './types.js';

/** The indexed knowledge base. Immutable once built. */
export interface KnowledgeBase {
  readonly states: readonly KbState[];
  readonly igos: readonly KbIgo[];
  readonly orgs: readonly KbOrg[];
  readonly people: readonly KbPerson[];
  readonly sectors: readonly KbSectorWords[];
  /** The entry with this id (`state:RUS`, `igo:nato`, `org:rusi`, `person:vladimir-putin`). */
  byId(id: string): KbActor | undefined;
  /** A state by iso3, iso2, CAMEO code or `state:` id, in any case. */
  state(code: string): KbState | undefined;
  /** Every actor form whose key equals the name's key, best first (see {@link nameKey}). */
  lookup(name: string): readonly KbSurfaceForm[];
  /** What an agent word or title means ("president", "troops", "foreign ministers"). */
  agent(word: string): readonly KbAgentForm[];
  /** All actor forms, for a mention matcher's trie. */
  surfaceForms(): readonly KbSurfaceForm[];
  /** All agent forms (words and plurals), for a matcher. */
  agentForms(): readonly KbAgentForm[];
  /** The role `personId` held on `date`, the most senior when several; null when none. */
  roleAt(personId: string, date: string): KbRole | null;
  /** Every role `personId` held on `date`, most senior first. */
  rolesAt(personId: string, date: string): KbRole[];
  /** Who held `role` for a country (iso3, iso2 or state id) or an IGO (igo id) on `date`; null when unknown. */
  holderOf(holder: string, role: PersonRole, date: string): KbPerson | null;
  /** Everyone who held it that day (acting and rival holders too), best first. */
  holdersOf(holder: string, role: PersonRole, date: string): KbHolder[];
  /** Member states (iso3) of an IGO today or on `date`; null when the IGO or its list is unknown. */
  membersOf(igoId: string, date?: string): string[] | null;
  /** IGOs (ids) that `country` belonged to today or on `date`. */
  igosOf(country: string, date?: string): string[];
  /** An organisation's sector on `date` (its history first), or today's. */
  sectorOf(orgId: string, date?: string): string | null;
  /** Number of entries of each kind. */
  readonly counts: Readonly<Record<'states' | 'igos' | 'orgs' | 'people' | 'sectorEntries' | 'surfaceForms' | 'agentForms', number>>;
}

const NONE: readonly never[] = Object.freeze([] as never[]);

/**
 * Validates and indexes the entries of `sources` (in order: a later entry with an existing id
 * replaces it, or adds to it with `"merge": true`). Throws E201 naming the file, entry and field.
 */
export function createKnowledgeBase(...sources: KbSource[]): KnowledgeBase {
  const parsed: ParsedEntry[] = [];
  for (const src of sources) {
    if (!Array.isArray(src.entries)) throw new EntenteError('E201', 'must hold a JSON array of entries', { input: src.name });
    src.entries.forEach((raw, i) => parsed.push(parseEntry(src.name, i, raw)));
  }
  const { actors, sectors } = combineEntries(parsed);
  const all = [...actors.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const states = all.filter((e): e is KbState => e.kind === 'state');
  const igos = all.filter((e): e is KbIgo => e.kind === 'igo');
  const orgs = all.filter((e): e is KbOrg => e.kind === 'org');
  const people = all.filter((e): e is KbPerson => e.kind === 'person');

  const byCode = new Map<string, KbState>();
  for (const s of states) {
    for (const c of [s.iso3, s.iso2, s.cameo, s.id]) if (c && !byCode.has(c.toUpperCase())) byCode.set(c.toUpperCase(), s);
  }
  const forms = Object.freeze(actorSurfaceForms(all));
  const names = indexByKey(forms, surfaceRank);
  const agents = Object.freeze(agentForms(sectors));
  const agentIndex = indexByKey(agents, (f) => Number(f.plural));
  const roles = new RoleIndex(people);
  const igosOfCountry = new Map<string, KbIgo[]>();
  for (const igo of igos) {
    // Bodies that inherit their parent's members (the UN General Assembly) add nothing here.
    if (igo.membersInherited) continue;
    for (const m of new Set([...(igo.members ?? []), ...Object.keys(igo.formerMembers)])) {
      const list = igosOfCountry.get(m);
      if (list) list.push(igo);
      else igosOfCountry.set(m, [igo]);
    }
  }

  const checkDate = (date: string, what: string): string => {
    if (!isKbDate(date)) throw new EntenteError('E203', `${what}: "${date}" is not a date YYYY-MM-DD (or YYYY-MM, YYYY)`);
    return date;
  };
  const holderKey = (holder: string): string => (holder.startsWith('igo:') ? holder : (byCode.get(holder.toUpperCase())?.iso3 ?? holder));
  const person = (id: string): KbPerson | undefined => {
    const e = actors.get(id);
    return e?.kind === 'person' ? e : undefined;
  };
  const holdersOf = (holder: string, role: PersonRole, date: string): KbHolder[] =>
    roles.holdersOn(holderKey(holder), role, checkDate(date, 'holderOf'));

  return {
    states, igos, orgs, people, sectors,
    byId: (id) => actors.get(id),
    state: (code) => byCode.get(code.toUpperCase()),
    lookup: (name) => names.get(nameKey(name)) ?? NONE,
    agent: (word) => agentIndex.get(nameKey(word)) ?? NONE,
    surfaceForms: () => forms,
    agentForms: () => agents,
    roleAt: (id, date) => {
      const p = person(id);
      return p ? (rolesOn(p, checkDate(date, 'roleAt'))[0] ?? null) : null;
    },
    rolesAt: (id, date) => {
      const p = person(id);
      return p ? rolesOn(p, checkDate(date, 'rolesAt')) : [];
    },
    holderOf: (holder, role, date) => holdersOf(holder, role, date)[0]?.person ?? null,
    holdersOf,
    membersOf: (igoId, date) => {
      const igo = actors.get(igoId);
      return igo?.kind === 'igo' ? membersOn(igo, date === undefined ? undefined : checkDate(date, 'membersOf')) : null;
    },
    igosOf: (country, date) => {
      const iso3 = holderKey(country);
      const d = date === undefined ? undefined : checkDate(date, 'igosOf');
      return (igosOfCountry.get(iso3) ?? []).filter((igo) => isMemberOn(igo, iso3, d)).map((igo) => igo.id);
    },
    sectorOf: (orgId, date) => {
      const org = actors.get(orgId);
      if (org?.kind !== 'org') return null;
      if (date === undefined) return org.sector;
      const d = dayKey(checkDate(date, 'sectorOf'));
      return org.sectorHistory.find((h) => inSpan(d, h.start, h.end))?.sector ?? org.sector;
    },
    counts: Object.freeze({
      states: states.length, igos: igos.length, orgs: orgs.length, people: people.length, sectorEntries: sectors.length,
      surfaceForms: forms.length, agentForms: agents.length,
    }),
  };
}
