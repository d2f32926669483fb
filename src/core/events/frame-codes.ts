/**
 * Frame codes: how an act combines with a frame word around it. CAMEO builds whole roots out of
 * other roots — 03 is "intend to do X", 02/10 "ask/demand that someone do X", 12 "refuse X", 13
 * "threaten X" — so instead of listing every "pledged aid" / "urged to release" phrase, the coder
 * codes the inner act and looks up its framed code here (`data/taxonomy/frames.json`). "Cease" is
 * the frame of "stop / lift / break off": lifting sanctions (163) is easing them (085).
 */
import { EntenteError } from '../errors/errors.js';
import type { CameoTaxonomy } from './taxonomy.js';

/** The frames a code table can hold. */
export const FRAME_KINDS = ['intent', 'appeal', 'demand', 'reject', 'threaten', 'cease'] as const;
export type FrameKind = (typeof FRAME_KINDS)[number];

/** Lookups of framed codes. */
export interface FrameCodes {
  /** The code of `frame` around `act` (longest act prefix wins), or null when no row has it. */
  framed(frame: FrameKind, act: string): string | null;
  /** The frame's own code when it has no act to combine with (cease has none). */
  fallback(frame: FrameKind): string | null;
}

/** Validates `data/taxonomy/frames.json` against the taxonomy; E201 names the row and field. */
export function createFrameCodes(raw: unknown, taxonomy: CameoTaxonomy, source = 'frames.json'): FrameCodes {
  const r = raw as { defaults?: Record<string, unknown>; acts?: unknown };
  const fail = (where: string, why: string): never => {
    throw new EntenteError('E201', `${where}: ${why}`, { input: source });
  };
  const checkCode = (where: string, v: unknown): string => {
    if (typeof v !== 'string' || !taxonomy.has(v)) fail(where, `${JSON.stringify(v)} is not a CAMEO code of the taxonomy`);
    return v as string;
  };
  if (typeof r !== 'object' || r === null || !Array.isArray(r.acts)) fail('file', 'expected an object with an "acts" array');
  const defaults = new Map<FrameKind, string>();
  for (const [k, v] of Object.entries(r.defaults ?? {})) {
    if (!FRAME_KINDS.includes(k as FrameKind)) fail(`defaults.${k}`, `unknown frame; known: ${FRAME_KINDS.join(', ')}`);
    defaults.set(k as FrameKind, checkCode(`defaults.${k}`, v));
  }
  const rows = new Map<string, Map<FrameKind, string>>();
  (r.acts as unknown[]).forEach((row, i) => {
    const o = row as Record<string, unknown>;
    const where = `acts[${i}]`;
    if (typeof o !== 'object' || o === null || typeof o.act !== 'string' || !/^\d{2,4}$/.test(o.act)) fail(where, '"act" must be a code prefix of 2 to 4 digits');
    const act = o.act as string;
    if (rows.has(act)) fail(where, `act ${act} is listed twice`);
    const m = new Map<FrameKind, string>();
    for (const [k, v] of Object.entries(o)) {
      if (k === 'act' || k === 'note') continue;
      if (!FRAME_KINDS.includes(k as FrameKind)) fail(`${where}.${k}`, `unknown frame; known: ${FRAME_KINDS.join(', ')}`);
      m.set(k as FrameKind, checkCode(`${where}.${k}`, v));
    }
    rows.set(act, m);
  });
  return {
    framed(frame, act) {
      for (let len = Math.min(4, act.length); len >= 2; len--) {
        const row = rows.get(act.slice(0, len));
        const code = row?.get(frame);
        // A specific row without this frame falls back to its parent row (055 → 05).
        if (code) return code;
      }
      return null;
    },
    fallback: (frame) => defaults.get(frame) ?? null,
  };
}
