/**
 * The syntax model file: a versioned binary the trainer writes and the core decodes from a
 * `Uint8Array` (the Node loader gunzips the committed artifact first).
 *
 * Layout: magic "ENTSYN", format version (u32), a JSON header (info, tag classes, relation names
 * of the LEFT and RIGHT classes), the tag dictionary, then three linear models (tagger pass 1,
 * tagger pass 2 or empty, parser), and since format 4 the word-cluster table. The linear models'
 * layout is in `linear-model-codec.ts`. The word tables (dictionary, lexicon, semantic signatures,
 * clusters) are hash-ascending varint deltas, each with its value; they decode into typed-array
 * tables (`int-table.ts`), not `Map`s.
 */
import { deprelId, UPOS } from '../doc/ud.js';
import { EntenteError } from '../errors/errors.js';
import { ByteReader, ByteWriter } from './bytes.js';
import { packSemantics, semanticNoun, semanticVerb } from './lexicon.js';
import { IntTable, type IntLookup } from './int-table.js';
import { buildLinearModel, type LinearModelParts } from './linear-model.js';
import { readLinearModel, writeLinearModel, type LinearLayout } from './linear-model-codec.js';
import { parserTagMap, type ParserTagMode } from './parser.js';
import type { SyntaxModel, SyntaxModelInfo } from './syntax-model.js';

/**
 * Version of the file layout (and of the feature templates it was trained with). Format 2 added
 * the parser's beam width, format 3 the structured tagger (its beam width; no second pass), format
 * 4 the word-cluster table (at the end of the file) and a greedy second pass after the
 * structured tagger, format 5 a header flag for the parser's word-cluster features (a format-4
 * reader would parse such a file without them, so the version changes), format 6 the linear models'
 * features in table order instead of ascending keys (see `linear-model-codec.ts`: the same
 * weights, built into the same lookups faster; a format-5 reader would misread the keys).
 */
export const SYNTAX_MODEL_FORMAT = 6;
/** The last format whose linear models are stored with ascending keys. */
const LAST_ASCENDING_FORMAT = 5;
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
  /**
   * The parser reads name classes (`name-classes.ts`: given-name and title bits of the semantic
   * signatures, from `--name-cues`). Absent: it does not. A header field, so older readers of
   * format 6 ignore it and parse without those features.
   */
  parserNames?: boolean;
}

/** Options of {@link encodeSyntaxModel}. */
export interface EncodeOptions {
  /**
   * Format to write: {@link SYNTAX_MODEL_FORMAT} (the default), or 5 for readers that predate
   * format 6 (and for tests of older files: formats 1–5 share format 5's layout).
   */
  format?: number;
}

/** A word table's pairs sorted by hash as unsigned, which the file stores as ascending deltas. */
function byHash(pairs: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  return pairs.map(([h, v]): [number, number] => [h >>> 0, v]).sort((a, b) => a[0] - b[0]);
}

/** Encodes a model to bytes (uncompressed). */
export function encodeSyntaxModel(p: SyntaxModelParts, options: EncodeOptions = {}): Uint8Array {
  const format = options.format ?? SYNTAX_MODEL_FORMAT;
  if (format !== SYNTAX_MODEL_FORMAT && format !== LAST_ASCENDING_FORMAT) throw new EntenteError('E203', `cannot write syntax model format ${format}; formats ${LAST_ASCENDING_FORMAT} and ${SYNTAX_MODEL_FORMAT} are written`);
  if (p.parserClusters && !(p.clusters?.length)) throw new EntenteError('E203', 'a parser that reads word clusters needs the cluster table in the model; train with --clusters');
  const layout: LinearLayout = format > LAST_ASCENDING_FORMAT ? 'table' : 'ascending';
  const w = new ByteWriter();
  for (const ch of MAGIC) w.u8(ch.charCodeAt(0));
  w.u32(format);
  w.string(JSON.stringify({ info: p.info, tagClasses: p.tagClasses, parserTags: p.parserTags, leftRel: p.leftRel, rightRel: p.rightRel, beamWidth: p.beamWidth ?? 1, ...(p.beamMargin !== undefined ? { beamMargin: p.beamMargin } : {}), taggerBeam: p.taggerBeam, ...(p.parserClusters ? { parserClusters: true } : {}), ...(p.parserNames ? { parserNames: true } : {}) }));
  // hashes are signed 32-bit; they are stored as ascending unsigned deltas
  const dict = byHash(p.dictionary);
  w.u32(dict.length);
  let prev = 0;
  for (const [h, c] of dict) {
    w.varint(h - prev);
    prev = h;
    w.u8(c);
  }
  const lex = byHash(p.lexicon);
  w.u32(lex.length);
  prev = 0;
  for (const [h, bits] of lex) {
    w.varint(h - prev);
    prev = h;
    w.varint(bits >>> 0);
  }
  const sem = byHash(p.semantics);
  w.u32(sem.length);
  prev = 0;
  for (const [h, v] of sem) {
    w.varint(h - prev);
    prev = h;
    w.varint(semanticNoun(v));
    w.varint(semanticVerb(v));
  }
  writeLinearModel(w, p.pass1, layout);
  w.u8(p.pass2 ? 1 : 0);
  if (p.pass2) writeLinearModel(w, p.pass2, layout);
  writeLinearModel(w, p.parser, layout);
  // format 4: the word clusters come last, so the layout before them is that of formats 1–3
  const clusters = byHash(p.clusters ?? []);
  w.u32(clusters.length);
  prev = 0;
  for (const [h, path] of clusters) {
    w.varint(h - prev);
    prev = h;
    w.varint(path);
  }
  return w.finish();
}

/** A word table as decoded: hash `keys[i]` → `values[i]`. */
interface StoredTable {
  keys: Int32Array;
  values: Float64Array;
}

