/**
 * Builds a Doc from a CoNLL-U-like table, for tests of components that read syntax (dependency
 * walks, actors, quotes, events) without running the tokenizer, tagger or parser.
 *
 * Each line is one token, either full CoNLL-U (10 tab-separated columns:
 * ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC) or the compact form
 *
 *     ID FORM UPOS HEAD DEPREL [LEMMA] [SpaceAfter=No]
 *
 * separated by whitespace. HEAD is the 1-based id within the sentence (0 for the root). A blank line
 * starts a new sentence; lines starting with `#` are comments. The text is the forms joined by one
 * space (none after a `SpaceAfter=No` token); sentences are joined by one space into one paragraph.
 *
 * ```ts
 * const doc = buildDoc(`
 *   1 Putin   PROPN 2 nsubj
 *   2 praised VERB  0 root  praise
 *   3 the     DET   5 det
 *   4 Chinese ADJ   5 amod
 *   5 leader  NOUN  2 obj
 * `);
 * ```
 */
import { emptyMeta } from '../../article/article.js';
import { Doc, TokenFlag } from '../doc.js';
import { deprelId, uposId } from '../ud.js';
import { Vocab } from '../vocab.js';

/** Options of {@link buildDoc}. */
export interface BuildDocOptions {
  /** Vocabulary to use (default: a new one). */
  vocab?: Vocab;
  /** Write the `deps` layer (default true). */
  deps?: boolean;
  /** Write the `lemmas` layer (default true): the LEMMA column, else the lower-cased form. */
  lemmas?: boolean;
}

interface Row {
  form: string;
  lemma: string | null;
  upos: string;
  head: number;
  rel: string;
  spaceAfter: boolean;
}

function parseRow(line: string, where: string): Row {
  const tab = line.split('\t');
  if (tab.length >= 8) {
    return {
      form: tab[1],
      lemma: tab[2] === '_' ? null : tab[2],
      upos: tab[3],
      head: Number(tab[6]),
      rel: tab[7],
      spaceAfter: !(tab[9] ?? '').includes('SpaceAfter=No'),
    };
  }
  const cols = line.trim().split(/\s+/);
  if (cols.length < 5) throw new Error(`${where}: expected ID FORM UPOS HEAD DEPREL [LEMMA] [SpaceAfter=No], got '${line.trim()}'`);
  const extra = cols.slice(5);
  const lemma = extra.find((c) => c !== 'SpaceAfter=No' && c !== '_') ?? null;
  return { form: cols[1], lemma, upos: cols[2], head: Number(cols[3]), rel: cols[4], spaceAfter: !extra.includes('SpaceAfter=No') };
}

/** A Doc with tokens, sentences, pos and (by default) deps and lemmas, from `table`. */
export function buildDoc(table: string, options: BuildDocOptions = {}): Doc {
  const sentences: Row[][] = [[]];
  table.split('\n').forEach((raw, n) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') {
      if (sentences[sentences.length - 1].length) sentences.push([]);
      return;
    }
    if (line.trim().startsWith('#') || /^\s*\d+[-.]\d+/.test(line)) return; // comments, multiword and empty nodes
    sentences[sentences.length - 1].push(parseRow(line, `line ${n + 1}`));
  });
  if (!sentences[sentences.length - 1].length) sentences.pop();

  const rows = sentences.flat();
  const n = rows.length;
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
  sentences.forEach((sent, s) => {
    if (s > 0 && !text.endsWith(' ')) text += ' ';
    tokStart[s] = k;
    const base = k;
    for (const r of sent) {
      const u = uposId(r.upos);
      if (u < 0) throw new Error(`unknown UPOS '${r.upos}' for '${r.form}'`);
      start[k] = text.length;
      text += r.form;
      end[k] = text.length;
      upos[k] = u;
      head[k] = r.head === 0 ? -1 : base + r.head - 1;
      rel[k] = deprelId(r.rel);
      const last = k === base + sent.length - 1;
      if (r.spaceAfter && !(last && s === sentences.length - 1)) {
        text += ' ';
        flags[k] |= TokenFlag.SpaceAfter;
      }
      k++;
    }
    tokEnd[s] = k;
  });
  text = text.replace(/ $/, '');
  if (n) flags[0] |= TokenFlag.BlockStart;

  const vocab = options.vocab ?? new Vocab();
  const doc = new Doc(text, emptyMeta(), [{ start: 0, end: text.length, kind: 'paragraph' }], vocab);
  doc.setTokens({ start, end, lex: Uint32Array.from(rows, (r) => vocab.id(r.form)), flags });
  doc.setSentences({ tokStart, tokEnd });
  doc.setPos(upos);
  if (options.deps !== false) doc.setDeps(head, rel);
  if (options.lemmas !== false) doc.setLemmas(Uint32Array.from(rows, (r) => vocab.id((r.lemma ?? r.form).toLowerCase())));
  return doc;
}
