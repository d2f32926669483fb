/**
 * Test support for the sentence tag repairs (mandative, auxiliary, attributive participle,
 * subordinate clause…): a tiny model trained on a few inline CoNLL-U sentences, and a runner that
 * applies one repair to a sentence written `word/UPOS|XPOS …` and returns the tags it leaves.
 */
import { Vocab } from '../../doc/vocab.js';
import { trainTinyModel } from '../../../train/tiny-model.js';
import { parseConllu } from '../conllu.js';
import { hashString } from '../hash.js';
import { LexBit, PENN_LEXICON_TAGS } from '../lexicon.js';
import { decodeSyntaxModel, encodeSyntaxModel } from '../model-format.js';
import type { SyntaxModel } from '../syntax-model.js';

/** The shape every sentence tag repair has: it rewrites `tags`/`upos` in `[from, to)` and returns how many it changed. */
export type SentenceTagRepair = (vocab: Vocab, ids: ArrayLike<number>, from: number, to: number, tags: Uint8Array, upos: Uint8Array, forced: Int16Array | null) => number;

/** The word-class lexicon bits of Penn tags (the tagger's "this word can be a VB/VBD/NN…" flags). */
export function pennBits(...tags: (typeof PENN_LEXICON_TAGS)[number][]): number {
  let bits = 0;
  for (const t of tags) bits |= 1 << (LexBit.PennBase + PENN_LEXICON_TAGS.indexOf(t));
  return bits;
}

/** A tiny model trained on `conllu` (10 epochs), with `lexicon` entries (word → class bits) when given. */
export function tinyRepairModel(conllu: string, lexicon: readonly (readonly [string, number])[] = []): SyntaxModel {
  const parts = trainTinyModel(parseConllu(conllu), 10);
  if (lexicon.length) parts.lexicon = lexicon.map(([w, bits]) => [hashString(w), bits]);
  return decodeSyntaxModel(encodeSyntaxModel(parts));
}

/** Runs `repair` over a whole sentence written `word/UPOS|XPOS …` and returns each token's tag afterwards. */
export function repairRunner(model: SyntaxModel, repair: SentenceTagRepair): (sentence: string) => string[] {
  const runIn = repairRunnerIn(model, repair);
  return (sentence) => runIn(new Vocab(), sentence);
}

/** {@link repairRunner} with the vocabulary given by the caller (to test caches kept per vocabulary). */
export function repairRunnerIn(model: SyntaxModel, repair: SentenceTagRepair): (vocab: Vocab, sentence: string) => string[] {
  const classes = model.tagger.classes;
  return (vocab, sentence) => {
    const toks = sentence.split(' ').map((t) => t.split('/'));
    const ids = toks.map(([w]) => vocab.id(w));
    const tags = Uint8Array.from(toks, ([, c]) => classes.indexOf(c));
    const upos = Uint8Array.from(tags, (t) => model.tagger.classUpos[t]);
    repair(vocab, ids, 0, ids.length, tags, upos, null);
    return Array.from(tags, (t) => classes[t]);
  };
}
