/**
 * The `entente` command line: a thin layer over the library. Each command lives in its own module
 * under `commands/` and registers itself here. Errors become one line on stderr and an exit code;
 * a stack trace is printed only with ENTENTE_DEBUG=1.
 */
import { Command, CommanderError } from 'commander';
import { isEntenteError } from '../core/errors/errors.js';
import { VERSION } from '../package-info.js';
import { COMMANDS } from './commands/index.js';
import { processIo, type CliIo } from './io.js';

/** Exit codes: 0 success, 1 some input failed or a check did not pass, 2 usage error. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** Builds the commander program; every command receives `io` and reports its exit code via `setExit`. */
export function buildProgram(io: CliIo, setExit: (code: number) => void): Command {
  const program = new Command('entente')
    .description('Reads the news and turns it into structured, explainable geopolitical event data.')
    .version(VERSION, '-V, --version', 'print the version')
    .showHelpAfterError('(run entente --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
  for (const register of COMMANDS) register(program, io, setExit);
  return program;
}

/** Runs the CLI with `argv` (without `node` and the script) and returns the exit code. */
export async function run(argv: string[], io: CliIo = processIo()): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram(io, (c) => {
    code = Math.max(code, c);
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end with exit code 0; usage errors were already printed by commander.
      return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    io.stderr.write(`entente: ${describeError(e)}\n`);
    if (process.env.ENTENTE_DEBUG && e instanceof Error && e.stack) io.stderr.write(e.stack + '\n');
    return isEntenteError(e) ? EXIT.failed : EXIT.failed;
  }
}

/** One line describing any thrown value. */
export function describeError(e: unknown): string {
  if (isEntenteError(e)) return e.oneLine();
  if (e instanceof Error) return `internal error: ${e.message.split('\n')[0]} (set ENTENTE_DEBUG=1 for details)`;
  return `internal error: ${String(e)}`;
}
