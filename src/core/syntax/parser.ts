/**
 * The run-time dependency parser's model and its greedy arc-hybrid decoding, with a linear model that
 * scores SHIFT and every labelled LEFT/RIGHT arc jointly. A globally trained model (the shipped one
 * since 2026-11-30) parses with its beam instead (`beam-search.ts`, `syntax-model.ts`). Class 0 is SHIFT, classes 1..L are LEFT arcs
 * with `leftRel[c - 1]`, the next R classes RIGHT arcs with `rightRel[c - 1 - L]`.
 */
import { LEFT, RIGHT, SHIFT, type ParseState } from './arc-hybrid.js';
import { scoreInto, type LinearModel } from './linear-model.js';
import { bufferKeys, MAX_PARSER_FEATURES, parserFeatures } from './parser-features.js';
import type { ParserInputs } from './parser-inputs.js';

/** A decoded parser. */
export interface ParserModel {
  readonly model: LinearModel;
  /** Relation id (index into `DEPRELS`) of each LEFT class. */
  readonly leftRel: Int32Array;
  /** Relation id of each RIGHT class. */
  readonly rightRel: Int32Array;
  /** Relation id of `root`. */
  readonly rootRel: number;
  /**
   * Tag class → the tag value the parser's features use: the class itself when the parser reads
   * fine "UPOS|XPOS" tags, the first class of the same UPOS when it reads UPOS only.
   */
  readonly tagMap: Uint8Array;
  /**
   * Beam width the model was trained for and parses with by default (1 = greedy). A globally
   * trained model ranks whole move sequences and needs its beam; a greedy one parses greedily.
   */
  readonly beamWidth?: number;
  /**
   * Beam threshold the model parses with by default, in real score units: a beam item scoring more
   * than this below the best item is not expanded (see `beam-search.ts`). Absent: no pruning. Chosen
   * on dev after training, like the pruning thresholds.
   */
  readonly beamMargin?: number;
  /**
   * Whether the parser reads word clusters (`parser-cluster-features.ts`; format 5 on): then the
   * tagger's word table must hold the model's clusters.
   */
  readonly clusters?: boolean;
  /** Whether the parser reads name classes (`name-classes.ts`, from the semantic signatures). */
  readonly names?: boolean;
}

/** Which tags the parser's features read. */
export type ParserTagMode = 'fine' | 'upos';

/** The tag map of a mode over the tagger's classes (see {@link ParserModel.tagMap}). */
export function parserTagMap(classUpos: Uint8Array, mode: ParserTagMode): Uint8Array {
  const map = new Uint8Array(classUpos.length);
  const first = new Map<number, number>();
  classUpos.forEach((u, c) => {
    if (!first.has(u)) first.set(u, c);
    map[c] = mode === 'fine' ? c : (first.get(u) as number);
  });
  return map;
}

/** Scratch buffers for one parsing thread. */
export interface ParserScratch {
  keys: Int32Array;
  scores: Int32Array;
  /** (Block offset, header) pairs of the features found (see `scoreInto`): twice the features. */
  found: Int32Array;
  /** Per buffer position of the sentence being parsed, the summed scores of its {@link bufferKeys}. */
  bufferRows: Int32Array;
  /** 1 where `bufferRows` holds the current sentence's row. */
  bufferFilled: Uint8Array;
}

/** Scratch buffers sized for `model`. */
export function parserScratch(model: ParserModel): ParserScratch {
  const nc = model.model.nClasses;
  return {
    keys: new Int32Array(MAX_PARSER_FEATURES),
    scores: new Int32Array(nc),
    found: new Int32Array(2 * MAX_PARSER_FEATURES),
    bufferRows: new Int32Array(257 * nc),
    bufferFilled: new Uint8Array(257),
  };
}

/** Move of class `c`. */
export function classMove(p: ParserModel, c: number): number {
  if (c === 0) return SHIFT;
  return c <= p.leftRel.length ? LEFT : RIGHT;
}

/** Relation id of class `c` (-1 for SHIFT). */
export function classRel(p: ParserModel, c: number): number {
  if (c === 0) return -1;
  const L = p.leftRel.length;
  return c <= L ? p.leftRel[c - 1] : p.rightRel[c - 1 - L];
}

/**
 * Best legal class under `scores`: SHIFT if legal, LEFT classes if legal, RIGHT classes if legal.
 * Returns -1 when no move is legal (the parse is done).
 */
export function bestLegal(p: ParserModel, st: ParseState, scores: Int32Array | Float64Array): number {
  let best = -1;
  let bestScore = -Infinity;
  if (st.canShift()) {
    best = 0;
    bestScore = scores[0];
  }
  const L = p.leftRel.length;
  const R = p.rightRel.length;
  if (st.canLeft() && st.b < st.n) {
    for (let c = 1; c <= L; c++) if (scores[c] > bestScore) { bestScore = scores[c]; best = c; }
  }
  if (st.canRight()) {
    for (let c = L + 1; c <= L + R; c++) if (scores[c] > bestScore) { bestScore = scores[c]; best = c; }
  }
  return best;
}

/**
 * Parses one sentence of `st.n` tokens (call `st.reset(n)` first); heads and relation ids are
 * left in `st.head` / `st.label` (head `n` = ROOT).
 */
export function parseSentence(p: ParserModel, st: ParseState, x: ParserInputs, scratch: ParserScratch): void {
  const { keys, scores, found } = scratch;
  const nc = p.model.nClasses;
  // A buffer front stays while arcs pop the stack (about two scored moves each), and the keys that
  // read only the buffer include dense tag rows: their sum is kept per front. Integer sums, so the
  // scores are exactly those of scoring every key each time.
  if (scratch.bufferFilled.length < st.n + 1) {
    scratch.bufferFilled = new Uint8Array(2 * (st.n + 1));
    scratch.bufferRows = new Int32Array(2 * (st.n + 1) * nc);
  }
  const { bufferRows, bufferFilled } = scratch;
  bufferFilled.fill(0, 0, st.n + 1);
  while (!st.done) {
    if (st.b === st.n && st.sp === 1) {
      st.apply(LEFT, p.rootRel);
      continue;
    }
    if (st.sp === 0) {
      st.apply(SHIFT, -1);
      continue;
    }
    const at = st.b * nc;
    if (bufferFilled[st.b] === 0) {
      scores.fill(0);
      scoreInto(p.model, keys, bufferKeys(st, x, keys), scores, found);
      for (let c = 0; c < nc; c++) bufferRows[at + c] = scores[c];
      bufferFilled[st.b] = 1;
    } else {
      for (let c = 0; c < nc; c++) scores[c] = bufferRows[at + c];
    }
    const nk = parserFeatures(st, x, keys, true);
    scoreInto(p.model, keys, nk, scores, found);
    const c = bestLegal(p, st, scores);
    st.apply(classMove(p, c), classRel(p, c));
  }
}
