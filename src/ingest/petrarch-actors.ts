/**
 * Imports a PETRARCH/TABARI/Phoenix `.actors` dictionary into Entente's knowledge-base format.
 *
 * The dictionary format: a root line names an actor (`VLADIMIR_PUTIN_`, `_` for spaces) and may
 * carry codes; `+` lines add synonyms; indented lines carry codes, plain (`[RUSGOV]`, the default)
 * or date-bounded (`[RUSGOV 000507-080507]`, `[RUSELI <991231]`, `[RUSGOV >120507]`, dates
 * `yymmdd` (00–30 → 20yy) or `yyyymmdd`); `#` and `;` start comments, `<!-- -->` blocks are skipped,
 * `---STOP---` ends the file. As in PETRARCH, consecutive root lines without codes share the codes
 * that follow them.
 *
 * Entries become: people (an entry with a date-bounded code or an `ELI` code) with one dated role per
 * code, the country taken from the code's first three letters; states (a bare country code: its
 * names are merged into the state as aliases); IGOs (`IGO…` codes: merged into the IGO with that
 * CAMEO code, or a new IGO); and organisations (everything else, e.g. `AFGMIL`, `NGOHRIAMN`).
 * Pure: the caller reads the file and decides what the codes resolve to.
 */
import { nameKey } from '../core/kb/normalize.js';

/** How codes map onto the knowledge base the import will join. */
export interface PetrarchImportOptions {
  /** iso3 of the state with this CAMEO or ISO code ("USR" → "SUN"); default: the code itself when it has 3 letters. */
  resolveCountry?: (code: string) => string | null;
  /** Id of the IGO with this CAMEO code ("IGOWSTNAT" → "igo:nato"), or null. */
  resolveIgo?: (cameo: string) => string | null;
  /** True when an entry with this id exists already: the import then only adds names to it. */
  exists?: (id: string) => boolean;
}

/** What the import produced and what it skipped. */
export interface PetrarchImport {
  /** Entries in the knowledge-base JSON format, sorted by id. */
  entries: Record<string, unknown>[];
  stats: { rootEntries: number; names: number; people: number; orgs: number; igos: number; merged: number; codes: number; skippedCodes: number };
  /** Line-numbered notes about codes and lines that could not be read (first 200). */
  warnings: string[];
}

interface RawCode {
  code: string;
  start: string | null;
  end: string | null;
}

interface RawEntry {
  names: string[];
  codes: RawCode[];
}

const CODE_IN_BRACKETS = /\[([^\]]*)\]/g;
const NON_STATE_PREFIXES = new Set(['IGO', 'NGO', 'MNC', 'IMG', 'UIS', 'UAF', 'ELI', 'REB', 'OPP', 'GOV', 'MIL', 'BUS', 'MED', 'CVL']);
/** CAMEO sector and type codes: three letters that are not a country (for when no resolver is given). */
const CAMEO_TYPE_CODES = new Set(('GOV MIL REB OPP PTY COP JUD SPY MED EDU BUS CRM CVL ELI HLH HRI LAB LEG REF REL SET AGR DEV ENV ' +
  'UAF INS SEP MOD RAD NGO IGO MNC IMG UIS AMN IRC UNO WFP WHO KID').split(' '));
/** CAMEO sector of the first chunk of non-state codes. */
const PREFIX_SECTOR: Record<string, string> = { NGO: 'NGO', MNC: 'BUS', IMG: 'REB', UIS: 'REB', UAF: 'UAF' };
/** Role of a person from the sector part of a code. */
const SECTOR_ROLE: Record<string, string> = { LEG: 'legislator', MIL: 'military chief', OPP: 'opposition leader', PTY: 'party leader' };

