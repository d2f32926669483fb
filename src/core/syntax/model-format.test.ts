import { describe, expect, it } from 'vitest';
import { isEntenteError } from '../errors/errors.js';
import { key1 } from './hash.js';
import { buildLinearModel, findFeature, scoreInto, type LinearModelParts } from './linear-model.js';
import { decodeSyntaxModel, decodeSyntaxModelParts, encodeSyntaxModel, type SyntaxModelParts } from './model-format.js';

/** A small model with `n` features spread over `nClasses` classes. */
function linearParts(n: number, nClasses: number, seed: number): LinearModelParts {
  const keys = Array.from({ length: n }, (_, i) => key1(seed, i) >>> 0).sort((a, b) => a - b);
  const start = [0];
  const cls: number[] = [];
  const w: number[] = [];
  keys.forEach((_, f) => {
    for (let c = 0; c < nClasses; c++) {
      if ((f + c) % 3 === 0) continue;
      cls.push(c);
      w.push(((f * 7 + c * 13) % 200) - 100);
    }
    start.push(cls.length);
  });
  return { nClasses, keys: Uint32Array.from(keys), start: Uint32Array.from(start), entryClass: Uint8Array.from(cls), entryWeight: Int16Array.from(w), scale: 0.001 };
}

/** Feature key → its (class, weight) entries, whatever order the parts hold the features in. */
function features(m: LinearModelParts): Map<number, number[]> {
  const out = new Map<number, number[]>();
  m.keys.forEach((k, f) => {
    const entries: number[] = [];
    for (let e = m.start[f]; e < m.start[f + 1]; e++) entries.push(m.entryClass[e], m.entryWeight[e]);
    out.set(k, entries);
  });
  return out;
}

const parts: SyntaxModelParts = {
  info: { name: 'test', scores: { 'ewt-dev': { las: 80 } } },
  tagClasses: ['NOUN|NN', 'VERB|VBD', 'PUNCT|.'],
  dictionary: [[12345, 2], [99, 0]],
  lexicon: [[777, 3], [-294967296, -2147483643]],
  semantics: [[55, 3 * 32768 + 5], [-7, 1 << 30]],
  pass1: linearParts(50, 3, 1),
  pass2: linearParts(20, 3, 2),
  parserTags: 'fine',
  leftRel: ['nsubj', 'det', 'nmod:poss'],
  rightRel: ['obj', 'punct'],
  parser: linearParts(80, 6, 3),
};

