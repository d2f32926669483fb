import { describe, expect, it } from 'vitest';
import { trainTinyModel } from '../../train/tiny-model.js';
import { ParseState } from './arc-hybrid.js';
import { BeamSearch, type ClassScorer } from './beam-search.js';
import { parseConllu } from './conllu.js';
import { fromParts } from './model-format.js';
import { buildLinearModel, rowScorer, scoreInto, type LinearModel, type LinearModelParts } from './linear-model.js';
import { ParserInputs } from './parser-inputs.js';
import { parseSentence, parserScratch, type ParserModel } from './parser.js';
import { KERNEL_FOUND_PAIRS, kernelAvailable } from './score-kernel.js';
import { SMALL_CONLLU } from './test-support/fixtures.js';
import { WordTable } from './word-table.js';

/** A small deterministic generator (mulberry32), so a failure replays. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random parts: `n` features, each with a random number of classes (some dense), weights over the whole Int16 range. */
function randomParts(n: number, nClasses: number, r: () => number): LinearModelParts {
  const keys = new Set<number>();
  while (keys.size < n) keys.add(1 + Math.floor(r() * 0xfffffffe));
  const start = [0];
  const cls: number[] = [];
  const w: number[] = [];
  for (let f = 0; f < n; f++) {
    const count = r() < 0.3 ? nClasses - Math.floor(r() * (nClasses / 2)) : Math.floor(r() * Math.min(9, nClasses));
    const classes = Array.from({ length: nClasses }, (_, c) => c).sort(() => r() - 0.5).slice(0, count).sort((a, b) => a - b);
    for (const c of classes) {
      cls.push(c);
      w.push(r() < 0.1 ? (r() < 0.5 ? -32768 : 32767) : Math.floor(r() * 2001) - 1000);
    }
    start.push(cls.length);
  }
  return { nClasses, keys: Uint32Array.from([...keys].sort((a, b) => a - b)), start: Uint32Array.from(start), entryClass: Uint8Array.from(cls), entryWeight: Int16Array.from(w), scale: 1 };
}

/** Scores of `keys` under `m` from the preset row `preset`, with the two-pass (kernel) path or the one-pass path. */
function scored(m: LinearModel, keys: Int32Array, preset: Int32Array, twoPass: boolean): number[] {
  const s = Int32Array.from(preset);
  scoreInto(m, keys, keys.length, s, twoPass ? new Int32Array(2 * keys.length) : undefined);
  return Array.from(s);
}

