/**
 * The tagger and parser as pipeline components. Both are built from one decoded
 * {@link SyntaxModel}; each keeps a per-vocabulary word table (hashes, affixes, lexicon bits per
 * vocabulary id, computed once per distinct word) and its scratch buffers in the component
 * instance — no module state.
 *
 * The tagger writes the `pos` layer (UPOS); the fine "UPOS|XPOS" classes the parser reads are
 * kept per Doc in the model's `fineTags` WeakMap, so a tagger and a parser made from the same
 * model share them however they were created; a Doc tagged by another tagger is parsed from its
 * UPOS alone.
 */
import type { Doc } from '../doc/doc.js';
import type { Vocab } from '../doc/vocab.js';
import { EntenteError } from '../errors/errors.js';
import type { Component } from '../pipeline/component.js';
import { parseRun, SyntaxScratch, tagRun, type SyntaxModel } from './syntax-model.js';
import { WordTable } from './word-table.js';
import type { NameTagRepair } from './name-tag-repair.js';

/** The tagger and parser components over one model, sharing word tables and fine tags. */
export interface SyntaxPipeline {
  readonly tagger: Component;
  readonly parser: Component;
}

/** Word-table indices of a Doc's tokens: the table is indexed by vocabulary id. */
class VocabWords {
  private readonly tables = new WeakMap<Vocab, WordTable>();

  constructor(private readonly model: SyntaxModel) {}

  /** The table for `doc.vocab`, filled up to the vocabulary's current size. */
  table(doc: Doc): WordTable {
    let t = this.tables.get(doc.vocab);
    if (!t) {
      t = new WordTable(Math.max(1024, doc.vocab.size), this.model.tagger.lexicon, this.model.tagger.semantics, this.model.tagger.clusters);
      this.tables.set(doc.vocab, t);
    }
    for (let id = t.size; id < doc.vocab.size; id++) t.add(doc.vocab.str(id));
    return t;
  }
}

/** Run-time options of the syntax components. */
export interface SyntaxOptions {
  /**
   * Parser beam width: 1 parses greedily; wider searches more move sequences, slower. Default: the
   * width the model was trained for (`model.parser.beamWidth`).
   */
  beamWidth?: number;
  /**
   * Parser beam threshold in real score units: beam items further than this below the best are
   * not expanded (faster; Infinity prunes nothing). Default: the model's (`model.parser.beamMargin`).
   */
  beamMargin?: number;
  /**
   * A tag repair run on each sentence right after tagging (`name-tag-repair.ts`): known proper
   * names → PROPN, a verb after a modal → VERB, the finite verb of a clause left without one →
   * VBD. When it changes a tag, the sentence is tagged again with the repaired tags imposed, so the
   * words around them are decided given them ({@link tagRepaired}).
   */
  repair?: NameTagRepair;
}

/** Creates the tagger and parser components of `model`. */
export function createSyntaxComponents(model: SyntaxModel, options: SyntaxOptions = {}): SyntaxPipeline {
  const words = new VocabWords(model);
  const fine = model.fineTags;
  const scratch = new SyntaxScratch(model, options.beamWidth, options.beamMargin);
  const uposClass = uposToClass(model);
  const repair = options.repair ?? null;
  if (repair && repair.model !== model) {
    throw new EntenteError('E203', 'the tag repair was made for another syntax model; create it with createNameTagRepair(model, …) from the model the components use');
  }
  let forced = new Int16Array(0);

  const tagger: Component = {
    name: 'tagger',
    reads: ['tokens', 'sentences'],
    writes: ['pos'],
    run(doc: Doc): void {
      const table = words.table(doc);
      const ids = Int32Array.from(doc.tokens.lex);
      const tags = new Uint8Array(doc.length);
      const upos = new Uint8Array(doc.length);
      const { tokStart, tokEnd } = doc.sentences;
      if (repair && forced.length < doc.length) forced = new Int16Array(doc.length).fill(-1);
      for (let s = 0; s < tokStart.length; s++) tagRepaired(scratch, table, doc.vocab, ids, tokStart[s], tokEnd[s], tags, upos, repair, forced);
      fine.set(doc, tags);
      doc.setPos(upos);
    },
  };

  const parser: Component = {
    name: 'parser',
    reads: ['tokens', 'sentences', 'pos'],
    writes: ['deps'],
    run(doc: Doc): void {
      const table = words.table(doc);
      const ids = Int32Array.from(doc.tokens.lex);
      let tags = fine.get(doc);
      if (!tags || tags.length !== doc.length) tags = Uint8Array.from(doc.upos, (u) => uposClass[u]);
      const head = new Int32Array(doc.length);
      const rel = new Uint8Array(doc.length);
      const { tokStart, tokEnd } = doc.sentences;
      for (let s = 0; s < tokStart.length; s++) parseRun(scratch, table, ids, tokStart[s], tokEnd[s], tags, head, rel);
      doc.setDeps(head, rel);
    },
  };
  return { tagger, parser };
}

/**
 * Tags tokens `from..to` as the tagger component does: the model's tags, then (given a repair) the
 * repair, and when it changed a tag, the model's tags again with the repaired ones imposed and the
 * repair once more. `forced` is scratch holding -1 at least over `from..to` (left so); `ids` are
 * ids of `vocab`, which also index `table`.
 */
export function tagRepaired(scratch: SyntaxScratch, table: WordTable, vocab: Vocab, ids: Int32Array, from: number, to: number, tags: Uint8Array, upos: Uint8Array, repair: NameTagRepair | null, forced: Int16Array): void {
  tagRun(scratch, table, ids, from, to, tags, upos);
  if (repair && repair.repairRun(vocab, ids, from, to, tags, upos, forced) > 0) {
    tagRun(scratch, table, ids, from, to, tags, upos, forced);
    forced.fill(-1, from, to);
    // the words decided again may complete what the first look could not see ("to" + verb)
    repair.repairRun(vocab, ids, from, to, tags, upos);
  }
}

/** The most frequent fine class of each UPOS (the first class listed with it), for Docs tagged elsewhere. */
function uposToClass(model: SyntaxModel): Uint8Array {
  const out = new Uint8Array(32);
  const seen = new Set<number>();
  model.tagger.classUpos.forEach((u, c) => {
    if (!seen.has(u)) {
      seen.add(u);
      out[u] = c;
    }
  });
  return out;
}

/** The tagger component of `model` (writes `pos`). */
export function createTagger(model: SyntaxModel): Component {
  return createSyntaxComponents(model).tagger;
}

/** The parser component of `model` (writes `deps`); reads the `pos` layer. */
export function createParser(model: SyntaxModel, options: SyntaxOptions = {}): Component {
  return createSyntaxComponents(model, options).parser;
}
