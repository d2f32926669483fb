/**
 * Every CLI command, in the order `entente --help` lists them. A command module exports one
 * `register(program, io, setExit)` function; add it here.
 */
import type { Command } from 'commander';
import type { CliIo } from '../io.js';

/** Registers a command on the program. `setExit` raises the run's exit code. */
export type RegisterCommand = (program: Command, io: CliIo, setExit: (code: number) => void) => void;

export const COMMANDS: RegisterCommand[] = [];
