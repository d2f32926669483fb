/**
 * Integrity of the people files written for the non-G20 countries (`data/kb/people/<ISO3>.json`):
 * shape, ids, role vocabulary, country codes, date order and non-overlapping tenures. Gaps in the
 * four core roles are printed as a list (a missing holder is a coverage hole, not a broken file).
 */
import { describe, expect, it } from 'vitest';
import {
  CORE_ROLES, DATE, day, days, entriesOf, expectSortedArrays, FROM, ISO3, MAX_GAP_DAYS, overlappingTenures, readPeopleFiles, ROLES, TODAY, tenuresByOffice,
  type Person, type Role,
} from './test-support/people-files.js';

/** Countries whose every core role (head of state/government, foreign and defence minister) is covered. */
const FULL = 'BLR CIV COL GHA IRN ISR KAZ KGZ LBR LBY MLI NER NGA NIC NLD PAK PRK SDN SLE TGO TJK TWN TZA UKR UZB VEN VNM YEM ZMB DZA DNK GRC GUY PAN SVN SOM BHR COD LVA'.split(' ');
/** Countries covered for head of state, head of government and foreign minister. */
const BASIC = ('ESP POL EGY ETH QAT ARE IRQ SYR AFG BGD PHL THA MYS SGP KEN CHL PER CUB HUN SRB AZE ARM GEO MDA SWE FIN NOR BEL AUT ' +
  'CHE PRT IRL NZL LBN JOR PSE MMR KHM LAO MNG NPL LKA TKM ROU BGR CZE SVK HRV EST LTU BFA TCD SEN CMR UGA RWA SSD MOZ ZWE AGO MAR TUN ECU BOL').split(' ');
const FILES = [...FULL, ...BASIC];

/**
 * Where a role is deliberately not given, so its absence is no gap: presidential systems where the
 * president heads the government carry only `head of state`; New Zealand's head of state is the
 * British monarch (GBR file); Switzerland has no head of government; Guyana and Panama have no
 * defence minister.
 */
const NOT_EXPECTED: Record<string, string[]> = {
  'head of state': ['NZL'],
  'head of government': ['BOL', 'CHE', 'CHL', 'COL', 'ECU', 'GHA', 'KEN', 'LBR', 'NGA', 'NIC', 'PAN', 'PHL', 'SLE', 'SSD', 'TKM', 'VEN', 'ZMB'],
  'defence minister': ['GUY', 'PAN'],
};

/** States that did not exist on 2000-01-01: gaps are counted from their independence. */
const EXISTS_FROM: Record<string, string> = { SSD: '2011-07-09' };

/** Heads of international organisations live in IGO.json with all their roles, never here. */
const IGO_HEADS = ['antonio-guterres', 'barham-salih', 'amara-essy', 'josep-borrell', 'mark-rutte', 'jens-stoltenberg', 'kaja-kallas', 'charles-michel',
  'antonio-costa', 'donald-tusk', 'anders-fogh-rasmussen', 'jaap-de-hoop-scheffer', 'jose-manuel-barroso', 'herman-van-rompuy',
  'tedros-adhanom-ghebreyesus', 'ngozi-okonjo-iweala', 'moussa-faki', 'mohamed-elbaradei', 'alpha-oumar-konare', 'surin-pitsuwan'];

const EXCLUSIVE_ROLES = new Set([...CORE_ROLES, 'speaker']);

const loaded = readPeopleFiles(FILES);
const present = loaded.map((f) => f.file);
const everyone = entriesOf(loaded);
/**
 * Heads of international organisations who also held national office (a Dutch prime minister who
 * became NATO Secretary General) are in IGO.json; when it is present their national roles count
 * towards coverage in the gap listing. Nothing in it is checked here.
 */
const igoPeople = entriesOf(readPeopleFiles(['IGO']));

