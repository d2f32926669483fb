import { describe, expect, it } from 'vitest';
import { ParseState, SHIFT } from './arc-hybrid.js';
import { PARSER_CLUSTER_FEATURES } from './parser-cluster-features.js';
import { MAX_PARSER_FEATURES, parserFeatures } from './parser-features.js';
import { ParserInputs } from './parser-inputs.js';
import { normaliseWord, WordTable } from './word-table.js';
import { hashString } from './hash.js';

// Invented clusters: "Paris" and "Lagos" share a whole path, "Berlin" only its first six bits.
const paths = new Map<string, number>([
  ['paris', 0b1_0110_1011],
  ['lagos', 0b1_0110_1011],
  ['berlin', 0b1_0110_1100],
  ['visited', 0b1_1001_0001],
]);
const clusters = new Map([...paths].map(([w, p]) => [hashString(normaliseWord(w)), p]));

/** Features of the configuration after shifting "The minister visited" with `city` as b0. */
function keysAt(city: string, withClusters: boolean): Int32Array {
  const table = new WordTable(16, new Map(), new Map(), clusters);
  const forms = ['The', 'minister', 'visited', city, '.'];
  const words = Int32Array.from(forms, (f) => table.add(f));
  const tags = Uint8Array.from([1, 2, 3, 4, 5]);
  const x = new ParserInputs(8);
  x.fill(table, words, 0, forms.length, tags, Uint8Array.from([0, 1, 2, 3, 4, 5]), Uint8Array.from([0, 1, 2, 3, 4, 5]), withClusters);
  const st = new ParseState(8);
  st.reset(forms.length);
  for (let i = 0; i < 3; i++) st.apply(SHIFT, -1);
  const out = new Int32Array(MAX_PARSER_FEATURES);
  return out.slice(0, parserFeatures(st, x, out));
}

describe('parser word-cluster features', () => {
  it('are written only when the inputs carry clusters, after the other features', () => {
    const plain = keysAt('Paris', false);
    const withC = keysAt('Paris', true);
    expect(withC.length).toBe(plain.length + PARSER_CLUSTER_FEATURES);
    expect(Array.from(withC.slice(0, plain.length))).toEqual(Array.from(plain));
    expect(withC.length).toBeLessThanOrEqual(MAX_PARSER_FEATURES);
  });

  it('let a word share the features of the words in its cluster', () => {
    const n = keysAt('Paris', false).length;
    const paris = Array.from(keysAt('Paris', true).slice(n));
    const lagos = Array.from(keysAt('Lagos', true).slice(n));
    const berlin = Array.from(keysAt('Berlin', true).slice(n));
    // same whole path: every cluster key is the same, though the word keys differ
    expect(lagos).toEqual(paris);
    expect(Array.from(keysAt('Lagos', false))).not.toEqual(Array.from(keysAt('Paris', false)));
    // same 6-bit prefix only: the coarse keys agree, the whole-path keys do not
    const shared = berlin.filter((k, i) => k === paris[i]).length;
    expect(shared).toBeGreaterThan(0);
    expect(shared).toBeLessThan(PARSER_CLUSTER_FEATURES);
  });

  it('give words without a cluster their own value, not another word\'s', () => {
    const n = keysAt('Paris', false).length;
    const unknown = Array.from(keysAt('Ouagadougou', true).slice(n));
    const paris = Array.from(keysAt('Paris', true).slice(n));
    expect(unknown).not.toEqual(paris);
    expect(Array.from(keysAt('Bamako', true).slice(n))).toEqual(unknown);
  });
});
