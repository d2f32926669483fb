import { describe, expect, it } from 'vitest';
import { parseConllu } from '../core/syntax/conllu.js';
import { buildLinearModel } from '../core/syntax/linear-model.js';
import { SMALL_CONLLU } from '../core/syntax/test-support/fixtures.js';
import { tagSentence, taggerScratch, type TaggerModel } from '../core/syntax/tagger.js';
import { runtimeTagger, trainTaggerJackknifed } from './jackknife.js';
import { createRng } from './rng.js';
import { trainStructuredTagger } from './train-tagger-structured.js';
import { TagInventory, toTrainSentence, TrainWords } from './train-sentence.js';

describe('structured tagger training', () => {
  const words = new TrainWords(new Map());
  const tags = new TagInventory();
  const train = parseConllu(SMALL_CONLLU).map((s) => toTrainSentence(s, words, tags, true));
  const noDictionary = new Map<number, number>();

  const model = (beam: number, seed = 1): TaggerModel => {
    const p = trainStructuredTagger(train, words.table, tags.size, noDictionary, { epochs: 8, beam }, createRng(seed));
    return {
      classes: tags.names, classUpos: Uint8Array.from(tags.upos), pass1: buildLinearModel(p.export()), pass2: null,
      dictionary: noDictionary, lexicon: new Map(), semantics: new Map(), beamWidth: beam,
    };
  };

  for (const beam of [1, 4]) {
    it(`learns the training sentences' tags (beam ${beam}), decoded by the run-time tagger`, () => {
      const m = model(beam);
      const scratch = taggerScratch(m);
      for (const s of train) {
        const out = new Uint8Array(s.n);
        tagSentence(m, words.table, s.words, 0, s.n, out, scratch);
        expect(Array.from(out)).toEqual(Array.from(s.tag));
      }
    });
  }

  it('trains a greedy second pass on the jackknifed structured tags, run after the beam', () => {
    const { final, jackknifed } = trainTaggerJackknifed(train, words.table, tags, new Map(), { epochs: 8, beam: 2, pass2: true, folds: 2, seed: 3 }, () => {});
    expect(final.pass2).not.toBeNull();
    expect(jackknifed.map((t) => t.length)).toEqual(train.map((s) => s.n));
    const m = runtimeTagger(final, tags, new Map());
    expect(m.pass2).not.toBeNull();
    expect(m.beamWidth).toBe(2);
    const scratch = taggerScratch(m);
    for (const s of train) {
      const out = new Uint8Array(s.n);
      tagSentence(m, words.table, s.words, 0, s.n, out, scratch);
      expect(Array.from(out)).toEqual(Array.from(s.tag));
    }
    const without = trainTaggerJackknifed(train, words.table, tags, new Map(), { epochs: 2, beam: 2, pass2: false, folds: 2, seed: 3 }, () => {});
    expect(without.final.pass2).toBeNull();
  });

  it('is reproducible: the same seed gives the same weights', () => {
    const a = trainStructuredTagger(train, words.table, tags.size, noDictionary, { epochs: 3, beam: 2 }, createRng(7)).export();
    const b = trainStructuredTagger(train, words.table, tags.size, noDictionary, { epochs: 3, beam: 2 }, createRng(7)).export();
    expect(Array.from(a.keys)).toEqual(Array.from(b.keys));
    expect(Array.from(a.entryWeight)).toEqual(Array.from(b.entryWeight));
  });
});
