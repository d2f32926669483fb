import { describe, expect, it } from 'vitest';
import { LEFT, ParseState, RIGHT, SHIFT } from './arc-hybrid.js';
import { hashString } from './hash.js';
import { bufferKeys, MAX_PARSER_FEATURES, pairKeys, parserFeatures } from './parser-features.js';
import { packSemantics } from './lexicon.js';
import { GIVEN_NAME_BIT, NAME_TITLE_BIT } from './name-classes.js';
import { ParserInputs } from './parser-inputs.js';
import { normaliseWord, WordTable } from './word-table.js';

// An invented sentence, with invented clusters for some of its words.
const FORMS = ['The', 'envoys', 'of', 'both', 'states', 'met', 'in', 'Geneva', 'on', 'Friday', '.'];
const clusters = new Map([
  ['envoys', 0b1_0110_1011],
  ['states', 0b1_0110_1100],
  ['geneva', 0b1_1001_0001],
].map(([w, p]) => [hashString(normaliseWord(w as string)), p as number]));

// invented name-class signatures (`name-classes.ts`) for two capitalised words
const names = new Map([
  [hashString('envoys'), packSemantics(NAME_TITLE_BIT, 0)],
  [hashString('geneva'), packSemantics(GIVEN_NAME_BIT, 0)],
]);

/** Each scored configuration of a fixed move sequence over the sentence. */
function configurations(withClusters: boolean, withNames = false): { st: ParseState; x: ParserInputs }[] {
  const table = new WordTable(32, new Map(), names, clusters);
  const words = Int32Array.from(FORMS, (f) => table.add(f));
  const tags = Uint8Array.from(FORMS, (_, i) => (i * 7) % 11);
  const ids = Uint8Array.from({ length: 12 }, (_, i) => i);
  const x = new ParserInputs(16);
  x.fill(table, words, 0, FORMS.length, tags, ids, ids, withClusters, withNames);
  const st = new ParseState(16);
  st.reset(FORMS.length);
  // a valid arc-hybrid sequence: SHIFT where it can, else an arc, alternating LEFT and RIGHT
  const out: { st: ParseState; x: ParserInputs }[] = [];
  let turn = 0;
  while (!st.done) {
    const copy = new ParseState(16);
    copy.copyFrom(st);
    if (st.sp > 0) out.push({ st: copy, x });
    if (st.canShift() && turn % 3 !== 2) st.apply(SHIFT, -1);
    else if (st.canLeft() && st.b < st.n && turn % 2 === 0) st.apply(LEFT, 1);
    else if (st.canRight()) st.apply(RIGHT, 2);
    else if (st.canLeft()) st.apply(LEFT, 1);
    else st.apply(SHIFT, -1);
    turn++;
  }
  return out;
}

const sorted = (keys: Int32Array, n: number): number[] => Array.from(keys.slice(0, n)).sort((a, b) => a - b);

describe('the name-class features', () => {
  it('are read only by a parser trained with them, and then add keys', () => {
    const plain = configurations(false, false);
    const named = configurations(false, true);
    let more = 0;
    plain.forEach(({ st, x }, i) => {
      const a = new Int32Array(MAX_PARSER_FEATURES);
      const b = new Int32Array(MAX_PARSER_FEATURES);
      const na = parserFeatures(st, x, a);
      const nb = parserFeatures(named[i].st, named[i].x, b);
      // the plain keys are all there, in the same order; the name keys come on top
      expect(Array.from(b.slice(0, na))).toEqual(Array.from(a.slice(0, na)));
      more += nb - na;
    });
    expect(more).toBeGreaterThan(0);
  });
});

describe('the parser features of the buffer front', () => {
  for (const withClusters of [false, true]) {
    it(`together with the other keys are exactly the full key set${withClusters ? ' (with clusters)' : ''}`, () => {
      const configs = configurations(withClusters, withClusters);
      expect(configs.length).toBeGreaterThan(FORMS.length);
      for (const { st, x } of configs) {
        const all = new Int32Array(MAX_PARSER_FEATURES);
        const split = new Int32Array(MAX_PARSER_FEATURES);
        const nAll = parserFeatures(st, x, all);
        const nBuffer = bufferKeys(st, x, split);
        const nSplit = parserFeatures(st, x, split.subarray(nBuffer), true) + nBuffer;
        expect(nBuffer).toBeGreaterThan(0);
        expect(sorted(split, nSplit)).toEqual(sorted(all, nAll));
      }
    });
  }

  it('are the same wherever the stack stands', () => {
    const configs = configurations(false);
    const byFront = new Map<number, number[]>();
    for (const { st, x } of configs) {
      const keys = new Int32Array(MAX_PARSER_FEATURES);
      const own = sorted(keys, bufferKeys(st, x, keys));
      const seen = byFront.get(st.b);
      if (seen) expect(own).toEqual(seen);
      else byFront.set(st.b, own);
    }
    // some front was scored under more than one stack
    expect(byFront.size).toBeLessThan(configs.length);
  });
});

describe('the parser features of the stack top and buffer front pair', () => {
  for (const [withClusters, withNames] of [[false, false], [true, false], [false, true]]) {
    it(`with the buffer's and the other keys are exactly the full key set${withClusters ? ' (with clusters)' : ''}${withNames ? ' (with name classes)' : ''}`, () => {
      for (const { st, x } of configurations(withClusters, withNames)) {
        const all = new Int32Array(MAX_PARSER_FEATURES);
        const split = new Int32Array(MAX_PARSER_FEATURES);
        const nAll = parserFeatures(st, x, all);
        let n = bufferKeys(st, x, split);
        const nPair = pairKeys(st, x, split.subarray(n));
        n += nPair;
        n += parserFeatures(st, x, split.subarray(n), true, true);
        expect(nPair).toBeGreaterThan(0);
        expect(sorted(split, n)).toEqual(sorted(all, nAll));
        // without the buffer's keys, the pair's stay in (the greedy parser's split)
        const noBuffer = new Int32Array(MAX_PARSER_FEATURES);
        const nNoBuffer = parserFeatures(st, x, noBuffer, false, true);
        expect(nNoBuffer).toBe(nAll);
      }
    });
  }

  it('are the same for every configuration with the same top and front, whatever their trees', () => {
    const x = configurations(true)[0].x;
    // two ways to the top 0 and the front 2: 0 takes 1 as its right child, or 2 takes 1 as its left one
    const walk = (moves: number[]): ParseState => {
      const st = new ParseState(16);
      st.reset(FORMS.length);
      for (const m of moves) st.apply(m, m === SHIFT ? -1 : 3);
      return st;
    };
    const a = walk([SHIFT, SHIFT, RIGHT]);
    const b = walk([SHIFT, SHIFT, LEFT]);
    expect([a.s(0), a.b]).toEqual([b.s(0), b.b]);
    const keysOf = (st: ParseState, f: (st: ParseState, x: ParserInputs, out: Int32Array) => number): number[] => {
      const out = new Int32Array(MAX_PARSER_FEATURES);
      return sorted(out, f(st, x, out));
    };
    expect(keysOf(a, pairKeys)).toEqual(keysOf(b, pairKeys));
    expect(keysOf(a, parserFeatures)).not.toEqual(keysOf(b, parserFeatures));
  });
});
