/**
 * The CAMEO 2.0 event taxonomy: every event code with its Goldstein score, quad class and PLOVER
 * type, mode and context. The table is data (`data/taxonomy/cameo.json`); this module validates it
 * and answers lookups. Quad classes use GDELT's numbering and follow the PLOVER type, because PLOVER
 * moved some CAMEO codes across quads (protests are material conflict, concessions verbal
 * cooperation); codes outside PLOVER (01x public statements) are verbal cooperation.
 */
import type { QuadClass } from '../analysis/contract.js';
import { EntenteError } from '../errors/errors.js';

/** PLOVER's sixteen event types. */
export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT',
  'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];

/** Quad class of each PLOVER type (1 verbal cooperation … 4 material conflict). */
export const PLOVER_QUAD: Readonly<Record<PloverType, QuadClass>> = {
  AGREE: 1, CONSULT: 1, SUPPORT: 1, CONCEDE: 1,
  COOPERATE: 2, AID: 2, RETREAT: 2,
  REQUEST: 3, ACCUSE: 3, REJECT: 3, THREATEN: 3,
  PROTEST: 4, SANCTION: 4, MOBILIZE: 4, COERCE: 4, ASSAULT: 4,
};

/** One CAMEO code. */
export interface CameoCode {
  /** Two to four digits: "04", "042", "0421". */
  readonly code: string;
  /** A short description (Entente's own wording). */
  readonly name: string;
  readonly goldstein: number;
  readonly quad: QuadClass;
  /** PLOVER type, mode and context; null for codes PLOVER leaves out (01x public statements). */
  readonly plover: { readonly type: PloverType; readonly mode: string | null; readonly context: string | null } | null;
}

/** The validated taxonomy. */
export interface CameoTaxonomy {
  readonly codes: readonly CameoCode[];
  /** The entry for `code`, or undefined. */
  get(code: string): CameoCode | undefined;
  /** True when `code` exists. */
  has(code: string): boolean;
}

/** The two-digit root of a code ("0421" → "04"). */
export function cameoRoot(code: string): string {
  return code.slice(0, 2);
}

/** True for codes whose root is cooperative (01–08); 09–20 are conflictual. */
export function isCooperative(code: string): boolean {
  return Number(cameoRoot(code)) <= 8;
}

/** True for the material-conflict roots (14–20) and 16x–17x sanctions/coercion. */
export function isMaterialConflict(code: string): boolean {
  return Number(cameoRoot(code)) >= 14;
}

function fail(source: string, where: string, why: string): never {
  throw new EntenteError('E201', `${where}: ${why}`, { input: source });
}

/**
 * Validates the raw JSON of `data/taxonomy/cameo.json` (`{codes: [...]}`) and indexes it.
 * Throws E201 naming `source`, the entry and the field when something is wrong.
 */
export function createTaxonomy(raw: unknown, source = 'cameo.json'): CameoTaxonomy {
  const list = (raw as { codes?: unknown })?.codes;
  if (!Array.isArray(list)) fail(source, 'file', 'expected an object with a "codes" array');
  const byCode = new Map<string, CameoCode>();
  list.forEach((e: unknown, i: number) => {
    const r = e as Record<string, unknown>;
    const where = `codes[${i}]${typeof r?.code === 'string' ? ` (${r.code})` : ''}`;
    if (typeof r !== 'object' || r === null) fail(source, where, 'expected an object');
    if (typeof r.code !== 'string' || !/^\d{2,4}$/.test(r.code)) fail(source, where, '"code" must be 2 to 4 digits');
    if (byCode.has(r.code)) fail(source, where, `code ${r.code} is listed twice`);
    if (typeof r.name !== 'string' || !r.name) fail(source, where, '"name" must be a non-empty string');
    if (typeof r.goldstein !== 'number' || r.goldstein < -10 || r.goldstein > 10) fail(source, where, '"goldstein" must be a number in -10..10');
    let plover: CameoCode['plover'] = null;
    if (r.plover !== null && r.plover !== undefined) {
      const p = r.plover as Record<string, unknown>;
      if (!PLOVER_TYPES.includes(p.type as PloverType)) fail(source, where, `"plover.type" must be one of ${PLOVER_TYPES.join(', ')}`);
      const str = (v: unknown, f: string): string | null => {
        if (v === null || v === undefined) return null;
        if (typeof v !== 'string') fail(source, where, `"plover.${f}" must be a string or null`);
        return v;
      };
      plover = { type: p.type as PloverType, mode: str(p.mode, 'mode'), context: str(p.context, 'context') };
    }
    const quad = plover ? PLOVER_QUAD[plover.type] : 1;
    if (r.quad !== undefined && r.quad !== quad) fail(source, where, `"quad" is ${String(r.quad)} but the PLOVER type gives ${quad}`);
    byCode.set(r.code, { code: r.code, name: r.name, goldstein: r.goldstein, quad, plover });
  });
  for (const code of byCode.keys()) {
    if (code.length > 2 && !byCode.has(code.slice(0, code.length === 4 ? 3 : 2))) {
      fail(source, `code ${code}`, `its parent ${code.slice(0, code.length - 1)} is missing`);
    }
  }
  const codes = [...byCode.values()];
  return {
    codes,
    get: (code) => byCode.get(code),
    has: (code) => byCode.has(code),
  };
}
