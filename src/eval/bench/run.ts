/**
 * `npm run bench [-- section…] [--runs N] [--model FILE] [--articles N]`: runs the benchmark sections and prints
 * their figures. Each section is one entry of {@link SECTIONS}; other benchmarks add theirs here.
 */
import { resolve } from 'node:path';
import { runActorsBench } from './actors-bench.js';
import { runPipelineBench } from './pipeline-bench.js';
import { runSyntaxBench } from './syntax-bench.js';

/** Options every section receives. */
export interface BenchOptions {
  /** The shared folder (`$ENTENTE_SHARED` or `../shared`). */
  shared: string;
  /** Measured runs per figure. */
  runs: number;
  /** `--model FILE`, for sections that load a model. */
  model?: string;
  /** `--articles N`, for sections that analyse articles (default: all they have). */
  articles?: number;
  print: (line: string) => void;
}

/** A benchmark section. */
export interface BenchSection {
  readonly name: string;
  readonly description: string;
  run(options: BenchOptions): void | Promise<void>;
}

export const SECTIONS: readonly BenchSection[] = [
  {
    name: 'syntax',
    description: 'tokenise + tag + parse throughput, model load time and size, peak RSS',
    run: (o) => runSyntaxBench({ ...o, chars: 1_000_000 }),
  },
  {
    name: 'actors',
    description: 'actor component (mentions, resolution, coreference, places) and dates: ms per 1,000 words',
    run: (o) => runActorsBench(o),
  },
  {
    name: 'pipeline',
    description: 'end to end, text -> full analysis JSON over the PolNeAR articles: articles/s on one core and on two, peak RSS',
    run: (o) => runPipelineBench(o),
  },
];

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const valueOf = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const runs = Number(valueOf('--runs') ?? 5);
  const model = valueOf('--model');
  const articles = valueOf('--articles') === undefined ? undefined : Number(valueOf('--articles'));
  const wanted = args.filter((a, i) => !a.startsWith('--') && !['--runs', '--model', '--articles'].includes(args[i - 1]));
  const shared = process.env.ENTENTE_SHARED ?? resolve(process.cwd(), '..', 'shared');
  const unknown = wanted.filter((w) => !SECTIONS.some((s) => s.name === w));
  if (unknown.length) {
    process.stderr.write(`bench: unknown section(s) ${unknown.join(', ')}; known: ${SECTIONS.map((s) => s.name).join(', ')}\n`);
    process.exitCode = 2;
    return;
  }
  for (const s of SECTIONS) {
    if (wanted.length && !wanted.includes(s.name)) continue;
    process.stdout.write(`== ${s.name}: ${s.description}\n`);
    await s.run({ shared, runs, model, articles, print: (line) => process.stdout.write(`${line}\n`) });
  }
}

await main();