describe('people files (non-G20 countries)', () => {
  it('has a file for every country in scope', () => {
    expect(FILES.filter((c) => !present.includes(c))).toEqual([]);
  });

  it('are JSON arrays of entries sorted by id, indented with 2 spaces', () => {
    expectSortedArrays(loaded, { indented: true });
  });

  it('give every person a unique well-formed id, a name, aliases and a gender', () => {
    const seen = new Set<string>();
    for (const p of everyone) {
      expect(p.id).toMatch(/^person:[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(seen.has(p.id), `duplicate ${p.id}`).toBe(false);
      seen.add(p.id);
      expect(p.name.trim().length, p.id).toBeGreaterThan(1);
      expect(Array.isArray(p.aliases) && p.aliases.every((a) => typeof a === 'string' && a.trim() !== ''), p.id).toBe(true);
      expect(p.aliases, p.id).not.toContain(p.name);
      expect(p.gender === undefined || p.gender === 'm' || p.gender === 'f', p.id).toBe(true);
      expect(p.roles.length, p.id).toBeGreaterThan(0);
    }
  });

  it('leave heads of international organisations to IGO.json', () => {
    const ids = new Set(everyone.map((p) => p.id));
    expect(IGO_HEADS.filter((slug) => ids.has(`person:${slug}`))).toEqual([]);
    expect(igoPeople.map((p) => p.id).filter((id) => ids.has(id))).toEqual([]);
  });

  it('use the README role values, known countries and ordered dates', () => {
    for (const p of everyone) {
      for (const r of p.roles) {
        const where = `${p.id} ${r.role} ${r.start}`;
        expect(ROLES.has(r.role), where).toBe(true);
        expect(r.country !== undefined && ISO3.has(r.country), where).toBe(true);
        expect(typeof r.title === 'string' && r.title.length > 1, where).toBe(true);
        expect(r.start, where).toMatch(DATE);
        if (r.end !== null) {
          expect(r.end, where).toMatch(DATE);
          expect(day(r.start, 'first') <= day(r.end, 'last'), where).toBe(true);
        }
        if (r.role === 'igo head') expect(r.igo, where).toMatch(/^igo:/);
      }
    }
  });

  it('never give two non-acting holders the same office at the same time', () => {
    const office = (r: Role): string | null => {
      const exclusive = EXCLUSIVE_ROLES.has(r.role) || (r.role === 'ambassador' && r.igo === 'igo:un');
      // Acting holders, rival claimants (`disputed`) and shared offices ("Co-President") may overlap.
      return !exclusive || r.acting || r.disputed || r.title.startsWith('Co-') ? null : `${r.country} ${r.role}`;
    };
    expect(overlappingTenures(tenuresByOffice(everyone, office, 'last'))).toEqual([]);
  });

  it('lists the gaps in the core roles since 2000 (printed, not failed)', () => {
    const gaps: string[] = [];
    for (const country of present) {
      const roles = FULL.includes(country) ? CORE_ROLES : CORE_ROLES.slice(0, 3);
      for (const role of roles) {
        if (NOT_EXPECTED[role]?.includes(country)) continue;
        const spans = [...everyone, ...igoPeople]
          .flatMap((p) => p.roles)
          .filter((r) => r.country === country && r.role === role)
          .map((r) => [day(r.start, 'first'), r.end === null ? TODAY : day(r.end, 'last')] as const)
          .sort((a, b) => a[0].localeCompare(b[0]));
        let covered = EXISTS_FROM[country] ?? FROM;
        for (const [start, end] of spans) {
          if (end <= covered) continue;
          if (days(covered, start) > MAX_GAP_DAYS) gaps.push(`${country} ${role}: ${covered} → ${start}`);
          if (end > covered) covered = end;
        }
        if (days(covered, TODAY) > MAX_GAP_DAYS) gaps.push(`${country} ${role}: ${covered} → (no holder known)`);
      }
    }
    console.log(`[people-files-others] ${gaps.length} gap(s) over ${MAX_GAP_DAYS} days:\n${gaps.join('\n')}`);
    // Gaps are vacancies or holes in our knowledge, so they are listed; a file without a single
    // head of state or government since 2000 is a broken file.
    const headless = present.filter((country) => !everyone.some((p) => p.roles.some((r) =>
      r.country === country && (r.role === 'head of state' || r.role === 'head of government') &&
      (r.end === null || r.end >= FROM))));
    expect(headless).toEqual([]);
  });
});
