/**
 * How far the tokenizer and the sentence splitter agree with UD English. Tokens: for each treebank sentence, the
 * character spans of its syntactic words in `# text` (multiword tokens expanded when their words
 * spell the surface form; hyphenated runs merged as TOKENIZATION.md says) against the tokenizer's
 * spans over the same text. Sentences: the starts of a paragraph's sentences (their texts joined by
 * one space) against the splitter's. Precision, recall and F1 of exact matches.
 */
import type { Span } from '../../core/span.js';
import { hyphenGroups } from '../../core/text/hyphen-groups.js';

/** One treebank sentence: its text and the gold token spans. */
export interface GoldSentence {
  readonly text: string;
  readonly spans: Array<[number, number]>;
}

/** Agreement figures. */
export interface TokenAgreement {
  sentences: number;
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  /** Gold tokens missed, as `gold => predicted pieces`, with counts. */
  misses: Map<string, number>;
}

/** The sentences of a CoNLL-U file with their gold spans (sentences that cannot be aligned are left out). */
export function goldSentences(conllu: string): GoldSentence[] {
  const out: GoldSentence[] = [];
  for (const block of conllu.split(/\n\s*\n/)) {
    const lines = block.split('\n');
    const textLine = lines.find((l) => l.startsWith('# text = '));
    if (!textLine) continue;
    const text = textLine.slice('# text = '.length);
    const rows = lines.filter((l) => /^\d/.test(l)).map((l) => l.split('\t'));
    const words: Array<{ form: string; start: number; end: number; spaceAfter: boolean }> = [];
    let pos = 0;
    let ok = true;
    for (let i = 0; i < rows.length && ok; ) {
      const r = rows[i];
      if (r[0].includes('.')) {
        i++;
        continue;
      }
      const start = text.indexOf(r[1], pos);
      if (start < 0) {
        ok = false;
        break;
      }
      const spaceAfter = !(r[9] ?? '').includes('SpaceAfter=No');
      if (r[0].includes('-')) {
        const [a, z] = r[0].split('-').map(Number);
        const parts = rows.slice(i + 1, i + 2 + z - a).map((x) => x[1]);
        if (parts.join('') === r[1]) {
          let p = start;
          parts.forEach((w, k) => {
            words.push({ form: w, start: p, end: p + w.length, spaceAfter: k === parts.length - 1 && spaceAfter });
            p += w.length;
          });
        } else {
          words.push({ form: r[1], start, end: start + r[1].length, spaceAfter });
        }
        i += 2 + z - a;
      } else {
        words.push({ form: r[1], start, end: start + r[1].length, spaceAfter });
        i++;
      }
      pos = start + r[1].length;
    }
    if (!ok) continue;
    const groups = hyphenGroups(words.map((w) => w.form), words.map((w) => w.spaceAfter));
    const spans: Array<[number, number]> = [];
    let k = 0;
    for (const [a, z] of groups) {
      while (k < a) spans.push([words[k].start, words[k++].end]);
      spans.push([words[a].start, words[z - 1].end]);
      k = z;
    }
    while (k < words.length) spans.push([words[k].start, words[k++].end]);
    out.push({ text, spans });
  }
  return out;
}

/** Agreement of `tokenize` with the gold spans of `sentences`. */
export function tokenAgreement(sentences: readonly GoldSentence[], tokenize: (text: string) => Span[]): TokenAgreement {
  let gold = 0;
  let predicted = 0;
  let matched = 0;
  const misses = new Map<string, number>();
  for (const s of sentences) {
    const pred = tokenize(s.text);
    const predKeys = new Set(pred.map((t) => `${t.start}:${t.end}`));
    const goldKeys = new Set(s.spans.map(([a, b]) => `${a}:${b}`));
    gold += goldKeys.size;
    predicted += predKeys.size;
    for (const key of predKeys) if (goldKeys.has(key)) matched++;
    for (const [a, b] of s.spans) {
      if (predKeys.has(`${a}:${b}`)) continue;
      const pieces = pred.filter((t) => t.start < b && a < t.end).map((t) => s.text.slice(t.start, t.end));
      const key = `${s.text.slice(a, b)} => ${pieces.join(' ')}`;
      misses.set(key, (misses.get(key) ?? 0) + 1);
    }
  }
  const precision = predicted ? matched / predicted : 0;
  const recall = gold ? matched / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { sentences: sentences.length, gold, predicted, matched, precision, recall, f1, misses };
}

/** A treebank paragraph (`# newpar`): its sentences' texts joined by one space, and where each starts. */
export interface GoldParagraph {
  readonly text: string;
  readonly starts: number[];
}

/** Paragraphs of a CoNLL-U file, for sentence-splitting agreement. */
export function goldParagraphs(conllu: string): GoldParagraph[] {
  const paragraphs: string[][] = [];
  let current: string[] | null = null;
  for (const line of conllu.split('\n')) {
    if (line.startsWith('# newpar')) paragraphs.push((current = []));
    else if (line.startsWith('# text = ')) {
      if (!current) paragraphs.push((current = []));
      current.push(line.slice('# text = '.length));
    }
  }
  return paragraphs.filter((p) => p.length).map((p) => {
    const starts: number[] = [];
    let offset = 0;
    for (const s of p) {
      starts.push(offset);
      offset += s.length + 1;
    }
    return { text: p.join(' '), starts };
  });
}

/** Agreement of predicted sentence starts (character offsets) with the gold ones, over paragraphs. */
export function sentenceAgreement(
  paragraphs: readonly GoldParagraph[],
  split: (text: string) => number[],
): { gold: number; predicted: number; matched: number; precision: number; recall: number; f1: number } {
  let gold = 0;
  let predicted = 0;
  let matched = 0;
  for (const p of paragraphs) {
    const want = new Set(p.starts);
    const got = new Set(split(p.text));
    gold += want.size;
    predicted += got.size;
    for (const s of got) if (want.has(s)) matched++;
  }
  const precision = predicted ? matched / predicted : 0;
  const recall = gold ? matched / gold : 0;
  return { gold, predicted, matched, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
