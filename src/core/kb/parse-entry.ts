/**
 * Turns one raw JSON entry into a typed {@link KbEntry}, checking every field (E201 names the file,
 * the entry and the field). The entry's kind comes from its id prefix (`state:`, `igo:`, `org:`,
 * `person:`); agent-word entries have `words` and no id.
 */
import { EntryReader, CAMEO, ISO2, ISO3, SECTOR } from './entry-reader.js';
import { isKbDate } from './kb-dates.js';
import { looksPlural, pluralOf } from './normalize.js';
import { PERSON_ROLES } from './types.js';
import type { KbEntry, KbIgo, KbMembershipSpan, KbOrg, KbPerson, KbRole, KbSectorSpan, KbSectorWords, KbState, KbStateStatus } from './types.js';

/** A parsed entry and how it combines with an earlier entry of the same id. */
export interface ParsedEntry {
  entry: KbEntry;
  /** `"merge": true`: add to the existing entry instead of replacing it. */
  merge: boolean;
  /** Fields the raw entry gave (a merge only takes these). */
  present: ReadonlySet<string>;
  /** File the entry came from. */
  file: string;
}

const ID = /^(state|igo|org|person):[A-Za-z0-9][A-Za-z0-9._-]*$/;
const STATUSES: readonly KbStateStatus[] = ['un-member', 'un-observer', 'partially-recognised', 'unrecognised', 'territory', 'former'];

/** Parses entry number `index` of `file`. */
export function parseEntry(file: string, index: number, raw: unknown): ParsedEntry {
  const probe = new EntryReader(file, index, raw);
  const merge = probe.bool('merge');
  const r = merge ? new EntryReader(file, index, raw, true) : probe;
  const present = new Set(Object.keys(r.raw));
  if (r.has('words') && !r.has('id')) return { entry: parseSectorWords(r), merge: false, present, file };
  const id = r.str('id');
  if (!ID.test(id)) r.fail('id', `must be "kind:slug" with kind state, igo, org or person (e.g. "org:rusi"), not "${id}"`);
  const kind = id.slice(0, id.indexOf(':'));
  const entry = kind === 'state' ? parseState(r) : kind === 'igo' ? parseIgo(r) : kind === 'org' ? parseOrg(r) : parsePerson(r);
  return { entry, merge, present, file };
}

function parseState(r: EntryReader): KbState {
  r.onlyFields(['id', 'merge', 'iso2', 'iso3', 'cameo', 'name', 'officialName', 'aliases', 'adjectives', 'people', 'capital',
    'capitalAliases', 'metonyms', 'status', 'sovereign', 'claimedBy', 'dissolved', 'region', 'subregion', 'needsContext', 'immigrantNation']);
  const id = r.str('id');
  const iso3 = r.code('iso3', ISO3, 'three capital letters (ISO 3166-1 alpha-3)');
  if (!r.partial && id !== `state:${iso3}`) r.fail('id', `must be "state:${iso3}" (the iso3 code)`);
  const name = r.str('name');
  const status = r.oneOf('status', STATUSES);
  const sovereign = r.optCode('sovereign', ISO3, 'an iso3 code');
  if (!r.partial && status === 'territory' && sovereign === null) r.fail('sovereign', 'is required for a territory');
  return {
    kind: 'state', id, iso2: r.optCode('iso2', ISO2, 'two capital letters (ISO 3166-1 alpha-2)'), iso3,
    cameo: r.code('cameo', CAMEO, 'a CAMEO code (groups of three capitals)'), name, officialName: r.optStr('officialName') ?? name,
    aliases: r.strList('aliases'), adjectives: r.strList('adjectives'), people: r.strList('people'),
    capital: r.optStr('capital'), capitalAliases: r.strList('capitalAliases'), metonyms: r.metonyms('metonyms'), status, sovereign,
    claimedBy: r.optCode('claimedBy', ISO3, 'an iso3 code'), dissolved: r.optDate('dissolved'),
    region: r.optStr('region'), subregion: r.optStr('subregion'), needsContext: r.strList('needsContext'), immigrantNation: r.bool('immigrantNation'),
  };
}

