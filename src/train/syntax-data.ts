/**
 * The training set of the syntax model: EWT train plus GUM train in the licence-cleared genres,
 * with hyphen groups merged in a share of the sentences (so the model sees both Entente's
 * run-time tokenisation and the treebanks' official one), converted to integer form.
 */
import type { ConlluSentence } from '../core/syntax/conllu.js';
import { buildLexicon, buildSemantics } from './build-lexicon.js';
import { hyphenGroups, mergeHyphens } from './hyphen-merge.js';
import { addNameClasses, readNameCueWords } from './name-semantics.js';
import { createRng } from './rng.js';
import { TagInventory, toTrainSentence, TrainWords, type TrainSentence } from './train-sentence.js';
import { GUM_TRAIN_GENRES, loadSplit, sentencesOf } from './treebank.js';

export interface TrainingDataOptions {
  /** Folder holding UD_English-EWT and UD_English-GUM. */
  treebanks: string;
  /** GUM genres to train on (default {@link GUM_TRAIN_GENRES}). */
  gumGenres?: readonly string[];
  /** Build the WordNet semantic signatures (default true). */
  semantics?: boolean;
  /** Share of sentences with hyphen groups that are merged (0–1). */
  hyphenMergeShare: number;
  /** Merged participle modifiers ("war-torn") are tagged ADJ|JJ (see `hyphen-merge.ts`). */
  participleAdjectives?: boolean;
  seed: number;
  /**
   * Share of sentences also trained in lower case (a copy placed right after the original, so both
   * fall in the same jackknife fold): web and social text often writes names in lower case
   * ("mexico", "google"), which the cased treebank sentences never show. Default 0.
   */
  lowerCaseShare?: number;
  /** A name-cues file whose given names and titles are marked in the semantic signatures (`name-semantics.ts`). */
  nameCues?: string;
  /** Word clusters (lower-cased form hash → tree path) the word table reads; none when absent. */
  clusters?: ReadonlyMap<number, number>;
}

export interface TrainingData {
  readonly sentences: TrainSentence[];
  readonly lexicon: Map<number, number>;
  readonly semantics: Map<number, number>;
  readonly words: TrainWords;
  readonly tags: TagInventory;
  readonly stats: { ewtSentences: number; gumSentences: number; words: number; mergedSentences: number; lowerCasedCopies: number };
}

/** Applies hyphen merging to a deterministic share of the sentences that have hyphen groups. */
export function mergeShare(sentences: readonly ConlluSentence[], share: number, seed: number, participleAdjectives = false): { sentences: ConlluSentence[]; merged: number } {
  const rng = createRng(seed);
  let merged = 0;
  const out = sentences.map((s) => {
    const groups = hyphenGroups(s);
    if (groups.length === 0) return s;
    if (rng() >= share) return s;
    merged++;
    return mergeHyphens(s, groups, participleAdjectives);
  });
  return { sentences: out, merged };
}

/** Loads and converts the training sentences. */
export function loadTrainingData(opts: TrainingDataOptions): TrainingData {
  const ewt = sentencesOf(loadSplit(opts.treebanks, 'ewt', 'train'));
  const gum = sentencesOf(loadSplit(opts.treebanks, 'gum', 'train', opts.gumGenres ?? GUM_TRAIN_GENRES));
  const { sentences: raw, merged } = mergeShare([...ewt, ...gum], opts.hyphenMergeShare, opts.seed, opts.participleAdjectives);
  const lexicon = buildLexicon();
  const semantics = opts.semantics === false ? new Map<number, number>() : buildSemantics();
  if (opts.nameCues !== undefined) addNameClasses(semantics, readNameCueWords(opts.nameCues));
  const words = new TrainWords(lexicon, semantics, opts.clusters);
  const tags = new TagInventory();
  const sentences: TrainSentence[] = [];
  const lowerRng = createRng(opts.seed + 31);
  let lowered = 0;
  for (const s of raw) {
    sentences.push(toTrainSentence(s, words, tags, true));
    if ((opts.lowerCaseShare ?? 0) > 0 && lowerRng() < (opts.lowerCaseShare ?? 0)) {
      sentences.push(toTrainSentence(lowerCased(s), words, tags, true));
      lowered++;
    }
  }
  const nWords = sentences.reduce((a, s) => a + s.n, 0);
  return { sentences, lexicon, semantics, words, tags, stats: { ewtSentences: ewt.length, gumSentences: gum.length, words: nWords, mergedSentences: merged, lowerCasedCopies: lowered } };
}

/** The sentence with every word form in lower case (annotation unchanged). */
export function lowerCased(s: ConlluSentence): ConlluSentence {
  return { ...s, words: s.words.map((w) => ({ ...w, form: w.form.toLowerCase() })) };
}
