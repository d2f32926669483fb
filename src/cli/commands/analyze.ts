/**
 * `entente analyze <input...>`: reads articles (files, directories of `.txt`/`.html`/`.htm`, http(s)
 * URLs, `-` for standard input) and prints a readable report, or the analysis JSON with `--json`;
 * `--out DIR` writes `DIR/<name>.json` per article. A bad input is reported on one line on stderr and
 * the others proceed; the exit code is then 1.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import type { Analysis } from '../../core/analysis/contract.js';
import { EntenteError } from '../../core/errors/errors.js';
import { createEngine } from '../../engine/engine.js';
import { isUrl, listInputs, READ_DEFAULTS, type ReadOptions } from '../../ingest/read-article.js';
import type { CliIo } from '../io.js';
import { describeError, EXIT } from '../main.js';
import { formatReport } from '../report.js';

interface AnalyzeFlags {
  json?: boolean;
  out?: string;
  maxBytes: number;
  timeout: number;
  allowPrivate?: boolean;
  format?: 'text' | 'html';
  validate?: boolean;
}

/** Registers `analyze` on the program. */
export function registerAnalyze(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('analyze')
    .description('read news articles and print their analysis (a report, or JSON with --json)')
    .argument('<inputs...>', 'a .txt or .html file, a directory of them, an http(s) URL, or - for standard input')
    .option('--json', 'print the analysis JSON (one document per line when there are several)')
    .option('--out <dir>', 'write <name>.json for each article into this folder')
    .option('--max-bytes <size>', 'largest input accepted, e.g. 5MB, 500KB', parseSize, READ_DEFAULTS.maxBytes)
    .option('--timeout <ms>', 'deadline for fetching a URL, in milliseconds', parsePositive, READ_DEFAULTS.timeoutMs)
    .option('--allow-private', 'allow URLs on private, loopback or link-local addresses')
    .option('--format <format>', 'read every input as text or html instead of guessing', parseFormat)
    .option('--validate', 'check each analysis against the JSON Schema')
    .action(async (inputs: string[], flags: AnalyzeFlags) => {
      setExit(await analyzeCommand(inputs, flags, io));
    });
}

async function analyzeCommand(inputs: string[], flags: AnalyzeFlags, io: CliIo): Promise<number> {
  const engine = await createEngine({ validate: flags.validate });
  const readOptions: ReadOptions = {
    maxBytes: flags.maxBytes,
    timeoutMs: flags.timeout,
    allowPrivate: flags.allowPrivate,
    format: flags.format,
    stdin: io.stdin,
  };
  const files: string[] = [];
  let failed = 0;
  for (const input of inputs) {
    try {
      const listed = await listInputs(input);
      if (!listed.length) {
        failed++;
        io.stderr.write(`entente: ${input}: no .txt, .html or .htm files in this directory [E108]\n`);
      }
      files.push(...listed);
    } catch (e) {
      failed++;
      io.stderr.write(`entente: ${describeError(e)}\n`);
    }
  }
  if (flags.out) await mkdir(flags.out, { recursive: true });
  const names = new Set<string>();
  const several = files.length > 1;
  let written = 0;
  for (const file of files) {
    let analysis: Analysis;
    try {
      analysis = await engine.analyze(file, readOptions);
    } catch (e) {
      failed++;
      const line = e instanceof EntenteError && !e.input ? new EntenteError(e.code, e.message, { input: file }).oneLine() : describeError(e);
      io.stderr.write(`entente: ${line}\n`);
      continue;
    }
    if (flags.out) {
      const path = join(flags.out, `${outputName(file, names)}.json`);
      await writeFile(path, JSON.stringify(analysis, null, flags.json ? undefined : 2) + '\n');
      written++;
      if (!flags.json) io.stdout.write(`${file} → ${path}  (${summary(analysis)})\n`);
    } else if (flags.json) io.stdout.write(several ? JSON.stringify(analysis) + '\n' : JSON.stringify(analysis, null, 2) + '\n');
    else io.stdout.write((several && written++ ? '\n' : '') + formatReport(analysis, { color: io.stdout.isTTY === true, width: io.stdout.columns }));
  }
  if (flags.out) io.stderr.write(`entente: wrote ${written} ${written === 1 ? 'analysis' : 'analyses'} to ${flags.out}${failed ? `; ${failed} input(s) failed` : ''}\n`);
  return failed ? EXIT.failed : EXIT.ok;
}

/** `<name>` of `<name>.txt` (the URL's last path segment for a URL, `stdin` for `-`), unique within the run. */
function outputName(file: string, taken: Set<string>): string {
  let name: string;
  if (file === '-') name = 'stdin';
  else if (isUrl(file)) name = (new URL(file).pathname.split('/').filter(Boolean).pop() ?? new URL(file).hostname).replace(/\.[a-z0-9]+$/i, '');
  else name = basename(file, extname(file));
  name = name.replace(/[^\w.\-]+/g, '_') || 'article';
  let unique = name;
  for (let k = 2; taken.has(unique); k++) unique = `${name}-${k}`;
  taken.add(unique);
  return unique;
}

function summary(a: Analysis): string {
  return `${a.paragraphs.length} blocks, ${a.actors.length} actors, ${a.quotes.length} quotes, ${a.events.length} events`;
}

/** "5MB", "500 KB", "1048576" → bytes. */
export function parseSize(s: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|bytes?|k|kb|kib|m|mb|mib|g|gb|gib)?\s*$/i.exec(s);
  if (!m) throw new InvalidArgumentError('write a size such as 5MB, 500KB or 1048576');
  const unit = (m[2] ?? 'b').toLowerCase()[0];
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Math.floor(Number(m[1]) * factor);
}

function parsePositive(s: string): number {
  const n = Number(s);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('write a positive number');
  return n;
}

function parseFormat(s: string): 'text' | 'html' {
  if (s !== 'text' && s !== 'html') throw new InvalidArgumentError('write text or html');
  return s;
}
