/**
 * Integrity of the people files written for the G20 countries and the heads of international
 * organisations (`data/kb/people/<ISO3>.json`, `data/kb/people/IGO.json`): shape, ids, role
 * vocabulary, country and igo codes, date order and non-overlapping tenures. Gaps in the four core
 * roles since 2000 are printed as a list, not failed: a missing holder is a coverage hole to fill,
 * not a broken file.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const PEOPLE_DIR = resolve(process.cwd(), 'data', 'kb', 'people');

/** The G20 member states whose people files this suite owns. */
const G20 = 'ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN KOR MEX RUS SAU ZAF TUR GBR USA'.split(' ');
const FILES = [...G20, 'IGO'];

/** The igo ids heads of organisations point at (the ids of `data/kb/igos.json`). */
const IGO_IDS = new Set(['igo:un', 'igo:nato', 'igo:eu', 'igo:imf', 'igo:world-bank', 'igo:wto', 'igo:au', 'igo:asean',
  'igo:iaea', 'igo:who', 'igo:unhcr', 'igo:icc']);

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

/**
 * Presidential systems carry only `head of state` for the president (no separate head-of-government
 * office); the value is the date from which the country has had no such office.
 */
const NO_HEAD_OF_GOVERNMENT: Record<string, string> = {
  ARG: '0000-01-01', BRA: '0000-01-01', IDN: '0000-01-01', MEX: '0000-01-01', USA: '0000-01-01', ZAF: '0000-01-01',
  TUR: '2018-07-09', // the office of prime minister was abolished
};

const CORE_ROLES = ['head of state', 'head of government', 'foreign minister', 'defence minister'];
/** Roles with one holder at a time per country (or igo); other roles are told apart by their title. */
const SINGLE_HOLDER = new Set([...CORE_ROLES, 'vice president', 'speaker', 'opposition leader']);
/** Roles several people hold at once (deputy prime ministers): no overlap check. */
const SHARED = new Set(['deputy head of government']);
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const FROM = '2000-01-01';
const TODAY = new Date().toISOString().slice(0, 10);
const MAX_GAP_DAYS = 120;

interface Role {
  role: string; title: string; country?: string; igo?: string; portfolio?: string;
  start: string; end: string | null; acting?: boolean; uncertain?: boolean;
}
interface Person { id: string; name: string; aliases: string[]; gender?: string; roles: Role[] }
interface Held { id: string; start: string; end: string; acting: boolean }

/** A partial date as a comparable day: `2004` → `2004-01-01`, `2004-06` → `2004-06-01`. */
function day(d: string): string {
  return d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;
}
const endDay = (d: string | null): string => (d === null ? '9999-12-31' : day(d));
const daysBetween = (a: string, b: string): number => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);

function load(file: string): unknown {
  return JSON.parse(readFileSync(resolve(PEOPLE_DIR, `${file}.json`), 'utf8'));
}

/** Every (file, person) of the suite's files; parse errors surface in the first test. */
function people(): Array<{ file: string; person: Person }> {
  return FILES.flatMap((file) => (load(file) as Person[]).map((person) => ({ file, person })));
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
    if (s > cursor && daysBetween(cursor, s < to ? s : to) > MAX_GAP_DAYS) out.push([cursor, s < to ? s : to]);
    if (e > cursor) cursor = e;
    if (cursor >= to) break;
  }
  if (cursor < to && daysBetween(cursor, to) > MAX_GAP_DAYS) out.push([cursor, to]);
  return out;
}

describe('people files: G20 countries and heads of international organisations', () => {
  it('are JSON arrays of entries sorted by id', () => {
    for (const file of FILES) {
      const data = load(file);
      expect(Array.isArray(data), `${file}.json is an array`).toBe(true);
      const ids = (data as Person[]).map((p) => p.id);
      expect(ids, `${file}.json sorted by id`).toEqual([...ids].sort());
      expect(ids.length, `${file}.json has entries`).toBeGreaterThan(0);
    }
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
    const byKey = new Map<string, Held[]>();
    for (const { person: p } of people()) {
      for (const r of p.roles) {
        const key = tenureKey(r);
        if (key === null || r.acting) continue;
        const list = byKey.get(key) ?? [];
        list.push({ id: p.id, start: day(r.start), end: endDay(r.end), acting: false });
        byKey.set(key, list);
      }
    }
    const overlaps: string[] = [];
    for (const [key, held] of byKey) {
      held.sort((a, b) => (a.start < b.start ? -1 : 1));
      for (let i = 1; i < held.length; i++) {
        for (let j = 0; j < i; j++) {
          if (held[j].end > held[i].start) overlaps.push(`${key}: ${held[j].id} ${held[j].start}..${held[j].end} / ${held[i].id} from ${held[i].start}`);
        }
      }
    }
    expect(overlaps).toEqual([]);
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
        for (const [a, b] of gaps(list, FROM, to)) report.push(`${country} ${role}: ${a} .. ${b} (${daysBetween(a, b)} days)`);
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
