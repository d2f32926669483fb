/**
 * The syntax model file: a versioned binary the trainer writes and the core decodes from a
 * `Uint8Array` (the Node loader gunzips the committed artifact first).
 *
 * Layout: magic "ENTSYN", format version (u32), a JSON header (info, tag classes, relation names
 * of the LEFT and RIGHT classes), the tag dictionary, then three linear models (tagger pass 1,
 * tagger pass 2 or empty, parser), and since format 4 the word-cluster table. A linear model stores its feature keys ascending as 32-bit
 * deltas, the entry count per feature as a byte, the entry classes as bytes and the weights as
 * Int16; multi-byte numbers are split into byte planes (all low bytes, then all high bytes), which
 * gzip compresses well (high bytes are mostly 0) and which decode in one pass without parsing.
 */
import { deprelId, UPOS } from '../doc/ud.js';
import { EntenteError } from '../errors/errors.js';
import { ByteReader, ByteWriter } from './bytes.js';
import { packSemantics, semanticNoun, semanticVerb } from './lexicon.js';
import { buildLinearModel, type LinearModelParts } from './linear-model.js';
import { parserTagMap, type ParserTagMode } from './parser.js';
import type { SyntaxModel, SyntaxModelInfo } from './syntax-model.js';

/**
 * Version of the file layout (and of the feature templates it was trained with). Format 2 added
 * the parser's beam width, format 3 the structured tagger (its beam width; no second pass), format
 * 4 the word-cluster table (at the end of the file) and a greedy second pass after the
 * structured tagger, format 5 a header flag for the parser's word-cluster features (a format-4
 * reader would parse such a file without them, so the version changes).
 */
export const SYNTAX_MODEL_FORMAT = 5;
/** Oldest format still decoded (format 1 has no beam width: its parser is greedy; formats 1–2 have greedy taggers). */
export const OLDEST_SYNTAX_MODEL_FORMAT = 1;
const MAGIC = 'ENTSYN';

/** What the trainer hands to {@link encodeSyntaxModel}. */
export interface SyntaxModelParts {
  info: SyntaxModelInfo;
  /** Tag class names "UPOS|XPOS". */
  tagClasses: string[];
  /** Exact-form hash (signed 32-bit) → tag class. */
  dictionary: Array<[number, number]>;
  /** Word-class lexicon: lower-cased form hash → bits (see `lexicon.ts`). */
  lexicon: Array<[number, number]>;
  /** WordNet semantic signatures: lower-cased form hash → packed value (see `lexicon.ts`). */
  semantics: Array<[number, number]>;
  /** Word clusters: lower-cased form hash → tree path (see `word-clusters.ts`). Format 4 on; absent or empty: none. */
  clusters?: Array<[number, number]>;
  pass1: LinearModelParts;
  pass2: LinearModelParts | null;
  /** Which tags the parser reads. */
  parserTags: ParserTagMode;
  /** Relation names of the LEFT classes, then of the RIGHT classes. */
  leftRel: string[];
  rightRel: string[];
  parser: LinearModelParts;
  /** Beam width the parser was trained for (absent or 1: greedy). Format 2 on. */
  beamWidth?: number;
  /** Beam threshold of the parser's default decoding, in real score units (absent: none; see `ParserModel.beamMargin`). */
  beamMargin?: number;
  /**
   * Beam width of the structured tagger (format 3 on), whose model is `pass1` (and, format 4 on,
   * `pass2` its optional greedy second pass); absent for the greedy one- or two-pass taggers.
   */
  taggerBeam?: number;
  /** The parser reads word clusters (format 5 on; needs `clusters`). Absent: it does not. */
  parserClusters?: boolean;
}

/** `values` as `bytes` byte planes: all least significant bytes first. */
function planes(values: ArrayLike<number>, bytes: number): Uint8Array {
  const n = values.length;
  const out = new Uint8Array(n * bytes);
  for (let b = 0; b < bytes; b++) {
    const shift = 8 * b;
    for (let i = 0; i < n; i++) out[b * n + i] = (values[i] >>> shift) & 0xff;
  }
  return out;
}