/** Parses `text` (the content of a `.actors` file) into KB entries. */
export function importPetrarchActors(text: string, options: PetrarchImportOptions = {}): PetrarchImport {
  const warnings: string[] = [];
  const warn = (line: number, msg: string): void => {
    if (warnings.length < 200) warnings.push(`line ${line}: ${msg}`);
  };
  const raw = readEntries(text, warn);
  const stats = { rootEntries: raw.length, names: 0, people: 0, orgs: 0, igos: 0, merged: 0, codes: 0, skippedCodes: 0 };
  const country = options.resolveCountry ?? ((c: string) => (/^[A-Z]{3}$/.test(c) && !CAMEO_TYPE_CODES.has(c) ? c : null));
  const byId = new Map<string, Record<string, unknown>>();
  const put = (id: string, e: Record<string, unknown>): void => {
    const old = byId.get(id);
    if (!old) return void byId.set(id, e);
    // The same id twice in one dictionary: one entry with both sets of names and roles.
    for (const k of ['aliases', 'roles'] as const) {
      if (Array.isArray(e[k])) old[k] = [...((old[k] as unknown[]) ?? []), ...(e[k] as unknown[])];
    }
    if (typeof e.name === 'string' && e.name !== old.name) old.aliases = [...((old.aliases as unknown[]) ?? []), e.name];
  };
  for (const r of raw) {
    stats.names += r.names.length;
    const codes = r.codes.filter((c) => c.code !== '---' && c.code !== '');
    stats.codes += codes.length;
    if (codes.length === 0) continue;
    const [name, ...aliases] = r.names.map(displayName);
    if (name === undefined) continue;
    const isPerson = codes.some((c) => c.start !== null || c.end !== null || c.code.endsWith('ELI'));
    const first = codes[0]!.code;
    if (isPerson) {
      const id = `person:${slug(name)}`;
      stats.people++;
      if (options.exists?.(id)) {
        stats.merged++;
        put(id, { id, merge: true, aliases: [name, ...aliases] });
        continue;
      }
      const roles = codes.map((c) => personRole(c, country, options.resolveIgo ?? (() => null))).filter((x): x is Record<string, unknown> => x !== null);
      stats.skippedCodes += codes.length - roles.length;
      put(id, { id, name, aliases, roles });
    } else if (first.startsWith('IGO')) {
      stats.igos++;
      const known = options.resolveIgo?.(first) ?? null;
      if (known !== null) {
        stats.merged++;
        put(known, { id: known, merge: true, aliases: [name, ...aliases] });
      } else {
        put(`igo:${slug(name)}`, { id: `igo:${slug(name)}`, name, aliases, cameo: first, kind: 'imported from PETRARCH', members: null });
      }
    } else if (!NON_STATE_PREFIXES.has(first.slice(0, 3)) && country(first) !== null) {
      const iso3 = country(first)!;
      stats.merged++;
      put(`state:${iso3}`, { id: `state:${iso3}`, merge: true, aliases: [name, ...aliases] });
    } else {
      stats.orgs++;
      const id = `org:${slug(name)}`;
      if (options.exists?.(id)) {
        stats.merged++;
        put(id, { id, merge: true, aliases: [name, ...aliases] });
        continue;
      }
      const head = first.slice(0, 3);
      const prefixSector = PREFIX_SECTOR[head];
      const orgCountry = prefixSector ? country(first.slice(3, 6)) : country(head);
      const sector = prefixSector ?? (/^[A-Z]{3}$/.test(first.slice(3, 6)) ? first.slice(3, 6) : 'GOV');
      put(id, { id, name, aliases, country: orgCountry, sector, kind: 'imported from PETRARCH', cameo: /^(?:[A-Z]{3})+$/.test(first) ? first : '---' });
    }
  }
  const entries = [...byId.values()].sort((a, b) => ((a.id as string) < (b.id as string) ? -1 : 1));
  for (const e of entries) if (Array.isArray(e.aliases)) e.aliases = [...new Set(e.aliases as string[])].filter((a) => a !== e.name);
  return { entries, stats, warnings };
}

function personRole(c: RawCode, country: (c: string) => string | null, igoOf: (c: string) => string | null): Record<string, unknown> | null {
  if (!/^(?:[A-Z]{3})+$/.test(c.code)) return null;
  const head = c.code.slice(0, 3);
  if (head === 'IGO') {
    // The longest prefix of the code that names a known IGO (IGOUNOKID → UNICEF, else IGOUNO → UN).
    let igo: string | null = null;
    for (let n = c.code.length; n >= 6 && igo === null; n -= 3) igo = igoOf(c.code.slice(0, n));
    return { role: 'official', country: null, igo, start: c.start, end: c.end, cameo: c.code };
  }
  const role = SECTOR_ROLE[c.code.slice(3, 6)] ?? 'official';
  return { role, country: country(head), start: c.start, end: c.end, cameo: c.code };
}

