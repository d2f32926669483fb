/**
 * The attribution model: a cue tagger and a role tagger, two sparse linear models (averaged
 * perceptrons trained on PolNeAR by `src/train/quotes/`), stored in one versioned binary.
 *
 * Layout: magic "ENTATR", format version (u32), a JSON header (how it was trained, its scores), then
 * the cue model and the role model, each as feature keys (ascending varint deltas), entry counts,
 * entry classes (bytes) and Int16 weights with one scale — the syntax model's layout.
 */
import { EntenteError } from '../../errors/errors.js';
import { buildLinearModel, scoreInto, type LinearModel, type LinearModelParts } from '../../syntax/linear-model.js';
import { ByteReader, ByteWriter } from '../../syntax/bytes.js';
import { ROLE_LABELS, transitionKey } from './role-features.js';

/** Version of the file layout and of the feature templates. */
export const ATTRIBUTION_MODEL_FORMAT = 1;
const MAGIC = 'ENTATR';

/** What the trainer stores. */
export interface AttributionModelParts {
  info: Record<string, unknown>;
  cue: LinearModelParts;
  role: LinearModelParts;
}

/** A model ready to run. */
export interface AttributionModel {
  readonly info: Record<string, unknown>;
  readonly cue: LinearModel;
  readonly role: LinearModel;
  /** Role transition scores `[prev * ROLE_LABELS + label]`, in stored units. */
  readonly transitions: Int32Array;
}

/** Adds the weights of `keys[0..n)` into `scores` (cleared by the caller). */
export type Scorer = (keys: Int32Array, n: number, scores: Float64Array) => void;

/** A scorer over a run-time linear model. */
export function linearScorer(m: LinearModel): Scorer {
  const buf = new Int32Array(Math.max(8, m.nClasses));
  return (keys, n, scores) => {
    buf.fill(0);
    scoreInto(m, keys, n, buf);
    for (let c = 0; c < m.nClasses; c++) scores[c] += buf[c];
  };
}

/** The role model's transition scores, read from its transition features. */
export function transitionScores(score: Scorer): Float64Array {
  const out = new Float64Array(ROLE_LABELS * ROLE_LABELS);
  const key = new Int32Array(1);
  const s = new Float64Array(ROLE_LABELS);
  for (let p = 0; p < ROLE_LABELS; p++) {
    key[0] = transitionKey(p);
    s.fill(0);
    score(key, 1, s);
    for (let c = 0; c < ROLE_LABELS; c++) out[p * ROLE_LABELS + c] = s[c];
  }
  return out;
}

/** Builds the run-time model from its parts. */
export function attributionModelFromParts(p: AttributionModelParts): AttributionModel {
  const cue = buildLinearModel(p.cue);
  const role = buildLinearModel(p.role);
  return { info: p.info, cue, role, transitions: Int32Array.from(transitionScores(linearScorer(role))) };
}

/** Int16 weights, little-endian (the byte helpers are shared with the syntax model and hold no Int16 arrays). */
function writeI16s(w: ByteWriter, a: Int16Array): void {
  const b = new Uint8Array(a.length * 2);
  const view = new DataView(b.buffer);
  for (let i = 0; i < a.length; i++) view.setInt16(2 * i, a[i], true);
  w.bytes(b);
}

function readI16s(r: ByteReader, n: number): Int16Array {
  const b = r.view(2 * n);
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const out = new Int16Array(n);
  for (let i = 0; i < n; i++) out[i] = view.getInt16(2 * i, true);
  return out;
}

function writeLinear(w: ByteWriter, m: LinearModelParts): void {
  const n = m.keys.length;
  w.u32(m.nClasses);
  w.u32(n);
  w.u32(m.entryClass.length);
  w.f64(m.scale);
  let prev = 0;
  for (let f = 0; f < n; f++) {
    w.varint(m.keys[f] - prev);
    prev = m.keys[f];
  }
  for (let f = 0; f < n; f++) w.varint(m.start[f + 1] - m.start[f]);
  w.bytes(m.entryClass);
  writeI16s(w, m.entryWeight);
}

function readLinear(r: ByteReader): LinearModelParts {
  const nClasses = r.u32();
  const n = r.u32();
  const nEntries = r.u32();
  const scale = r.f64();
  const keys = new Uint32Array(n);
  let prev = 0;
  for (let f = 0; f < n; f++) {
    prev += r.varint();
    keys[f] = prev;
  }
  const start = new Uint32Array(n + 1);
  for (let f = 0; f < n; f++) start[f + 1] = start[f] + r.varint();
  return { nClasses, keys, start, entryClass: r.bytes(nEntries), entryWeight: readI16s(r, nEntries), scale };
}

/** Encodes a model (uncompressed; the Node writer gzips it). */
export function encodeAttributionModel(p: AttributionModelParts): Uint8Array {
  const w = new ByteWriter();
  for (const ch of MAGIC) w.u8(ch.charCodeAt(0));
  w.u32(ATTRIBUTION_MODEL_FORMAT);
  w.string(JSON.stringify(p.info));
  writeLinear(w, p.cue);
  writeLinear(w, p.role);
  return w.finish();
}

/** Decodes the stored parts of a model file. Throws E201 for a file of another kind, E202 for another format version. */
export function decodeAttributionModelParts(bytes: Uint8Array, source = 'attribution model'): AttributionModelParts {
  const r = new ByteReader(bytes, source);
  let magic = '';
  for (let i = 0; i < MAGIC.length; i++) magic += String.fromCharCode(r.u8());
  if (magic !== MAGIC) throw new EntenteError('E201', 'not an attribution model file (wrong magic bytes); point the loader at data/models/attribution.bin.gz', { input: source });
  const version = r.u32();
  if (version !== ATTRIBUTION_MODEL_FORMAT) {
    throw new EntenteError('E202', `attribution model format ${version} is not supported (this version reads format ${ATTRIBUTION_MODEL_FORMAT}); retrain it with npm run train:quotes`, { input: source });
  }
  try {
    const info = JSON.parse(r.string()) as Record<string, unknown>;
    const cue = readLinear(r);
    const role = readLinear(r);
    return { info, cue, role };
  } catch (e) {
    // the shared byte reader words its errors for the syntax model
    if (e instanceof EntenteError && e.code === 'E201') throw new EntenteError('E201', 'the attribution model file ends early or is damaged; restore data/models/attribution.bin.gz or retrain it with npm run train:quotes', { input: source, cause: e });
    throw e;
  }
}

/** Decodes a model file into a ready-to-run model. */
export function decodeAttributionModel(bytes: Uint8Array, source = 'attribution model'): AttributionModel {
  return attributionModelFromParts(decodeAttributionModelParts(bytes, source));
}
