/**
 * What the attribution model sees of a parsed Doc, computed once per Doc as flat arrays: word and
 * lemma hashes, tags, relations, heads, the cue-lexicon class of each word, where the quotations
 * are, and a few bits about each token's dependents. Feature extraction (at training and at run
 * time) reads only this view, so both compute the same features.
 */
import type { Doc } from '../../doc/doc.js';
import { hashString } from '../../syntax/hash.js';
import type { CueLexicon } from '../cue-lexicon.js';
import { createDepWalker } from '../../doc/dep-walk.js';
import { findRuleAttributions } from '../attribution-rules.js';
import type { QuotedTokens } from '../syntax-spans.js';

/** Bits of `DocView.kids`: which dependents a token has. */
export const Kid = {
  ccomp: 1,
  xcomp: 2,
  parataxis: 4,
  nsubj: 8,
  nsubjPass: 16,
  obj: 32,
  markThat: 64,
  obl: 128,
  aux: 256,
  neg: 512,
  iobj: 1024,
  /** A dependent stands in a quotation the token is outside of. */
  quoted: 2048,
  /** A possessor ("Trump's claim"). */
  poss: 4096,
  /** A "by" agent. */
  agent: 8192,
} as const;

/** Cue-lexicon classes of a token (`DocView.cue`). */
export const CueCode = { none: 0, speechVerb: 1, thoughtVerb: 2, evidenceVerb: 3, speechNoun: 4, thoughtNoun: 5, phrase: 6 } as const;

/** The per-token arrays. */
export interface DocView {
  readonly n: number;
  readonly word: Int32Array;
  readonly lemma: Int32Array;
  readonly shape: Uint8Array;
  /** Hash of the last three letters of the lower-cased word. */
  readonly suffix: Int32Array;
  readonly pos: Uint8Array;
  readonly rel: Uint8Array;
  readonly head: Int32Array;
  readonly sentence: Int32Array;
  /** Index of the paragraph (block) holding each token. */
  readonly paragraph: Int32Array;
  readonly cue: Uint8Array;
  /** 1 + the class (speech 0, thought 1, evidence 2) of the rule-based attribution cued here, 0 when none. */
  readonly ruleCue: Uint8Array;
  /** The role the rules give each token (1 source, 2 content, 0 none) and the cue head of that attribution (-1 for none). */
  readonly ruleRole: Uint8Array;
  readonly ruleHead: Int32Array;
  readonly kids: Uint16Array;
  /** First subject dependent of each token, or -1. */
  readonly subj: Int32Array;
  /** First object dependent of each token, or -1. */
  readonly obj: Int32Array;
  /** Index of the quotation whose marks enclose the token, or -1. */
  readonly quote: Int32Array;
  /** 1 for a quote mark, 0 otherwise. */
  readonly mark: Uint8Array;
  readonly quotes: readonly QuotedTokens[];
  /** Start and end tokens of each sentence. */
  readonly sentStart: Uint32Array;
  readonly sentEnd: Uint32Array;
}