function parseIgo(r: EntryReader): KbIgo {
  r.onlyFields(['id', 'merge', 'name', 'aliases', 'cameo', 'kind', 'parent', 'seat', 'members', 'igoMembers', 'membersSince',
    'formerMembers', 'suspended', 'dissolved', 'metonyms', 'needsContext']);
  let members: string[] | null = null;
  if (r.raw.members !== null && r.has('members')) {
    members = r.strList('members');
    const bad = members.find((m) => !ISO3.test(m));
    if (bad !== undefined) r.fail('members', `must hold iso3 codes, not "${bad}"`);
  }
  const igoMembers = r.strList('igoMembers');
  if (igoMembers.some((m) => !m.startsWith('igo:'))) r.fail('igoMembers', 'must hold igo ids ("igo:eu")');
  return {
    kind: 'igo', id: r.str('id'), name: r.str('name'), aliases: r.strList('aliases'),
    cameo: r.code('cameo', CAMEO, 'a CAMEO code (groups of three capitals)'), type: r.optStr('kind') ?? 'organisation',
    parent: r.optCode('parent', /^igo:/, 'an igo id'), seat: r.optStr('seat'), members,
    membersInherited: !r.has('members'), igoMembers, membersSince: r.dateMap('membersSince', ISO3),
    formerMembers: formerMembers(r), suspended: r.dateMap('suspended', ISO3), dissolved: r.optDate('dissolved'),
    metonyms: r.metonyms('metonyms'), needsContext: r.strList('needsContext'),
  };
}

function formerMembers(r: EntryReader): Record<string, KbMembershipSpan> {
  const v = r.raw.formerMembers;
  if (v === undefined || v === null) return {};
  if (typeof v !== 'object' || Array.isArray(v)) r.fail('formerMembers', 'must be {"ISO3": {"since": date, "until": date}}');
  const out: Record<string, KbMembershipSpan> = {};
  for (const [code, span] of Object.entries(v as Record<string, unknown>)) {
    const s = span as { since?: unknown; until?: unknown } | null;
    if (!ISO3.test(code)) r.fail('formerMembers', `has a bad key "${code}"`);
    if (typeof s !== 'object' || s === null || !isKbDate(s.until) || (s.since != null && !isKbDate(s.since))) {
      r.fail('formerMembers', `needs {"since": date or null, "until": date} for "${code}"`);
    }
    out[code] = { since: (s.since as string | undefined) ?? null, until: s.until as string };
  }
  return out;
}

function parseOrg(r: EntryReader): KbOrg {
  r.onlyFields(['id', 'merge', 'name', 'aliases', 'country', 'sector', 'otherSectors', 'sectorHistory', 'kind', 'cameo', 'parent',
    'dissolved', 'metonyms', 'needsContext']);
  const otherSectors = r.strList('otherSectors');
  if (otherSectors.some((s) => !SECTOR.test(s))) r.fail('otherSectors', 'must hold sector codes (three capitals)');
  return {
    kind: 'org', id: r.str('id'), name: r.str('name'), aliases: r.strList('aliases'),
    country: r.optCode('country', ISO3, 'an iso3 code or null'), sector: r.code('sector', SECTOR, 'a sector code (three capitals)'),
    otherSectors, sectorHistory: sectorHistory(r), type: r.optStr('kind') ?? 'organisation',
    cameo: r.code('cameo', CAMEO, 'a CAMEO code (groups of three capitals)'), parent: r.optCode('parent', /^org:/, 'an org id'),
    dissolved: r.optDate('dissolved'), metonyms: r.metonyms('metonyms'), needsContext: r.strList('needsContext'),
  };
}

function sectorHistory(r: EntryReader): KbSectorSpan[] {
  const v = r.raw.sectorHistory;
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) r.fail('sectorHistory', 'must be an array of {"sector", "start"?, "end"?}');
  return v.map((h: unknown, i) => {
    const o = (typeof h === 'object' && h !== null ? h : {}) as Record<string, unknown>;
    if (typeof o.sector !== 'string' || !SECTOR.test(o.sector)) r.fail('sectorHistory', `item ${i + 1} needs a "sector" code`);
    for (const k of ['start', 'end'] as const) {
      if (o[k] != null && !isKbDate(o[k])) r.fail('sectorHistory', `item ${i + 1} has a bad "${k}" date`);
    }
    return { sector: o.sector, start: (o.start as string | undefined) ?? null, end: (o.end as string | undefined) ?? null };
  });
}

