/**
 * Reads the fields of one raw JSON entry with type checks. Every failure is an E201 naming the file,
 * the entry (by id, or by position when it has none) and the field, so that a person editing
 * `data/kb/*.json` or their own file sees exactly what to fix.
 */
import { EntenteError } from '../errors/errors.js';
import { isKbDate } from './kb-dates.js';
import type { KbMetonym } from './types.js';

/** Field reader over one entry of one file. */
export class EntryReader {
  readonly raw: Record<string, unknown>;
  private readonly where: string;

  constructor(
    readonly file: string,
    index: number,
    raw: unknown,
    /** A merge entry: required fields may be absent (they keep the entry's earlier values). */
    readonly partial = false,
  ) {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      throw new EntenteError('E201', `entry ${index + 1} is not a JSON object`, { input: file });
    }
    this.raw = raw as Record<string, unknown>;
    const id = this.raw.id;
    this.where = typeof id === 'string' ? `entry ${index + 1} (${id})` : `entry ${index + 1}`;
  }

  /** Throws E201 about `field` of this entry. */
  fail(field: string, reason: string): never {
    throw new EntenteError('E201', `${this.where}: field "${field}" ${reason}`, { input: this.file });
  }

  /** Rejects fields outside `allowed` (catches typos such as "strat" for "start"). */
  onlyFields(allowed: readonly string[]): void {
    for (const k of Object.keys(this.raw)) {
      if (!allowed.includes(k)) this.fail(k, `is not a known field here; known fields: ${allowed.join(', ')}`);
    }
  }

  has(field: string): boolean {
    return this.raw[field] !== undefined;
  }

  /** A required non-empty string. */
  str(field: string): string {
    const v = this.raw[field];
    if (v === undefined && this.partial) return '';
    if (typeof v !== 'string' || v.trim() === '') this.fail(field, 'must be a non-empty string');
    return v;
  }

  /** An optional string; `null` when absent or null. */
  optStr(field: string): string | null {
    const v = this.raw[field];
    if (v === undefined || v === null) return null;
    if (typeof v !== 'string' || v.trim() === '') this.fail(field, 'must be a non-empty string or null');
    return v;
  }

  /** A required string matching `pattern` (described by `what` in the error). */
  code(field: string, pattern: RegExp, what: string): string {
    const v = this.str(field);
    if (v !== '' && !pattern.test(v)) this.fail(field, `must be ${what}, not "${v}"`);
    return v;
  }

  /** An optional string matching `pattern` (described by `what` in the error). */
  optCode(field: string, pattern: RegExp, what: string): string | null {
    const v = this.optStr(field);
    if (v !== null && !pattern.test(v)) this.fail(field, `must be ${what}, not "${v}"`);
    return v;
  }

  /** An optional list of non-empty strings; `[]` when absent. */
  strList(field: string): string[] {
    const v = this.raw[field];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || x.trim() === '')) {
      this.fail(field, 'must be an array of non-empty strings');
    }
    return v as string[];
  }

  /** An optional boolean; `false` when absent. */
  bool(field: string): boolean {
    const v = this.raw[field];
    if (v === undefined || v === null) return false;
    if (typeof v !== 'boolean') this.fail(field, 'must be true or false');
    return v;
  }

  /** An optional date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`); `null` when absent or null. */
  optDate(field: string): string | null {
    const v = this.raw[field];
    if (v === undefined || v === null) return null;
    if (!isKbDate(v)) this.fail(field, `must be a date YYYY-MM-DD (or YYYY-MM, YYYY), not ${JSON.stringify(v)}`);
    return v;
  }

  /** An optional object whose values are dates, keyed by codes matching `keyPattern`. */
  dateMap(field: string, keyPattern: RegExp): Record<string, string> {
    const v = this.raw[field];
    if (v === undefined || v === null) return {};
    if (typeof v !== 'object' || Array.isArray(v)) this.fail(field, 'must be an object {"CODE": "YYYY-MM-DD"}');
    const out: Record<string, string> = {};
    for (const [k, d] of Object.entries(v as Record<string, unknown>)) {
      if (!keyPattern.test(k)) this.fail(field, `has a bad key "${k}"`);
      if (!isKbDate(d)) this.fail(field, `has a bad date for "${k}": ${JSON.stringify(d)}`);
      out[k] = d;
    }
    return out;
  }

  /** Metonyms: strings (GOV) or `{name, sector?, org?}`. */
  metonyms(field: string): KbMetonym[] {
    const v = this.raw[field];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) this.fail(field, 'must be an array');
    return v.map((m, i) => {
      if (typeof m === 'string' && m.trim() !== '') return { name: m, sector: 'GOV' };
      if (typeof m === 'object' && m !== null && !Array.isArray(m)) {
        const o = m as Record<string, unknown>;
        const extra = Object.keys(o).find((k) => !['name', 'sector', 'org'].includes(k));
        if (extra) this.fail(field, `item ${i + 1} has an unknown key "${extra}" (known: name, sector, org)`);
        if (typeof o.name !== 'string' || o.name.trim() === '') this.fail(field, `item ${i + 1} needs a "name"`);
        if (o.sector !== undefined && (typeof o.sector !== 'string' || !SECTOR.test(o.sector))) {
          this.fail(field, `item ${i + 1} has a bad "sector" (three capital letters, e.g. MIL)`);
        }
        if (o.org !== undefined && (typeof o.org !== 'string' || !o.org.startsWith('org:'))) {
          this.fail(field, `item ${i + 1} has a bad "org" (an org id, e.g. org:us-congress)`);
        }
        const out: KbMetonym = { name: o.name, sector: (o.sector as string | undefined) ?? 'GOV' };
        if (o.org !== undefined) out.org = o.org as string;
        return out;
      }
      return this.fail(field, `item ${i + 1} must be a string or {"name", "sector", "org"}`);
    });
  }

  /** A required one-of value. */
  oneOf<T extends string>(field: string, values: readonly T[]): T {
    const v = this.raw[field];
    if (v === undefined && this.partial) return values[0] as T;
    if (typeof v !== 'string' || !values.includes(v as T)) this.fail(field, `must be one of: ${values.join(', ')}`);
    return v as T;
  }
}

/** ISO 3166-1 alpha-3 or a three-letter X-code. */
export const ISO3 = /^[A-Z]{3}$/;
/** ISO 3166-1 alpha-2. */
export const ISO2 = /^[A-Z]{2}$/;
/** A CAMEO-style sector code. */
export const SECTOR = /^[A-Z]{3}$/;
/** A CAMEO-style actor code: groups of three capitals or `---`. */
export const CAMEO = /^(?:[A-Z]{3})+$|^---$/;
