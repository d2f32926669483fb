/**
 * What the integrity tests of the people files (`data/kb/people/<ISO3>.json`, `IGO.json`) share:
 * the vocabularies of `data/kb/README.md`, the shape of an entry, partial-date arithmetic, reading
 * the files, and the check that no office has two non-acting holders at once. Each test file keeps
 * only its own countries and exceptions.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';

/** The folder of the people files. */
export const PEOPLE_DIR = resolve(process.cwd(), 'data', 'kb', 'people');

/** The role values of `data/kb/README.md`. */
export const ROLES: ReadonlySet<string> = new Set(['head of state', 'head of government', 'foreign minister', 'defence minister', 'vice president',
  'deputy head of government', 'minister', 'legislator', 'speaker', 'ambassador', 'military chief', 'party leader',
  'igo head', 'opposition leader', 'official', 'candidate']);

/** The four roles whose holders the gap listings follow. */
export const CORE_ROLES: readonly string[] = ['head of state', 'head of government', 'foreign minister', 'defence minister'];

/** ISO 3166-1 alpha-3, plus XKX (Kosovo). */
export const ISO3: ReadonlySet<string> = new Set(('AFG ALA ALB DZA ASM AND AGO AIA ATA ATG ARG ARM ABW AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BMU BTN BOL BES ' +
  'BIH BWA BVT BRA IOT BRN BGR BFA BDI CPV KHM CMR CAN CYM CAF TCD CHL CHN CXR CCK COL COM COG COD COK CRI CIV HRV CUB CUW CYP CZE ' +
  'DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FLK FRO FJI FIN FRA GUF PYF ATF GAB GMB GEO DEU GHA GIB GRC GRL GRD GLP GUM GTM ' +
  'GGY GIN GNB GUY HTI HMD VAT HND HKG HUN ISL IND IDN IRN IRQ IRL IMN ISR ITA JAM JPN JEY JOR KAZ KEN KIR PRK KOR KWT KGZ LAO LVA ' +
  'LBN LSO LBR LBY LIE LTU LUX MAC MDG MWI MYS MDV MLI MLT MHL MTQ MRT MUS MYT MEX FSM MDA MCO MNG MNE MSR MAR MOZ MMR NAM NRU NPL ' +
  'NLD NCL NZL NIC NER NGA NIU NFK MKD MNP NOR OMN PAK PLW PSE PAN PNG PRY PER PHL PCN POL PRT PRI QAT REU ROU RUS RWA BLM SHN KNA ' +
  'LCA MAF SPM VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SXM SVK SVN SLB SOM ZAF SGS SSD ESP LKA SDN SUR SJM SWE CHE SYR TWN TJK TZA ' +
  'THA TLS TGO TKL TON TTO TUN TUR TKM TCA TUV UGA UKR ARE GBR USA UMI URY UZB VUT VEN VNM VGB VIR WLF ESH YEM ZMB ZWE XKX').split(' '));

/** A full or partial date: `2004`, `2004-06`, `2004-06-15`. */
export const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
/** The gap listings start here. */
export const FROM = '2000-01-01';
export const TODAY = new Date().toISOString().slice(0, 10);
/** A vacancy up to this long is a normal transition, not a gap worth listing. */
export const MAX_GAP_DAYS = 120;
/** The end of a tenure that has not ended. */
export const OPEN_END = '9999-12-31';

/** One role of a person entry, as the files write it. */
export interface Role {
  role: string; title: string; country?: string; igo?: string; portfolio?: string;
  start: string; end: string | null; acting?: boolean; disputed?: boolean; uncertain?: boolean;
}
/** One person entry, as the files write it. */
export interface Person { id: string; name: string; aliases: string[]; gender?: string; needsContext?: string[]; roles: Role[] }

/** A people file as read: its name (`FRA`, `IGO`), its text and its JSON, not yet checked. */
export interface PeopleFile { file: string; raw: string; data: unknown }

