/**
 * Integrity of the people files written for the non-G20 countries (`data/kb/people/<ISO3>.json`):
 * shape, ids, role vocabulary, country codes, date order and non-overlapping tenures. Gaps in the
 * four core roles are printed as a list (a missing holder is a coverage hole, not a broken file).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const PEOPLE_DIR = resolve(process.cwd(), 'data', 'kb', 'people');

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

/** The role values of `data/kb/README.md`. */
const ROLES = new Set(['head of state', 'head of government', 'foreign minister', 'defence minister', 'vice president',
  'deputy head of government', 'minister', 'legislator', 'speaker', 'ambassador', 'military chief', 'party leader',
  'igo head', 'opposition leader', 'official']);

/** ISO 3166-1 alpha-3, plus XKX (Kosovo). */
const ISO3 = new Set(('AFG ALA ALB DZA ASM AND AGO AIA ATA ATG ARG ARM ABW AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BMU BTN BOL BES ' +
  'BIH BWA BVT BRA IOT BRN BGR BFA BDI CPV KHM CMR CAN CYM CAF TCD CHL CHN CXR CCK COL COM COG COD COK CRI CIV HRV CUB CUW CYP CZE ' +
  'DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FLK FRO FJI FIN FRA GUF PYF ATF GAB GMB GEO DEU GHA GIB GRC GRL GRD GLP GUM GTM ' +
  'GGY GIN GNB GUY HTI HMD VAT HND HKG HUN ISL IND IDN IRN IRQ IRL IMN ISR ITA JAM JPN JEY JOR KAZ KEN KIR PRK KOR KWT KGZ LAO LVA ' +
  'LBN LSO LBR LBY LIE LTU LUX MAC MDG MWI MYS MDV MLI MLT MHL MTQ MRT MUS MYT MEX FSM MDA MCO MNG MNE MSR MAR MOZ MMR NAM NRU NPL ' +
  'NLD NCL NZL NIC NER NGA NIU NFK MKD MNP NOR OMN PAK PLW PSE PAN PNG PRY PER PHL PCN POL PRT PRI QAT REU ROU RUS RWA BLM SHN KNA ' +
  'LCA MAF SPM VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SXM SVK SVN SLB SOM ZAF SGS SSD ESP LKA SDN SUR SJM SWE CHE SYR TWN TJK TZA ' +
  'THA TLS TGO TKL TON TTO TUN TUR TKM TCA TUV UGA UKR ARE GBR USA UMI URY UZB VUT VEN VNM VGB VIR WLF ESH YEM ZMB ZWE XKX').split(' '));

/** Heads of international organisations live in IGO.json with all their roles, never here. */
const IGO_HEADS = ['antonio-guterres', 'barham-salih', 'amara-essy', 'josep-borrell', 'mark-rutte', 'jens-stoltenberg', 'kaja-kallas', 'charles-michel',
  'antonio-costa', 'donald-tusk', 'anders-fogh-rasmussen', 'jaap-de-hoop-scheffer', 'jose-manuel-barroso', 'herman-van-rompuy',
  'tedros-adhanom-ghebreyesus', 'ngozi-okonjo-iweala', 'moussa-faki', 'mohamed-elbaradei', 'alpha-oumar-konare', 'surin-pitsuwan'];

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const CORE_ROLES = ['head of state', 'head of government', 'foreign minister', 'defence minister'];
const EXCLUSIVE_ROLES = new Set([...CORE_ROLES, 'speaker']);
const FROM = '2000-01-01';
const TODAY = new Date().toISOString().slice(0, 10);
const MAX_GAP_DAYS = 120;

interface Role {
  role: string; title: string; country: string; start: string; end: string | null;
  acting?: boolean; disputed?: boolean; uncertain?: boolean; igo?: string; portfolio?: string;
}
interface Person { id: string; name: string; aliases: string[]; gender?: string; roles: Role[] }

/** A partial date as its first (`'first'`) or last (`'last'`) possible day, so that only certain overlaps count. */
function day(d: string, edge: 'first' | 'last'): string {
  if (d.length === 10) return d;
  if (d.length === 7) {
    if (edge === 'first') return `${d}-01`;
    const [y, m] = d.split('-').map(Number);
    return `${d}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
  }
  return edge === 'first' ? `${d}-01-01` : `${d}-12-31`;
}

const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;

const present = FILES.filter((c) => existsSync(resolve(PEOPLE_DIR, `${c}.json`)));
const loaded = present.map((c) => ({ country: c, raw: readFileSync(resolve(PEOPLE_DIR, `${c}.json`), 'utf8') }));
const parsed = loaded.map(({ country, raw }) => ({ country, people: JSON.parse(raw) as Person[] }));
const everyone = parsed.flatMap((f) => f.people);
/**
 * Heads of international organisations who also held national office (a Dutch prime minister who
 * became NATO Secretary General) are in IGO.json; when it is present their national roles count
 * towards coverage in the gap listing. Nothing in it is checked here.
 */
const IGO_FILE = resolve(PEOPLE_DIR, 'IGO.json');
const igoPeople: Person[] = existsSync(IGO_FILE) ? (JSON.parse(readFileSync(IGO_FILE, 'utf8')) as Person[]) : [];

describe('people files (non-G20 countries)', () => {
  it('has a file for every country in scope', () => {
    expect(FILES.filter((c) => !present.includes(c))).toEqual([]);
  });

  it('are JSON arrays of entries sorted by id, indented with 2 spaces', () => {
    for (const { country, people } of parsed) {
      expect(Array.isArray(people), country).toBe(true);
      const ids = people.map((p) => p.id);
      expect(ids, `${country} sorted`).toEqual([...ids].sort());
    }
    for (const { country, raw } of loaded) expect(raw.split('\n')[1], country).toMatch(/^ {2}\{$/);
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
        expect(ISO3.has(r.country), where).toBe(true);
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
    const byOffice = new Map<string, { id: string; r: Role }[]>();
    for (const p of everyone) {
      for (const r of p.roles) {
        const exclusive = EXCLUSIVE_ROLES.has(r.role) || (r.role === 'ambassador' && r.igo === 'igo:un');
        // Acting holders, rival claimants (`disputed`) and shared offices ("Co-President") may overlap.
        if (!exclusive || r.acting || r.disputed || r.title.startsWith('Co-')) continue;
        const key = `${r.country} ${r.role}`;
        byOffice.set(key, [...(byOffice.get(key) ?? []), { id: p.id, r }]);
      }
    }
    const overlaps: string[] = [];
    for (const [office, holders] of byOffice) {
      holders.sort((a, b) => day(a.r.start, 'last').localeCompare(day(b.r.start, 'last')));
      for (let i = 1; i < holders.length; i++) {
        const prev = holders[i - 1];
        const next = holders[i];
        const prevEnd = prev.r.end === null ? '9999-12-31' : day(prev.r.end, 'first');
        if (day(next.r.start, 'last') < prevEnd) overlaps.push(`${office}: ${prev.id} (${prev.r.start}–${prev.r.end}) / ${next.id} (${next.r.start})`);
      }
    }
    expect(overlaps).toEqual([]);
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
