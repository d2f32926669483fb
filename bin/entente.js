#!/usr/bin/env node
// The `entente` executable: runs the compiled CLI. Build first (`npm install` does it).
import { run } from '../dist/cli/main.js';

// A reader that stops early (`entente … | head`) closes the pipe: the output just ends there, as
// with any Unix filter, instead of an unhandled EPIPE stack trace.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

process.exitCode = await run(process.argv.slice(2));