const QUOTE_MARK = /^["'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u2039\u203a]+$/;
const NOUN_TAGS = new Set(['NOUN', 'PROPN']);

function shapeOf(w: string): number {
  if (/^\p{Lu}/u.test(w)) return /^\p{Lu}+$/u.test(w) && w.length > 1 ? 2 : 1;
  if (/^\p{Ll}/u.test(w)) return 3;
  if (/^\p{N}/u.test(w)) return 4;
  return 5;
}

/** Builds the view of `doc` (which must have tokens, sentences, pos, lemmas and deps). */
export function docView(doc: Doc, lexicon: CueLexicon, quotes: readonly QuotedTokens[]): DocView {
  const n = doc.length;
  const word = new Int32Array(n);
  const lemma = new Int32Array(n);
  const shape = new Uint8Array(n);
  const suffix = new Int32Array(n);
  const cue = new Uint8Array(n);
  const kids = new Uint16Array(n);
  const subj = new Int32Array(n).fill(-1);
  const obj = new Int32Array(n).fill(-1);
  const quote = new Int32Array(n).fill(-1);
  const mark = new Uint8Array(n);
  const sentence = new Int32Array(n);
  const paragraph = new Int32Array(n);
  const hashes = new Map<string, number>();
  const h = (s: string) => {
    let v = hashes.get(s);
    if (v === undefined) {
      v = hashString(s);
      hashes.set(s, v);
    }
    return v;
  };
  for (let i = 0; i < n; i++) {
    const form = doc.tokenText(i);
    const lower = form.toLowerCase();
    word[i] = h(lower);
    const lem = doc.lemma(i);
    lemma[i] = h(lem);
    shape[i] = shapeOf(form);
    suffix[i] = h('~' + lower.slice(-3));
    mark[i] = QUOTE_MARK.test(form) ? 1 : 0;
    const pos = doc.pos(i);
    if (pos === 'VERB') {
      const c = lexicon.verbs.get(lem);
      cue[i] = c === 'speech' ? CueCode.speechVerb : c === 'thought' ? CueCode.thoughtVerb : c === 'evidence' ? CueCode.evidenceVerb : 0;
    } else if (NOUN_TAGS.has(pos)) {
      const c = lexicon.nouns.get(lem);
      cue[i] = c === 'speech' ? CueCode.speechNoun : c === 'thought' ? CueCode.thoughtNoun : 0;
    }
    if (!cue[i] && lexicon.phrases.some((p) => p.words[0] === lower || p.words[0] === lem)) {
      const p = lexicon.phrases.find((x) => (x.words[0] === lower || x.words[0] === lem) && x.words.every((w, k) => i + k < n && (doc.tokenText(i + k).toLowerCase() === w || doc.lemma(i + k) === w)));
      if (p) cue[i] = CueCode.phrase;
    }
    const hd = doc.head(i);
    if (hd >= 0) {
      const r = doc.deprel(i);
      const bit =
        r === 'ccomp' ? Kid.ccomp
        : r === 'xcomp' ? Kid.xcomp
        : r === 'parataxis' ? Kid.parataxis
        : r === 'nsubj' ? Kid.nsubj
        : r === 'nsubj:pass' ? Kid.nsubjPass
        : r === 'obj' ? Kid.obj
        : r === 'iobj' ? Kid.iobj
        : r === 'obl:agent' ? Kid.agent
        : r === 'obl' ? Kid.obl
        : r === 'aux' || r === 'aux:pass' ? Kid.aux
        : r === 'mark' && lower === 'that' ? Kid.markThat
        : r === 'advmod' && (lower === 'not' || lower === "n't" || lower === 'never') ? Kid.neg
        : r === 'nmod:poss' ? Kid.poss
        : 0;
      kids[hd] |= bit;
      if ((r === 'nsubj' || r === 'nsubj:pass') && subj[hd] < 0) subj[hd] = i;
      if (r === 'obj' && obj[hd] < 0) obj[hd] = i;
    }
  }
  quotes.forEach((q, k) => {
    for (let t = q.outer.from; t < q.outer.to; t++) if (quote[t] < 0) quote[t] = k;
  });
  for (let i = 0; i < n; i++) {
    const hd = doc.head(i);
    if (hd >= 0 && quote[i] >= 0 && quote[hd] !== quote[i]) kids[hd] |= Kid.quoted;
  }
  // what the rules over the parse make of each token: the model learns when to trust them
  const ruleCue = new Uint8Array(n);
  const ruleRole = new Uint8Array(n);
  const ruleHead = new Int32Array(n).fill(-1);
  for (const a of findRuleAttributions({ doc, walker: createDepWalker(), lexicon, quotes })) {
    ruleCue[a.cueHead] = 1 + ['speech', 'thought', 'evidence'].indexOf(a.cls);
    const mark = (from: number, to: number, role: number) => {
      for (let t = from; t < to; t++) {
        ruleRole[t] = role;
        ruleHead[t] = a.cueHead;
      }
    };
    for (const c of a.content) mark(c.from, c.to, 2);
    if (a.source) mark(a.source.from, a.source.to, 1);
  }
  const sentStart = new Uint32Array(doc.sentences.tokStart);
  const sentEnd = new Uint32Array(doc.sentences.tokEnd);
  for (let s = 0; s < sentStart.length; s++) for (let t = sentStart[s]; t < sentEnd[s]; t++) sentence[t] = s;
  for (let i = 0, b = 0; i < n; i++) {
    while (b + 1 < doc.blocks.length && doc.blocks[b + 1].start <= doc.tokens.start[i]) b++;
    paragraph[i] = b;
  }
  return {
    n,
    word,
    lemma,
    shape,
    suffix,
    pos: doc.upos,
    rel: doc.rels,
    head: doc.heads,
    sentence,
    paragraph,
    cue,
    ruleCue,
    ruleRole,
    ruleHead,
    kids,
    subj,
    obj,
    quote,
    mark,
    quotes,
    sentStart,
    sentEnd,
  };
}
