/**
 * The streams a CLI run writes to and reads from. Passing them in (instead of using `process`
 * directly) lets tests run commands in-process and read what they printed.
 */
import { Readable } from 'node:stream';

export interface CliIo {
  stdout: { write(s: string): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
}

/** The process's own streams. */
export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin };
}

/** In-memory streams for tests: what was written is in `out()` and `err()`. */
export function memoryIo(stdinText: string | Uint8Array = ''): CliIo & { out: () => string; err: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    stdout: { write: (s: string) => out.push(s), isTTY: false },
    stderr: { write: (s: string) => err.push(s), isTTY: false },
    stdin: Readable.from([typeof stdinText === 'string' ? Buffer.from(stdinText) : Buffer.from(stdinText)]),
    out: () => out.join(''),
    err: () => err.join(''),
  };
}
