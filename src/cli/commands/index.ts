/**
 * Every CLI command, in the order `entente --help` lists them. A command module exports one
 * `register(program, io, setExit)` function; add it here.
 */
import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import { registerAnalyze } from './analyze.js';
import { registerEval } from './eval.js';
import { registerEvalQuotes } from './eval-quotes.js';
import { registerEvalEvents } from './eval-events.js';
import { registerEvalSyntax } from './eval-syntax.js';
import { registerExport } from './export.js';
import { registerIngest } from './ingest.js';
import { registerKb } from './kb.js';
import { registerQuery } from './query.js';

/** Registers a command on the program. `setExit` raises the run's exit code. */
export type RegisterCommand = (program: Command, io: CliIo, setExit: (code: number) => void) => void;

export const COMMANDS: RegisterCommand[] = [registerAnalyze, registerEval, registerEvalSyntax, registerEvalEvents, registerEvalQuotes, registerIngest, registerQuery, registerExport, registerKb];
