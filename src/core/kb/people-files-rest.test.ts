/**
 * Integrity of the people files written for the UN member states outside the G20 and the other
 * two people sets (`data/kb/people/<ISO3>.json`, ALB … XNC): shape, ids, role vocabulary, country
 * codes, date order and non-overlapping tenures. Gaps in the core roles are printed as a list, not
 * failed: a missing holder is a coverage hole to fill, not a broken file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nameKey } from './normalize.js';
import {
  CORE_ROLES, DATE, day, days, entriesOf, expectSortedArrays, FROM, MAX_GAP_DAYS, overlappingTenures, PEOPLE_DIR, readPeopleFiles, ROLES, TODAY,
  tenuresByOffice, type Person, type Role,
} from './test-support/people-files.js';

/**
 * The countries these files cover: every UN member not covered by the G20 and "others" sets, plus
 * Kosovo (XKX) and Northern Cyprus (XNC: the Turkish Cypriot leader is a party to every Cyprus negotiation).
 */
const FILES = ('ALB AND ATG BDI BEN BHS BIH BLZ BRB BRN BTN BWA CAF COG COM CPV CRI CYP DJI DMA DOM ERI FJI FSM GAB ' +
  'GIN GMB GNB GNQ GRD GTM HND HTI ISL JAM KIR KNA KWT LCA LIE LSO LUX MCO MDG MDV MHL MKD MLT MNE MRT MUS MWI NAM ' +
  'NRU OMN PLW PNG PRY SLB SLV SMR STP SUR SWZ SYC TLS TON TTO TUV URY VCT VUT WSM XKX XNC').split(' ');

/** Commonwealth realms: the head of state is the British monarch (GBR file); governors-general are not listed. */
const REALMS = 'ATG BHS BLZ GRD JAM KNA LCA PNG SLB TUV VCT'.split(' ');
/** Presidential systems: the president heads the government and carries only `head of state`. */
const PRESIDENTIAL = 'BEN BWA COM CRI CYP DOM ERI FSM GMB GTM HND KIR MDV MHL MWI NRU PLW PRY SLV SUR SYC URY'.split(' ');

/** Where a core role is deliberately not listed at all. */
const NOT_EXPECTED: Record<string, string[]> = {
  // San Marino's head of state is a pair of Captains Regent who change every six months.
  'head of state': [...REALMS, 'SMR'],
  // San Marino: the Secretary of State for Foreign Affairs acts as head of government (foreign minister).
  'head of government': [...PRESIDENTIAL, 'SMR'],
};

/** Countries whose foreign minister is covered at least since 2015 (the often-reported regions). */
const FM_COVERED = ('ALB BDI BEN BHS BIH BLZ BRB BRN BTN BWA CAF COG CPV CRI CYP DOM ERI GAB GIN GMB GNQ GTM HND ISL JAM ' +
  'KWT LUX MDV MKD MLT MNE MRT NAM OMN SLV SMR URY XKX').split(' ');
/** Countries whose defence minister is covered. */
const DM_COVERED = 'ALB BIH CYP LUX MKD MNE URY'.split(' ');

/** When a country's offices begin, where later than 2000 (UN administration, independence, state-level ministry). */
const SINCE: Record<string, string> = {
  'TLS': '2002-05-20', 'XKX': '2002-03-04', 'XKX foreign minister': '2008-02-17', 'MNE foreign minister': '2006-06-03',
  'MNE defence minister': '2006-06-03', 'BIH defence minister': '2004-03-01', 'BRB head of state': '2021-11-30',
  // Defence ministers are listed from these dates only.
  'CYP defence minister': '2008-02-29', 'URY defence minister': '2005-03-01',
};

