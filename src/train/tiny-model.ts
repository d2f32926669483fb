/**
 * A complete syntax model trained in memory on a handful of sentences, without jackknifing or a
 * lexicon: for tests of the run-time components and the model file, which need a real model but
 * not a good one.
 */
import type { ConlluSentence } from '../core/syntax/conllu.js';
import type { SyntaxModelParts } from '../core/syntax/model-format.js';
import type { ParserTagMode } from '../core/syntax/parser.js';
import { createRng } from './rng.js';
import { buildTagDictionary, trainTaggerPass } from './train-tagger.js';
import { trainStructuredTagger } from './train-tagger-structured.js';
import { trainParser } from './train-parser.js';
import { TagInventory, toTrainSentence, TrainWords } from './train-sentence.js';

/**
 * Trains tagger (one greedy pass, or the structured tagger with a beam of `taggerBeam`) and
 * parser on `sentences` with gold tags.
 */
export function trainTinyModel(sentences: readonly ConlluSentence[], epochs = 10, parserTags: ParserTagMode = 'fine', taggerBeam = 0): SyntaxModelParts {
  const words = new TrainWords(new Map());
  const tags = new TagInventory();
  const train = sentences.map((s) => toTrainSentence(s, words, tags, true));
  const dictionary = buildTagDictionary(train, words.table, 1000);
  const pass1 = taggerBeam > 0
    ? trainStructuredTagger(train, words.table, tags.size, dictionary, { epochs, beam: taggerBeam }, createRng(1))
    : trainTaggerPass(train, words.table, tags.size, dictionary, { epochs, pass2: false }, createRng(1));
  const gold = train.map((s) => Uint8Array.from(s.tag));
  const parser = trainParser(train, gold, words.table, Uint8Array.from(tags.upos), parserTags, { epochs, exploreFrom: 2, exploreP: 0.9 }, createRng(2), () => {});
  return {
    info: { name: 'tiny' },
    tagClasses: tags.names,
    dictionary: [...dictionary],
    lexicon: [],
    semantics: [],
    pass1: pass1.export(),
    pass2: null,
    parserTags,
    leftRel: parser.leftRel,
    rightRel: parser.rightRel,
    parser: parser.perceptron.export(),
    ...(taggerBeam > 0 ? { taggerBeam } : {}),
  };
}
