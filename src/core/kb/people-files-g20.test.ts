/**
 * Integrity of the people files written for the G20 countries and the heads of international
 * organisations (`data/kb/people/<ISO3>.json`, `data/kb/people/IGO.json`): shape, ids, role
 * vocabulary, country and igo codes, date order and non-overlapping tenures. Gaps in the four core
 * roles since 2000 are printed as a list, not failed: a missing holder is a coverage hole to fill,
 * not a broken file.
 */
import { describe, expect, it } from 'vitest';
import {
  CORE_ROLES, DATE, day, days, expectSortedArrays, FROM, ISO3, MAX_GAP_DAYS, OPEN_END, overlappingTenures, readPeopleFiles, ROLES, TODAY, tenuresByOffice,
  type Person, type Role,
} from './test-support/people-files.js';

/** The G20 member states whose people files this suite owns. */
const G20 = 'ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN KOR MEX RUS SAU ZAF TUR GBR USA'.split(' ');
const FILES = [...G20, 'IGO'];

/** The igo ids heads of organisations point at (the ids of `data/kb/igos.json`). */
const IGO_IDS = new Set(['igo:un', 'igo:nato', 'igo:eu', 'igo:imf', 'igo:world-bank', 'igo:wto', 'igo:au', 'igo:asean',
  'igo:iaea', 'igo:who', 'igo:unhcr', 'igo:icc']);

/**
 * Presidential systems carry only `head of state` for the president (no separate head-of-government
 * office); the value is the date from which the country has had no such office.
 */
const NO_HEAD_OF_GOVERNMENT: Record<string, string> = {
  ARG: '0000-01-01', BRA: '0000-01-01', IDN: '0000-01-01', MEX: '0000-01-01', USA: '0000-01-01', ZAF: '0000-01-01',
  TUR: '2018-07-09', // the office of prime minister was abolished
};

/** Roles with one holder at a time per country (or igo); other roles are told apart by their title. */
const SINGLE_HOLDER = new Set([...CORE_ROLES, 'vice president', 'speaker', 'opposition leader']);
/** Roles several people hold at once (deputy prime ministers): no overlap check. */
const SHARED = new Set(['deputy head of government', 'candidate']);

interface Held { id: string; start: string; end: string; acting: boolean }

/** A partial end date as its first possible day; an open end as the far future. */
const endDay = (d: string | null): string => (d === null ? OPEN_END : day(d));

/** Every (file, person) of the suite's files, read when a test asks, so that parse errors surface in the first test. */
function people(): Array<{ file: string; person: Person }> {
  return readPeopleFiles(FILES).flatMap(({ file, data }) => (data as Person[]).map((person) => ({ file, person })));
}

/** The key under which two non-acting holders must not overlap, or null when overlap is allowed. */
function tenureKey(r: Role): string | null {
  if (SHARED.has(r.role)) return null;
  const where = `${r.country ?? ''}|${r.igo ?? ''}`;
  return SINGLE_HOLDER.has(r.role) ? `${where}|${r.role}` : `${where}|${r.role}|${r.title}|${r.portfolio ?? ''}`;
}