/** Splits the file into entries (names and codes), as PETRARCH's reader does. */
function readEntries(text: string, warn: (line: number, msg: string) => void): RawEntry[] {
  const entries: RawEntry[] = [];
  let cur: RawEntry | null = null;
  let inComment = false;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    if (inComment) {
      const end = line.indexOf('-->');
      if (end < 0) continue;
      line = line.slice(end + 3);
      inComment = false;
    }
    line = line.replace(/<!--.*?-->/g, '');
    const open = line.indexOf('<!--');
    if (open >= 0) {
      line = line.slice(0, open);
      inComment = true;
    }
    if (line.includes('---STOP---')) break;
    if (line.trim() === '' || line.startsWith('#')) continue;
    line = line.replace(/\s#.*$|#.*$/, '').replace(/;.*$/, '');
    if (line.trim() === '') continue;
    const codes = readCodes(line, i + 1, warn);
    const phrase = line.replace(CODE_IN_BRACKETS, ' ').trim();
    if (/^\s/.test(line)) {
      // An indented line: codes of the current entry.
      if (cur) cur.codes.push(...codes);
      else warn(i + 1, 'codes before any actor name');
    } else if (line.startsWith('+')) {
      const name = phrase.slice(1).trim();
      if (cur && name) cur.names.push(name);
      if (cur) cur.codes.push(...codes);
    } else if (cur && cur.codes.length === 0 && codes.length === 0) {
      // PETRARCH quirk kept on purpose: roots without codes share the codes that follow.
      cur.names.push(phrase);
    } else {
      cur = { names: phrase ? [phrase] : [], codes };
      entries.push(cur);
    }
  }
  return entries;
}

function readCodes(line: string, lineNo: number, warn: (line: number, msg: string) => void): RawCode[] {
  const out: RawCode[] = [];
  for (const m of line.matchAll(CODE_IN_BRACKETS)) {
    const [code = '', ...restParts] = m[1]!.trim().split(/\s+/);
    const rest = restParts.join(' ');
    if (rest === '') {
      out.push({ code, start: null, end: null });
      continue;
    }
    const range = /^(\d+)\s*-\s*(\d+)$/.exec(rest);
    const bound = /^([<>])\s*(\d+)$/.exec(rest);
    if (range) {
      const start = petrarchDate(range[1]!);
      const end = petrarchDate(range[2]!);
      if (start && end && end >= start) out.push({ code, start, end: nextDay(end) });
      else warn(lineNo, `date range "${rest}" of ${code} cannot be read; code skipped`);
    } else if (bound) {
      const d = petrarchDate(bound[2]!);
      if (!d) warn(lineNo, `date "${rest}" of ${code} cannot be read; code skipped`);
      else if (bound[1] === '<') out.push({ code, start: null, end: d });
      else out.push({ code, start: d, end: null });
    } else {
      warn(lineNo, `date restriction "${rest}" of ${code} cannot be read; code skipped`);
    }
  }
  return out;
}

/** `yymmdd` (00–30 → 20yy, else 19yy; a 7th digit is ignored, as PETRARCH does) or `yyyymmdd` → `YYYY-MM-DD`. */
export function petrarchDate(digits: string): string | null {
  let y: number, m: number, d: number;
  if (digits.length === 6 || digits.length === 7) {
    const yy = Number(digits.slice(0, 2));
    y = yy <= 30 ? 2000 + yy : 1900 + yy;
    m = Number(digits.slice(2, 4));
    d = Number(digits.slice(4, 6));
  } else if (digits.length >= 8) {
    y = Number(digits.slice(0, 4));
    m = Number(digits.slice(4, 6));
    d = Number(digits.slice(6, 8));
  } else {
    return null;
  }
  const date = new Date(Date.UTC(y, m - 1, d));
  if (m < 1 || m > 12 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** PETRARCH ranges include their last day; Entente's `end` is the first day no longer held. */
function nextDay(date: string): string {
  const t = Date.parse(`${date}T00:00:00Z`) + 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** `VLADIMIR_PUTIN_` → "Vladimir Putin"; `U.N._` → "U.N."; `UNHCR_` → "UNHCR"; `GULF_OF_ADEN` → "Gulf of Aden". */
export function displayName(phrase: string): string {
  const words = phrase.replace(/_/g, ' ').trim().split(/\s+/).filter(Boolean);
  return words
    .map((w, i) => {
      if (/[a-z]/.test(w)) return w; // already mixed case: keep
      const vowels = (w.match(/[AEIOUY]/g) ?? []).length;
      const acronym = w.includes('.') || vowels === 0 || (words.length === 1 && (w.length <= 4 || vowels <= 1));
      if (acronym) return w;
      const lower = w.toLowerCase();
      if (i > 0 && SMALL_WORDS.has(lower)) return lower;
      return lower.replace(/(^|[-'’(])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase());
    })
    .join(' ');
}

/** Words left in lower case inside names ("Bank of England", "Côte d'Ivoire"). */
const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'to', 'de', 'du', 'des', 'la', 'le', 'del', 'da', 'do', 'dos']);

function slug(name: string): string {
  return nameKey(name).replace(/ /g, '-') || 'unnamed';
}
