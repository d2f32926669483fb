/**
 * End-to-end speed, text → full analysis JSON (issue 6): the default engine over the PolNeAR
 * articles (`../shared/yardsticks/polnear/data/{train,dev,test}/text`, read in place), first in
 * this thread (one core), then with two worker threads (two cores). Prints articles per second —
 * per wall-clock second and, for one core, per CPU-second — words per second and the process's
 * peak RSS (worker threads included). Reading, analysing and serialising the JSON are timed; model
 * and knowledge-base loading are not (they happen once per process and are reported separately).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readText } from '../../core/article/read-text.js';
import { createWorkerPool } from '../../corpus/worker-pool.js';
import { createEngine } from '../../engine/engine.js';
import type { BenchOptions } from './run.js';


function polnearFiles(shared: string): string[] {
  const root = join(shared, 'yardsticks', 'polnear', 'data');
  return ['train', 'dev', 'test'].flatMap((split) => {
    const dir = join(root, split, 'text');
    return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f)) : [];
  });
}

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
/** Peak resident set of this process so far (`maxRSS` is in KiB). */
const peakRss = () => process.resourceUsage().maxRSS * 1024;

/** Runs the section: one core in this thread, then two worker threads. */
export async function runPipelineBench(o: BenchOptions): Promise<void> {
  const files = polnearFiles(o.shared).slice(0, o.articles ?? Infinity);
  if (!files.length) {
    o.print(`  skipped: the PolNeAR articles are not under ${o.shared} (set ENTENTE_SHARED)`);
    return;
  }
  const words = files.reduce((n, f) => n + (readFileSync(f, 'utf8').match(/\S+/g)?.length ?? 0), 0);
  o.print(`  ${files.length} PolNeAR articles, ${words.toLocaleString('en-US')} words, default pipeline (tokens … events)`);

  const t0 = performance.now();
  const engine = await createEngine();
  o.print(`  engine load (models, knowledge base, lexicon): ${((performance.now() - t0) / 1000).toFixed(2)} s`);

  // One core: this thread, one article after another.
  const cpu0 = process.cpuUsage();
  const w0 = performance.now();
  let bytes = 0;
  for (const f of files) {
    const article = readText(readFileSync(f, 'utf8'), { name: f });
    bytes += JSON.stringify(engine.analyzeArticle(article)).length;
  }
  const wall1 = (performance.now() - w0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpu1 = (cpu.user + cpu.system) / 1e6;
  o.print(`  one core:  ${(files.length / wall1).toFixed(1)} articles/s (${(files.length / cpu1).toFixed(1)} per CPU-second, ${((cpu1 * 1000) / files.length).toFixed(1)} ms CPU per article), ${Math.round(words / wall1).toLocaleString('en-US')} words/s, analysis JSON ${(bytes / files.length / 1024).toFixed(1)} KB per article, peak RSS ${mib(peakRss())}`);

  // Two cores: two worker threads, each with its own engine. Two articles in flight per worker, as
  // the corpus ingest keeps them: with one, a worker that finishes waits idle while this thread
  // reads and sends the next article (its page reading alone is ~5 % of an analysis).
  const pool = createWorkerPool({ size: 2 });
  await pool.ready();
  const w1 = performance.now();
  let next = 0;
  const lane = async () => {
    while (next < files.length) {
      const f = files[next++];
      const analysis = await pool.analyze(readText(readFileSync(f, 'utf8'), { name: f }));
      JSON.stringify(analysis);
    }
  };
  await Promise.all([lane(), lane(), lane(), lane()]);
  const wall2 = (performance.now() - w1) / 1000;
  await pool.close();
  o.print(`  two cores: ${(files.length / wall2).toFixed(1)} articles/s, ${Math.round(words / wall2).toLocaleString('en-US')} words/s, peak RSS of the process ${mib(peakRss())} (both workers' engines and this thread's from the one-core run)`);
}