describe('SIMD score kernel', () => {
  it('is available on this runtime (Node 20 has WebAssembly SIMD), so the tests below compare two paths', () => {
    expect(kernelAvailable()).toBe(true);
  });

  it('gives exactly the JavaScript sums on random blocks, class counts and key lists', () => {
    const r = rng(7);
    for (const nClasses of [1, 3, 4, 6, 13, 90, 91]) {
      const parts = randomParts(200, nClasses, r);
      const simd = buildLinearModel(parts);
      const js = buildLinearModel(parts, false);
      expect(simd.kernel).toBeTruthy();
      expect(js.kernel).toBeNull();
      expect(Array.from(simd.blocks)).toEqual(Array.from(js.blocks));
      for (let trial = 0; trial < 30; trial++) {
        // known keys (repeats included) mixed with unknown ones
        const n = Math.floor(r() * 150);
        const keys = Int32Array.from({ length: n }, () => (r() < 0.8 ? parts.keys[Math.floor(r() * parts.keys.length)] | 0 : (Math.floor(r() * 0xffffffff) | 0) || 1));
        const preset = Int32Array.from({ length: nClasses }, () => Math.floor(r() * 2e6) - 1e6);
        const expected = scored(js, keys, preset, false);
        expect(scored(js, keys, preset, true)).toEqual(expected);
        expect(scored(simd, keys, preset, true)).toEqual(expected);
        expect(scored(simd, keys, preset, false)).toEqual(expected);
      }
    }
  });

  it('falls back to JavaScript for more keys than its scratch holds, with the same sums', () => {
    const r = rng(11);
    const parts = randomParts(50, 20, r);
    const simd = buildLinearModel(parts);
    const js = buildLinearModel(parts, false);
    const keys = Int32Array.from({ length: KERNEL_FOUND_PAIRS + 5 }, (_, i) => parts.keys[i % parts.keys.length] | 0);
    const zero = new Int32Array(20);
    expect(scored(simd, keys, zero, true)).toEqual(scored(js, keys, zero, false));
  });

  it('adds into the row scorer’s row exactly the sums of scoreInto, with the kernel and without, and past the kernel’s scratch', () => {
    const r = rng(19);
    const parts = randomParts(300, 90, r);
    const simd = buildLinearModel(parts);
    const js = buildLinearModel(parts, false);
    const rows = [rowScorer(simd), rowScorer(js)];
    // the kernel's row is its own memory; without a kernel, a row of the scorer's own
    expect(rows[0].row.buffer).not.toBe(rows[1].row.buffer);
    for (const n of [0, 1, 40, 127, KERNEL_FOUND_PAIRS + 3]) {
      const keys = Int32Array.from({ length: n }, () => (r() < 0.8 ? parts.keys[Math.floor(r() * parts.keys.length)] | 0 : (Math.floor(r() * 0xffffffff) | 0) || 1));
      const preset = Int32Array.from({ length: 90 }, () => Math.floor(r() * 2e6) - 1e6);
      const expected = scored(js, keys, preset, false);
      for (const rs of rows) {
        rs.row.set(preset);
        rs.add(keys, n);
        expect(Array.from(rs.row)).toEqual(expected);
      }
    }
  });

  it('scores and parses the tiny model’s sentences exactly as the JavaScript path does', () => {
    const parts = trainTinyModel(parseConllu(SMALL_CONLLU), 15);
    const model = fromParts(parts);
    const simd = model.parser;
    expect(simd.model.kernel).toBeTruthy();
    const js: ParserModel = { ...simd, model: buildLinearModel(parts.parser, false) };
    const table = new WordTable(64, model.tagger.lexicon, model.tagger.semantics);
    const words = ['The', 'minister', 'praised', 'the', 'officials', 'and', 'the', 'minister', 'left'];
    const tagNames = ['DET|DT', 'NOUN|NN', 'VERB|VBD', 'DET|DT', 'NOUN|NNS', 'CCONJ|CC', 'DET|DT', 'NOUN|NN', 'VERB|VBD'];
    const tags = Uint8Array.from(tagNames, (t) => Math.max(0, model.tagger.classes.indexOf(t)));
    const x = new ParserInputs(words.length);
    x.fill(table, Int32Array.from(words, (w) => table.add(w)), 0, words.length, tags, model.tagger.classUpos, simd.tagMap);
    // the beam's scorer compares both paths on every configuration it scores
    const a = new Int32Array(simd.model.nClasses);
    const b = new Int32Array(simd.model.nClasses);
    const found = new Int32Array(512);
    let calls = 0;
    const scorer: ClassScorer = (keys, n, out) => {
      a.fill(0);
      b.fill(0);
      scoreInto(simd.model, keys, n, a, found);
      scoreInto(js.model, keys, n, b, found);
      expect(Array.from(a)).toEqual(Array.from(b));
      calls++;
      for (let c = 0; c < out.length; c++) out[c] += a[c];
    };
    const beam = new BeamSearch(simd.model.nClasses, 4, { cacheBuffer: true });
    beam.start(words.length);
    while (!beam.done) beam.step(simd, x, scorer);
    expect(calls).toBeGreaterThan(words.length);
    // and the greedy parser builds the same tree from either model
    const heads = (p: ParserModel) => {
      const st = new ParseState(16);
      st.reset(words.length);
      parseSentence(p, st, x, parserScratch(p));
      return [Array.from(st.head.subarray(0, words.length)), Array.from(st.label.subarray(0, words.length))];
    };
    expect(heads(simd)).toEqual(heads(js));
  });
});