function writeLinear(w: ByteWriter, m: LinearModelParts): void {
  const n = m.keys.length;
  if (m.nClasses > 255) throw new EntenteError('E203', `a linear model has ${m.nClasses} classes; the model file holds at most 255`);
  w.u32(m.nClasses);
  w.u32(n);
  w.u32(m.entryClass.length);
  w.f64(m.scale);
  const deltas = new Uint32Array(n);
  for (let f = 0; f < n; f++) deltas[f] = m.keys[f] - (f > 0 ? m.keys[f - 1] : 0);
  w.bytes(planes(deltas, 4));
  const counts = new Uint8Array(n);
  for (let f = 0; f < n; f++) counts[f] = m.start[f + 1] - m.start[f];
  w.bytes(counts);
  w.bytes(m.entryClass);
  w.bytes(planes(m.entryWeight, 2));
}

function readLinear(r: ByteReader): LinearModelParts {
  const nClasses = r.u32();
  const n = r.u32();
  const nEntries = r.u32();
  const scale = r.f64();
  const d = r.view(n * 4);
  const keys = new Uint32Array(n);
  let prev = 0;
  for (let f = 0; f < n; f++) {
    prev = (prev + (d[f] | (d[n + f] << 8) | (d[2 * n + f] << 16) | (d[3 * n + f] << 24))) >>> 0;
    keys[f] = prev;
  }
  const counts = r.view(n);
  const start = new Uint32Array(n + 1);
  for (let f = 0; f < n; f++) start[f + 1] = start[f] + counts[f];
  if (start[n] !== nEntries) throw new EntenteError('E201', 'model file is inconsistent (entry counts do not add up); it is damaged — restore or retrain it', { input: r.source });
  const entryClass = r.bytes(nEntries);
  const wp = r.view(nEntries * 2);
  const entryWeight = new Int16Array(nEntries);
  for (let e = 0; e < nEntries; e++) entryWeight[e] = wp[e] | (wp[nEntries + e] << 8);
  return { nClasses, keys, start, entryClass, entryWeight, scale };
}

/** Encodes a model to bytes (uncompressed). */
export function encodeSyntaxModel(p: SyntaxModelParts): Uint8Array {
  if (p.parserClusters && !(p.clusters?.length)) throw new EntenteError('E203', 'a parser that reads word clusters needs the cluster table in the model; train with --clusters');
  const w = new ByteWriter();
  for (const ch of MAGIC) w.u8(ch.charCodeAt(0));
  w.u32(SYNTAX_MODEL_FORMAT);
  w.string(JSON.stringify({ info: p.info, tagClasses: p.tagClasses, parserTags: p.parserTags, leftRel: p.leftRel, rightRel: p.rightRel, beamWidth: p.beamWidth ?? 1, ...(p.beamMargin !== undefined ? { beamMargin: p.beamMargin } : {}), taggerBeam: p.taggerBeam, ...(p.parserClusters ? { parserClusters: true } : {}) }));
  // hashes are signed 32-bit; they are stored as ascending unsigned deltas
  const dict = p.dictionary.map(([h, c]) => [h >>> 0, c]).sort((a, b) => a[0] - b[0]);
  w.u32(dict.length);
  let prev = 0;
  for (const [h, c] of dict) {
    w.varint(h - prev);
    prev = h;
    w.u8(c);
  }
  const lex = p.lexicon.map(([h, bits]) => [h >>> 0, bits >>> 0]).sort((a, b) => a[0] - b[0]);
  w.u32(lex.length);
  prev = 0;
  for (const [h, bits] of lex) {
    w.varint(h - prev);
    prev = h;
    w.varint(bits);
  }
  const sem = p.semantics.map(([h, v]) => [h >>> 0, v]).sort((a, b) => a[0] - b[0]);
  w.u32(sem.length);
  prev = 0;
  for (const [h, v] of sem) {
    w.varint(h - prev);
    prev = h;
    w.varint(semanticNoun(v));
    w.varint(semanticVerb(v));
  }
  writeLinear(w, p.pass1);
  w.u8(p.pass2 ? 1 : 0);
  if (p.pass2) writeLinear(w, p.pass2);
  writeLinear(w, p.parser);
  // format 4: the word clusters come last, so the layout before them is that of formats 1–3
  const clusters = (p.clusters ?? []).map(([h, path]) => [h >>> 0, path]).sort((a, b) => a[0] - b[0]);
  w.u32(clusters.length);
  prev = 0;
  for (const [h, path] of clusters) {
    w.varint(h - prev);
    prev = h;
    w.varint(path);
  }
  return w.finish();
}