/** Uncovered stretches longer than MAX_GAP_DAYS within [from, to) given the holders' tenures. */
function gaps(held: Held[], from: string, to: string): Array<[string, string]> {
  const spans = held.map((h) => [h.start, h.end] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const out: Array<[string, string]> = [];
  let cursor = from;
  for (const [s, e] of spans) {
    if (e <= cursor) continue;
    if (s > cursor && days(cursor, s < to ? s : to) > MAX_GAP_DAYS) out.push([cursor, s < to ? s : to]);
    if (e > cursor) cursor = e;
    if (cursor >= to) break;
  }
  if (cursor < to && days(cursor, to) > MAX_GAP_DAYS) out.push([cursor, to]);
  return out;
}

describe('people files: G20 countries and heads of international organisations', () => {
  it('are JSON arrays of entries sorted by id', () => {
    const files = readPeopleFiles(FILES);
    expect(files.map((f) => f.file), 'a file for every country in scope').toEqual(FILES);
    expectSortedArrays(files, { nonEmpty: true });
  });

  it('give each person once, with a well-formed id, name, aliases and gender', () => {
    const seenIds = new Map<string, string>();
    const seenNames = new Map<string, string>();
    for (const { file, person: p } of people()) {
      expect(p.id, `${file}: id`).toMatch(/^person:[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(seenIds.get(p.id), `${p.id} appears in ${file} and ${seenIds.get(p.id)}`).toBeUndefined();
      seenIds.set(p.id, file);
      expect(typeof p.name === 'string' && p.name.trim() === p.name && p.name.length > 1, `${p.id}: name`).toBe(true);
      expect(seenNames.get(p.name), `${p.name} is both ${p.id} and ${seenNames.get(p.name)}`).toBeUndefined();
      seenNames.set(p.name, p.id);
      expect(Array.isArray(p.aliases), `${p.id}: aliases`).toBe(true);
      expect(p.aliases.every((a) => typeof a === 'string' && a.length > 0 && a !== p.name), `${p.id}: alias values`).toBe(true);
      expect(new Set(p.aliases).size, `${p.id}: duplicate alias`).toBe(p.aliases.length);
      if (p.gender !== undefined) expect(['m', 'f'], `${p.id}: gender`).toContain(p.gender);
      expect(Array.isArray(p.roles) && p.roles.length > 0, `${p.id}: roles`).toBe(true);
    }
    expect(seenIds.size).toBeGreaterThan(500);
  });

  it('use the README role values, valid ISO3 and igo codes, and dates in order', () => {
    for (const { person: p } of people()) {
      for (const r of p.roles) {
        const what = `${p.id} ${r.role} ${r.start}`;
        expect(ROLES.has(r.role), `${what}: role value`).toBe(true);
        expect(typeof r.title === 'string' && r.title.length > 0, `${what}: title`).toBe(true);
        expect(r.country !== undefined || r.igo !== undefined, `${what}: needs a country or an igo`).toBe(true);
        if (r.country !== undefined) expect(ISO3.has(r.country), `${what}: country ${r.country}`).toBe(true);
        if (r.igo !== undefined) expect(IGO_IDS.has(r.igo), `${what}: igo ${r.igo}`).toBe(true);
        if (r.role === 'igo head') expect(r.igo, `${what}: igo head needs an igo`).toBeDefined();
        expect(r.start, `${what}: start`).toMatch(DATE);
        if (r.end !== null) expect(r.end, `${what}: end`).toMatch(DATE);
        expect(day(r.start) <= endDay(r.end), `${what}: start after end ${r.end}`).toBe(true);
        if (r.acting !== undefined) expect(r.acting, `${what}: acting is true or absent`).toBe(true);
        if (r.uncertain !== undefined) expect(r.uncertain, `${what}: uncertain is true or absent`).toBe(true);
      }
    }
  });

  it('never give one office to two non-acting holders at once (successive terms may touch)', () => {
    const office = (r: Role): string | null => (r.acting ? null : tenureKey(r));
    expect(overlappingTenures(tenuresByOffice(people().map((e) => e.person), office, 'first'))).toEqual([]);
  });

  it('have a holder of each core role in every G20 country today, and list the gaps since 2000', () => {
    const held = new Map<string, Held[]>();
    for (const { person: p } of people()) {
      for (const r of p.roles) {
        if (r.country === undefined || !CORE_ROLES.includes(r.role)) continue;
        const key = `${r.country}|${r.role}`;
        held.set(key, [...(held.get(key) ?? []), { id: p.id, start: day(r.start), end: endDay(r.end), acting: r.acting === true }]);
      }
    }
    const report: string[] = [];
    const vacantToday: string[] = [];
    for (const country of G20) {
      for (const role of CORE_ROLES) {
        const until = role === 'head of government' ? NO_HEAD_OF_GOVERNMENT[country] : undefined;
        if (until !== undefined && until <= FROM) continue;
        const to = until ?? TODAY;
        const list = held.get(`${country}|${role}`) ?? [];
        for (const [a, b] of gaps(list, FROM, to)) report.push(`${country} ${role}: ${a} .. ${b} (${days(a, b)} days)`);
        if (until === undefined && !list.some((h) => h.start <= TODAY && TODAY < h.end)) vacantToday.push(`${country} ${role}`);
      }
    }
    console.log(report.length === 0
      ? `[people g20] no gap over ${MAX_GAP_DAYS} days in the core roles since ${FROM}`
      : `[people g20] gaps over ${MAX_GAP_DAYS} days in the core roles since ${FROM}:\n  ${report.join('\n  ')}`);
    expect(vacantToday).toEqual([]);
  });
});

describe('gap finder', () => {
  it('reports only uncovered stretches longer than the limit, acting holders included', () => {
    const held: Held[] = [
      { id: 'a', start: '2000-01-01', end: '2003-05-01', acting: false },
      { id: 'b', start: '2003-06-01', end: '2004-01-01', acting: true },
      { id: 'c', start: '2005-01-01', end: '9999-12-31', acting: false },
    ];
    expect(gaps(held, '2000-01-01', '2010-01-01')).toEqual([['2004-01-01', '2005-01-01']]);
    expect(gaps(held.slice(0, 1), '2000-01-01', '2003-06-01')).toEqual([]);
    expect(gaps([], '2000-01-01', '2001-01-01')).toEqual([['2000-01-01', '2001-01-01']]);
  });
});