/** Known periods when an office did not exist or stood vacant: [country, role, from, to]. */
const VACANCIES: [string, string, string, string][] = [
  ['BDI', 'head of government', '2000-01-01', '2020-06-23'], // post abolished 1998, restored 2020
  ['COG', 'head of government', '2000-01-01', '2005-01-07'], // no Prime Minister before 2005
  ['COG', 'head of government', '2009-09-15', '2016-04-23'], // post abolished 2009-2016
  ['GAB', 'head of government', '2025-05-05', '9999-12-31'], // abolished by the 2024 constitution
  ['GIN', 'head of government', '2004-04-29', '2004-12-09'], // left vacant after François Lonsény Fall resigned
  ['GIN', 'head of government', '2006-04-05', '2007-02-09'], // left vacant after Cellou Dalein Diallo's dismissal
  ['HTI', 'head of state', '2021-07-07', '2024-04-25'], // after Jovenel Moïse's murder: no president
];

const EXCLUSIVE_ROLES = new Set([...CORE_ROLES, 'speaker', 'vice president']);
const FM_FROM = '2015-01-01';

/** ISO 3166-1 alpha-3 codes (plus XKX) from the states file, when it is there. */
const STATES_FILE = resolve(process.cwd(), 'data', 'kb', 'states.json');
const knownCountries = existsSync(STATES_FILE)
  ? new Set((JSON.parse(readFileSync(STATES_FILE, 'utf8')) as { iso3: string }[]).map((s) => s.iso3))
  : null;

const loaded = readPeopleFiles(FILES);
const present = loaded.map((f) => f.file);
const everyone = entriesOf(loaded);
/** Everyone in the other people files (other countries, IGO.json): ids must stay unique across all of them. */
const others = readPeopleFiles(readdirSync(PEOPLE_DIR).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).filter((f) => !FILES.includes(f)))
  .map(({ file, data }) => ({ file: `${file}.json`, people: data as Person[] }));

/**
 * The key under which a role is exclusive: one holder per country and role, except Bosnia's
 * three-member presidency, where each seat (named by the title) is exclusive.
 */
function officeKey(r: Role): string {
  return r.title.includes('Member of the Presidency') ? `${r.country} ${r.title}` : `${r.country} ${r.role}`;
}