describe('syntax model file', () => {
  it('round-trips every part exactly', () => {
    const bytes = encodeSyntaxModel(parts);
    const back = decodeSyntaxModelParts(bytes);
    expect(back.info).toEqual(parts.info);
    expect(back.tagClasses).toEqual(parts.tagClasses);
    expect(back.dictionary.sort((a, b) => a[0] - b[0])).toEqual([[99, 0], [12345, 2]]);
    expect(back.lexicon).toEqual(parts.lexicon);
    expect(back.semantics.sort((a, b) => a[0] - b[0])).toEqual([[-7, 1 << 30], [55, 3 * 32768 + 5]]);
    expect(back.parserTags).toBe('fine');
    expect(back.leftRel).toEqual(parts.leftRel);
    expect(back.rightRel).toEqual(parts.rightRel);
    for (const k of ['pass1', 'pass2', 'parser'] as const) {
      const a = parts[k] as LinearModelParts;
      const b = back[k] as LinearModelParts;
      expect(b.nClasses).toBe(a.nClasses);
      expect(b.scale).toBe(a.scale);
      expect(features(b)).toEqual(features(a));
    }
  });

  it('stores the linear models in table order from format 6, ascending before; both hold the same features', () => {
    const v5 = decodeSyntaxModelParts(encodeSyntaxModel(parts, { format: 5 }));
    const v6 = decodeSyntaxModelParts(encodeSyntaxModel(parts));
    const ascending = (keys: Uint32Array): boolean => keys.every((k, f) => f === 0 || k > keys[f - 1]);
    expect(ascending(v5.parser.keys)).toBe(true);
    expect(ascending(v6.parser.keys)).toBe(false);
    const mask = buildLinearModel(v6.parser).mask;
    const homes = Array.from(v6.parser.keys, (k) => k & mask);
    expect(homes).toEqual([...homes].sort((a, b) => a - b));
    for (const k of ['pass1', 'pass2', 'parser'] as const) expect(features(v6[k] as LinearModelParts)).toEqual(features(v5[k] as LinearModelParts));
    expect(() => encodeSyntaxModel(parts, { format: 4 })).toThrow(/format 4/);
  });

  it('builds models from either format that score every feature alike', () => {
    const a = decodeSyntaxModel(encodeSyntaxModel(parts, { format: 5 }));
    const b = decodeSyntaxModel(encodeSyntaxModel(parts));
    const keys = Int32Array.from([...parts.parser.keys, 1, 2, 3], (k) => k | 0);
    for (let i = 0; i < keys.length; i++) {
      const sa = new Int32Array(6);
      const sb = new Int32Array(6);
      scoreInto(a.parser.model, keys.subarray(i, i + 1), 1, sa);
      scoreInto(b.parser.model, keys.subarray(i, i + 1), 1, sb);
      expect(Array.from(sb)).toEqual(Array.from(sa));
    }
    expect(b.tagger.lexicon.get(-294967296)).toBe(-2147483643);
    expect(b.tagger.semantics.get(-7)).toBe(1 << 30);
  });

  it('decodes into a runnable model: relation ids, UPOS per class, dictionary', () => {
    const m = decodeSyntaxModel(encodeSyntaxModel({ ...parts, pass2: null }));
    expect(m.tagger.pass2).toBeNull();
    expect(Array.from(m.tagger.classUpos)).toEqual([7, 15, 12]);
    expect(m.tagger.dictionary.get(12345)).toBe(2);
    expect(m.parser.leftRel.length).toBe(3);
    expect(m.parser.rootRel).toBe(0);
  });

  it('scores features with the stored weights', () => {
    const lp = parts.parser;
    const m = buildLinearModel(lp);
    const f = 10;
    expect(findFeature(m, lp.keys[f])).toBeGreaterThanOrEqual(0);
    expect(findFeature(m, 1)).toBe(-1);
    const scores = new Int32Array(lp.nClasses);
    scoreInto(m, Int32Array.from([lp.keys[f], 1, lp.keys[f]]), 3, scores);
    const expected = new Array(lp.nClasses).fill(0);
    for (let e = lp.start[f]; e < lp.start[f + 1]; e++) expected[lp.entryClass[e]] += 2 * lp.entryWeight[e];
    expect(Array.from(scores)).toEqual(expected);
  });

  it('carries the parser beam margin when there is one, and none when there is not', () => {
    const bytes = encodeSyntaxModel({ ...parts, beamWidth: 4, beamMargin: 140 });
    expect(decodeSyntaxModelParts(bytes).beamMargin).toBe(140);
    expect(decodeSyntaxModel(bytes).parser.beamMargin).toBe(140);
    expect(decodeSyntaxModel(encodeSyntaxModel(parts)).parser.beamMargin).toBeUndefined();
  });

  it('carries the parser beam width (format 2) and reads format 1 files as greedy', () => {
    const bytes = encodeSyntaxModel({ ...parts, beamWidth: 8 });
    expect(decodeSyntaxModelParts(bytes).beamWidth).toBe(8);
    expect(decodeSyntaxModel(bytes).parser.beamWidth).toBe(8);
    const v1 = encodeSyntaxModel(parts, { format: 5 });
    v1[6] = 1; // format 1 had the same layout, without the width in its header
    expect(decodeSyntaxModel(v1).parser.beamWidth).toBe(1);
  });

  it('carries the structured tagger and its beam width (format 3); formats 1–2 have greedy taggers', () => {
    const bytes = encodeSyntaxModel({ ...parts, pass2: null, taggerBeam: 4 });
    expect(decodeSyntaxModelParts(bytes).taggerBeam).toBe(4);
    expect(decodeSyntaxModel(bytes).tagger.beamWidth).toBe(4);
    expect(decodeSyntaxModel(encodeSyntaxModel(parts)).tagger.beamWidth).toBeUndefined();
    const v2 = encodeSyntaxModel({ ...parts, pass2: null, taggerBeam: 4 }, { format: 5 });
    v2[6] = 2; // format 2 had the same layout and no structured tagger
    expect(decodeSyntaxModel(v2).tagger.beamWidth).toBeUndefined();
  });

  it('carries word clusters and a structured tagger\'s second pass (format 4); format 3 has neither', () => {
    const clusters: Array<[number, number]> = [[-5, 0b1011], [70000, 2], [1 << 30, 0b11110000111]];
    const bytes = encodeSyntaxModel({ ...parts, taggerBeam: 4, clusters });
    const back = decodeSyntaxModelParts(bytes);
    expect(back.clusters?.sort((a, b) => a[0] - b[0])).toEqual(clusters);
    expect(back.pass2).not.toBeNull();
    const m = decodeSyntaxModel(bytes);
    expect(m.tagger.clusters?.get(70000)).toBe(2);
    expect(m.tagger.pass2).not.toBeNull();
    const v3 = encodeSyntaxModel({ ...parts, taggerBeam: 4, clusters }, { format: 5 });
    v3[6] = 3; // format 3: same layout up to the parser; a structured tagger had no second pass
    expect(decodeSyntaxModelParts(v3).clusters).toEqual([]);
    expect(decodeSyntaxModel(v3).tagger.pass2).toBeNull();
    expect(decodeSyntaxModel(v3).tagger.beamWidth).toBe(4);
  });

  it('carries the parser\'s word-cluster flag (format 5); format 4 parsers read no clusters', () => {
    const clusters: Array<[number, number]> = [[-5, 0b1011], [70000, 2]];
    const bytes = encodeSyntaxModel({ ...parts, clusters, parserClusters: true });
    expect(decodeSyntaxModelParts(bytes).parserClusters).toBe(true);
    expect(decodeSyntaxModel(bytes).parser.clusters).toBe(true);
    expect(decodeSyntaxModel(encodeSyntaxModel({ ...parts, clusters })).parser.clusters).toBe(false);
    const v4 = encodeSyntaxModel({ ...parts, clusters, parserClusters: true }, { format: 5 });
    v4[6] = 4; // format 4: same layout; its parsers never read clusters
    expect(decodeSyntaxModel(v4).parser.clusters).toBe(false);
    expect(decodeSyntaxModel(v4).tagger.clusters?.get(70000)).toBe(2);
  });

  it('carries the parser\'s name-class flag in the header; a model without it reads no name classes', () => {
    const bytes = encodeSyntaxModel({ ...parts, parserNames: true });
    expect(decodeSyntaxModelParts(bytes).parserNames).toBe(true);
    expect(decodeSyntaxModel(bytes).parser.names).toBe(true);
    expect(decodeSyntaxModelParts(encodeSyntaxModel(parts)).parserNames).toBeUndefined();
    expect(decodeSyntaxModel(encodeSyntaxModel(parts)).parser.names).toBe(false);
  });

  it('rejects other files (E201), truncated files (E201) and other format versions (E202)', () => {
    const bytes = encodeSyntaxModel(parts);
    const code = (b: Uint8Array): string | undefined => {
      try {
        decodeSyntaxModel(b, 'x.bin');
      } catch (e) {
        return isEntenteError(e) ? e.code : 'other';
      }
      return undefined;
    };
    expect(code(new TextEncoder().encode('hello world, not a model'))).toBe('E201');
    expect(code(bytes.slice(0, bytes.length - 10))).toBe('E201');
    const v2 = bytes.slice();
    v2[6] = 99;
    expect(code(v2)).toBe('E202');
  });
});
