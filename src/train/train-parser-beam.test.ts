import { describe, expect, it } from 'vitest';
import { ParseState } from '../core/syntax/arc-hybrid.js';
import { applyClass, BeamSearch, type ClassScorer } from '../core/syntax/beam-search.js';
import { parseConllu } from '../core/syntax/conllu.js';
import { buildLinearModel, scoreInto } from '../core/syntax/linear-model.js';
import { parserTagMap } from '../core/syntax/parser.js';
import { SMALL_CONLLU } from '../core/syntax/test-support/fixtures.js';
import { GoldTree } from './arc-hybrid-oracle.js';
import { createRng } from './rng.js';
import { classLayout, parserInputsOf, relationInventory } from './train-parser.js';
import { goldSequence, trainParserBeam } from './train-parser-beam.js';
import { TagInventory, toTrainSentence, TrainWords } from './train-sentence.js';

const gold = parseConllu(SMALL_CONLLU);
const words = new TrainWords(new Map());
const tags = new TagInventory();
const train = gold.map((s) => toTrainSentence(s, words, tags, true));
const goldTags = train.map((s) => Uint8Array.from(s.tag));
const classUpos = Uint8Array.from(tags.upos);

describe('global beam training of the parser', () => {
  it('the gold sequence rebuilds each gold tree', () => {
    const trees = train.map((s) => new GoldTree(s.head, s.rel));
    const { leftRel, rightRel } = relationInventory(trees);
    const layout = classLayout(leftRel, rightRel);
    for (const t of trees) {
      const seq = goldSequence(layout, t);
      expect(seq.length).toBe(2 * t.n);
      const st = new ParseState(t.n);
      st.reset(t.n);
      for (const c of seq) applyClass(layout, st, c);
      expect(st.done).toBe(true);
      expect(Array.from(st.head.subarray(0, t.n))).toEqual(Array.from(t.head));
      expect(Array.from(st.label.subarray(0, t.n))).toEqual(Array.from(t.rel));
    }
  });

  for (const k of [1, 4]) {
    it(`with beam ${k} learns to reproduce its training trees`, () => {
      const r = trainParserBeam(train, goldTags, words.table, classUpos, 'fine', { epochs: 30, beam: k }, createRng(3), () => {});
      const layout = { ...classLayout(r.leftRel, r.rightRel), model: buildLinearModel(r.perceptron.export()) };
      const ints = new Int32Array(layout.model.nClasses);
      const scorer: ClassScorer = (keys, n, out) => {
        ints.fill(0);
        scoreInto(layout.model, keys, n, ints);
        for (let c = 0; c < out.length; c++) out[c] = ints[c];
      };
      const tagMap = parserTagMap(classUpos, 'fine');
      const beam = new BeamSearch(layout.model.nClasses, k);
      train.forEach((s, i) => {
        const x = parserInputsOf(s, words.table, goldTags[i], classUpos, tagMap);
        beam.start(s.n);
        while (!beam.done) beam.step(layout, x, scorer);
        expect(Array.from(beam.item(0).head.subarray(0, s.n))).toEqual(Array.from(s.head));
        expect(Array.from(beam.item(0).label.subarray(0, s.n))).toEqual(Array.from(s.rel));
      });
    });
  }
});
