/**
 * Runs a syntax model over treebank sentences with their gold tokenisation and scores it: the bare
 * model, or (given a tag repair) the tagging as the pipeline's tagger component runs it.
 */
import { DEPRELS } from '../../core/doc/ud.js';
import { Vocab } from '../../core/doc/vocab.js';
import { tagRepaired } from '../../core/syntax/components.js';
import type { ConlluSentence } from '../../core/syntax/conllu.js';
import type { NameTagRepair } from '../../core/syntax/name-tag-repair.js';
import { parseRun, SyntaxScratch, tagRun, type SyntaxModel } from '../../core/syntax/syntax-model.js';
import { WordTable } from '../../core/syntax/word-table.js';
import { SyntaxScorer } from './conll18-metrics.js';

/**
 * A form → word-table index cache for running a model outside a Doc. The index is the form's id in
 * `vocab` (as a Doc's tokens index the tagger's table), so a tag repair can read the words.
 */
export class FormTable {
  readonly table: WordTable;
  readonly vocab = new Vocab();

  constructor(model: SyntaxModel) {
    this.table = new WordTable(1 << 12, model.tagger.lexicon, model.tagger.semantics, model.tagger.clusters);
  }

  of(form: string): number {
    const id = this.vocab.id(form);
    while (this.table.size <= id) this.table.add(this.vocab.str(this.table.size));
    return id;
  }
}

/** A predicted analysis of one sentence. */
export interface SentenceAnalysis {
  tagClass: string[];
  upos: string[];
  xpos: string[];
  /** 1-based heads, 0 = root. */
  head: number[];
  deprel: string[];
}

/**
 * Tags and parses one sentence given its word forms; with `repair` (made for `model`), tags it as
 * the pipeline's tagger component does (`tagRepaired`).
 */
export function analyseForms(model: SyntaxModel, scratch: SyntaxScratch, forms: FormTable, words: readonly string[], repair: NameTagRepair | null = null): SentenceAnalysis {
  const n = words.length;
  const ids = Int32Array.from(words, (w) => forms.of(w));
  const tags = new Uint8Array(n);
  const upos = new Uint8Array(n);
  const head = new Int32Array(n);
  const rel = new Uint8Array(n);
  if (repair) tagRepaired(scratch, forms.table, forms.vocab, ids, 0, n, tags, upos, repair, new Int16Array(n).fill(-1));
  else tagRun(scratch, forms.table, ids, 0, n, tags, upos);
  parseRun(scratch, forms.table, ids, 0, n, tags, head, rel);
  const cls = Array.from(tags, (t) => model.tagger.classes[t]);
  return {
    tagClass: cls,
    upos: cls.map((c) => c.split('|')[0]),
    xpos: cls.map((c) => c.slice(c.indexOf('|') + 1)),
    head: Array.from(head, (h) => h + 1),
    deprel: Array.from(rel, (r) => DEPRELS[r] ?? 'dep'),
  };
}

/** Parser decoding settings for an evaluation (defaults: the model's own). */
export interface DecodeSettings {
  /** Beam width (1: greedy). */
  beamWidth?: number;
  /** Beam threshold in real score units (Infinity: no pruning). */
  beamMargin?: number;
}

/** Scores `model` on `sentences` (gold tokenisation); with `repair`, the pipeline's tagging. */
export function evaluateModel(model: SyntaxModel, sentences: readonly ConlluSentence[], forms = new FormTable(model), repair: NameTagRepair | null = null, decode: DecodeSettings = {}): SyntaxScorer {
  const scratch = new SyntaxScratch(model, decode.beamWidth, decode.beamMargin);
  const scorer = new SyntaxScorer();
  for (const s of sentences) {
    const a = analyseForms(model, scratch, forms, s.words.map((w) => w.form), repair);
    s.words.forEach((g, i) => scorer.add(g, { upos: a.upos[i], xpos: a.xpos[i], head: a.head[i], deprel: a.deprel[i] }));
  }
  return scorer;
}
