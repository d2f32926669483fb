/**
 * Hand-built parsed Docs for the quote finder's tests: paragraphs of CoNLL-U-like tables (see
 * `doc/test-support/build-doc.ts`) joined into one Doc with a block per paragraph, actors with
 * mentions on token ranges, and the shipped cue lexicon.
 */
import { emptyMeta, type Block } from '../../article/article.js';
import type { AnalysisActor, AnalysisQuote } from '../../analysis/contract.js';
import { Doc } from '../../doc/doc.js';
import type { Mention } from '../../doc/mention.js';
import { buildDoc } from '../../doc/test-support/build-doc.js';
import { Vocab } from '../../doc/vocab.js';
import { loadCueLexicon } from '../../../engine/load-quote-resources.js';
import type { CueLexicon } from '../cue-lexicon.js';
import { createQuoteFinder, type QuoteFinderOptions } from '../quote-component.js';

let lexicon: CueLexicon | undefined;

/** The shipped cue lexicon (`data/lexicon/speech-verbs.json`). */
export function shippedLexicon(): CueLexicon {
  lexicon ??= loadCueLexicon();
  return lexicon;
}

/** A Doc of several paragraphs, each given as a table (sentences separated by blank lines). */
export function paragraphsDoc(...tables: string[]): Doc {
  const vocab = new Vocab();
  const parts = tables.map((t) => buildDoc(t, { vocab }));
  let text = '';
  const blocks: Block[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const lex: number[] = [];
  const flags: number[] = [];
  const upos: number[] = [];
  const heads: number[] = [];
  const rels: number[] = [];
  const lemmas: number[] = [];
  const sStart: number[] = [];
  const sEnd: number[] = [];
  for (const p of parts) {
    if (text) text += '\n\n';
    const offset = text.length;
    const tokOffset = starts.length;
    blocks.push({ start: offset, end: offset + p.text.length, kind: 'paragraph' });
    text += p.text;
    for (let i = 0; i < p.length; i++) {
      starts.push(p.tokens.start[i] + offset);
      ends.push(p.tokens.end[i] + offset);
      lex.push(p.tokens.lex[i]);
      flags.push(p.tokens.flags[i]);
      upos.push(p.upos[i]);
      heads.push(p.heads[i] < 0 ? -1 : p.heads[i] + tokOffset);
      rels.push(p.rels[i]);
      lemmas.push(p.lemmas[i]);
    }
    for (let s = 0; s < p.sentenceCount; s++) {
      sStart.push(p.sentences.tokStart[s] + tokOffset);
      sEnd.push(p.sentences.tokEnd[s] + tokOffset);
    }
  }
  const doc = new Doc(text, emptyMeta(), blocks, vocab);
  doc.setTokens({ start: Uint32Array.from(starts), end: Uint32Array.from(ends), lex: Uint32Array.from(lex), flags: Uint8Array.from(flags) });
  doc.setSentences({ tokStart: Uint32Array.from(sStart), tokEnd: Uint32Array.from(sEnd) });
  doc.setPos(Uint8Array.from(upos));
  doc.setDeps(Int32Array.from(heads), Uint8Array.from(rels));
  doc.setLemmas(Uint32Array.from(lemmas));
  return doc;
}

/** Index of the `nth` token whose text is `form`. */
export function tok(doc: Doc, form: string, nth = 0): number {
  let seen = 0;
  for (let i = 0; i < doc.length; i++) if (doc.tokenText(i) === form && seen++ === nth) return i;
  throw new Error(`no token '${form}' (#${nth})`);
}

/** Adds an actor with mentions on token ranges `[from, to)` (pronoun mentions when the range is a pronoun). */
export function addActor(doc: Doc, actor: Pick<AnalysisActor, 'id' | 'name' | 'type'> & Partial<AnalysisActor>, ...ranges: [number, number][]): void {
  doc.actors.push({ country: null, role: null, sector: null, cameo: null, aliases: [], mentions: [], ...actor });
  for (const [from, to] of ranges) {
    const span = doc.tokenSpan(from, to);
    const m: Mention = { start: span.start, end: span.end, tokStart: from, tokEnd: to, via: doc.pos(from) === 'PRON' ? 'pronoun' : 'name', type: actor.type, ref: actor.id };
    doc.mentions.push(m);
  }
}

/** Runs the quote component (rules, shipped lexicon) over `doc` and returns its quotes. */
export function quotesOf(doc: Doc, options: Partial<QuoteFinderOptions> = {}): AnalysisQuote[] {
  createQuoteFinder({ lexicon: shippedLexicon(), ...options }).run(doc);
  return doc.quotes;
}
