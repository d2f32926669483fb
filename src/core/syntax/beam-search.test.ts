import { describe, expect, it } from 'vitest';
import { trainTinyModel } from '../../train/tiny-model.js';
import { ParseState } from './arc-hybrid.js';
import { applyClass, BeamSearch, FORCED, isForced, type ClassScorer } from './beam-search.js';
import { parseConllu } from './conllu.js';
import { fromParts } from './model-format.js';
import { MAX_PARSER_FEATURES, parserFeatures } from './parser-features.js';
import { ParserInputs } from './parser-inputs.js';
import { parseSentence, parserScratch, type ParserModel } from './parser.js';
import { buildLinearModel, rowScorer, scoreInto } from './linear-model.js';
import { SMALL_CONLLU } from './test-support/fixtures.js';
import { WordTable } from './word-table.js';

const gold = parseConllu(SMALL_CONLLU);
const model = fromParts(trainTinyModel(gold, 15));
const p = model.parser;

function scorerOf(m: ParserModel): ClassScorer {
  const ints = new Int32Array(m.model.nClasses);
  return (keys, n, out) => {
    ints.fill(0);
    scoreInto(m.model, keys, n, ints);
    for (let c = 0; c < out.length; c++) out[c] += ints[c];
  };
}

/** Parser inputs for a list of words, tagged by the tiny model's own tagger classes `tags`. */
function inputsOf(words: string[], tags: number[]): ParserInputs {
  const table = new WordTable(64, model.tagger.lexicon, model.tagger.semantics);
  const ids = Int32Array.from(words, (w) => table.add(w));
  const x = new ParserInputs(words.length);
  x.fill(table, ids, 0, words.length, Uint8Array.from(tags), model.tagger.classUpos, p.tagMap);
  return x;
}

const nounTag = model.tagger.classes.indexOf('NOUN|NN');
const verbTag = model.tagger.classes.indexOf('VERB|VBD');
const detTag = model.tagger.classes.indexOf('DET|DT');

/** Best total score over every legal move sequence, by exhaustive search; counts the sequences in `count[0]`. */
function exhaustiveBest(st: ParseState, x: ParserInputs, scorer: ClassScorer, count = [0]): number {
  if (st.done) {
    count[0]++;
    return 0;
  }
  if (isForced(st)) {
    const next = new ParseState(st.n);
    next.copyFrom(st);
    applyClass(p, next, FORCED);
    return exhaustiveBest(next, x, scorer, count);
  }
  const keys = new Int32Array(MAX_PARSER_FEATURES);
  const scores = new Float64Array(p.model.nClasses);
  scorer(keys, parserFeatures(st, x, keys), scores);
  let best = -Infinity;
  const L = p.leftRel.length;
  for (let c = 0; c < scores.length; c++) {
    const legal = c === 0 ? st.canShift() : c <= L ? st.canLeft() && st.b < st.n : st.canRight();
    if (!legal) continue;
    const next = new ParseState(st.n);
    next.copyFrom(st);
    applyClass(p, next, c);
    best = Math.max(best, scores[c] + exhaustiveBest(next, x, scorer, count));
  }
  return best;
}

