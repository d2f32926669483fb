/**
 * Syntax benchmark (`npm run bench`, section "syntax"): model load time and size, throughput of
 * tokenise + tag + parse on news text (the development corpus of `../shared/corpus/dev`, or the
 * project's examples when it is absent), of tag + parse alone on gold-tokenised EWT dev, and the
 * peak RSS. One core, no worker threads. Throughput is given per CPU-second (the time the process
 * actually ran: its speed on one free core) and per wall-clock second (best and median of several
 * runs), since on a shared machine wall time also counts the time other processes held the core.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { emptyMeta } from '../../core/article/article.js';
import { Doc } from '../../core/doc/doc.js';
import { Vocab } from '../../core/doc/vocab.js';
import { parseConllu } from '../../core/syntax/conllu.js';
import { createSyntaxComponents } from '../../core/syntax/components.js';
import { parseRun, SyntaxScratch, tagRun } from '../../core/syntax/syntax-model.js';
import { paragraphBlocks } from '../../core/text/segment.js';
import { createTokenizer } from '../../core/text/tokenizer-component.js';
import { readSyntaxModel, syntaxModelPath } from '../../engine/load-syntax-model.js';
import { PACKAGE_ROOT } from '../../package-info.js';
import { FormTable } from '../syntax/evaluate-model.js';

/** Options of the syntax benchmark. */
export interface SyntaxBenchOptions {
  /** The shared folder (corpus, treebanks). */
  shared: string;
  /** Measured runs per figure. */
  runs: number;
  /** Size of the news text to analyse, in characters. */
  chars: number;
  /** Model file (default: the shipped one). */
  model?: string;
  print: (line: string) => void;
}

function newsText(shared: string, chars: number): { text: string; what: string } {
  const dev = join(shared, 'corpus', 'dev');
  const dir = existsSync(dev) ? dev : join(PACKAGE_ROOT, 'examples');
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')).sort() : [];
  if (files.length === 0) throw new Error(`no .txt articles in ${dir}`);
  const one = files.map((f) => readFileSync(join(dir, f), 'utf8').trim()).join('\n\n');
  const copies = Math.max(1, Math.ceil(chars / one.length));
  return { text: Array.from({ length: copies }, () => one).join('\n\n'), what: `${files.length} articles of ${dir} repeated ×${copies}` };
}

/** CPU time (user + system) of this process, in milliseconds. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

interface Timing {
  /** Best and median wall-clock milliseconds. */
  best: number;
  median: number;
  /** Best CPU milliseconds (the time this process actually ran: what one free core would take). */
  cpu: number;
  count: number;
}

/** Timings of `runs` runs after one warm-up. */
function timeRuns(runs: number, fn: () => number): Timing {
  let count = fn();
  const t: number[] = [];
  let cpu = Infinity;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    const c0 = cpuMs();
    count = fn();
    t.push(performance.now() - t0);
    cpu = Math.min(cpu, cpuMs() - c0);
  }
  t.sort((a, b) => a - b);
  return { best: t[0], median: t[t.length >> 1], cpu, count };
}

function rate(count: number, ms: number): string {
  return `${Math.round(count / (ms / 1000)).toLocaleString('en-US')}`;
}

function rates(t: Timing, unit: string): string {
  return `${rate(t.count, t.cpu).padStart(9)} ${unit}/CPU-s, ${rate(t.count, t.best).padStart(9)} ${unit}/s wall best, ${rate(t.count, t.median).padStart(9)} median`;
}

/** Runs the benchmark, printing one line per figure. */
export function runSyntaxBench(o: SyntaxBenchOptions): void {
  const path = o.model ?? syntaxModelPath();
  const t0 = performance.now();
  const c0 = cpuMs();
  const model = readSyntaxModel(path);
  const loadMs = performance.now() - t0;
  // CPU time too: on a shared machine the wall time also counts the time other processes held the core
  const loadCpu = cpuMs() - c0;
  o.print(`model ${path}: ${(statSync(path).size / 1e6).toFixed(2)} MB on disk, loaded in ${loadMs.toFixed(0)} ms, ${loadCpu.toFixed(0)} ms CPU (read + gunzip + decode + tables)`);
  const margin = model.parser.beamMargin === undefined ? 'none' : String(model.parser.beamMargin);
  o.print(`parser beam width ${model.parser.beamWidth ?? 1}, beam margin ${margin} (the model's defaults, used by the pipeline)`);

  const { text, what } = newsText(o.shared, o.chars);
  const blocks = paragraphBlocks(text);
  const tokenizer = createTokenizer();
  const { tagger, parser } = createSyntaxComponents(model);
  const vocab = new Vocab();
  const doc0 = new Doc(text, emptyMeta(), blocks, vocab);
  tokenizer.run(doc0);
  o.print(`news text: ${what}: ${(text.length / 1e6).toFixed(2)} M chars, ${doc0.length} tokens, ${doc0.sentenceCount} sentences`);

  const tok = timeRuns(o.runs, () => {
    const d = new Doc(text, emptyMeta(), blocks, vocab);
    tokenizer.run(d);
    return d.length;
  });
  const all = timeRuns(o.runs, () => {
    const d = new Doc(text, emptyMeta(), blocks, vocab);
    tokenizer.run(d);
    tagger.run(d);
    parser.run(d);
    return d.length;
  });
  o.print(`tokenise                ${rates(tok, 'tokens')}`);
  o.print(`tokenise + tag + parse  ${rates(all, 'tokens')}   (target ≥ 25,000 tokens/s on one core, goal 50,000)`);

  const ewtDev = join(o.shared, 'treebanks', 'UD_English-EWT', 'not-to-release');
  if (existsSync(join(ewtDev, 'file-lists', 'files.dev'))) {
    const names = readFileSync(join(ewtDev, 'file-lists', 'files.dev'), 'utf8').split('\n').filter(Boolean);
    const sentences = names.flatMap((n) => parseConllu(readFileSync(join(ewtDev, 'sources', n), 'utf8'), n));
    const forms = new FormTable(model);
    const ids = sentences.map((s) => Int32Array.from(s.words, (w) => forms.of(w.form)));
    const scratch = new SyntaxScratch(model);
    const buf = ids.map((x) => ({ tags: new Uint8Array(x.length), upos: new Uint8Array(x.length), head: new Int32Array(x.length), rel: new Uint8Array(x.length) }));
    const tp = timeRuns(o.runs, () => {
      let n = 0;
      ids.forEach((x, i) => {
        const b = buf[i];
        tagRun(scratch, forms.table, x, 0, x.length, b.tags, b.upos);
        parseRun(scratch, forms.table, x, 0, x.length, b.tags, b.head, b.rel);
        n += x.length;
      });
      return n;
    });
    o.print(`tag + parse, gold-tokenised EWT dev (${tp.count} words): ${rates(tp, 'words')}`);
  } else {
    o.print('EWT dev not present: gold-tokenised tag + parse not measured');
  }
  o.print(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (this process: model, text, Docs)`);
}
