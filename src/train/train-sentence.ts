/**
 * Treebank sentences in the integer form the trainers work on: word-table indices, fine-tag
 * classes ("UPOS|XPOS"), 0-based heads with ROOT = n, relation ids from `ud.ts`.
 */
import type { SyntaxClusters } from '../core/syntax/word-clusters.js';
import { deprelId, uposId } from '../core/doc/ud.js';
import type { ConlluSentence } from '../core/syntax/conllu.js';
import type { SyntaxLexicon, SyntaxSemantics } from '../core/syntax/lexicon.js';
import { WordTable } from '../core/syntax/word-table.js';

export interface TrainSentence {
  readonly n: number;
  readonly forms: readonly string[];
  /** Word-table index per word. */
  readonly words: Int32Array;
  /** Gold fine-tag class per word (-1 when the class is not in the inventory). */
  readonly tag: Int16Array;
  /** Gold UPOS id per word. */
  readonly upos: Uint8Array;
  /** Gold head per word, 0-based; n = ROOT. */
  readonly head: Int32Array;
  /** Gold relation id per word. */
  readonly rel: Int32Array;
}

/** The fine-tag classes: "UPOS|XPOS" names, ids in order of first sight. */
export class TagInventory {
  readonly names: string[] = [];
  readonly upos: number[] = [];
  private readonly ids = new Map<string, number>();

  /** Id of the class, adding it when `add` is true; -1 when absent. */
  id(upos: string, xpos: string, add: boolean): number {
    const name = `${upos}|${xpos}`;
    let id = this.ids.get(name);
    if (id === undefined) {
      if (!add) return -1;
      id = this.names.length;
      this.names.push(name);
      this.upos.push(Math.max(0, uposId(upos)));
      this.ids.set(name, id);
    }
    return id;
  }

  get size(): number {
    return this.names.length;
  }
}

/** The word table and form → index map the trainers share. */
export class TrainWords {
  readonly table: WordTable;
  private readonly index = new Map<string, number>();

  constructor(lexicon: SyntaxLexicon, semantics: SyntaxSemantics = new Map(), clusters: SyntaxClusters = new Map()) {
    this.table = new WordTable(1 << 15, lexicon, semantics, clusters);
  }

  /** Index of `form`, adding it when new. */
  of(form: string): number {
    let i = this.index.get(form);
    if (i === undefined) {
      i = this.table.add(form);
      this.index.set(form, i);
    }
    return i;
  }
}

/** Converts a CoNLL-U sentence. `addTags` lets new tag classes into the inventory (training data). */
export function toTrainSentence(s: ConlluSentence, words: TrainWords, tags: TagInventory, addTags: boolean): TrainSentence {
  const n = s.words.length;
  const ids = new Int32Array(n);
  const tag = new Int16Array(n);
  const upos = new Uint8Array(n);
  const head = new Int32Array(n);
  const rel = new Int32Array(n);
  s.words.forEach((w, i) => {
    ids[i] = words.of(w.form);
    tag[i] = tags.id(w.upos, w.xpos, addTags);
    upos[i] = Math.max(0, uposId(w.upos));
    head[i] = w.head <= 0 ? n : w.head - 1;
    rel[i] = deprelId(w.deprel);
  });
  return { n, forms: s.words.map((w) => w.form), words: ids, tag, upos, head, rel };
}