describe('beam search over arc-hybrid configurations', () => {
  const words = ['The', 'minister', 'praised', 'officials'];
  const x = inputsOf(words, [detTag, nounTag, verbTag, nounTag]);
  const scorer = scorerOf(p);

  it('with width 1 makes the greedy parser’s choices', () => {
    const greedy = new ParseState(8);
    greedy.reset(words.length);
    parseSentence(p, greedy, x, parserScratch(p));
    const beam = new BeamSearch(p.model.nClasses, 1);
    beam.start(words.length);
    while (!beam.done) beam.step(p, x, scorer);
    expect(Array.from(beam.item(0).head.subarray(0, words.length))).toEqual(Array.from(greedy.head.subarray(0, words.length)));
    expect(Array.from(beam.item(0).label.subarray(0, words.length))).toEqual(Array.from(greedy.label.subarray(0, words.length)));
  });

  it('with a width wider than the search space finds the best-scoring sequence', () => {
    const empty = new ParseState(8);
    empty.reset(3);
    const x3 = inputsOf(words.slice(1), [nounTag, verbTag, nounTag]);
    const count = [0];
    const best = exhaustiveBest(empty, x3, scorer, count);
    // no step has more partial sequences than there are complete ones
    const beam = new BeamSearch(p.model.nClasses, count[0]);
    beam.start(3);
    while (!beam.done) beam.step(p, x3, scorer);
    expect(beam.score[0]).toBe(best);
  });

  it('keeps its items sorted, each a complete tree with one root, and replays the best item’s moves', () => {
    const beam = new BeamSearch(p.model.nClasses, 4, { record: true });
    beam.start(words.length);
    while (!beam.done) beam.step(p, x, scorer);
    expect(beam.steps).toBe(2 * words.length);
    for (let j = 1; j < beam.size; j++) expect(beam.score[j]).toBeLessThanOrEqual(beam.score[j - 1]);
    for (let j = 0; j < beam.size; j++) {
      const heads = Array.from(beam.item(j).head.subarray(0, words.length));
      expect(heads.filter((h) => h === words.length)).toHaveLength(1);
      expect(heads.every((h) => h >= 0)).toBe(true);
    }
    const seq = new Int32Array(beam.steps);
    beam.sequence(beam.steps, 0, seq);
    const st = new ParseState(8);
    st.reset(words.length);
    for (const c of seq) applyClass(p, st, c);
    expect(Array.from(st.head.subarray(0, words.length))).toEqual(Array.from(beam.item(0).head.subarray(0, words.length)));
  });

  it('with a margin of 0 expands only the best item: the greedy parser’s choices', () => {
    const long = ['The', 'minister', 'praised', 'the', 'officials', 'and', 'the', 'minister', 'praised', 'officials'];
    const xl = inputsOf(long, [detTag, nounTag, verbTag, detTag, nounTag, detTag, detTag, nounTag, verbTag, nounTag]);
    const greedy = new ParseState(16);
    greedy.reset(long.length);
    parseSentence(p, greedy, xl, parserScratch(p));
    const beam = new BeamSearch(p.model.nClasses, 4, { margin: 0 });
    beam.start(long.length);
    while (!beam.done) beam.step(p, xl, scorer);
    expect(Array.from(beam.item(0).head.subarray(0, long.length))).toEqual(Array.from(greedy.head.subarray(0, long.length)));
    expect(Array.from(beam.item(0).label.subarray(0, long.length))).toEqual(Array.from(greedy.label.subarray(0, long.length)));
  });

  it('with a margin wider than any score gap keeps the same items as without one, and refuses a negative margin', () => {
    const plain = new BeamSearch(p.model.nClasses, 4);
    const wide = new BeamSearch(p.model.nClasses, 4, { margin: 1e15 });
    for (const beam of [plain, wide]) {
      beam.start(words.length);
      while (!beam.done) beam.step(p, x, scorer);
    }
    expect(wide.size).toBe(plain.size);
    expect(Array.from(wide.score.subarray(0, wide.size))).toEqual(Array.from(plain.score.subarray(0, plain.size)));
    expect(() => new BeamSearch(p.model.nClasses, 4, { margin: -1 })).toThrow(RangeError);
  });

  it('sums the buffer-only keys once per front (run-time cache) with the same scores and trees as scoring every key', () => {
    const long = ['The', 'minister', 'praised', 'the', 'officials', 'and', 'the', 'minister', 'praised', 'officials'];
    const tags = [detTag, nounTag, verbTag, detTag, nounTag, detTag, detTag, nounTag, verbTag, nounTag];
    const xl = inputsOf(long, tags);
    const plain = new BeamSearch(p.model.nClasses, 4);
    const cached = new BeamSearch(p.model.nClasses, 4, { cacheBuffer: true });
    for (const beam of [plain, cached]) {
      beam.start(long.length);
      while (!beam.done) beam.step(p, xl, scorer);
    }
    expect(Array.from(cached.score.subarray(0, cached.size))).toEqual(Array.from(plain.score.subarray(0, plain.size)));
    for (let j = 0; j < plain.size; j++) {
      expect(Array.from(cached.item(j).head.subarray(0, long.length))).toEqual(Array.from(plain.item(j).head.subarray(0, long.length)));
      expect(Array.from(cached.item(j).label.subarray(0, long.length))).toEqual(Array.from(plain.item(j).label.subarray(0, long.length)));
    }
    // a second sentence through the same beam starts from a cleared cache
    cached.start(words.length);
    while (!cached.done) cached.step(p, x, scorer);
    const fresh = new BeamSearch(p.model.nClasses, 4);
    fresh.start(words.length);
    while (!fresh.done) fresh.step(p, x, scorer);
    expect(Array.from(cached.item(0).head.subarray(0, words.length))).toEqual(Array.from(fresh.item(0).head.subarray(0, words.length)));
    expect(cached.score[0]).toBe(fresh.score[0]);
  });
});

