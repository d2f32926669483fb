/**
 * Tokenizer benchmark: throughput of the tokenizer, of tokenizer + sentence splitter, and of the
 * pipeline component (which also fills the vocabulary) on the development corpus texts repeated to
 * about 5 MB; then, when the treebanks are present, agreement with UD English tokenisation and
 * sentence splitting (each `# newpar` paragraph's sentences joined by a space, split again).
 *
 *   npx tsc -p tsconfig.build.json && node dist/eval/bench/tokenizer-bench.js [--mb 5] [--runs 5]
 *
 * Reads `$ENTENTE_SHARED` or `../shared`. One core, no worker threads.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { emptyMeta } from '../../core/article/article.js';
import { Doc } from '../../core/doc/doc.js';
import { Vocab } from '../../core/doc/vocab.js';
import { paragraphBlocks, segmentText } from '../../core/text/segment.js';
import { createSentenceSplitter } from '../../core/text/sentence-splitter.js';
import { TokenBuffer } from '../../core/text/token-buffer.js';
import { createTokenizer } from '../../core/text/tokenizer-component.js';
import { createTextTokenizer } from '../../core/text/tokenizer.js';
import { goldParagraphs, goldSentences, sentenceAgreement, tokenAgreement } from './ud-token-agreement.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: number): number => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const targetMb = opt('mb', 5);
const runs = opt('runs', 5);
const shared = process.env.ENTENTE_SHARED ?? resolve(process.cwd(), '..', 'shared');

function corpusText(): { text: string; sources: number } {
  const dev = join(shared, 'corpus', 'dev');
  if (!existsSync(dev)) {
    throw new Error(`${dev} is not present: the benchmark needs the development corpus (set ENTENTE_SHARED)`);
  }
  const files = readdirSync(dev).filter((f) => f.endsWith('.txt')).sort();
  const one = files.map((f) => readFileSync(join(dev, f), 'utf8').trim()).join('\n\n');
  const copies = Math.max(1, Math.ceil((targetMb * 1e6) / one.length));
  return { text: Array.from({ length: copies }, () => one).join('\n\n'), sources: files.length };
}

/** Median wall time of `runs` runs of `fn`, after one warm-up run. */
function time(fn: () => number): { ms: number; count: number } {
  let count = fn();
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    count = fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { ms: times[times.length >> 1], count };
}

function report(label: string, chars: number, r: { ms: number; count: number }, unit: string): void {
  const s = r.ms / 1000;
  console.log(
    `${label.padEnd(34)} ${(chars / s / 1e6).toFixed(2).padStart(6)} M chars/s  ` +
      `${(r.count / s / 1e6).toFixed(2).padStart(5)} M ${unit}/s  (${r.count} ${unit}, ${r.ms.toFixed(0)} ms)`,
  );
}

const { text, sources } = corpusText();
const tokenizer = createTextTokenizer();
const splitter = createSentenceSplitter();
const blocks = paragraphBlocks(text);
console.log(`text: ${sources} dev articles repeated to ${(text.length / 1e6).toFixed(2)} M chars, ${blocks.length} paragraphs; median of ${runs} runs`);

const buf = new TokenBuffer(text.length / 4);
report('tokenize', text.length, time(() => {
  buf.length = 0;
  tokenizer.tokenizeInto(text, 0, text.length, buf);
  return buf.length;
}), 'tokens');

const seg = segmentText(text, blocks, tokenizer, splitter);
const both = time(() => segmentText(text, blocks, tokenizer, splitter).start.length);
report('tokenize + split sentences', text.length, both, 'tokens');
report('  (same run, in sentences)', text.length, { ms: both.ms, count: seg.tokStart.length }, 'sentences');

const component = createTokenizer();
const vocab = new Vocab();
report('tokenizer component (Doc + vocab)', text.length, time(() => {
  const doc = new Doc(text, emptyMeta(), blocks, vocab);
  component.run(doc);
  return doc.length;
}), 'tokens');
console.log(`tokens ${seg.start.length}, sentences ${seg.tokStart.length}, vocabulary ${vocab.size}, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);

// ---- agreement with UD English tokenisation (hyphenated runs merged, see TOKENIZATION.md)
for (const [tb, split] of [['UD_English-EWT', 'dev'], ['UD_English-EWT', 'test'], ['UD_English-GUM', 'dev'], ['UD_English-GUM', 'test']]) {
  const root = join(shared, 'treebanks', tb, 'not-to-release');
  const listFile = join(root, 'file-lists', `files.${split}`);
  if (!existsSync(listFile)) {
    console.log(`${tb} ${split}: not present, agreement not measured`);
    continue;
  }
  const files = readFileSync(listFile, 'utf8').split('\n').filter(Boolean);
  const sentences = files.flatMap((f) => {
    const path = join(root, 'sources', tb.endsWith('GUM') && !f.endsWith('.conllu') ? `${f}.conllu` : f);
    return existsSync(path) ? goldSentences(readFileSync(path, 'utf8')) : [];
  });
  const a = tokenAgreement(sentences, (t) => tokenizer.tokenize(t));
  console.log(
    `UD tokens    ${tb} ${split}: ${a.sentences} sentences, gold ${a.gold}, predicted ${a.predicted}, ` +
      `P ${(100 * a.precision).toFixed(2)} R ${(100 * a.recall).toFixed(2)} F1 ${(100 * a.f1).toFixed(2)}`,
  );
  const paragraphs = files.flatMap((f) => {
    const path = join(root, 'sources', tb.endsWith('GUM') && !f.endsWith('.conllu') ? `${f}.conllu` : f);
    return existsSync(path) ? goldParagraphs(readFileSync(path, 'utf8')) : [];
  });
  const s = sentenceAgreement(paragraphs, (t) => {
    const seg = segmentText(t, [{ start: 0, end: t.length, kind: 'paragraph' }], tokenizer, splitter);
    return Array.from(seg.tokStart, (k) => seg.start[k]);
  });
  console.log(
    `UD sentences ${tb} ${split}: ${paragraphs.length} paragraphs, gold ${s.gold}, predicted ${s.predicted}, ` +
      `P ${(100 * s.precision).toFixed(2)} R ${(100 * s.recall).toFixed(2)} F1 ${(100 * s.f1).toFixed(2)}`,
  );
}