/**
 * A partial date as a comparable day: its first possible day (`2004-06` → `2004-06-01`) or its
 * last (`2004-06` → `2004-06-30`), so that a check can count possible or only certain overlaps.
 */
export function day(d: string, edge: 'first' | 'last' = 'first'): string {
  if (d.length === 10) return d;
  if (d.length === 7) {
    if (edge === 'first') return `${d}-01`;
    const [y, m] = d.split('-').map(Number);
    return `${d}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
  }
  return edge === 'first' ? `${d}-01-01` : `${d}-12-31`;
}

/** Days from `a` to `b` (both `YYYY-MM-DD`). */
export function days(a: string, b: string): number {
  return (Date.parse(b) - Date.parse(a)) / 86_400_000;
}

/** The files among `names` that exist, read and parsed (bad JSON throws). */
export function readPeopleFiles(names: readonly string[]): PeopleFile[] {
  return names
    .filter((file) => existsSync(resolve(PEOPLE_DIR, `${file}.json`)))
    .map((file) => {
      const raw = readFileSync(resolve(PEOPLE_DIR, `${file}.json`), 'utf8');
      return { file, raw, data: JSON.parse(raw) as unknown };
    });
}

/** The entries of the files that hold an array (a file that does not fails its own shape test). */
export function entriesOf(files: readonly PeopleFile[]): Person[] {
  return files.flatMap((f) => (Array.isArray(f.data) ? (f.data as Person[]) : []));
}

/**
 * Asserts that every file holds a JSON array of entries sorted by id; with `nonEmpty`, at least one
 * entry; with `indented`, written with a 2-space indent (one entry's opening brace on line 2).
 */
export function expectSortedArrays(files: readonly PeopleFile[], options: { nonEmpty?: boolean; indented?: boolean } = {}): void {
  for (const { file, raw, data } of files) {
    expect(Array.isArray(data), `${file}.json is an array`).toBe(true);
    const ids = (data as Person[]).map((p) => p.id);
    expect(ids, `${file}.json sorted by id`).toEqual([...ids].sort());
    if (options.nonEmpty) expect(ids.length, `${file}.json has entries`).toBeGreaterThan(0);
    if (options.indented) expect(raw.split('\n')[1], `${file}.json indented with 2 spaces`).toMatch(/^ {2}\{$/);
  }
}

/** One holder's time in an office, as comparable days (`end` is {@link OPEN_END} while in office). */
export interface Tenure { id: string; start: string; end: string }

/**
 * The tenures of every office: `officeOf` names the office a role gives alone to its holder, or
 * null when the role may overlap another holder's (acting, shared, disputed…). `startEdge` reads a
 * partial start date as its first possible day (any possible overlap counts) or its last (only
 * certain overlaps count); a partial end date is read as its first day.
 */
export function tenuresByOffice(
  people: readonly Person[],
  officeOf: (r: Role) => string | null,
  startEdge: 'first' | 'last',
): Map<string, Tenure[]> {
  const byOffice = new Map<string, Tenure[]>();
  for (const p of people) {
    for (const r of p.roles) {
      const office = officeOf(r);
      if (office === null) continue;
      const tenure = { id: p.id, start: day(r.start, startEdge), end: r.end === null ? OPEN_END : day(r.end, 'first') };
      byOffice.set(office, [...(byOffice.get(office) ?? []), tenure]);
    }
  }
  return byOffice;
}

/** Every pair of tenures of one office that overlap (successive terms may touch), described. */
export function overlappingTenures(byOffice: ReadonlyMap<string, readonly Tenure[]>): string[] {
  const overlaps: string[] = [];
  for (const [office, tenures] of byOffice) {
    const held = [...tenures].sort((a, b) => a.start.localeCompare(b.start));
    for (let i = 1; i < held.length; i++) {
      for (let j = 0; j < i; j++) {
        if (held[j].end > held[i].start) overlaps.push(`${office}: ${held[j].id} ${held[j].start}..${held[j].end} / ${held[i].id} from ${held[i].start}`);
      }
    }
  }
  return overlaps;
}