describe('people files (rest of the UN members and Kosovo)', () => {
  it('has a file for every country in scope', () => {
    expect(FILES.filter((c) => !present.includes(c))).toEqual([]);
  });

  it('are JSON arrays of entries sorted by id, indented with 2 spaces', () => {
    expectSortedArrays(loaded, { indented: true });
  });

  it('give every person a well-formed id unique across all people files, a name, aliases and a gender', () => {
    const seen = new Map<string, string>();
    for (const { file, people } of others) for (const p of people) seen.set(p.id, file);
    for (const { file: country, data } of loaded) {
      for (const p of data as Person[]) {
        expect(p.id).toMatch(/^person:[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(seen.get(p.id), `${p.id} in ${country} also in ${seen.get(p.id)}`).toBeUndefined();
        seen.set(p.id, country);
        expect(p.name.trim().length, p.id).toBeGreaterThan(1);
        expect(Array.isArray(p.aliases) && p.aliases.every((a) => typeof a === 'string' && a.trim() !== ''), p.id).toBe(true);
        expect(p.aliases, p.id).not.toContain(p.name);
        expect(p.gender === 'm' || p.gender === 'f', p.id).toBe(true);
        expect(p.roles.length, p.id).toBeGreaterThan(0);
        // Names that also mean someone else ("David Thompson") need supporting context; they must be the entry's own.
        const own = new Set([p.name, ...p.aliases].map(nameKey));
        for (const n of p.needsContext ?? []) expect(own.has(nameKey(n)), `${p.id} needsContext ${n}`).toBe(true);
      }
    }
  });

  it('use the README role values, known countries and ordered dates', () => {
    for (const p of everyone) {
      for (const r of p.roles) {
        const where = `${p.id} ${r.role} ${r.start}`;
        expect(ROLES.has(r.role), where).toBe(true);
        expect(typeof r.title === 'string' && r.title.length > 1, where).toBe(true);
        if (r.role === 'igo head') expect(r.igo, where).toMatch(/^igo:[a-z0-9-]+$/);
        else {
          expect(r.country, where).toMatch(/^[A-Z]{3}$/);
          if (knownCountries) expect(knownCountries.has(r.country as string), where).toBe(true);
        }
        expect(r.start, where).toMatch(DATE);
        if (r.end !== null) {
          expect(r.end, where).toMatch(DATE);
          expect(day(r.start, 'first') <= day(r.end, 'last'), where).toBe(true);
        }
        for (const flag of ['acting', 'disputed', 'uncertain'] as const) {
          if (r[flag] !== undefined) expect(r[flag], where).toBe(true);
        }
      }
    }
  });

  it('file every person under a country where they held a role', () => {
    for (const { file: country, data } of loaded) {
      for (const p of data as Person[]) expect(p.roles.some((r) => r.country === country), p.id).toBe(true);
    }
  });

  it('never give two non-acting holders the same office at the same time', () => {
    const office = (r: Role): string | null => {
      const exclusive = EXCLUSIVE_ROLES.has(r.role) || (r.role === 'ambassador' && r.igo === 'igo:un');
      // Acting holders, rival claimants (`disputed`), co-princes and co-chairs may overlap.
      if (!exclusive || r.acting || r.disputed || r.title.startsWith('Co-') || r.title.includes('Co-Prince')) return null;
      // A second or first vice president is a different office from the vice president.
      return r.role === 'vice president' ? `${officeKey(r)} ${r.title}` : officeKey(r);
    };
    expect(overlappingTenures(tenuresByOffice(everyone, office, 'last'))).toEqual([]);
  });

  it('lists the gaps in the core roles, and has no gap of a year inside a head of state or government record', () => {
    // Every dated span of a role, by "country role", from these files, IGO.json (which holds the
    // national roles of heads of international organisations: Juncker, Ping, Youssouf) and the vacancies.
    const spans = new Map<string, [string, string][]>();
    const add = (key: string, span: [string, string]) => spans.set(key, [...(spans.get(key) ?? []), span]);
    for (const p of [...everyone, ...others.flatMap((o) => o.people)]) {
      for (const r of p.roles) if (r.country) add(`${r.country} ${r.role}`, [day(r.start, 'first'), r.end === null ? TODAY : day(r.end, 'last')]);
    }
    for (const [c, role, a, b] of VACANCIES) add(`${c} ${role}`, [a, b]);
    const gaps: string[] = [];
    const interior: string[] = [];
    for (const country of present) {
      const roles = ['head of state', 'head of government'];
      if (FM_COVERED.includes(country)) roles.push('foreign minister');
      if (DM_COVERED.includes(country)) roles.push('defence minister');
      for (const role of roles) {
        if (NOT_EXPECTED[role]?.includes(country)) continue;
        const since = [SINCE[`${country} ${role}`], SINCE[country], role === 'foreign minister' ? FM_FROM : FROM]
          .filter((d): d is string => d !== undefined)
          .sort()
          .pop() as string;
        let covered = since;
        for (const [start, end] of [...(spans.get(`${country} ${role}`) ?? [])].sort((a, b) => a[0].localeCompare(b[0]))) {
          if (end <= covered) continue;
          const gap = days(covered, start);
          if (gap > MAX_GAP_DAYS) gaps.push(`${country} ${role}: ${covered} → ${start}`);
          if (gap > 365 && role.startsWith('head of')) interior.push(`${country} ${role}: ${covered} → ${start}`);
          covered = end;
        }
        // After the last known holder: usually an election or change the data has not caught up with.
        if (days(covered, TODAY) > MAX_GAP_DAYS) gaps.push(`${country} ${role}: ${covered} → (no holder known)`);
      }
    }
    console.log(`[people-files-rest] ${gaps.length} gap(s) over ${MAX_GAP_DAYS} days:\n${gaps.join('\n')}`);
    expect(interior).toEqual([]);
  });
});
