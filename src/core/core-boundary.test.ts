import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every non-test source file under src/core. */
function coreFiles(dir = new URL('.', import.meta.url).pathname): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return coreFiles(p);
    return p.endsWith('.ts') && !p.endsWith('.test.ts') && !p.includes('test-support') ? [p] : [];
  });
}

const NODE_BUILTINS = /from\s+['"](node:|fs|path|os|child_process|worker_threads|zlib|crypto|http|https|net|url|stream|util|buffer)['"/]/;
const ADAPTERS = /from\s+['"](\.\.\/)+(ingest|store|cli|eval|api|web|jobs|engine|train)\//;

describe('core boundary', () => {
  const files = coreFiles();
  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(5);
  });
  it('imports no Node built-in module (it must run in a browser)', () => {
    const offenders = files.filter((f) => NODE_BUILTINS.test(readFileSync(f, 'utf8'))).map((f) => relative(process.cwd(), f));
    expect(offenders).toEqual([]);
  });
  it('imports no adapter (adapters depend on the core, never the reverse)', () => {
    const offenders = files.filter((f) => ADAPTERS.test(readFileSync(f, 'utf8'))).map((f) => relative(process.cwd(), f));
    expect(offenders).toEqual([]);
  });
  it('uses no process, console or global Buffer', () => {
    const offenders = files
      .filter((f) => /\b(process\.|console\.|Buffer\.)/.test(readFileSync(f, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '')))
      .map((f) => relative(process.cwd(), f));
    expect(offenders).toEqual([]);
  });
});