function parsePerson(r: EntryReader): KbPerson {
  r.onlyFields(['id', 'merge', 'name', 'aliases', 'gender', 'roles', 'needsContext']);
  const gender = r.optStr('gender');
  if (gender !== null && gender !== 'm' && gender !== 'f') r.fail('gender', 'must be "m", "f" or absent');
  const raw = r.raw.roles ?? [];
  if (!Array.isArray(raw)) r.fail('roles', 'must be an array of role objects');
  return {
    kind: 'person', id: r.str('id'), name: r.str('name'), aliases: r.strList('aliases'), gender: gender as 'm' | 'f' | null,
    roles: raw.map((x: unknown, i) => parseRole(r, x, i)), needsContext: r.strList('needsContext'),
  };
}

const ROLE_FIELDS = ['role', 'title', 'country', 'igo', 'org', 'portfolio', 'start', 'end', 'acting', 'uncertain', 'disputed', 'cameo'];

function parseRole(r: EntryReader, x: unknown, i: number): KbRole {
  const field = `roles[${i}]`;
  if (typeof x !== 'object' || x === null || Array.isArray(x)) r.fail(field, 'must be an object');
  const o = x as Record<string, unknown>;
  const extra = Object.keys(o).find((k) => !ROLE_FIELDS.includes(k));
  if (extra !== undefined) r.fail(field, `has an unknown key "${extra}" (known: ${ROLE_FIELDS.join(', ')})`);
  if (!PERSON_ROLES.includes(o.role as KbRole['role'])) r.fail(`${field}.role`, `must be one of: ${PERSON_ROLES.join(', ')}`);
  const str = (k: string): string | null => {
    if (o[k] == null) return null;
    if (typeof o[k] !== 'string' || (o[k] as string).trim() === '') r.fail(`${field}.${k}`, 'must be a non-empty string or null');
    return o[k] as string;
  };
  const date = (k: string): string | null => {
    if (o[k] == null) return null;
    if (!isKbDate(o[k])) r.fail(`${field}.${k}`, `must be a date YYYY-MM-DD (or YYYY-MM, YYYY), not ${JSON.stringify(o[k])}`);
    return o[k] as string;
  };
  const flag = (k: string): boolean => {
    if (o[k] == null) return false;
    if (typeof o[k] !== 'boolean') r.fail(`${field}.${k}`, 'must be true or false');
    return o[k] as boolean;
  };
  const country = str('country');
  if (country !== null && !ISO3.test(country)) r.fail(`${field}.country`, `must be an iso3 code, not "${country}"`);
  const igo = str('igo');
  if (igo !== null && !igo.startsWith('igo:')) r.fail(`${field}.igo`, `must be an igo id, not "${igo}"`);
  const org = str('org');
  if (org !== null && !org.startsWith('org:')) r.fail(`${field}.org`, `must be an org id, not "${org}"`);
  const cameo = str('cameo');
  if (cameo !== null && !CAMEO.test(cameo)) r.fail(`${field}.cameo`, `must be a CAMEO code (groups of three capitals), not "${cameo}"`);
  const start = date('start');
  const end = date('end');
  if (start !== null && end !== null && end < start) r.fail(`${field}.end`, `(${end}) is before start (${start})`);
  return {
    role: o.role as KbRole['role'], title: str('title'), country, igo, org, portfolio: str('portfolio'), start, end,
    acting: flag('acting'), uncertain: flag('uncertain'), disputed: flag('disputed'), cameo,
  };
}

function parseSectorWords(r: EntryReader): KbSectorWords {
  r.onlyFields(['words', 'plurals', 'sector', 'role', 'group', 'needsContext', 'country']);
  const words = r.strList('words');
  if (words.length === 0) r.fail('words', 'must list at least one word');
  const given = r.strList('plurals');
  const plurals = new Set(given);
  // Regular plurals are derived; irregular ones ("secretaries of state") are given in the file, and a
  // given plural ending in the same word shows that the head noun is not the last word.
  const lastWord = (s: string): string => s.slice(s.lastIndexOf(' ') + 1).toLowerCase();
  for (const w of words) {
    const irregular = w.includes(' ') && given.some((p) => lastWord(p) === lastWord(w));
    if (!looksPlural(w) && !irregular) plurals.add(pluralOf(w));
  }
  return {
    kind: 'sector', words, plurals: [...plurals].filter((p) => !words.includes(p)),
    sector: r.code('sector', SECTOR, 'a sector code (three capitals)'), role: r.optStr('role'), group: r.bool('group'),
    needsContext: r.strList('needsContext'), country: r.optCode('country', ISO3, 'an iso3 code'),
  };
}
