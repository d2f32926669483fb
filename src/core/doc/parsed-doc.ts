/**
 * A Doc from a parse that is already there (a treebank's CoNLL-U, a record that carries its own
 * parse, a test's table): the text is rebuilt from the words, and the token, sentence, tag, lemma
 * and dependency layers are written from the parse instead of by the tokenizer, tagger and parser.
 */
import { emptyMeta, type ArticleMeta } from '../article/article.js';
import { Doc, TokenFlag } from './doc.js';
import { Vocab } from './vocab.js';

/** One word of a parsed sentence, its tags already resolved to ids (`uposId`, `deprelId`). */
export interface ParsedWord {
  readonly form: string;
  /** The lemma, or null for the form; written lower-cased. */
  readonly lemma: string | null;
  /** UPOS id. */
  readonly upos: number;
  /** 1-based position of the head within the sentence, 0 for the root. */
  readonly head: number;
  /** Relation id. */
  readonly deprel: number;
  /** One space follows the word in the text (and its token is flagged `SpaceAfter`). */
  readonly spaceAfter: boolean;
}

/** Options of {@link docFromParse}. */
export interface ParsedDocOptions {
  /** Vocabulary to use (default: a new one). */
  vocab?: Vocab;
  /** The article's metadata (default: all unknown). */
  meta?: ArticleMeta;
  /** Write the `deps` layer (default true). */
  deps?: boolean;
  /** Write the `lemmas` layer (default true). */
  lemmas?: boolean;
}

/**
 * A Doc whose text is the words' forms, each followed by one space where `spaceAfter` says so, in
 * one paragraph; one token per word, one sentence per inner array, with pos and (by default) deps
 * and lemmas.
 */
export function docFromParse(sentences: readonly (readonly ParsedWord[])[], options: ParsedDocOptions = {}): Doc {
  const words = sentences.flat();
  const n = words.length;
  const start = new Uint32Array(n);
  const end = new Uint32Array(n);
  const flags = new Uint8Array(n);
  const upos = new Uint8Array(n);
  const head = new Int32Array(n);
  const rel = new Uint8Array(n);
  const tokStart = new Uint32Array(sentences.length);
  const tokEnd = new Uint32Array(sentences.length);
  let text = '';
  let k = 0;
  sentences.forEach((sentence, s) => {
    tokStart[s] = k;
    const base = k;
    for (const w of sentence) {
      start[k] = text.length;
      text += w.form;
      end[k] = text.length;
      if (w.spaceAfter) {
        text += ' ';
        flags[k] |= TokenFlag.SpaceAfter;
      }
      upos[k] = w.upos;
      head[k] = w.head === 0 ? -1 : base + w.head - 1;
      rel[k] = w.deprel;
      k++;
    }
    tokEnd[s] = k;
  });
  // The Doc is one paragraph, and a paragraph's first token starts a block (as the tokenizer marks it).
  if (n) flags[0] |= TokenFlag.BlockStart;

  const vocab = options.vocab ?? new Vocab();
  const doc = new Doc(text, options.meta ?? emptyMeta(), [{ start: 0, end: text.length, kind: 'paragraph' }], vocab);
  doc.setTokens({ start, end, lex: Uint32Array.from(words, (w) => vocab.id(w.form)), flags });
  doc.setSentences({ tokStart, tokEnd });
  doc.setPos(upos);
  if (options.deps !== false) doc.setDeps(head, rel);
  if (options.lemmas !== false) doc.setLemmas(Uint32Array.from(words, (w) => vocab.id((w.lemma ?? w.form).toLowerCase())));
  return doc;
}
