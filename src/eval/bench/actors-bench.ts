/**
 * Actor-layer benchmark: milliseconds the actor component (mentions, resolution, coreference,
 * places) adds per 1,000 words, over the gold corpus texts (read in place from the shared folder)
 * or the project's examples, on one core. Dates are timed alongside.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createActorResolver } from '../../core/actors/actor-resolver.js';
import { readText } from '../../core/article/read-text.js';
import { createDateResolver } from '../../core/dates/date-resolver.js';
import type { Doc } from '../../core/doc/doc.js';
import { Pipeline } from '../../core/pipeline/pipeline.js';
import { createTokenizer } from '../../core/text/tokenizer-component.js';
import { actorResourcesFrom } from '../../engine/load-actor-resources.js';
import { createResources } from '../../engine/resources.js';
import { PACKAGE_ROOT } from '../../package-info.js';

function corpusTexts(shared: string): { texts: string[]; from: string } {
  const dirs = [join(shared, 'corpus'), join(shared, 'corpus', 'dev')].filter((d) => existsSync(d));
  const from = dirs.length ? dirs.join(' + ') : join(PACKAGE_ROOT, 'examples');
  const list = dirs.length ? dirs : [join(PACKAGE_ROOT, 'examples')];
  const texts = list.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(d, f), 'utf8')));
  return { texts, from };
}

const wordCount = (doc: Doc) => {
  let n = 0;
  for (let t = 0; t < doc.length; t++) if (/[\p{L}\p{N}]/u.test(doc.tokenText(t))) n++;
  return n;
};

/** Prints load time, ms per 1,000 words for actors and dates, and mentions per 1,000 words. */
export async function runActorsBench(o: { shared: string; runs: number; print: (line: string) => void }): Promise<void> {
  const t0 = performance.now();
  const res = await actorResourcesFrom(createResources());
  o.print(`resources load (KB + gazetteer + cues): ${(performance.now() - t0).toFixed(0)} ms`);
  const { texts, from } = corpusTexts(o.shared);
  const tokenizer = new Pipeline([createTokenizer()]);
  const actors = createActorResolver(res);
  const dates = createDateResolver();
  // Repeat the corpus to about 100,000 words so one run takes long enough to time.
  const base = texts.map((t) => tokenizer.run(readText(t)));
  const baseWords = base.reduce((n, d) => n + wordCount(d), 0);
  const copies = Math.max(1, Math.ceil(100_000 / Math.max(1, baseWords)));
  const docs = Array.from({ length: copies }, () => base).flat();
  const words = baseWords * copies;
  o.print(`input: ${texts.length} articles from ${from}, x${copies} = ${words} words`);
  for (const d of docs.slice(0, base.length)) actors.run(d); // warm-up
  const times = { actors: [] as number[], dates: [] as number[] };
  let mentions = 0;
  for (let r = 0; r < o.runs; r++) {
    let a = performance.now();
    for (const d of docs) actors.run(d);
    times.actors.push(performance.now() - a);
    a = performance.now();
    for (const d of docs) dates.run(d);
    times.dates.push(performance.now() - a);
  }
  for (const d of base) mentions += d.mentions.length;
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  o.print(`actors: ${((median(times.actors) / words) * 1000).toFixed(2)} ms per 1,000 words (median of ${o.runs} runs)`);
  o.print(`dates:  ${((median(times.dates) / words) * 1000).toFixed(2)} ms per 1,000 words`);
  o.print(`mentions: ${((mentions / baseWords) * 1000).toFixed(1)} per 1,000 words; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}
