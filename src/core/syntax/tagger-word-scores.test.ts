import { describe, expect, it } from 'vitest';
import { trainTinyModel } from '../../train/tiny-model.js';
import { parseConllu } from './conllu.js';
import { scoreInto } from './linear-model.js';
import { fromParts } from './model-format.js';
import { MAX_TAGGER_FEATURES, sentenceCaps, taggerFeatures } from './tagger-features.js';
import { transitionContext } from './tagger-structured-features.js';
import { MAX_CACHED_WORDS, WordScoreRows } from './tagger-word-scores.js';
import { SMALL_CONLLU } from './test-support/fixtures.js';
import { WordTable } from './word-table.js';

const model = fromParts(trainTinyModel(parseConllu(SMALL_CONLLU), 5));
const pass1 = model.tagger.pass1;
const nc = pass1.nClasses;

/** Scores of token i with every key looked up, and with the word's row plus the context keys. */
function bothWays(table: WordTable, words: Int32Array, i: number, rows: WordScoreRows): [number[], number[]] {
  const keys = new Int32Array(MAX_TAGGER_FEATURES);
  const ctx = transitionContext();
  const tags = new Uint8Array(words.length).fill(1);
  const caps = sentenceCaps(table, words, 0, words.length);
  const all = new Int32Array(nc);
  scoreInto(pass1, keys, taggerFeatures(table, words, 0, words.length, i, tags, false, caps, keys, ctx), all);
  const cached = new Int32Array(nc);
  rows.load(table, words[i], cached);
  scoreInto(pass1, keys, taggerFeatures(table, words, 0, words.length, i, tags, false, caps, keys, ctx, true), cached);
  return [Array.from(all), Array.from(cached)];
}

describe('per-word score rows of the greedy tagger', () => {
  it('give every token the scores of looking up all its keys, on first use and from the cache', () => {
    const table = new WordTable();
    const words = Int32Array.from('The envoy said talks would resume in Geneva next week .'.split(' '), (w) => table.add(w));
    const rows = new WordScoreRows(pass1);
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < words.length; i++) {
        const [all, cached] = bothWays(table, words, i, rows);
        expect(cached).toEqual(all);
        expect(all.some((s) => s !== 0)).toBe(true);
      }
    }
  });

  it('score words beyond the cache key by key, with the same result', () => {
    const table = new WordTable(MAX_CACHED_WORDS + 8);
    for (let i = 0; i < MAX_CACHED_WORDS; i++) table.add(`w${i}`);
    const words = Int32Array.from(['Ministers', 'met', 'in', 'Nairobi', '.'], (w) => table.add(w));
    expect(words[0]).toBeGreaterThanOrEqual(MAX_CACHED_WORDS);
    const rows = new WordScoreRows(pass1);
    for (let i = 0; i < words.length; i++) {
      const [all, cached] = bothWays(table, words, i, rows);
      expect(cached).toEqual(all);
    }
  });
});
