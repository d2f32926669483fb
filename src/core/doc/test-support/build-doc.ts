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
 * space (none after a `SpaceAfter=No` token); sentences are joined by one space into one paragraph
 * (so a sentence's last token is always flagged `SpaceAfter`, and the text's last one never is).
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
import type { Doc } from '../doc.js';
import { docFromParse, type ParsedWord } from '../parsed-doc.js';
import { deprelId, uposId } from '../ud.js';
import type { Vocab } from '../vocab.js';

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

  const parsed = sentences.map((sent, s) =>
    sent.map((r, i): ParsedWord => {
      const upos = uposId(r.upos);
      if (upos < 0) throw new Error(`unknown UPOS '${r.upos}' for '${r.form}'`);
      const lastOfSentence = i === sent.length - 1;
      // One space between sentences whatever the table says, none after the text.
      const spaceAfter = lastOfSentence ? s < sentences.length - 1 : r.spaceAfter;
      return { form: r.form, lemma: r.lemma, upos, head: r.head, deprel: deprelId(r.rel), spaceAfter };
    }),
  );
  return docFromParse(parsed, options);
}
