/**
 * Runs `entente ingest` from the TypeScript sources (tests spawn it as a child process with
 * `node --import ./register-ts.mjs run-cli.ts ingest ARGS`), so no build is needed. Only the ingest
 * command is registered, which keeps start-up short.
 */
import { Command } from 'commander';
import { registerIngest } from '../../cli/commands/ingest.js';
import { processIo } from '../../cli/io.js';
import { isEntenteError } from '../../core/errors/errors.js';

const io = processIo();
let code = 0;
const program = new Command('entente').exitOverride();
registerIngest(program, io, (c) => (code = Math.max(code, c)));
try {
  await program.parseAsync(process.argv.slice(2), { from: 'user' });
} catch (e) {
  io.stderr.write(`entente: ${isEntenteError(e) ? e.oneLine() : String(e)}\n`);
  code = 1;
}
process.exitCode = code;
