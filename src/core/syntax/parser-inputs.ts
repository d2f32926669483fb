/**
 * The per-sentence arrays the parser's features read, filled the same way at training and at run
 * time: word and suffix hashes, fine and coarse tags, and running counts of punctuation and verbs
 * (so "is there a comma / a verb between s0 and b0" costs two reads). Index n is ROOT.
 */
import { UPOS } from '../doc/ud.js';
import { nameClass } from './name-classes.js';
import { clusterPrefix } from './word-clusters.js';
import { SUFFIXES, type WordTable } from './word-table.js';

/** Word hash ROOT carries in the features. */
export const ROOT_WORD = 0x726f6f74;
/** Tag ROOT carries in the features. */
export const ROOT_TAG = 250;

const PUNCT = (UPOS as readonly string[]).indexOf('PUNCT');
const VERB = (UPOS as readonly string[]).indexOf('VERB');
const AUX = (UPOS as readonly string[]).indexOf('AUX');
const NOUN = (UPOS as readonly string[]).indexOf('NOUN');
const PROPN = (UPOS as readonly string[]).indexOf('PROPN');

/** Sentence-level inputs of the parser features (arrays sized for at least n + 1 tokens). */
export class ParserInputs {
  /** Lower-cased word hash per token. */
  word: Int32Array;
  /** Hash of the last three characters of the lower-cased word. */
  suffix: Int32Array;
  /** Parser tag per token (fine class or its UPOS representative, see `ParserModel.tagMap`). */
  tag: Int32Array;
  /** UPOS id per token. */
  upos: Int32Array;
  /** `punct[i]`: punctuation tokens before token i. */
  punct: Int32Array;
  /** `verbs[i]`: verbs and auxiliaries before token i. */
  verbs: Int32Array;
  /** WordNet semantic signature for the token's tag: noun senses of nouns, verb senses of verbs, else 0. */
  sem: Int32Array;
  /** Name class per token (`name-classes.ts`): capitalised noun, given name, title. */
  name: Int32Array;
  /** Whether {@link name} is filled (the model's parser reads name classes). */
  hasNames = false;
  /** Whether the cluster arrays below are filled (the model's parser reads clusters). */
  hasClusters = false;
  /** Word-cluster path of each token (0 = none), and its 4- and 6-bit prefixes. */
  cf: Int32Array;
  c4: Int32Array;
  c6: Int32Array;

  constructor(capacity = 256) {
    const c = capacity + 2;
    this.word = new Int32Array(c);
    this.suffix = new Int32Array(c);
    this.tag = new Int32Array(c);
    this.upos = new Int32Array(c);
    this.punct = new Int32Array(c);
    this.verbs = new Int32Array(c);
    this.sem = new Int32Array(c);
    this.name = new Int32Array(c);
    this.cf = new Int32Array(c);
    this.c4 = new Int32Array(c);
    this.c6 = new Int32Array(c);
  }

  /**
   * Fills the arrays for tokens `from..to` of `words` (indices into `table`) with tagger classes
   * `tags` (same positions), mapped through `tagMap`; `classUpos` gives each class's UPOS. With
   * `clusters`, also the tokens' word-cluster paths and prefixes (from `table.cluster`); with
   * `names`, their name classes.
   */
  fill(table: WordTable, words: Int32Array, from: number, to: number, tags: Uint8Array, classUpos: Uint8Array, tagMap: Uint8Array, clusters = false, names = false): void {
    const n = to - from;
    if (this.word.length < n + 2) Object.assign(this, new ParserInputs(Math.max(n, this.word.length * 2)));
    let punct = 0;
    let verbs = 0;
    for (let i = 0; i < n; i++) {
      const w = words[from + i];
      const t = tags[from + i];
      const u = classUpos[t];
      this.word[i] = table.lower[w];
      this.suffix[i] = table.suffix[w * SUFFIXES + 2];
      this.tag[i] = tagMap[t];
      this.upos[i] = u;
      this.punct[i] = punct;
      this.verbs[i] = verbs;
      this.sem[i] = u === NOUN || u === PROPN ? table.semNoun[w] : u === VERB || u === AUX ? table.semVerb[w] | (1 << 26) : 0;
      if (names) this.name[i] = nameClass(table.flags[w], u === NOUN || u === PROPN, table.semNoun[w]);
      if (u === PUNCT) punct++;
      else if (u === VERB || u === AUX) verbs++;
    }
    this.word[n] = ROOT_WORD;
    this.suffix[n] = ROOT_WORD;
    this.tag[n] = ROOT_TAG;
    this.upos[n] = ROOT_TAG;
    this.punct[n] = punct;
    this.verbs[n] = verbs;
    this.sem[n] = 0;
    this.name[n] = 0;
    this.hasNames = names;
    this.hasClusters = clusters;
    if (clusters) {
      for (let i = 0; i < n; i++) {
        const path = table.cluster[words[from + i]];
        this.cf[i] = path;
        this.c4[i] = clusterPrefix(path, 4);
        this.c6[i] = clusterPrefix(path, 6);
      }
      this.cf[n] = ROOT_WORD;
      this.c4[n] = ROOT_WORD;
      this.c6[n] = ROOT_WORD;
    }
  }
}