/** The header's JSON. */
interface StoredHeader {
  info: SyntaxModelInfo;
  tagClasses: string[];
  parserTags: ParserTagMode;
  leftRel: string[];
  rightRel: string[];
  beamWidth?: number;
  beamMargin?: number;
  taggerBeam?: number;
  parserClusters?: boolean;
  parserNames?: boolean;
}

/** Everything but the word tables, as {@link SyntaxModelParts} holds it. */
type ModelCore = Omit<SyntaxModelParts, 'dictionary' | 'lexicon' | 'semantics' | 'clusters'>;

/** The word tables, in whichever form. */
interface Tables<T> {
  dictionary: T;
  lexicon: T;
  semantics: T;
  clusters: T;
}

/**
 * A word table of `n` entries, each a hash delta then `width` varints that `value` turns into
 * the entry's value (lexicon bits, a packed semantic signature, a cluster path).
 */
function readTable(r: ByteReader, width: number, value: (v: Float64Array, at: number) => number): StoredTable {
  const n = r.u32();
  const raw = new Float64Array(n * (1 + width));
  r.varints(raw);
  const keys = new Int32Array(n);
  const values = new Float64Array(n);
  let prev = 0;
  for (let i = 0, at = 0; i < n; i++, at += 1 + width) {
    prev += raw[at];
    keys[i] = prev | 0;
    values[i] = value(raw, at + 1);
  }
  return { keys, values };
}

/** The tag dictionary: a hash delta and a class byte per entry. */
function readDictionary(r: ByteReader): StoredTable {
  const n = r.u32();
  const keys = new Int32Array(n);
  const values = new Float64Array(n);
  let prev = 0;
  for (let i = 0; i < n; i++) {
    prev += r.varint();
    keys[i] = prev | 0;
    values[i] = r.u8();
  }
  return { keys, values };
}

/** Decodes the header, the linear models' parts and the word tables as typed arrays. */
function decodeStored(bytes: Uint8Array, source: string): ModelCore & Tables<StoredTable> {
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
  const layout: LinearLayout = version > LAST_ASCENDING_FORMAT ? 'table' : 'ascending';
  const header = JSON.parse(r.string()) as StoredHeader;
  const dictionary = readDictionary(r);
  const lexicon = readTable(r, 1, (v, at) => v[at] | 0);
  const semantics = readTable(r, 2, (v, at) => packSemantics(v[at], v[at + 1]));
  const pass1 = readLinearModel(r, layout);
  const stored2 = r.u8() === 1 ? readLinearModel(r, layout) : null;
  // before format 4 a structured tagger had no second pass
  const pass2 = version === 3 && header.taggerBeam !== undefined ? null : stored2;
  const parser = readLinearModel(r, layout);
  const clusters = version >= 4 ? readTable(r, 1, (v, at) => v[at]) : { keys: new Int32Array(0), values: new Float64Array(0) };
  return { info: header.info, tagClasses: header.tagClasses, dictionary, lexicon, semantics, clusters, pass1, pass2, parserTags: header.parserTags, leftRel: header.leftRel, rightRel: header.rightRel, parser, beamWidth: header.beamWidth ?? 1, ...(typeof header.beamMargin === 'number' ? { beamMargin: header.beamMargin } : {}), taggerBeam: version >= 3 ? header.taggerBeam : undefined, parserClusters: version >= 5 && header.parserClusters === true, ...(header.parserNames === true ? { parserNames: true } : {}) };
}

/**
 * Decodes the stored parts of a model (for the trainer and tests). The linear models' features
 * come in the file's order: ascending keys before format 6, table order from it.
 */
export function decodeSyntaxModelParts(bytes: Uint8Array, source = 'syntax model'): SyntaxModelParts {
  const s = decodeStored(bytes, source);
  const pairs = (t: StoredTable): Array<[number, number]> => Array.from(t.keys, (k, i): [number, number] => [k, t.values[i]]);
  return { ...s, dictionary: pairs(s.dictionary), lexicon: pairs(s.lexicon), semantics: pairs(s.semantics), clusters: pairs(s.clusters) };
}

/** Decodes a model file into a ready-to-run {@link SyntaxModel}. */
export function decodeSyntaxModel(bytes: Uint8Array, source = 'syntax model'): SyntaxModel {
  const s = decodeStored(bytes, source);
  const table = (t: StoredTable): IntTable => new IntTable(t.keys, t.values);
  return assemble(s, { dictionary: table(s.dictionary), lexicon: table(s.lexicon), semantics: table(s.semantics), clusters: table(s.clusters) });
}

/** Builds a ready-to-run model from its parts (the trainer evaluates models this way). */
export function fromParts(p: SyntaxModelParts): SyntaxModel {
  const table = (pairs: ReadonlyArray<readonly [number, number]>): IntTable => new IntTable(pairs.map((e) => e[0]), pairs.map((e) => e[1]));
  return assemble(p, { dictionary: table(p.dictionary), lexicon: table(p.lexicon), semantics: table(p.semantics), clusters: table(p.clusters ?? []) });
}

function assemble(p: ModelCore, t: Tables<IntLookup>): SyntaxModel {
  const classUpos = Uint8Array.from(p.tagClasses, (c) => Math.max(0, (UPOS as readonly string[]).indexOf(c.split('|')[0])));
  return {
    info: p.info,
    fineTags: new WeakMap(),
    tagger: {
      classes: p.tagClasses,
      classUpos,
      pass1: buildLinearModel(p.pass1),
      pass2: p.pass2 ? buildLinearModel(p.pass2) : null,
      dictionary: t.dictionary,
      lexicon: t.lexicon,
      semantics: t.semantics,
      clusters: t.clusters,
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
      names: p.parserNames === true,
    },
  };
}