/** Decodes the stored parts of a model (used by {@link decodeSyntaxModel} and by tests). */
export function decodeSyntaxModelParts(bytes: Uint8Array, source = 'syntax model'): SyntaxModelParts {
  const r = new ByteReader(bytes, source);
  let magic = '';
  for (let i = 0; i < MAGIC.length; i++) magic += String.fromCharCode(r.u8());
  if (magic !== MAGIC) {
    throw new EntenteError('E201', 'not a syntax model file (wrong magic bytes); point the loader at data/models/syntax-en.bin.gz', { input: source });
  }
  const version = r.u32();
  if (version < OLDEST_SYNTAX_MODEL_FORMAT || version > SYNTAX_MODEL_FORMAT) {
    throw new EntenteError('E202', `syntax model format ${version} is not supported (this version of Entente reads formats ${OLDEST_SYNTAX_MODEL_FORMAT}–${SYNTAX_MODEL_FORMAT}); retrain it with npm run train:syntax`, { input: source });
  }
  const header = JSON.parse(r.string()) as { info: SyntaxModelInfo; tagClasses: string[]; parserTags: ParserTagMode; leftRel: string[]; rightRel: string[]; beamWidth?: number; beamMargin?: number; taggerBeam?: number; parserClusters?: boolean };
  const nDict = r.u32();
  const dictionary: Array<[number, number]> = [];
  let prev = 0;
  for (let i = 0; i < nDict; i++) {
    prev += r.varint();
    dictionary.push([prev | 0, r.u8()]);
  }
  const nLex = r.u32();
  const lexicon: Array<[number, number]> = [];
  prev = 0;
  for (let i = 0; i < nLex; i++) {
    prev += r.varint();
    lexicon.push([prev | 0, r.varint() | 0]);
  }
  const nSem = r.u32();
  const semantics: Array<[number, number]> = [];
  prev = 0;
  for (let i = 0; i < nSem; i++) {
    prev += r.varint();
    const noun = r.varint();
    semantics.push([prev | 0, packSemantics(noun, r.varint())]);
  }
  const pass1 = readLinear(r);
  const stored2 = r.u8() === 1 ? readLinear(r) : null;
  // before format 4 a structured tagger had no second pass
  const pass2 = version === 3 && header.taggerBeam !== undefined ? null : stored2;
  const parser = readLinear(r);
  const clusters: Array<[number, number]> = [];
  if (version >= 4) {
    const nClusters = r.u32();
    prev = 0;
    for (let i = 0; i < nClusters; i++) {
      prev += r.varint();
      clusters.push([prev | 0, r.varint()]);
    }
  }
  return { info: header.info, tagClasses: header.tagClasses, dictionary, lexicon, semantics, clusters, pass1, pass2, parserTags: header.parserTags, leftRel: header.leftRel, rightRel: header.rightRel, parser, beamWidth: header.beamWidth ?? 1, ...(typeof header.beamMargin === 'number' ? { beamMargin: header.beamMargin } : {}), taggerBeam: version >= 3 ? header.taggerBeam : undefined, parserClusters: version >= 5 && header.parserClusters === true };
}

/** Decodes a model file into a ready-to-run {@link SyntaxModel}. */
export function decodeSyntaxModel(bytes: Uint8Array, source = 'syntax model'): SyntaxModel {
  return fromParts(decodeSyntaxModelParts(bytes, source));
}

/** Builds a ready-to-run model from its parts (the trainer evaluates models this way). */
export function fromParts(p: SyntaxModelParts): SyntaxModel {
  const classUpos = Uint8Array.from(p.tagClasses, (c) => Math.max(0, (UPOS as readonly string[]).indexOf(c.split('|')[0])));
  return {
    info: p.info,
    fineTags: new WeakMap(),
    tagger: {
      classes: p.tagClasses,
      classUpos,
      pass1: buildLinearModel(p.pass1),
      pass2: p.pass2 ? buildLinearModel(p.pass2) : null,
      dictionary: new Map(p.dictionary),
      lexicon: new Map(p.lexicon),
      semantics: new Map(p.semantics),
      clusters: new Map(p.clusters ?? []),
      beamWidth: p.taggerBeam,
    },
    parser: {
      model: buildLinearModel(p.parser),
      leftRel: Int32Array.from(p.leftRel, (r) => deprelId(r)),
      rightRel: Int32Array.from(p.rightRel, (r) => deprelId(r)),
      rootRel: deprelId('root'),
      tagMap: parserTagMap(classUpos, p.parserTags),
      beamWidth: p.beamWidth ?? 1,
      beamMargin: p.beamMargin,
      clusters: p.parserClusters === true,
    },
  };
}
