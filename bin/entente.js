#!/usr/bin/env node
// The `entente` executable: runs the compiled CLI. Build first (`npm install` does it).
import { run } from '../dist/cli/main.js';

process.exitCode = await run(process.argv.slice(2));
