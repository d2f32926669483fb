/**
 * CoNLL-U reading (https://universaldependencies.org/format.html), pure.
 *
 * A sentence keeps its syntactic words (the units UD annotates and the CoNLL 2018 metrics count),
 * its multiword-token ranges ("don't" = do + n't), and its comments. Empty nodes (`8.1`, used by
 * enhanced dependencies) are skipped: basic trees do not contain them.
 */
import { EntenteError } from '../errors/errors.js';

/** One syntactic word. */
export interface ConlluWord {
  /** 1-based position in the sentence. */
  readonly id: number;
  readonly form: string;
  readonly lemma: string;
  readonly upos: string;
  readonly xpos: string;
  readonly feats: string;
  /** Head position (0 = root). */
  readonly head: number;
  readonly deprel: string;
  readonly misc: string;
  /** False when MISC says `SpaceAfter=No` (for a word inside a multiword token: the token's). */
  readonly spaceAfter: boolean;
}

/** A multiword token spanning words `first..last` (1-based, inclusive). */
export interface ConlluMultiword {
  readonly first: number;
  readonly last: number;
  readonly form: string;
  readonly spaceAfter: boolean;
}

export interface ConlluSentence {
  readonly words: ConlluWord[];
  readonly multiwords: ConlluMultiword[];
  /** Comment lines without the leading `# `. */
  readonly comments: string[];
  /** `sent_id` comment value, if any. */
  readonly sentId: string | undefined;
  /** `text` comment value, if any. */
  readonly text: string | undefined;
}

function spaceAfterOf(misc: string): boolean {
  return !misc.split('|').includes('SpaceAfter=No');
}

/**
 * Parses a CoNLL-U document. `source` names the input in error messages.
 * @throws EntenteError E500 when a line is malformed
 */
export function parseConllu(text: string, source = 'CoNLL-U input'): ConlluSentence[] {
  const sentences: ConlluSentence[] = [];
  let words: ConlluWord[] = [];
  let multiwords: ConlluMultiword[] = [];
  let comments: string[] = [];
  const flush = (): void => {
    if (words.length) {
      const meta = (k: string): string | undefined => {
        const c = comments.find((x) => x.startsWith(`${k} =`) || x.startsWith(`${k}=`));
        return c === undefined ? undefined : c.slice(c.indexOf('=') + 1).trim();
      };
      const withSpace = words.map((w) => {
        const mw = multiwords.find((m) => m.first <= w.id && w.id <= m.last);
        if (!mw) return w;
        return { ...w, spaceAfter: w.id === mw.last ? mw.spaceAfter : false };
      });
      sentences.push({ words: withSpace, multiwords, comments, sentId: meta('sent_id'), text: meta('text') });
    }
    words = [];
    multiwords = [];
    comments = [];
  };
  const lines = text.split(/\r?\n/);
  for (let ln = 0; ln < lines.length; ln++) {
    const line = lines[ln];
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (line.startsWith('#')) {
      comments.push(line.replace(/^#\s?/, ''));
      continue;
    }
    const cols = line.split('\t');
    if (cols.length !== 10) {
      throw new EntenteError('E500', `line ${ln + 1} has ${cols.length} tab-separated columns, CoNLL-U needs 10`, { input: source });
    }
    const id = cols[0];
    if (id.includes('.')) continue;
    const dash = id.indexOf('-');
    if (dash > 0) {
      const first = Number(id.slice(0, dash));
      const last = Number(id.slice(dash + 1));
      if (!Number.isInteger(first) || !Number.isInteger(last) || last < first) {
        throw new EntenteError('E500', `line ${ln + 1} has a malformed multiword range '${id}'`, { input: source });
      }
      multiwords.push({ first, last, form: cols[1], spaceAfter: spaceAfterOf(cols[9]) });
      continue;
    }
    const n = Number(id);
    const head = cols[6] === '_' ? -1 : Number(cols[6]);
    if (!Number.isInteger(n) || n !== words.length + 1) {
      throw new EntenteError('E500', `line ${ln + 1} has word id '${id}' where ${words.length + 1} was expected`, { input: source });
    }
    if (!Number.isInteger(head) || head < -1) {
      throw new EntenteError('E500', `line ${ln + 1} has a malformed head '${cols[6]}'`, { input: source });
    }
    words.push({
      id: n,
      form: cols[1],
      lemma: cols[2],
      upos: cols[3],
      xpos: cols[4],
      feats: cols[5],
      head,
      deprel: cols[7],
      misc: cols[9],
      spaceAfter: spaceAfterOf(cols[9]),
    });
  }
  flush();
  for (const s of sentences) {
    for (const w of s.words) {
      if (w.head > s.words.length) {
        throw new EntenteError('E500', `sentence ${s.sentId ?? '?'}: word ${w.id} has head ${w.head} beyond the sentence`, { input: source });
      }
    }
  }
  return sentences;
}