describe('beam search reusing the scores of items with the same keys', () => {
  it('keeps the same items, scores and trees as scoring every item, and scores fewer items', () => {
    const words = ['The', 'minister', 'said', 'the', 'officials', 'praised', 'the', 'plan', 'and', 'the', 'talks'];
    const tags = [detTag, nounTag, verbTag, detTag, nounTag, verbTag, detTag, nounTag, detTag, detTag, nounTag];
    const x = inputsOf(words, tags);
    const x4 = inputsOf(words.slice(0, 4), tags.slice(0, 4));
    const counted = (calls: number[]): ClassScorer => {
      const inner = scorerOf(p);
      return (keys, n, out) => {
        calls[0]++;
        inner(keys, n, out);
      };
    };
    for (const cacheBuffer of [false, true]) {
      const plainCalls = [0];
      const reuseCalls = [0];
      const plain = new BeamSearch(p.model.nClasses, 8, { cacheBuffer, reuseScores: false });
      const reused = new BeamSearch(p.model.nClasses, 8, { cacheBuffer });
      for (const [beam, calls] of [[plain, plainCalls], [reused, reuseCalls]] as const) {
        // two sentences through the same beam: the remembered keys never outlive their step
        for (const [xs, n] of [[x, words.length], [x4, 4]] as const) {
          beam.start(n);
          while (!beam.done) beam.step(p, xs, counted(calls));
        }
      }
      expect(reused.size).toBe(plain.size);
      expect(Array.from(reused.score.subarray(0, reused.size))).toEqual(Array.from(plain.score.subarray(0, plain.size)));
      for (let j = 0; j < plain.size; j++) {
        expect(Array.from(reused.item(j).head.subarray(0, 4))).toEqual(Array.from(plain.item(j).head.subarray(0, 4)));
        expect(Array.from(reused.item(j).label.subarray(0, 4))).toEqual(Array.from(plain.item(j).label.subarray(0, 4)));
      }
      expect(reuseCalls[0]).toBeLessThan(plainCalls[0]);
    }
  });
});

describe('beam search scoring in integers in the row scorer’s row (run time)', () => {
  it('keeps the same items, scores and trees as the float scorer, with the kernel and without', () => {
    const words = ['The', 'minister', 'said', 'the', 'officials', 'praised', 'the', 'plan', 'and', 'the', 'talks'];
    const tags = [detTag, nounTag, verbTag, detTag, nounTag, verbTag, detTag, nounTag, detTag, detTag, nounTag];
    const x = inputsOf(words, tags);
    const x4 = inputsOf(words.slice(0, 4), tags.slice(0, 4));
    const noKernel = buildLinearModel(trainTinyModel(gold, 15).parser, false);
    for (const rows of [rowScorer(p.model), rowScorer(noKernel)]) {
      for (const margin of [Infinity, 2000]) {
        const plain = new BeamSearch(p.model.nClasses, 4, { cacheBuffer: true, margin });
        const ints = new BeamSearch(p.model.nClasses, 4, { cacheBuffer: true, margin, rows });
        for (const [xs, n] of [[x, words.length], [x4, 4]] as const) {
          for (const beam of [plain, ints]) {
            beam.start(n);
            while (!beam.done) beam.step(p, xs, scorerOf(p));
          }
          expect(ints.size).toBe(plain.size);
          expect(Array.from(ints.score.subarray(0, ints.size))).toEqual(Array.from(plain.score.subarray(0, plain.size)));
          for (let j = 0; j < plain.size; j++) {
            expect(Array.from(ints.item(j).head.subarray(0, n))).toEqual(Array.from(plain.item(j).head.subarray(0, n)));
            expect(Array.from(ints.item(j).label.subarray(0, n))).toEqual(Array.from(plain.item(j).label.subarray(0, n)));
          }
        }
      }
    }
  });
});

describe('beam search handing states over to the candidates', () => {
  it('leaves every item the tree its own recorded moves build, with items sharing parents', () => {
    const words = ['The', 'minister', 'said', 'the', 'officials', 'praised', 'the', 'plan', 'and', 'the', 'talks'];
    const tags = [detTag, nounTag, verbTag, detTag, nounTag, verbTag, detTag, nounTag, detTag, detTag, nounTag];
    const x = inputsOf(words, tags);
    const beam = new BeamSearch(p.model.nClasses, 6, { record: true });
    beam.start(words.length);
    let shared = 0;
    while (!beam.done) {
      beam.step(p, x, scorerOf(p));
      // a step where two kept candidates came from one item: one of them was copied
      const parents = Array.from(beam.histParent.subarray((beam.steps - 1) * 6, (beam.steps - 1) * 6 + beam.size));
      if (new Set(parents).size < parents.length) shared++;
      // every item so far is what its own moves build from the empty configuration
      for (let j = 0; j < beam.size; j++) {
        const seq = new Int32Array(beam.steps);
        beam.sequence(beam.steps, j, seq);
        const st = new ParseState(16);
        st.reset(words.length);
        for (const c of seq) applyClass(p, st, c);
        const item = beam.item(j);
        expect([item.sp, item.b]).toEqual([st.sp, st.b]);
        expect(Array.from(item.stack.subarray(0, item.sp))).toEqual(Array.from(st.stack.subarray(0, st.sp)));
        for (const name of ['head', 'label', 'lc1', 'lc2', 'rc1', 'rc2', 'nl', 'nr', 'lsetLo', 'rsetLo'] as const) {
          expect(Array.from(item[name].subarray(0, words.length + 1))).toEqual(Array.from(st[name].subarray(0, words.length + 1)));
        }
      }
    }
    expect(shared).toBeGreaterThan(0);
  });
});
